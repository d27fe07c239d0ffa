package game

import (
	"image"
	"testing"

	"github.com/webcaresim/webcaresim/game/progress"
	"github.com/webcaresim/webcaresim/game/session"
	"github.com/webcaresim/webcaresim/game/ui"
)

// After a restart the title says a round the program stopped in had
// already reached its ending and is stored as finished: good news, drawn
// in green, not in the red of a problem (a newcomer read it as an error).
// A round that could not be read is still red.
func TestWindowTitleSaysAFinishedRecoveredRoundInGreen(t *testing.T) {
	d := window(t)
	finished := progress.Attempt{ID: "t-finished", Scenario: "sanoma-juf", Language: "nl",
		Report: session.Report{Scenario: "sanoma-juf", Language: "nl", Title: "Wat wil je nou?"}}
	notice := func(problems []string) (*image.RGBA, image.Rectangle) {
		t.Helper()
		d.Do(func(a *App) {
			a.lang, a.mode = "nl", session.Practice
			a.recovered, a.recoverProblems = []progress.Attempt{finished}, problems
			a.setScene(newTitle(a))
		})
		img := mustScreen(t, d.Step(Frame{}, 0))
		title := d.App.scene.(*titleScene)
		last := title.widgets[len(title.widgets)-1].Rect
		a := d.App
		return img, image.Rect(last.Min.X, last.Max.Y+a.px(14), last.Max.X, a.h-a.px(44)-a.px(56))
	}
	t.Cleanup(func() { d.Do(func(a *App) { a.recovered, a.recoverProblems = nil, nil }) })
	img, r := notice(nil)
	shotTo(t, img, "title-recovered-finished")
	if n := count(img, r, ui.ColBad); n > 0 {
		t.Errorf("the notice of a round stored as finished has %d red pixels", n)
	}
	if count(img, r, ui.ColGood) < 50 {
		t.Error("the notice of a round stored as finished is not drawn in green")
	}
	img, r = notice([]string{"ronde.json: kapot"})
	if count(img, r, ui.ColBad) < 50 {
		t.Error("a round that could not be read is no longer said in red")
	}
}
