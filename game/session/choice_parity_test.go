package session

import (
	"math"
	"testing"

	"github.com/webcaresim/webcaresim/scenarios"
	"github.com/webcaresim/webcaresim/scoring"
)

// The built-in cases' written choices exist in Dutch and in English as
// translations of each other; a trainee who plays a case in English must
// get the marks the Dutch trainee gets for the same reply (issue 12:
// "Dutch and English are equal"). Most pairs differ by a few points; the
// limits below are a ratchet on the rest, so that a rule added for one
// language that the other lacks shows up here. Lower them when a fix
// lands, never raise them.
const (
	// choicePairCeiling: no pair may differ by more than this many points
	// in empathy, de-escalation or overall (9.3 at the last change).
	choicePairCeiling = 10
	// choicePairsOverTen: at most this many pairs may differ by more than
	// 10 points (0 of 250 at the last change).
	choicePairsOverTen = 0
)

// choicePairGap scores one written choice in Dutch and in English at its
// own decision, as the game does, and returns the largest difference of
// the two scores and the overall mark.
func choicePairGap(t *testing.T, nl, en *scenarios.Scenario, d, c int) (float64, scoring.Analysis, scoring.Analysis) {
	t.Helper()
	judge := func(sc *scenarios.Scenario) scoring.Analysis {
		s, err := New(sc, Options{Seed: 1})
		if err != nil {
			t.Fatal(err)
		}
		s.current = &sc.Decisions[d]
		return s.Analyze(sc.Decisions[d].Choices[c].Text)
	}
	a, b := judge(nl), judge(en)
	gap := math.Max(math.Abs(a.Empathy-b.Empathy), math.Max(math.Abs(a.Deescalation-b.Deescalation), math.Abs(scoring.Overall(a)-scoring.Overall(b))))
	return gap, a, b
}

func TestBuiltinChoicesScoreAlikeInDutchAndEnglish(t *testing.T) {
	pairs, overTen, worst := 0, 0, 0.0
	for _, nl := range scenarios.Builtin().Scenarios {
		if nl.Language != "nl" {
			continue
		}
		en, ok := scenarios.Builtin().Find(nl.ID, "en")
		if !ok || len(en.Decisions) != len(nl.Decisions) {
			t.Errorf("%s: no English case with the same decisions", nl.ID)
			continue
		}
		for d := range nl.Decisions {
			if len(en.Decisions[d].Choices) != len(nl.Decisions[d].Choices) {
				t.Errorf("%s/%s: %d choices in Dutch, %d in English", nl.ID, nl.Decisions[d].ID, len(nl.Decisions[d].Choices), len(en.Decisions[d].Choices))
				continue
			}
			for c := range nl.Decisions[d].Choices {
				gap, a, b := choicePairGap(t, nl, en, d, c)
				pairs++
				worst = math.Max(worst, gap)
				if gap > 10 {
					overTen++
					t.Logf("%s/%s/%d differs by %.0f: nl %.0f/%.0f, en %.0f/%.0f\n  nl %s\n  en %s", nl.ID, nl.Decisions[d].ID, c+1, gap,
						a.Empathy, a.Deescalation, b.Empathy, b.Deescalation, nl.Decisions[d].Choices[c].Text, en.Decisions[d].Choices[c].Text)
				}
				if gap > choicePairCeiling {
					t.Errorf("%s/%s/%d: Dutch and English differ by %.0f points, more than %d", nl.ID, nl.Decisions[d].ID, c+1, gap, choicePairCeiling)
				}
			}
		}
	}
	if pairs < 200 {
		t.Errorf("%d choice pairs read: the built-in cases lost their translations?", pairs)
	}
	if overTen > choicePairsOverTen {
		t.Errorf("%d of %d choice pairs differ by more than 10 points, at most %d may", overTen, pairs, choicePairsOverTen)
	}
	t.Logf("%d choice pairs, %d differ by more than 10 points, the largest by %.1f", pairs, overTen, worst)
}
