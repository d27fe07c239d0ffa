package game

import (
	"image"
	"testing"
	"time"

	"github.com/webcaresim/webcaresim/game/progress"
	"github.com/webcaresim/webcaresim/game/session"
	"github.com/webcaresim/webcaresim/game/ui"
)

// A round left after one reply has no mark: its score bars are grey like
// its circle, where they were drawn green as for a pass (playtest 18,
// P18-20). The same round finished keeps its coloured bars.
func TestWindowALeftRoundsBarsAreGrey(t *testing.T) {
	d := window(t)
	sc, ok := d.App.set.Find("dominos-sorry", "en")
	if !ok {
		t.Fatal("dominos-sorry is not there")
	}
	played, err := session.Run(sc, session.Options{Seed: 4, Mode: session.Practice}, session.Choices{2, 1, 1})
	if err != nil {
		t.Fatal(err)
	}
	full := played.Report()
	if gradeColor(full.Scores.Overall) != ui.ColGood {
		t.Fatalf("the test needs a round that passes (overall %.0f)", full.Scores.Overall)
	}
	left := full
	left.Replies, left.Ending = full.Replies[:1], ""
	now := time.Date(2026, 12, 6, 12, 0, 0, 0, time.UTC)
	header := image.Rect(0, 0, 1280, 150)
	for _, c := range []struct {
		name     string
		finished bool
		report   session.Report
	}{{"finished", true, full}, {"left", false, left}} {
		d.Do(func(a *App) {
			a.lang = "en"
			a.setScene(newStoredDebrief(a, progress.New(c.report, now, now.Add(5*time.Minute), c.finished, "game"), nil))
		})
		img := mustScreen(t, d.Step(Frame{}, 0))
		green := count(img, header, ui.ColGood)
		if c.finished && green < 200 {
			t.Errorf("finished round: %d green pixels in the header, want its bars and mark in green", green)
		}
		if !c.finished && green > 0 {
			t.Errorf("left round: %d green pixels in the header, want none: it has no mark", green)
		}
		var mark string
		d.Do(func(a *App) { mark = a.scene.(*debriefScene).mark(a) })
		if want := displayGrade(c.report.Grade, "en"); c.finished && mark != want || !c.finished && mark != "–" {
			t.Errorf("%s round: the circle says %q; want %q for a finished round, – for one left early (no mark)", c.name, mark, want)
		}
	}
}
