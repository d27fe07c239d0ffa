package session

import (
	"strings"
	"testing"

	"github.com/webcaresim/webcaresim/scenarios"
)

// Lines that presume a specific act of the brand's (the lawyer's letter,
// the privacy slip, the COO standing up for his team) must not be heard
// after a reply that was rude in another way.

// genericRude is rude in a plain way: no lawyer, no word about the
// customer's payments, no defence of the team.
var genericRude = map[string]string{
	"en": "@%s Oh please, spare us the drama. Honestly, nobody here cares about your whining, %s.",
	"nl": "@%s Ach gut, bespaar ons het drama. Eerlijk gezegd zit hier niemand op je gezeur te wachten, %s.",
}

// tiedLineKeys are the words of every tied line of the case as they would
// read in its round.
func tiedLineKeys(sc *scenarios.Scenario) map[string]string {
	out := map[string]string{}
	for _, g := range sc.Crowd.Tied {
		for _, l := range g.Lines {
			out[saidKey(expandFor(l, sc))] = l
		}
	}
	return out
}

// sameLine reports whether a post says the line, allowing the one slip
// of the thumb a bystander's form may have (two letters swapped, or a
// lower-case start: one word differs).
func sameLine(post, line string) bool {
	a, b := strings.Fields(post), strings.Fields(line)
	if len(a) != len(b) {
		return false
	}
	diff := 0
	for i := range a {
		if a[i] != b[i] {
			diff++
		}
	}
	return diff <= 1
}

// withoutQuotedPhrase is a post without the phrase of the reply a reaction
// quotes before its words.
func withoutQuotedPhrase(post string) string {
	if strings.HasPrefix(post, "\"") {
		if i := strings.Index(post[1:], "\" "); i >= 0 {
			return post[i+3:]
		}
	}
	return post
}

// tiedSaid lists the tied lines that bystanders said in the round.
func tiedSaid(s *Session) []string {
	keys := tiedLineKeys(s.sc)
	var out []string
	for _, f := range s.Feed() {
		if f.By != "crowd" || f.Text == "" {
			continue
		}
		k := saidKey(withoutQuotedPhrase(f.Text))
		for lk, l := range keys {
			if sameLine(k, lk) {
				out = append(out, l)
			}
		}
	}
	return out
}

// actOf plays the written choice that does the act at the decision where
// the act happens, and the generic rude reply everywhere else.
type actOf struct {
	decision string
	choice   int
}

func (a actOf) Act(s *Session, d *scenarios.Decision, k int) error {
	if d.ID == a.decision {
		if !think(s, d) {
			return nil
		}
		return s.Choose(a.choice)
	}
	return typed(genericRude[s.sc.Language]).Act(s, d, k)
}

func TestTiedLinesWaitForTheAct(t *testing.T) {
	cases := []struct {
		id      string
		avoided []string // turns the rude reply must not take (the act's)
		act     Strategy // a path that does the act
	}{
		{"advocatenbrief", []string{"brief-gedeeld"}, Historical{}}, // the lawyer's letter
		{"wanbetaler-privacy", nil, actOf{"opgezegd", 0}},           // the payments named in public
		{"liberty-bottleworks", []string{"viraal"}, Historical{}},   // the COO's put-down for his team
		{"dominos-sorry", nil, Historical{}},                        // the canned reply to praise
		{"sanoma-juf", nil, Historical{}},                           // "playing the schoolmistress"
		{"tmobile-fransbauer", nil, Historical{}},                   // the joke
	}
	seeds := uint64(10)
	if testing.Short() {
		seeds = 4
	}
	for _, c := range cases {
		for _, lang := range []string{"en", "nl"} {
			sc := builtin(t, c.id, lang)
			if len(sc.Crowd.Tied) == 0 {
				t.Fatalf("%s %s has no tied lines", c.id, lang)
			}
			heardAfterAct := 0
			for seed := uint64(1); seed <= seeds; seed++ {
				rude, err := Run(sc, Options{Seed: seed}, typed(genericRude[lang]))
				if err != nil {
					t.Fatal(err)
				}
				for _, id := range c.avoided {
					if rude.visitedAny([]string{id}) {
						t.Fatalf("%s %s: the plain rude reply took the act's turn %q; the test needs a reply that does not", c.id, lang, id)
					}
				}
				if said := tiedSaid(rude); len(said) > 0 {
					t.Errorf("%s %s seed %d: after a plain rude reply bystanders said %q, which presumes an act the brand did not do (path %v)",
						c.id, lang, seed, said, rude.history)
				}
				did, err := Run(sc, Options{Seed: seed}, c.act)
				if err != nil {
					t.Fatal(err)
				}
				heardAfterAct += len(tiedSaid(did))
			}
			// the lines are not dead: after the act they are said
			if heardAfterAct == 0 {
				t.Errorf("%s %s: no tied line was said in %d rounds that did the act", c.id, lang, seeds)
			}
		}
	}
}

// builtin is a built-in case in a language.
func builtin(t *testing.T, id, lang string) *scenarios.Scenario {
	t.Helper()
	for _, sc := range scenarios.Builtin().Scenarios {
		if sc.ID == id && sc.Language == lang {
			return sc
		}
	}
	t.Fatalf("no built-in case %s in %s", id, lang)
	return nil
}
