package game

import (
	"strings"
	"testing"

	"github.com/webcaresim/webcaresim/scoring"
)

// A point the rubric took back is shown with the score it came off, in the
// window's language: "−27 empathy", never a bare "−27" a newcomer cannot
// place beside the "+9 empathy" it cancels.
func TestDiscountLinesNameTheScoreTheyCameOff(t *testing.T) {
	for lang, want := range map[string][]string{
		"en": {"−27 empathy, −6 de-escalation: “sorry to read”", "−4 de-escalation: "},
		"nl": {"−27 empathie, −6 de-escalatie: “sorry to read”", "−4 de-escalatie: "},
	} {
		a := New(Options{Lang: lang, Input: &ScriptedInput{}, Clock: NewManualClock(), Clipboard: &MemoryClipboard{}})
		lines := discountLines(a, []scoring.Discount{
			{Text: "sorry to read", Note: "your sympathy counts for less", Empathy: 27, Deescalation: 6},
			{Note: "padding", Deescalation: 4},
			{Note: "nothing lost", Empathy: 0.2},
		})
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
