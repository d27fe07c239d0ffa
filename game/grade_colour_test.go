package game

import (
	"testing"

	"github.com/webcaresim/webcaresim/game/ui"
)

// The debrief's circle, My progress's pills and dots colour a mark red
// only when it fails as shown: a "5.5" (overall 49.5) and a "5.7" were
// painted red beside "5.5 passes" (playtest 20, P20-20).
func TestAShownPassIsNeverPaintedAsAFail(t *testing.T) {
	for _, c := range []struct {
		overall float64
		fails   bool
	}{{49.4, true}, {49.5, false}, {52, false}, {54.9, false}, {44.4, true}} {
		if got := gradeColor(c.overall) == ui.ColBad; got != c.fails {
			t.Errorf("overall %.1f: painted as a fail %v, want %v", c.overall, got, c.fails)
		}
	}
}
