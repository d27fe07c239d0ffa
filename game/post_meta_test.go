package game

import (
	"strings"
	"testing"

	"github.com/webcaresim/webcaresim/game/ui"
)

// A long brand name and handle in the feed never cut the post's time off:
// the handle is shortened instead.
func TestPostMetaKeepsTheTime(t *testing.T) {
	f := ui.Caption.Face(1)
	when := " · ma 09:41"
	for _, w := range []int{90, 140, 220} {
		got := postMeta("keukenstudiovandam_officieel", when, f, w)
		if !strings.HasSuffix(got, when) {
			t.Errorf("width %d: %q cuts the time off", w, got)
		}
		if ui.TextWidth(got, f) > float64(w) {
			t.Errorf("width %d: %q is wider than the room", w, got)
		}
	}
	if got := postMeta("anouk", when, f, 400); got != "@anouk"+when {
		t.Errorf("a short handle is changed: %q", got)
	}
}
