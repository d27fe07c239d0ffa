package game

import (
	"image"

	"github.com/hajimehoshi/ebiten/v2"
)

// widget is something the player can focus and press: a button, a card,
// a choice or a text field. Screens rebuild their widgets every frame from
// the current layout; focus is kept by id so it survives a resize.
type widget struct {
	id      string
	rect    image.Rectangle
	press   func()
	field   *textField // non-nil for a text field
	enabled bool
}

// focus is a screen's keyboard focus over its widgets.
type focus struct {
	id string
}

// current returns the focused widget, focusing the first enabled one when
// the focused id is gone.
func (fc *focus) current(ws []*widget) *widget {
	for _, w := range ws {
		if w.id == fc.id && w.enabled {
			return w
		}
	}
	for _, w := range ws {
		if w.enabled {
			fc.id = w.id
			return w
		}
	}
	return nil
}

// move moves the focus by delta among the enabled widgets, wrapping round.
func (fc *focus) move(ws []*widget, delta int) {
	var enabled []*widget
	at := 0
	for _, w := range ws {
		if w.enabled {
			if w.id == fc.id {
				at = len(enabled)
			}
			enabled = append(enabled, w)
		}
	}
	if len(enabled) == 0 {
		return
	}
	at = ((at+delta)%len(enabled) + len(enabled)) % len(enabled)
	fc.id = enabled[at].id
}

// handle applies the common keys and clicks: Tab and arrows move the
// focus (arrows left to a focused text field), Enter and Space press, a
// click focuses and presses. It returns the focused text field, if any, so
// the screen can give it the rest of the frame.
func (fc *focus) handle(a *App, ws []*widget, f Frame) *textField {
	cur := fc.current(ws)
	var field *textField
	if cur != nil {
		field = cur.field
	}
	for _, p := range f.Clicks {
		for _, w := range ws {
			if w.enabled && p.In(w.rect) {
				fc.id = w.id
				field = w.field
				if w.field != nil {
					w.field.clickAt(p)
				} else if w.press != nil {
					w.press()
					return nil
				}
			}
		}
	}
	cur = fc.current(ws)
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
		case ebiten.KeyArrowDown, ebiten.KeyArrowRight:
			fc.move(ws, 1)
		case ebiten.KeyArrowUp, ebiten.KeyArrowLeft:
			fc.move(ws, -1)
		case ebiten.KeyEnter, ebiten.KeyNumpadEnter, ebiten.KeySpace:
			if cur != nil && cur.press != nil && cur.field == nil {
				cur.press()
				return nil
			}
		}
	}
	cur = fc.current(ws)
	if cur != nil && cur.field != nil {
		a.target = cur.field
		return cur.field
	}
	a.target = nil
	return nil
}

// is reports whether id has the focus.
func (fc *focus) is(id string) bool { return fc.id == id }
