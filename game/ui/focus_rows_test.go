package ui

import (
	"image"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
)

// titleLike is the title's layout: two languages, a full-width name, three
// modes, and two full-width buttons under them.
func titleLike() []*Widget {
	var name TextField
	row := func(id string, x0, x1, y int) *Widget {
		return &Widget{ID: id, Rect: image.Rect(x0, y, x1, y+50), Enabled: true, Press: func() {}}
	}
	return []*Widget{
		row("nl", 0, 290, 0), row("en", 310, 600, 0),
		{ID: "name", Rect: image.Rect(0, 100, 600, 150), Enabled: true, Field: &name},
		row("practice", 0, 190, 200), row("relaxed", 205, 395, 200), row("workshop", 410, 600, 200),
		row("start", 0, 600, 300), row("history", 0, 600, 380),
	}
}

func press(fc *Focus, ws []*Widget, keys ...ebiten.Key) {
	for _, k := range keys {
		fc.Handle(ws, Events{Keys: []ebiten.Key{k}})
	}
}

// TestDownGoesToTheNextRow: on a screen of rows, Down from the name goes to
// the first mode and Down again to "start", not sideways through the modes;
// Left and Right move within a row; Up comes back the same way.
func TestDownGoesToTheNextRow(t *testing.T) {
	ws := titleLike()
	fc := Focus{ID: "name", Rows: true}
	steps := []struct {
		key  ebiten.Key
		want string
	}{
		{ebiten.KeyArrowDown, "practice"}, {ebiten.KeyArrowDown, "start"}, {ebiten.KeyArrowDown, "history"},
		{ebiten.KeyArrowUp, "start"}, {ebiten.KeyArrowUp, "practice"}, {ebiten.KeyArrowRight, "relaxed"},
		{ebiten.KeyArrowRight, "workshop"}, {ebiten.KeyArrowLeft, "relaxed"}, {ebiten.KeyArrowDown, "start"},
		{ebiten.KeyArrowUp, "practice"}, {ebiten.KeyArrowUp, "name"}, {ebiten.KeyArrowUp, "nl"},
		{ebiten.KeyArrowRight, "en"}, {ebiten.KeyArrowDown, "name"},
	}
	for i, s := range steps {
		press(&fc, ws, s.key)
		if fc.ID != s.want {
			t.Fatalf("step %d (%v): focus on %q, want %q", i+1, s.key, fc.ID, s.want)
		}
	}
}

// TestRowsWrapRoundAtTheEdges: past the last row Down wraps to the first
// widget, as Tab does, so the keyboard never gets stuck.
func TestRowsWrapRoundAtTheEdges(t *testing.T) {
	ws := titleLike()
	fc := Focus{ID: "history", Rows: true}
	press(&fc, ws, ebiten.KeyArrowDown)
	if fc.ID != "nl" {
		t.Errorf("Down from the last row: focus on %q, want the first widget", fc.ID)
	}
	// Without Rows the order of the widgets decides, as before.
	fc = Focus{ID: "practice"}
	press(&fc, ws, ebiten.KeyArrowDown)
	if fc.ID != "relaxed" {
		t.Errorf("Down without rows: focus on %q, want the next widget", fc.ID)
	}
}
