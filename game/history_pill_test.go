package game

import (
	"testing"

	"github.com/webcaresim/webcaresim/game/ui"
)

// An attempt's status in My progress is never cut off ("voortijdig gest…"
// in a pill of a fixed 130 pixels, P18-20): at every window size and in
// both languages the pill holds its widest status with room to spare.
func TestStatusPillsAreNeverCut(t *testing.T) {
	for _, lang := range []string{"nl", "en"} {
		for _, size := range [][2]int{{1024, 640}, {1280, 800}, {1920, 1080}} {
			a := New(Options{Lang: lang, Input: &ScriptedInput{}, Clock: NewManualClock(), Clipboard: &MemoryClipboard{}})
			a.Layout(size[0], size[1])
			room := float64(statusPillWidth(a) - a.px(16))
			for _, key := range []string{"history.interrupted", "history.left_early"} {
				if w := ui.TextWidth(a.t(key), a.font(ui.Small)); w > room {
					t.Errorf("%s %dx%d: %q needs %.0f px, the pill has %.0f", lang, size[0], size[1], a.t(key), w, room)
				}
			}
		}
	}
}
