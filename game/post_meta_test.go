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

// A brand's name shows whole when the time and a cut handle still fit
// beside it ("Polisvast Verzekerin…" was cut at half the width); a name
// too long for the header is cut, and the time keeps its room.
func TestPostNameShowsWholeWhenTheTimeFits(t *testing.T) {
	nameF, meta := ui.Body.Strong().Face(1), ui.Caption.Face(1)
	when := " · do 09:02"
	w := int(ui.TextWidth("Polisvast Verzekeringen", nameF)) + int(ui.TextWidth("@Polisvast"+when, meta)) + 10
	if got := postName("Polisvast Verzekeringen", nameF, meta, when, w); got != "Polisvast Verzekeringen" {
		t.Errorf("the name is cut to %q in a header of %d px", got, w)
	}
	long := strings.Repeat("Keukenstudio Van Dam ", 4)
	got := postName(long, nameF, meta, when, 300)
	if room := 300 - int(ui.TextWidth(got, nameF)); room < int(ui.TextWidth("@…"+when, meta)) {
		t.Errorf("%q leaves %d px, too little for the time", got, room)
	}
}
