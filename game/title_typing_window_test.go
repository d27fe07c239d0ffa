package game

import (
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/webcaresim/webcaresim/game/session"
)

// A newcomer types their name as soon as the title screen opens, with the
// focus on "Choose a scenario": the letters go into the name field, and the
// name reaches the picker, instead of going nowhere.
func TestWindowTypingOnTheTitleFillsTheName(t *testing.T) {
	d := window(t)
	d.Do(func(a *App) {
		a.lang, a.player, a.mode = "nl", "", session.Practice
		a.setScene(newTitle(a))
	})
	d.Step(Frame{}, 0)
	title := d.App.scene.(*titleScene)
	if !title.focus.Is("start") {
		t.Fatalf("focus %q, want the start button", title.focus.ID)
	}
	d.Tick(Typed("Fleur van Dijk"), 0)
	img := mustScreen(t, d.Step(Frame{}, 0))
	if d.App.player != "Fleur van Dijk" {
		t.Errorf("player %q after typing on the title, want %q", d.App.player, "Fleur van Dijk")
	}
	if inked(img, widgetRect(t, title.widgets, "name").Inset(4)) < 100 {
		t.Error("title: the typed name is not drawn in its field")
	}
	// Enter leaves the field for the start button, a second Enter opens the
	// picker with the name kept.
	d.Tick(Key(ebiten.KeyEnter), 0)
	d.Step(Key(ebiten.KeyEnter), 0)
	if d.App.Screen() != ScreenPicker {
		t.Fatalf("screen %q after Enter, Enter, want the picker", d.App.Screen())
	}
	if d.App.player != "Fleur van Dijk" {
		t.Errorf("player %q on the picker, want %q", d.App.player, "Fleur van Dijk")
	}
	// A Space on a button still presses it: it is no name.
	d.Do(func(a *App) { a.player = ""; a.setScene(newTitle(a)) })
	d.Step(Frame{}, 0)
	d.Step(Key(ebiten.KeySpace), 0)
	if d.App.Screen() != ScreenPicker {
		t.Errorf("screen %q after Space on the start button, want the picker", d.App.Screen())
	}
}

// A newcomer who typed their name presses Down, Down and Enter to reach
// "Choose a scenario": Down goes row by row (name, modes, start), so the
// round starts in the mode that was chosen, instead of the second Down
// moving sideways to Relaxed and Enter switching to it (P18-20).
func TestWindowDownDownEnterFromTheNameStartsTheChosenMode(t *testing.T) {
	d := window(t)
	d.Do(func(a *App) {
		a.lang, a.player, a.mode = "en", "", session.Practice
		a.setScene(newTitle(a))
	})
	d.Step(Frame{}, 0)
	d.Tick(Typed("Sam"), 0)
	for _, k := range []ebiten.Key{ebiten.KeyArrowDown, ebiten.KeyArrowDown} {
		d.Tick(Key(k), 0)
	}
	d.Step(Key(ebiten.KeyEnter), 0)
	if d.App.Screen() != ScreenPicker {
		t.Fatalf("screen %q after Down, Down, Enter from the name, want the picker", d.App.Screen())
	}
	if d.App.mode != session.Practice {
		t.Errorf("mode %q, want %q: a Down moved sideways through the modes", d.App.mode, session.Practice)
	}
}
