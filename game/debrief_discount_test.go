package game

import (
	"strings"
	"testing"

	"github.com/webcaresim/webcaresim/scoring"
)

// A point the rubric did not give is shown with the score it was not given
// on, in the window's language, as not awarded: "27 empathy not awarded".
// A bare "−27" could not be placed beside the "+9 empathy" it reduced, and
// a "−27 empathy" was added to the score a second time by newcomers
// (playtest 13, P13-13): the points above are already what was left.
func TestDiscountLinesNameTheScoreTheyCameOff(t *testing.T) {
	for lang, want := range map[string][]string{
		"en": {"27 empathy, 6 de-escalation not awarded: “sorry to read”", "4 de-escalation not awarded: "},
		"nl": {"27 empathie, 6 de-escalatie niet toegekend: “sorry to read”", "4 de-escalatie niet toegekend: "},
	} {
		a := New(Options{Lang: lang, Input: &ScriptedInput{}, Clock: NewManualClock(), Clipboard: &MemoryClipboard{}})
		lines := discountLines(a, []scoring.Discount{
			{Text: "sorry to read", Note: "your sympathy counts for less", Empathy: 27, Deescalation: 6},
			{Note: "padding", Deescalation: 4},
			{Note: "nothing lost", Empathy: 0.2},
		}, nil)
		if len(lines) != 2 {
			t.Fatalf("%s: %d lines, want 2 (a loss under half a point is not shown): %q", lang, len(lines), lines)
		}
		for i, w := range want {
			if !strings.HasPrefix(lines[i], w) {
				t.Errorf("%s: line %d reads %q, want it to start %q", lang, i+1, lines[i], w)
			}
		}
	}
}
