package session

import (
	"sort"
	"strings"
	"testing"

	"github.com/webcaresim/webcaresim/scenarios"
)

// firstThen does one thing at the first decision (a written choice, a typed
// reply, an action, or silence; after an action that can be taken only once,
// such as asking the colleague, silence) and picks the best choice after.
type firstThen struct {
	choice int    // 1-based; 0: none
	typed  string // a typed reply
	action string // dm, call, colleague, wait
}

func (f firstThen) Act(s *Session, d *scenarios.Decision, k int) error {
	if k > 0 {
		return Best{}.Act(s, d, k)
	}
	if !think(s, d) {
		return nil
	}
	switch {
	case f.choice > 0:
		return s.Choose(f.choice - 1)
	case f.typed != "":
		return s.Publish(f.typed)
	case f.action != "" && !s.ActionSpent(f.action):
		_, err := s.Act(f.action)
		return err
	}
	return letSilenceRun(s, d)
}

// The Service Police asks the restaurant for a response in private, and
// the response goes to the paper: the public reacts only once the column
// is out, whatever the trainee does first. Before it, nobody posts, nobody
// has seen anything, and the trainee's response shows as private.
func TestNoPublicReactionBeforeTheColumn(t *testing.T) {
	typed := map[string]string{
		"nl": "Anouk heeft gelijk, excuses. We betalen haar rekening terug en nodigen haar uit. Joost",
		"en": "Anouk is right, our apologies. We are refunding her bill and inviting her back. Joost",
	}
	for _, lang := range []string{"nl", "en"} {
		sc := builtin(t, "servicepolitie", lang)
		firsts := []firstThen{{choice: 1}, {choice: 2}, {choice: 3}, {typed: typed[lang]}, {action: "call"}, {action: "colleague"}, {}}
		for _, first := range firsts {
			for seed := uint64(1); seed <= 4; seed++ {
				s, err := Run(sc, Options{Seed: seed}, first)
				if err != nil {
					t.Fatalf("%s %+v seed %d: %v", lang, first, seed, err)
				}
				column := -1.0
				for _, f := range s.Feed() {
					if f.Private {
						if column >= 0 {
							t.Errorf("%s %+v seed %d: a private post after the column at minute %.0f", lang, first, seed, f.Minute)
						}
						continue
					}
					if column < 0 {
						column = f.Minute
						if f.By != "parool" || !strings.Contains(f.Text, "Parool") && !strings.Contains(f.Text, "Servicepolitie") && !strings.Contains(f.Text, "Service Police") {
							t.Errorf("%s %+v seed %d: the first public post is %s's %q at minute %.0f, before the column", lang, first, seed, f.By, f.Text, f.Minute)
						}
					}
				}
				if column < 0 {
					t.Fatalf("%s %+v seed %d: the column never appeared", lang, first, seed)
				}
				for _, p := range s.Curve() {
					if p.Minute < column && (p.Posts > 0 || p.Reach > 0) {
						t.Errorf("%s %+v seed %d: at minute %.0f, before the column (%.0f): %d posts, reach %d", lang, first, seed, p.Minute, column, p.Posts, p.Reach)
						break
					}
				}
			}
		}
	}
}

// The public hears the private response when the column quotes it: a
// response that disputes the complaint draws a larger negative reaction
// after the column than an apology does, in the median of many worlds
// (40: the column's own cascade is heavy-tailed, and over 15 worlds the
// medians were 113 and 105 where over 40 they are 134 and 86).
func TestThePublicReactsToTheResponseInTheColumn(t *testing.T) {
	sc := builtin(t, "servicepolitie", "en")
	negative := func(first firstThen) []int {
		var out []int
		for seed := uint64(1); seed <= 40; seed++ {
			s, err := Run(sc, Options{Seed: seed, Quiet: true}, first)
			if err != nil {
				t.Fatal(err)
			}
			out = append(out, s.Counters().Negative)
		}
		sort.Ints(out)
		return out
	}
	disputed, apologised := Quantile(negative(firstThen{choice: 1}), 0.5), Quantile(negative(firstThen{choice: 2}), 0.5)
	if disputed < 1.5*apologised {
		t.Errorf("median negative posts: %.0f after disputing, %.0f after apologising; want the dispute clearly worse", disputed, apologised)
	}
}
