package ui

import (
	"image"

	"github.com/hajimehoshi/ebiten/v2"
)

// arrow moves the focus for an arrow key: by rows on a screen laid out in
// them (Rows), else, and at a row's end, to the next or previous widget.
func (fc *Focus) arrow(ws []*Widget, k ebiten.Key) {
	ws = arrowOrder(ws, fc.ID)
	delta := 1
	if k == ebiten.KeyArrowUp || k == ebiten.KeyArrowLeft {
		delta = -1
	}
	moved := false
	switch {
	case !fc.Rows:
	case k == ebiten.KeyArrowUp || k == ebiten.KeyArrowDown:
		moved = fc.moveRow(ws, delta)
	default:
		moved = fc.moveInRow(ws, delta)
	}
	if !moved {
		fc.move(ws, delta)
	}
}

// moveRow moves the focus to the nearest enabled widget in the next row
// below (delta 1) or above (delta −1): the widget overlapping the focused
// one's columns, the nearest row first, and within it the one whose left
// edge is nearest, so Down from a full-width field lands on the row's
// first choice. It reports false when there is no row that way, so the
// caller can wrap round.
func (fc *Focus) moveRow(ws []*Widget, delta int) bool {
	cur := fc.Current(ws)
	if cur == nil {
		return false
	}
	var best *Widget
	bestRow, bestCol := 0, 0
	for _, w := range ws {
		if !w.Enabled || w == cur {
			continue
		}
		row := rowDistance(cur.Rect, w.Rect, delta)
		if row <= 0 {
			continue
		}
		col := abs(w.Rect.Min.X - cur.Rect.Min.X)
		if best == nil || row < bestRow || (row == bestRow && col < bestCol) {
			best, bestRow, bestCol = w, row, col
		}
	}
	if best == nil {
		return false
	}
	fc.ID = best.ID
	return true
}

// rowDistance is how far w lies below (delta 1) or above (delta −1) cur,
// or 0 when it is not wholly on that side: a widget beside cur, in the
// same row, is not in another row.
func rowDistance(cur, w image.Rectangle, delta int) int {
	if delta > 0 && w.Min.Y >= cur.Max.Y {
		return w.Min.Y - cur.Max.Y + 1
	}
	if delta < 0 && w.Max.Y <= cur.Min.Y {
		return cur.Min.Y - w.Max.Y + 1
	}
	return 0
}

// moveInRow moves the focus to the nearest enabled widget to the right
// (delta 1) or left (delta −1) in the focused widget's row. It reports
// false at the row's end.
func (fc *Focus) moveInRow(ws []*Widget, delta int) bool {
	cur := fc.Current(ws)
	if cur == nil {
		return false
	}
	var best *Widget
	for _, w := range ws {
		if !w.Enabled || w == cur || w.Rect.Min.Y >= cur.Rect.Max.Y || w.Rect.Max.Y <= cur.Rect.Min.Y {
			continue
		}
		dx := (w.Rect.Min.X - cur.Rect.Min.X) * delta
		if dx <= 0 {
			continue
		}
		if best == nil || dx < (best.Rect.Min.X-cur.Rect.Min.X)*delta {
			best = w
		}
	}
	if best == nil {
		return false
	}
	fc.ID = best.ID
	return true
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// arrowOrder is ws without the widgets the arrow keys pass by (TabOnly),
// but for the focused one, so an arrow moves on from where the focus is.
func arrowOrder(ws []*Widget, focused string) []*Widget {
	out := ws[:0:0]
	for _, w := range ws {
		if !w.TabOnly || w.ID == focused {
			out = append(out, w)
		}
	}
	return out
}
