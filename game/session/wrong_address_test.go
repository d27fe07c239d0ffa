package session

import (
	"strings"
	"testing"

	"github.com/webcaresim/webcaresim/assets/i18n"
	"github.com/webcaresim/webcaresim/scenarios"
)

// In every case whose customer has a handle, at the first decision that
// takes typed text, a warm reply that tags the wrong handle makes the
// customer say which handle is theirs, and the same reply in the other
// language makes them ask for their own, unless the decision's own route
// answers the language; the same reply rightly addressed draws neither.
// Found by playing: both went unnoticed in the story.
func TestTheCustomerCorrectsAReplyNotAddressedToThem(t *testing.T) {
	warm := map[string]string{
		"nl": "Sorry {name}, dat had niet mogen gebeuren. Ik zoek het nu voor je uit en stuur je vandaag nog een DM. ^Lotte",
		"en": "Sorry {name}, that should not have happened. I'm looking into it now and will DM you today. ^Lotte",
	}
	other := map[string]string{"nl": "en", "en": "nl"}
	played := 0
	for _, sc := range scenarios.Builtin().Scenarios {
		if sc.Customer.Handle == "" {
			continue
		}
		name := firstName(sc.Customer.Name)
		handleLine := i18n.T(sc.Language, "session.wrong_handle", "@"+sc.Customer.Handle)
		languageLine := i18n.T(sc.Language, "session.wrong_language")
		for _, c := range []struct {
			what, text, want string
		}{
			{"right", "@" + sc.Customer.Handle + " " + strings.ReplaceAll(warm[sc.Language], "{name}", name), ""},
			{"wrong handle", "@" + sc.Customer.Handle + "_x " + strings.ReplaceAll(warm[sc.Language], "{name}", name), handleLine},
			{"other language", strings.ReplaceAll(warm[other[sc.Language]], "{name}", name), languageLine},
		} {
			s, err := New(sc, Options{Seed: 1})
			if err != nil {
				t.Fatal(err)
			}
			openNext(t, s)
			d := s.Decision()
			if d == nil || !d.AllowFreeText {
				break
			}
			if p := s.Answering(); p != nil && p.By != "customer" {
				break
			}
			a := s.Analyze(c.text)
			want := c.want
			if c.what == "other language" && routeAnswers(d, a, "wrong_language") {
				want = ""
			}
			if err := s.Publish(c.text); err != nil {
				t.Fatal(err)
			}
			s.AdvanceTo(s.Now() + 1)
			said := map[string]bool{}
			for _, f := range s.Feed() {
				if f.By == "customer" && f.Minute > s.Replies()[0].Minute {
					for _, line := range []string{handleLine, languageLine} {
						if strings.Contains(f.Text, line) {
							said[line] = true
						}
					}
				}
			}
			for _, line := range []string{handleLine, languageLine} {
				if said[line] != (line == want) {
					t.Errorf("%s, %s reply %q: the customer says %q: %v", sc.Key(), c.what, c.text, line, said[line])
				}
			}
			played++
		}
	}
	if played < 30 {
		t.Fatalf("only %d replies played", played)
	}
}
