package session

import (
	"testing"

	"github.com/webcaresim/webcaresim/scenarios"
)

// sameEverywhere types the same reply at every decision that takes one,
// and takes the best path's step elsewhere.
type sameEverywhere string

func (st sameEverywhere) Act(s *Session, d *scenarios.Decision, k int) error {
	if d.AllowFreeText {
		return s.Publish(string(st))
	}
	return Best{}.Act(s, d, k)
}

// A good reply pasted unchanged at every decision scored as well the
// fourth time as the first (HEMA 9.2, Sanoma 9.1: found by playing). The
// second and later copies are a template to this customer; the first is
// judged on its own.
func TestTheSameReplyPastedAgainIsATemplate(t *testing.T) {
	replies := map[string]string{
		"nl": "Wat vervelend, dat is echt onze fout. Sorry! Ik bel je vandaag om het op te lossen. ^Sam",
		"en": "How annoying, that really is our mistake. Sorry! I'll call you today to sort it out. ^Sam",
	}
	for _, id := range []string{"sanoma-juf", "hema-insuline"} {
		for lang, reply := range replies {
			sc, ok := scenarios.BuiltinForPlay().Find(id, lang)
			if !ok {
				t.Fatalf("%s %s missing", id, lang)
			}
			s, err := Run(sc, Options{Seed: 1, Mode: Practice}, sameEverywhere(reply))
			if err != nil {
				t.Fatal(err)
			}
			copies := 0
			for _, r := range s.replies {
				if r.Text != reply {
					continue
				}
				copies++
				if pasted := r.Analysis.Has("repeated_reply"); pasted != (copies > 1) {
					t.Errorf("%s %s: copy %d of the reply: repeated_reply %v", id, lang, copies, pasted)
				}
			}
			if copies < 2 {
				t.Errorf("%s %s: the reply was published %d times; want at least twice to test a repeat (path %v)", id, lang, copies, s.history)
			}
		}
	}
}
