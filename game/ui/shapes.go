package ui

import (
	"image"
	"image/color"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/vector"
)

func FillRect(dst *ebiten.Image, r image.Rectangle, c color.Color) {
	vector.FillRect(dst, float32(r.Min.X), float32(r.Min.Y), float32(r.Dx()), float32(r.Dy()), c, false)
}

// StrokeRect draws r's outline, width wide and centred on its edges, as
// four plain rectangles: an antialiased path would cost its whole
// bounding box in stencil passes, a software renderer's biggest cost.
func StrokeRect(dst *ebiten.Image, r image.Rectangle, width float32, c color.Color) {
	x, y, w, h := float32(r.Min.X), float32(r.Min.Y), float32(r.Dx()), float32(r.Dy())
	hw := width / 2
	vector.FillRect(dst, x-hw, y-hw, w+width, width, c, false)
	vector.FillRect(dst, x-hw, y+h-hw, w+width, width, c, false)
	vector.FillRect(dst, x-hw, y+hw, width, h-width, c, false)
	vector.FillRect(dst, x+w-hw, y+hw, width, h-width, c, false)
}

// RoundRect fills a rectangle with rounded corners: the body as plain
// rectangles and only the four corners antialiased, so a panel costs
// little more than a rectangle (see strokeRect). Colours are opaque, so
// the overlapping parts blend to the same colour.
func RoundRect(dst *ebiten.Image, r image.Rectangle, radius float32, c color.Color) {
	if r.Dx() <= 0 || r.Dy() <= 0 {
		return
	}
	x, y, w, h := float32(r.Min.X), float32(r.Min.Y), float32(r.Dx()), float32(r.Dy())
	radius = max(0, min(radius, w/2, h/2))
	vector.FillRect(dst, x+radius, y, w-2*radius, h, c, false)
	vector.FillRect(dst, x, y+radius, radius, h-2*radius, c, false)
	vector.FillRect(dst, x+w-radius, y+radius, radius, h-2*radius, c, false)
	if radius < 1 {
		return
	}
	// One path per corner: a path's cost is its bounding box.
	for _, ctr := range [][2]float32{{x + radius, y + radius}, {x + w - radius, y + radius},
		{x + radius, y + h - radius}, {x + w - radius, y + h - radius}} {
		vector.FillCircle(dst, ctr[0], ctr[1], radius, c, true)
	}
}

// FocusRing draws the keyboard focus around r: thick and orange, visible on
// a projector.
func FocusRing(dst *ebiten.Image, r image.Rectangle, s float64) {
	w := float32(max(3, 3*s))
	StrokeRect(dst, r.Inset(-int(w)), w, ColFocus)
}

func Circle(dst *ebiten.Image, cx, cy, radius float32, c color.Color) {
	vector.FillCircle(dst, cx, cy, radius, c, true)
}
