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

// Shift belongs to the keys of a frame only when it can: on a loaded
// machine one tick holds the capital letters just typed and the Enter after
// them ("…^Lotte" then Enter), and Ebiten reports the Shift of those letters
// as pressed in that tick. Read as Shift+Enter, the Enter started a new line
// and the reply was not published (P14-12b). A Shift still down at the end
// of the tick is a held Shift (Shift+Enter for a new line, Shift+Up to
// select), and a Shift pressed and released with no text typed can only
// belong to the keys.
func TestAShiftReleasedWithTheTypedTextIsNotTheKeysShift(t *testing.T) {
	cases := []struct {
		name              string
		pressed, released bool
		typed             string
		wantShift         bool
	}{
		{"capital typed and released in the tick, then Enter", true, true, " ^Lotte", false},
		{"Shift held across the tick's end", true, false, "", true},
		{"Shift held while typing on", true, false, "ORRY", true},
		{"Shift+Enter pressed and let go within one tick", true, true, "", true},
		{"no Shift at all", false, false, "abc", false},
	}
	for _, c := range cases {
		if got := shiftCounts(c.pressed, c.released, c.typed); got != c.wantShift {
			t.Errorf("%s: Shift counts %v, want %v", c.name, got, c.wantShift)
		}
	}
}

// On a loaded machine the tick after a Ctrl+A still holds its Ctrl, with
// the letters typed straight after it: the "v" of "@kevinvdl" pasted the
// clipboard into the reply, which was then published (playtest 19,
// P19-22). A shortcut key whose letter was typed in the tick is a letter,
// not a shortcut; one whose letter was not typed is the shortcut.
func TestALetterTypedAfterCtrlIsNoShortcut(t *testing.T) {
	keys := []ebiten.Key{ebiten.KeyV, ebiten.KeyA, ebiten.KeyEnter}
	got := typedNotShortcuts(keys, "@kev")
	if len(got) != 2 || got[0] != ebiten.KeyA || got[1] != ebiten.KeyEnter {
		t.Errorf("after typing \"@kev\": keys %v, want Ctrl+A and Enter only (the v was typed)", got)
	}
	if got := typedNotShortcuts([]ebiten.Key{ebiten.KeyV}, ""); len(got) != 1 {
		t.Errorf("Ctrl+V with nothing typed: keys %v, want the paste", got)
	}
	if got := typedNotShortcuts([]ebiten.Key{ebiten.KeyA}, "ANNA"); len(got) != 0 {
		t.Errorf("a capital A typed: keys %v, want no select-all", got)
	}
}
