package session

import (
	"fmt"
	"strings"
	"testing"

	"github.com/webcaresim/webcaresim/scenarios"
)

// coldFirst publishes a cold reply with one good step at the first
// decision, then the best choices.
type coldFirst string

func (c coldFirst) Act(s *Session, d *scenarios.Decision, k int) error {
	if k == 0 && d.AllowFreeText {
		if !think(s, d) {
			return nil
		}
		return s.Publish(fmt.Sprintf(string(c), s.sc.Customer.Handle))
	}
	return Best{}.Act(s, d, k)
}

// After a cold reply a critic quoted its one good step as what was wrong
// with it: "'I'll have our network team check the mast near Fijnaart
// today.' Sounds like a template to me." A critic quotes what the rubric
// found bad ("see our website") or nothing, in both languages.
func TestACriticDoesNotQuoteTheGoodStepOfAColdReply(t *testing.T) {
	for _, c := range []struct {
		lang, reply, step, bad string
	}{
		{"en", "@%s I'll have our network team check the mast near Fijnaart today. For coverage questions, please see our website.",
			"check the mast near Fijnaart today", "see our website"},
		{"nl", "@%s Ik laat ons netwerkteam vandaag de mast bij Fijnaart controleren. Voor vragen over dekking verwijzen we je naar onze website.",
			"mast bij Fijnaart controleren", "verwijzen we je naar"},
	} {
		sc, _ := scenarios.Builtin().Find("tmobile-fransbauer", c.lang)
		quotedBad := 0
		for seed := uint64(1); seed <= 12; seed++ {
			s, err := Run(sc, Options{Seed: seed}, coldFirst(c.reply))
			if err != nil {
				t.Fatal(err)
			}
			first := -1.0
			for _, f := range s.Feed() {
				if f.By == "brand" && f.Reply == 1 {
					first = f.Minute
				}
				if f.By == "brand" && f.Reply > 1 {
					break // what later replies say is theirs to be quoted by
				}
				if f.By != "crowd" || !f.Negative || first < 0 {
					continue
				}
				for _, q := range quotedSpan.FindAllString(f.Text, -1) {
					if strings.Contains(q, c.step) {
						t.Errorf("%s seed %d: a critic quotes the good step: %q", c.lang, seed, f.Text)
					}
					if strings.Contains(q, c.bad) {
						quotedBad++
					}
				}
			}
		}
		if quotedBad == 0 {
			t.Errorf("%s: no critic quoted the deflection in 12 rounds: the test saw nothing to compare", c.lang)
		}
		t.Logf("%s: critics quoting the deflection: %d", c.lang, quotedBad)
	}
}
