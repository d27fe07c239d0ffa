package session

import (
	"testing"

	"github.com/webcaresim/webcaresim/scenarios"
)

// HEMA: a first "Wait (+60 min)" leaves an hour of the question's two; a
// second would run to the moment silence takes over, and did, at one key
// press (playtest 22, P22-20). The session says so before the action runs,
// in practice and in relaxed mode alike (an action's minutes always pass).
func TestAWaitThatRunsPastTheQuestionIsKnownBeforeItRuns(t *testing.T) {
	sc, ok := scenarios.BuiltinForPlay().Find("hema-insuline", "en")
	if !ok {
		t.Fatal("hema-insuline missing")
	}
	for _, mode := range []Mode{Practice, Relaxed} {
		s, err := New(sc, Options{Seed: 4, Mode: mode})
		if err != nil {
			t.Fatal(err)
		}
		for s.Decision() == nil && s.Ending() == nil {
			s.AdvanceTo(s.NextStop())
		}
		d := s.Decision()
		if d == nil {
			t.Fatalf("%v: no decision opened", mode)
		}
		if left, over := s.ActionOverruns(scenarios.ActionWait); over {
			t.Fatalf("%v: the first wait already overruns (%d min left)", mode, left)
		}
		if _, err := s.Act(scenarios.ActionWait); err != nil {
			t.Fatal(err)
		}
		if s.Decision() != d {
			t.Fatalf("%v: the first wait closed the question", mode)
		}
		left, over := s.ActionOverruns(scenarios.ActionWait)
		if !over || left <= 0 || float64(left) > d.Timeout.Minutes() {
			t.Fatalf("%v: a second wait with %d min left is not known to overrun (%v)", mode, left, over)
		}
		if _, over := s.ActionOverruns(scenarios.ActionDM); over {
			t.Errorf("%v: a DM of a few minutes is said to overrun", mode)
		}
		if _, err := s.Act(scenarios.ActionWait); err != nil {
			t.Fatal(err)
		}
		if s.Decision() == d {
			t.Errorf("%v: the second wait did not run into silence, so the warning would be false", mode)
		}
	}
}
