package ui

import (
	"image"

	"github.com/hajimehoshi/ebiten/v2"
)

// Widget is something the player can focus and press: a button, a card,
// a choice or a text field. Screens rebuild their widgets every frame from
// the current layout; focus is kept by id so it survives a resize.
type Widget struct {
	ID      string
	Rect    image.Rectangle
	Press   func()
	Field   *TextField // non-nil for a text field
	Enabled bool
	// TabOnly: Tab and a click reach the widget, the arrow keys pass it
	// by. The button that publishes a picked choice sits between that
	// choice and the next: Down "to go to choice 2" landed on it, and the
	// Enter that followed published the choice the trainee was moving
	// away from (play28, F6).
	TabOnly bool
}

// Focus is a screen's keyboard focus over its widgets.
type Focus struct {
	ID string
	// Rows makes Up and Down go to the row above or below and Left and
	// Right stay in the row, for a screen laid out in rows of choices (the
	// title: language, name, mode, start). By the widgets' order, Down on
	// the first of three modes went sideways to the second, and a newcomer
	// pressing Down, Down, Enter to reach "Choose a scenario" switched to
	// Relaxed instead (playtest 18, P18-20).
	Rows bool
}

// Current returns the focused widget, focusing the first enabled one when
// the focused id is gone.
func (fc *Focus) Current(ws []*Widget) *Widget {
	for _, w := range ws {
		if w.ID == fc.ID && w.Enabled {
			return w
		}
	}
	for _, w := range ws {
		if w.Enabled {
			fc.ID = w.ID
			return w
		}
	}
	return nil
}

// move moves the focus by delta among the enabled widgets, wrapping round.
func (fc *Focus) move(ws []*Widget, delta int) {
	var enabled []*Widget
	at := 0
	for _, w := range ws {
		if w.Enabled {
			if w.ID == fc.ID {
				at = len(enabled)
			}
			enabled = append(enabled, w)
		}
	}
	if len(enabled) == 0 {
		return
	}
	at = ((at+delta)%len(enabled) + len(enabled)) % len(enabled)
	fc.ID = enabled[at].ID
}

// Handle applies the common keys and clicks: Tab and arrows move the
// focus (arrows left to a focused text field), Enter and Space press, a
// click focuses and presses. It returns the focused text field, if any, so
// the screen can give it the rest of the frame, and whether a widget was
// pressed (the press may have changed the screen).
func (fc *Focus) Handle(ws []*Widget, f Events) (field *TextField, pressed bool) {
	cur := fc.Current(ws)
	if cur != nil {
		field = cur.Field
	}
	for _, p := range f.Clicks {
		for _, w := range ws {
			if w.Enabled && p.In(w.Rect) {
				had := field
				fc.ID = w.ID
				field = w.Field
				if w.Field != nil {
					w.Field.clickAt(p)
				} else if w.Press != nil {
					// A button takes no letters: letters of the same
					// frame were typed before the click, into the field
					// that had the focus. A slow frame carried "eter" and
					// a click on a mode button together, and the name was
					// stored as "Pi" (playtest 14, P14-12).
					if had != nil && f.Text != "" {
						had.ed.insert(f.Text)
					}
					w.Press()
					return nil, true
				}
			}
		}
	}
	cur = fc.Current(ws)
	for _, k := range f.Keys {
		if field != nil && field.consumes(k) {
			continue
		}
		switch k {
		case ebiten.KeyTab:
			if f.Shift {
				fc.move(ws, -1)
			} else {
				fc.move(ws, 1)
			}
		case ebiten.KeyArrowDown, ebiten.KeyArrowUp, ebiten.KeyArrowRight, ebiten.KeyArrowLeft:
			fc.arrow(ws, k)
		case ebiten.KeyEnter, ebiten.KeyNumpadEnter, ebiten.KeySpace:
			if cur != nil && cur.Press != nil && cur.Field == nil {
				cur.Press()
				return nil, true
			}
		}
	}
	cur = fc.Current(ws)
	if cur != nil && cur.Field != nil {
		return cur.Field, false
	}
	return nil, false
}

// Is reports whether id has the focus.
func (fc *Focus) Is(id string) bool { return fc.ID == id }
