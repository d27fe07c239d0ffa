// Package ui is the window's toolkit: colours, shapes, fonts and the type
// scale, text layout (wrapping, right-to-left runs), and the widgets a
// player focuses and presses, with the text field. It draws with Ebiten
// and knows nothing of the game: no scenario, round, score or screen.
package ui

import "image/color"

// Color is an opaque colour of the palette.
type Color = color.RGBA

// Colours of the clean social-media look. Tests look for some of them on
// screen (focus ring, meter, chart), so they are named once here.
var (
	ColBackground = RGB(0xf3, 0xf5, 0xf8)
	ColPanel      = RGB(0xff, 0xff, 0xff)
	ColBorder     = RGB(0xd5, 0xdb, 0xe3)
	ColText       = RGB(0x14, 0x17, 0x1a)
	ColMuted      = RGB(0x5b, 0x67, 0x73)
	ColAccent     = RGB(0x1d, 0x6f, 0xd8)
	ColAccentSoft = RGB(0xe4, 0xef, 0xfc)
	ColFocus      = RGB(0xff, 0x8a, 0x00)
	ColGood       = RGB(0x1f, 0x9d, 0x55)
	ColGoodSoft   = RGB(0xd6, 0xf3, 0xe1)
	ColBad        = RGB(0xd9, 0x30, 0x25)
	ColBadSoft    = RGB(0xfb, 0xdc, 0xd9)
	ColBadDeep    = RGB(0x8e, 0x1b, 0x12) // the meter when the story is out
	ColAmber      = RGB(0xe8, 0xa3, 0x17)
	ColBrand      = RGB(0xe8, 0xf1, 0xfd)
	ColHeader     = RGB(0x0f, 0x2a, 0x47)
	ColOnDark     = RGB(0xff, 0xff, 0xff)
	ColHistorical = RGB(0x8a, 0x94, 0x9e)
)

// RGB is an opaque colour.
func RGB(r, g, b uint8) Color { return Color{R: r, G: g, B: b, A: 0xff} }
