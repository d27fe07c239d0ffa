package game

import (
	"strings"
	"testing"
)

// TestWindowDebriefButtonSaysTheDebriefIsComing: finishing the round and
// making its debrief takes seconds on a busy computer. The press must show
// at once that it was taken ("Je nabespreking wordt gemaakt…"), or the
// trainee presses again and the second press lands on the debrief
// (playtest 13, P13-5).
func TestWindowDebriefButtonSaysTheDebriefIsComing(t *testing.T) {
	d := window(t)
	readText(t)
	p := fromTitleToRound(t, d, "Bezige Bas")
	busy := flat(d.App.t("play.to_debrief.busy"))
	var shown []string
	stop := d.WatchFrames(func(a *App) {
		if _, playing := a.scene.(*playScene); playing && strings.Contains(shownText(), busy) {
			shown = append(shown, a.Screen().String())
		}
	})
	defer stop()
	finishAndDebrief(t, d, p)
	if len(shown) != 1 {
		t.Errorf("the play screen showed %q in %d frames after the press; want the one frame before the debrief", busy, len(shown))
	}
}
