package scenariorubric

import (
	"reflect"
	"slices"
	"testing"

	"github.com/webcaresim/webcaresim/scenarios"
	"github.com/webcaresim/webcaresim/scoring"
)

// countingRubric counts the replies the checker reads with the rubric: the
// story follow-up check reads every written choice that way.
type countingRubric struct {
	Rubric
	read *int
}

func (c countingRubric) FeatureTexts(reply string, sc *scenarios.Scenario) map[string][]string {
	*c.read++
	return c.Rubric.FeatureTexts(reply, sc)
}

// The game plays exactly the scenarios webcaresim check checks, and loads
// them without the follow-up warnings meant for authors: the same
// scenarios, equal field by field, with the same errors; every problem
// play sees, check sees too; and play reads no choice with the rubric.
func TestBuiltinForPlayLoadsWhatCheckLoads(t *testing.T) {
	read := 0
	scenarios.UseRubric(countingRubric{Rubric{R: scoring.Default()}, &read})
	t.Cleanup(func() { scenarios.UseRubric(nil) })
	full := scenarios.Builtin()
	readByCheck := read
	read = 0
	play := scenarios.BuiltinForPlay()
	if readByCheck == 0 {
		t.Fatal("check read no choice with the rubric: the test no longer shows the follow-up check")
	}
	if read != 0 {
		t.Errorf("loading for play read %d replies with the rubric (check: %d); want none", read, readByCheck)
	}
	if len(full.Scenarios) < 10 || len(play.Scenarios) != len(full.Scenarios) {
		t.Fatalf("check loads %d built-in scenarios, the game %d", len(full.Scenarios), len(play.Scenarios))
	}
	for i := range full.Scenarios {
		if !reflect.DeepEqual(full.Scenarios[i], play.Scenarios[i]) {
			t.Errorf("%s differs when loaded for play", full.Scenarios[i].Key())
		}
	}
	if !reflect.DeepEqual(full.Errors(), play.Errors()) {
		t.Errorf("errors for check %v, for play %v", full.Errors(), play.Errors())
	}
	for _, p := range play.Problems {
		if !slices.ContainsFunc(full.Problems, func(q scenarios.Problem) bool { return reflect.DeepEqual(p, q) }) {
			t.Errorf("play sees a problem check does not: %s", p)
		}
	}
	for _, p := range full.Problems {
		t.Errorf("a built-in case has a problem: %s", p)
	}
}
