package game

import (
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
)

// The first Enter (or Space) on a written choice picks it and a second one
// publishes it, so a key that repeats while held turned one long press into a
// published reply the trainee never confirmed. Keys that press, publish or
// leave count once however long they are held; the keys that move the caret
// and delete keep repeating, as in any editor.
func TestWindowAHeldEnterOrSpaceIsOnePress(t *testing.T) {
	const second = 60 // ticks
	for _, k := range []ebiten.Key{ebiten.KeyEnter, ebiten.KeyNumpadEnter, ebiten.KeySpace, ebiten.KeyEscape} {
		for d := 1; d <= 10*second; d++ {
			if keyRepeats(k, d) {
				t.Fatalf("%v held for %d ticks counts as pressed again", k, d)
			}
		}
	}
	for _, k := range []ebiten.Key{ebiten.KeyBackspace, ebiten.KeyDelete, ebiten.KeyArrowLeft, ebiten.KeyArrowUp} {
		n := 0
		for d := 1; d <= second; d++ {
			if keyRepeats(k, d) {
				n++
				if d < second/2 {
					t.Errorf("%v repeats after %d ticks, before half a second", k, d)
				}
			}
		}
		if n < 5 {
			t.Errorf("%v held for a second repeats %d times, want the caret to keep going", k, n)
		}
	}
}
