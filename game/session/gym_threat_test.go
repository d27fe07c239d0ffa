package session

import (
	"strings"
	"testing"

	"github.com/webcaresim/webcaresim/scenarios"
)

// In the gym case a threat to the critic, at the first decision or after
// a dismissive joke, gets a follow-up about a threat: Sophie and a member
// speak of it, and nobody answers it as a mild explanation or quotes the
// owner's names for her. "Als je zo doorgaat blokkeer ik je" used to take
// the mild route to 'uitleg' ("Eén lid vraagt of je het echt niet snapt").
func TestGymThreatToTheCriticGetsAFollowUpAboutTheThreat(t *testing.T) {
	threats := map[string][]string{
		"nl": {"@sophieruns Als je zo doorgaat blokkeer ik je.", "@sophieruns Pas op wat je zegt, anders schakel ik mijn advocaat in."},
		"en": {"@sophieruns If you carry on like this I'll block you.", "@sophieruns Careful what you say, or our lawyer will be in touch."},
	}
	says := map[string]string{"nl": "dreig", "en": "threaten"}
	played := 0
	for _, sc := range scenarios.Builtin().Scenarios {
		if sc.ID != "sportschool-scheldt" {
			continue
		}
		for _, before := range [][]move{nil, {{choice: 3}}} { // the third choice shrugs it off as a joke
			for _, threat := range threats[sc.Language] {
				played++
				s := replay(t, sc, before)
				n := len(s.Replies())
				if err := s.Publish(threat); err != nil {
					t.Fatal(err)
				}
				openNext(t, s)
				d := s.Decision()
				if d == nil || d.ID != "dreiging" {
					t.Errorf("%s after %v: %q leads to %v, want the threat's follow-up", sc.Key(), before, threat, d)
					continue
				}
				s.AdvanceTo(s.Now() + 20)
				var said []string
				for _, f := range s.Feed() {
					if f.By != "crowd" && f.By != "brand" && f.Minute > s.Replies()[n].Minute {
						said = append(said, strings.ToLower(f.Text))
					}
				}
				all := strings.Join(said, "\n")
				if strings.Count(all, says[sc.Language]) < 2 {
					t.Errorf("%s: after %q Sophie and the member do not both speak of a threat: %q", sc.Key(), threat, all)
				}
				for _, w := range []string{"bankhanger", "couch potato", "weg", "puts me down"} {
					if strings.Contains(all, w) {
						t.Errorf("%s: after %q the follow-up presumes %q: %q", sc.Key(), threat, w, all)
					}
				}
			}
		}
	}
	if played != 8 {
		t.Fatalf("played %d threats, want 8 (gym case missing in a language?)", played)
	}
}
