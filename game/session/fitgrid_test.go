package session

import (
	"testing"

	"github.com/webcaresim/webcaresim/game/crowd"
	"github.com/webcaresim/webcaresim/scenarios"
)

// The posterior-predictive median of a left-out case follows the points
// that fit the other cases and ignores those that miss them, however far
// off the latter predict.
func TestPredictFollowsThePointsThatFitTheOthers(t *testing.T) {
	kept, out := &scenarios.Scenario{ID: "kept"}, &scenarios.Scenario{ID: "out"}
	g := &Grid{
		cases: []*scenarios.Scenario{kept, out},
		terms: []Term{{Case: 0, Measure: "reply_shares", Lo: 100, Hi: 100, Point: true},
			{Case: 1, Measure: "reply_shares", Lo: 50, Hi: 50, Point: true}},
		points: []crowd.Globals{{Branching: 0.6}, {Branching: 0.65}, {Branching: 0.7}, {Branching: 0.75},
			{Branching: 0.8}, {Branching: 0.85}, {Branching: 0.9}},
		// the kept case's median, the left-out case's median: three
		// points fit the kept case, four miss it by a factor 10
		medians: [][]float64{{100, 40}, {105, 60}, {98, 50}, {1000, 5000}, {900, 4000}, {1100, 6000}, {1000, 4500}},
	}
	got := g.Predict(1, []string{"out"})
	if got < 40 || got > 60 {
		t.Errorf("predicted %.0f for the left-out case; the points that fit the other case say 40–60", got)
	}
	if all := g.Predict(1, nil); all != 50 {
		t.Errorf("with every case in, predicted %.0f, want the best point's 50", all)
	}
}
