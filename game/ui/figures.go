package ui

import (
	"image"
	"math"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/vector"
)

// StrokePolyline strokes a line through pts, leaving out points that add
// nothing at screen resolution: repeats, and the inner points of a level
// stretch.
func StrokePolyline(dst *ebiten.Image, pts [][2]float32, width float32, c Color) {
	var kept [][2]float32
	for i, p := range pts {
		if n := len(kept); n > 0 {
			last := kept[n-1]
			if math.Abs(float64(p[0]-last[0])) < 0.5 && math.Abs(float64(p[1]-last[1])) < 0.5 {
				continue
			}
			level := math.Abs(float64(p[1]-last[1])) < 0.5
			if n > 1 && level && math.Abs(float64(kept[n-2][1]-last[1])) < 0.5 && i < len(pts)-1 {
				kept[n-1] = p // extend the level stretch
				continue
			}
		}
		kept = append(kept, p)
	}
	if len(kept) < 2 {
		return
	}
	// Segment by segment, with a dot at each joint for a round join: one
	// stroked path folds over itself at steps and its fill cancelled out
	// in places, leaving gaps in the line.
	for i := 1; i < len(kept); i++ {
		a, b := kept[i-1], kept[i]
		vector.StrokeLine(dst, a[0], a[1], b[0], b[1], width, c, true)
		vector.FillCircle(dst, b[0], b[1], width/2, c, true)
	}
	vector.FillCircle(dst, kept[0][0], kept[0][1], width/2, c, true)
}

// StrokePath strokes p with round joins and caps, antialiased.
func StrokePath(dst *ebiten.Image, p *vector.Path, width float32, c Color) {
	so := &vector.StrokeOptions{Width: width, LineJoin: vector.LineJoinRound, LineCap: vector.LineCapRound}
	op := &vector.DrawPathOptions{AntiAlias: true}
	op.ColorScale.ScaleWithColor(c)
	vector.StrokePath(dst, p, so, op)
}

// FastForward draws ⏩ as two triangles, so it shows whatever glyphs
// the font has.
func FastForward(dst *ebiten.Image, x, y, h float32, c Color) {
	var path vector.Path
	for i := float32(0); i < 2; i++ {
		ox := x + i*h*0.9
		path.MoveTo(ox, y)
		path.LineTo(ox+h, y+h/2)
		path.LineTo(ox, y+h)
		path.Close()
	}
	op := &vector.DrawPathOptions{AntiAlias: true}
	op.ColorScale.ScaleWithColor(c)
	vector.FillPath(dst, &path, &vector.FillOptions{}, op)
}

// Toggle draws a button that shows whether it is the selected option.
func Toggle(dst *ebiten.Image, r image.Rectangle, label string, on bool, f Face, s float64) {
	if on {
		RoundRect(dst, r, float32(8*s), ColAccent)
		DrawTextCentered(dst, "✓ "+label, f, r.Inset(int(6*s)), ColOnDark)
		return
	}
	RoundRect(dst, r, float32(8*s), ColPanel)
	StrokeRect(dst, r, float32(max(1, 1.5*s)), ColBorder)
	DrawTextCentered(dst, label, f, r.Inset(int(6*s)), ColText)
}

// Darker is c at three quarters of its brightness (amber text on white).
func Darker(c Color) Color {
	return Color{R: c.R * 3 / 4, G: c.G * 3 / 4, B: c.B * 3 / 4, A: c.A}
}
