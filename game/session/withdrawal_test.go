package session

import (
	"strings"
	"testing"

	"github.com/webcaresim/webcaresim/scenarios"
)

// letterThen sends the lawyer's letter at the first decision (the
// historical path), publishes reply at the second, and picks the best
// choice after.
type letterThen struct{ reply string }

func (l letterThen) Act(s *Session, d *scenarios.Decision, k int) error {
	if k > 1 {
		return Best{}.Act(s, d, k)
	}
	if !think(s, d) {
		return nil
	}
	if k == 0 {
		return s.Choose(HistoricalChoice(d))
	}
	return s.Publish(l.reply)
}

// The bystanders who praise the letter's withdrawal speak only after a
// reply that withdrew it. An apology that keeps the letter, or refuses to
// withdraw it, is not a withdrawal (counted until the next reply, which
// may withdraw it); a reply that withdraws it is.
func TestWithdrawalLinesFollowOnlyAWithdrawal(t *testing.T) {
	cases := map[string]struct {
		lines                   []string
		withdrew, kept, refused string
	}{
		"en": {[]string{"letter is withdrawn", "takes guts", "withdraws the letter"},
			"Peter, that letter was a mistake and we're withdrawing it. Our apologies, also for your kitchen. May I call you? – Sandra",
			"Peter, our apologies for your kitchen, we understand you are upset. May I call you to make an appointment? – Sandra",
			"Peter, sorry that you are upset, but we will not withdraw the letter. May I call you? – Sandra"},
		"nl": {[]string{"brief is ingetrokken", "vraagt lef", "trekt de brief in"},
			"Peter, die brief was een fout en we trekken hem in. Onze excuses, ook voor je keuken. Mag ik je bellen? – Sandra",
			"Peter, onze excuses voor je keuken, we begrijpen dat je boos bent. Mag ik je bellen voor een afspraak? – Sandra",
			"Peter, sorry dat je boos bent, maar we trekken de brief niet in. Mag ik je bellen? – Sandra"},
	}
	for lang, c := range cases {
		sc := builtin(t, "advocatenbrief", lang)
		heard := func(reply string) int {
			n := 0
			for seed := uint64(1); seed <= 12; seed++ {
				s, err := Run(sc, Options{Seed: seed}, letterThen{reply})
				if err != nil {
					t.Fatal(err)
				}
				// until the next reply: a later written choice may withdraw it
				until := s.Now() + 1
				if rs := s.Replies(); len(rs) > 2 {
					until = rs[2].Minute
				}
				for _, f := range s.Feed() {
					for _, l := range c.lines {
						if f.By == "crowd" && f.Minute < until && strings.Contains(f.Text, l) {
							n++
						}
					}
				}
			}
			return n
		}
		if n := heard(c.kept); n > 0 {
			t.Errorf("%s: an apology that keeps the letter drew %d lines about its withdrawal", lang, n)
		}
		if n := heard(c.refused); n > 0 {
			t.Errorf("%s: a refusal to withdraw the letter drew %d lines about its withdrawal", lang, n)
		}
		if n := heard(c.withdrew); n == 0 {
			t.Errorf("%s: a reply that withdrew the letter drew no line about its withdrawal in 12 worlds", lang)
		}
	}
}
