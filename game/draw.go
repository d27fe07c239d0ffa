package game

import (
	"image"
	"image/color"
	"strings"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/text/v2"
	"github.com/hajimehoshi/ebiten/v2/vector"
)

// Colours of the clean social-media look. Tests look for some of them on
// screen (focus ring, meter, chart), so they are named once here.
var (
	colBackground = rgb(0xf3, 0xf5, 0xf8)
	colPanel      = rgb(0xff, 0xff, 0xff)
	colBorder     = rgb(0xd5, 0xdb, 0xe3)
	colText       = rgb(0x14, 0x17, 0x1a)
	colMuted      = rgb(0x5b, 0x67, 0x73)
	colAccent     = rgb(0x1d, 0x6f, 0xd8)
	colAccentSoft = rgb(0xe4, 0xef, 0xfc)
	colFocus      = rgb(0xff, 0x8a, 0x00)
	colGood       = rgb(0x1f, 0x9d, 0x55)
	colGoodSoft   = rgb(0xd6, 0xf3, 0xe1)
	colBad        = rgb(0xd9, 0x30, 0x25)
	colBadSoft    = rgb(0xfb, 0xdc, 0xd9)
	colAmber      = rgb(0xe8, 0xa3, 0x17)
	colBrand      = rgb(0xe8, 0xf1, 0xfd)
	colHeader     = rgb(0x0f, 0x2a, 0x47)
	colOnDark     = rgb(0xff, 0xff, 0xff)
	colHistorical = rgb(0x8a, 0x94, 0x9e)
)

func fillRect(dst *ebiten.Image, r image.Rectangle, c color.Color) {
	vector.FillRect(dst, float32(r.Min.X), float32(r.Min.Y), float32(r.Dx()), float32(r.Dy()), c, false)
}

// strokeRect draws r's outline, width wide and centred on its edges, as
// four plain rectangles: an antialiased path would cost its whole
// bounding box in stencil passes, a software renderer's biggest cost.
func strokeRect(dst *ebiten.Image, r image.Rectangle, width float32, c color.Color) {
	x, y, w, h := float32(r.Min.X), float32(r.Min.Y), float32(r.Dx()), float32(r.Dy())
	hw := width / 2
	vector.FillRect(dst, x-hw, y-hw, w+width, width, c, false)
	vector.FillRect(dst, x-hw, y+h-hw, w+width, width, c, false)
	vector.FillRect(dst, x-hw, y+hw, width, h-width, c, false)
	vector.FillRect(dst, x+w-hw, y+hw, width, h-width, c, false)
}

// roundRect fills a rectangle with rounded corners: the body as plain
// rectangles and only the four corners antialiased, so a panel costs
// little more than a rectangle (see strokeRect). Colours are opaque, so
// the overlapping parts blend to the same colour.
func roundRect(dst *ebiten.Image, r image.Rectangle, radius float32, c color.Color) {
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

// focusRing draws the keyboard focus around r: thick and orange, visible on
// a projector.
func focusRing(dst *ebiten.Image, r image.Rectangle, s float64) {
	w := float32(max(3, 3*s))
	strokeRect(dst, r.Inset(-int(w)), w, colFocus)
}

func circle(dst *ebiten.Image, cx, cy, radius float32, c color.Color) {
	vector.FillCircle(dst, cx, cy, radius, c, true)
}

// drawText draws one line of text with its top-left at (x, y).
func drawText(dst *ebiten.Image, s string, f faceT, x, y float64, c color.Color) {
	if hasRTL(s) {
		drawBidi(dst, s, f, x, y, c)
		return
	}
	op := &text.DrawOptions{}
	op.GeoM.Translate(x, y)
	op.ColorScale.ScaleWithColor(c)
	text.Draw(dst, s, f, op)
}

// drawBidi draws a line with right-to-left text in visual order (bidi.go).
func drawBidi(dst *ebiten.Image, s string, f faceT, x, y float64, c color.Color) {
	for _, r := range visualRuns(s) {
		w := runWidth(r, f)
		op := &text.DrawOptions{}
		op.ColorScale.ScaleWithColor(c)
		if r.rtl {
			// A right-to-left run is drawn from its right end.
			op.GeoM.Translate(x+w, y)
			text.Draw(dst, r.text, rtlFace(f, r.text), op)
		} else {
			op.GeoM.Translate(x, y)
			text.Draw(dst, r.text, f, op)
		}
		x += w
	}
}

// drawTextCentered draws one line centred in r.
func drawTextCentered(dst *ebiten.Image, s string, f faceT, r image.Rectangle, c color.Color) {
	s = ellipsize(s, f, r.Dx())
	w := textWidth(s, f)
	h := f.Metrics().HAscent + f.Metrics().HDescent
	drawText(dst, s, f, float64(r.Min.X)+(float64(r.Dx())-w)/2, float64(r.Min.Y)+(float64(r.Dy())-h)/2, c)
}

// ellipsize shortens a one-line label to width, ending it with "…".
func ellipsize(s string, f faceT, width int) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		s = s[:i] + "…"
	}
	if textWidth(s, f) <= float64(width) {
		return s
	}
	rs := []rune(s)
	for len(rs) > 0 {
		rs = rs[:len(rs)-1]
		t := string(rs) + "…"
		if textWidth(t, f) <= float64(width) {
			return t
		}
	}
	return ""
}

// drawWrapped draws s wrapped to r's width from r's top, clipped to r, and
// returns the height the whole text needs (which may exceed r).
func drawWrapped(dst *ebiten.Image, s string, f faceT, r image.Rectangle, c color.Color) int {
	lines := wrap(s, f, r.Dx())
	lh := lineHeight(f)
	clip := dst.SubImage(r.Intersect(dst.Bounds())).(*ebiten.Image)
	for i, l := range lines {
		y := float64(r.Min.Y) + float64(i)*lh
		if y > float64(r.Max.Y) {
			break
		}
		drawText(clip, s[l.Start:l.End], f, float64(r.Min.X), y, c)
	}
	return int(float64(len(lines)) * lh)
}

// drawWrappedLines draws s wrapped to r's width, at most maxLines lines
// and only lines that fit r's height whole; when text is left over, the
// last line drawn ends with "…". It returns the height drawn.
func drawWrappedLines(dst *ebiten.Image, s string, f faceT, r image.Rectangle, maxLines int, c color.Color) int {
	lines := wrap(s, f, r.Dx())
	lh := lineHeight(f)
	n := min(len(lines), maxLines, int(float64(r.Dy())/lh+0.05))
	for i := 0; i < n; i++ {
		l := lines[i]
		text := s[l.Start:l.End]
		if i == n-1 && n < len(lines) {
			text = ellipsize(strings.TrimSpace(s[l.Start:])+"…", f, r.Dx())
			if !strings.HasSuffix(text, "…") {
				text += "…"
			}
		}
		drawText(dst, text, f, float64(r.Min.X), float64(r.Min.Y)+float64(i)*lh, c)
	}
	return int(float64(n) * lh)
}

// drawWrappedCentered draws s wrapped to r's width, each line centred,
// the block centred in r; lines that do not fit r's height are left out.
func drawWrappedCentered(dst *ebiten.Image, s string, f faceT, r image.Rectangle, c color.Color) {
	lines := wrap(s, f, r.Dx())
	lh := lineHeight(f)
	n := min(len(lines), int(float64(r.Dy())/lh+0.05))
	y := float64(r.Min.Y) + (float64(r.Dy())-float64(n)*lh)/2
	for i := 0; i < n; i++ {
		text := strings.TrimSpace(s[lines[i].Start:lines[i].End])
		drawText(dst, text, f, float64(r.Min.X)+(float64(r.Dx())-textWidth(text, f))/2, y+float64(i)*lh, c)
	}
}

// wrappedHeight is the height drawWrapped needs for s at width.
func wrappedHeight(s string, f faceT, width int) int {
	return int(float64(len(wrap(s, f, width))) * lineHeight(f))
}

type colorT = color.RGBA

// textWidth is the advance of one line of text.
func textWidth(s string, f faceT) float64 {
	if hasRTL(s) {
		w := 0.0
		for _, r := range visualRuns(s) {
			w += runWidth(r, f)
		}
		return w
	}
	return text.AdvanceAt(s, len(s), f)
}

// caretX is the distance from the start of a line to byte offset i in it,
// measured on the shaped whole line (a prefix shaped alone can differ).
func caretX(line string, i int, f faceT) float64 { return text.AdvanceAt(line, i, f) }

// rgb is an opaque colour.
func rgb(r, g, b uint8) colorT { return colorT{R: r, G: g, B: b, A: 0xff} }
