package ui

import (
	"image"

	"github.com/hajimehoshi/ebiten/v2"
)

// Events is what one frame of the player's input brings to the widgets:
// the keys, the text typed or being composed, and the clicks.
type Events struct {
	Keys  []ebiten.Key
	Ctrl  bool
	Shift bool
	// Text is text committed this frame: typed characters or an IME commit.
	Text string
	// Composition is the IME's text being composed, shown at the caret.
	Composition string
	// Clicks are left-button presses, in screen pixels.
	Clicks []image.Point
}

// clipboardRW is the system clipboard as a text field uses it.
type clipboardRW interface {
	Read() (string, error)
	Write(s string) error
}
