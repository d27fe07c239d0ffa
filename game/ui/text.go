package ui

import (
	"image"
	"image/color"
	"strings"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/text/v2"
)

// DrawText draws one line of text with its top-left at (x, y).
func DrawText(dst *ebiten.Image, s string, f Face, x, y float64, c color.Color) {
	f = faceFor(f, s)
	logText(s, f, x, y, dst.Bounds())
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
func drawBidi(dst *ebiten.Image, s string, f Face, x, y float64, c color.Color) {
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

// DrawTextCentered draws one line centred in r.
func DrawTextCentered(dst *ebiten.Image, s string, f Face, r image.Rectangle, c color.Color) {
	s = Ellipsize(s, f, r.Dx())
	w := TextWidth(s, f)
	h := f.Metrics().HAscent + f.Metrics().HDescent
	DrawText(dst, s, f, float64(r.Min.X)+(float64(r.Dx())-w)/2, float64(r.Min.Y)+(float64(r.Dy())-h)/2, c)
}

// Ellipsize shortens a one-line label to width, ending it with "…".
func Ellipsize(s string, f Face, width int) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		s = s[:i] + "…"
	}
	if TextWidth(s, f) <= float64(width) {
		return s
	}
	rs := []rune(s)
	for len(rs) > 0 {
		rs = rs[:len(rs)-1]
		// "onderzoek.…" reads as a typo: the ellipsis replaces a cut
		// word's space or punctuation rather than following it.
		t := strings.TrimRight(string(rs), " .,;:") + "…"
		if TextWidth(t, f) <= float64(width) {
			return t
		}
	}
	return ""
}

// DrawWrapped draws s wrapped to r's width from r's top, clipped to r, and
// returns the height the whole text needs (which may exceed r).
func DrawWrapped(dst *ebiten.Image, s string, f Face, r image.Rectangle, c color.Color) int {
	lines := Wrap(s, f, r.Dx())
	lh := LineHeight(f)
	clip := dst.SubImage(r.Intersect(dst.Bounds())).(*ebiten.Image)
	for i, l := range lines {
		y := float64(r.Min.Y) + float64(i)*lh
		if y > float64(r.Max.Y) {
			break
		}
		DrawText(clip, s[l.Start:l.End], f, float64(r.Min.X), y, c)
	}
	return int(float64(len(lines)) * lh)
}

// DrawWrappedLines draws s wrapped to r's width, at most maxLines lines
// and only lines that fit r's height whole; when text is left over, the
// last line drawn ends with "…". It returns the height drawn.
func DrawWrappedLines(dst *ebiten.Image, s string, f Face, r image.Rectangle, maxLines int, c color.Color) int {
	lines := Wrap(s, f, r.Dx())
	lh := LineHeight(f)
	n := min(len(lines), maxLines, int(float64(r.Dy())/lh+0.05))
	for i := 0; i < n; i++ {
		l := lines[i]
		text := s[l.Start:l.End]
		if i == n-1 && n < len(lines) {
			text = Ellipsize(strings.TrimSpace(s[l.Start:])+"…", f, r.Dx())
			if !strings.HasSuffix(text, "…") {
				text += "…"
			}
		}
		DrawText(dst, text, f, float64(r.Min.X), float64(r.Min.Y)+float64(i)*lh, c)
	}
	return int(float64(n) * lh)
}

// DrawWrappedCentered draws s wrapped to r's width, each line centred,
// the block centred in r; lines that do not fit r's height are left out.
func DrawWrappedCentered(dst *ebiten.Image, s string, f Face, r image.Rectangle, c color.Color) {
	lines := Wrap(s, f, r.Dx())
	lh := LineHeight(f)
	n := min(len(lines), int(float64(r.Dy())/lh+0.05))
	y := float64(r.Min.Y) + (float64(r.Dy())-float64(n)*lh)/2
	for i := 0; i < n; i++ {
		text := strings.TrimSpace(s[lines[i].Start:lines[i].End])
		DrawText(dst, text, f, float64(r.Min.X)+(float64(r.Dx())-TextWidth(text, f))/2, y+float64(i)*lh, c)
	}
}

// WrappedHeight is the height drawWrapped needs for s at width.
func WrappedHeight(s string, f Face, width int) int {
	return int(float64(len(Wrap(s, f, width))) * LineHeight(f))
}

// TextWidth is the advance of one line of text.
func TextWidth(s string, f Face) float64 {
	f = faceFor(f, s)
	if hasRTL(s) {
		w := 0.0
		for _, r := range visualRuns(s) {
			w += runWidth(r, f)
		}
		return w
	}
	return text.AdvanceAt(s, len(s), f)
}

// CaretX is the distance from the start of a line to byte offset i in it,
// measured on the shaped whole line (a prefix shaped alone can differ).
func CaretX(line string, i int, f Face) float64 {
	return text.AdvanceAt(line, i, faceFor(f, line))
}
