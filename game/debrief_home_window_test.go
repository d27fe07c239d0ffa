package game

import (
	"testing"
	"time"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/webcaresim/webcaresim/game/progress"
	"github.com/webcaresim/webcaresim/game/session"
)

// Home on the debrief did nothing, where PageUp scrolled (play28, F9): a
// trainee who read down to the lessons had to page back up to the scores.
// Home goes to the top and End to the bottom.
func TestWindowHomeScrollsTheDebriefToTheTop(t *testing.T) {
	d := window(t)
	sc, ok := d.App.set.Find("dominos-sorry", "en")
	if !ok {
		t.Fatal("dominos-sorry is not there")
	}
	played, err := session.Run(sc, session.Options{Seed: 4, Mode: session.Practice}, session.Choices{2, 1, 1})
	if err != nil {
		t.Fatal(err)
	}
	now := time.Date(2026, 12, 7, 12, 0, 0, 0, time.UTC)
	d.Do(func(a *App) {
		a.lang = "en"
		a.setScene(newStoredDebrief(a, progress.New(played.Report(), now, now.Add(5*time.Minute), false, "game"), nil))
	})
	db := d.App.scene.(*debriefScene)
	d.Tick(Frame{}, 0)
	for range 3 {
		d.Tick(Key(ebiten.KeyPageDown), 0)
	}
	if db.scroll == 0 {
		t.Fatal("PageDown did not scroll the debrief: the test needs one longer than the window")
	}
	d.Tick(Key(ebiten.KeyHome), 0)
	if db.scroll != 0 {
		t.Errorf("Home left the debrief scrolled by %d; want the top", db.scroll)
	}
	d.Tick(Key(ebiten.KeyEnd), 0)
	bottom := db.scroll
	d.Tick(Key(ebiten.KeyPageDown), 0)
	if bottom == 0 || db.scroll != bottom {
		t.Errorf("End scrolled to %d, PageDown after it to %d; want the bottom, where PageDown goes no further", bottom, db.scroll)
	}
}
