package game

import (
	"fmt"
	"image"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/vector"
	"github.com/webcaresim/webcaresim/game/ui"
)

// drawStory draws the right column: the chart, what really happened with
// its sources, and the tips. It returns the height used.
func (d *debriefScene) drawStory(a *App, dst *ebiten.Image, r, chart image.Rectangle) int {
	head := a.font(ui.Heading)
	body := a.font(ui.Body)
	small := a.font(ui.Small)
	ui.RoundRect(dst, chart, float32(a.px(10)), ui.ColPanel)
	d.drawChartCached(a, dst, chart.Inset(a.px(12)))
	y := chart.Max.Y + a.px(18)
	block := func(title, s string, f ui.Face, c ui.Color) {
		if s == "" {
			return
		}
		if title != "" {
			ui.DrawText(dst, title, head, float64(r.Min.X), float64(y), ui.ColText)
			y += a.px(32)
		}
		h := ui.WrappedHeight(s, f, r.Dx())
		ui.DrawWrapped(dst, s, f, image.Rect(r.Min.X, y, r.Max.X, y+h), c)
		y += h + a.px(10)
	}
	if _, ok := d.sc.Ending(d.report.Ending); ok {
		name := d.report.EndingName(d.sc)
		if outcome := d.report.EndingOutcomeLine(d.sc); outcome != "" {
			name += " — " + outcome
		}
		block(a.t("debrief.your_ending"), name, body, ui.ColText)
	}
	y += d.drawWorlds(a, dst, r, y)
	for i, m := range d.report.Trainer {
		title := ""
		if i == 0 {
			title = a.t("debrief.trainer")
		}
		block(title, d.sc.WallClock(m.Minute, a.lang)+"  "+m.Note, small, ui.ColText)
	}
	y = d.drawLessons(a, dst, r, y)
	block(a.t("debrief.what_happened"), d.sc.Debrief.WhatHappened, body, ui.ColText)
	for i, s := range d.sc.Debrief.Sources {
		title := ""
		if i == 0 {
			title = a.t("debrief.sources")
		}
		block(title, "• "+s, small, ui.ColMuted)
	}
	for i, tip := range d.sc.Debrief.Tips {
		title := ""
		if i == 0 {
			title = a.t("debrief.tips")
		}
		block(title, "✓ "+tip, body, ui.ColText)
	}
	return y - r.Min.Y
}

// drawReplyMarkers marks where each reply went out with its number;
// markers close together stack downwards, so every number shows. The
// line runs down ax's panel and the reach panel below it.
func (d *debriefScene) drawReplyMarkers(a *App, dst *ebiten.Image, ax chartAxes, reach image.Rectangle) {
	small := a.font(ui.Caption)
	plot := ax.plot
	rad := float32(a.px(10))
	var lastX []float32 // the last marker's x on each row
	for i, rep := range d.report.Replies {
		x := ax.x(rep.Minute)
		// Through both panels, not across the reach panel's legend between
		// them, whose label it would strike through.
		w := float32(max(2, a.px(2)))
		vector.StrokeLine(dst, x, float32(plot.Min.Y), x, float32(plot.Max.Y), w, ui.ColFocus, false)
		vector.StrokeLine(dst, x, float32(reach.Min.Y), x, float32(reach.Max.Y), w, ui.ColFocus, false)
		row := 0
		for row < len(lastX) && x-lastX[row] < 2*rad+float32(a.px(2)) {
			row++
		}
		if row == len(lastX) {
			lastX = append(lastX, x)
		}
		lastX[row] = x
		cy := float32(plot.Min.Y) + rad + float32(row)*(2*rad+float32(a.px(2)))
		ui.Circle(dst, x, cy, rad, ui.ColFocus)
		ui.DrawTextCentered(dst, fmt.Sprint(i+1), small, image.Rect(int(x-rad), int(cy-rad), int(x+rad), int(cy+rad)), ui.ColOnDark)
	}
}

// drawChartCached draws the chart from an image made the first time (or
// when the window's size changed it); the chart never changes otherwise.
func (d *debriefScene) drawChartCached(a *App, dst *ebiten.Image, r image.Rectangle) {
	if r.Dx() <= 0 || r.Dy() <= 0 {
		return
	}
	if d.chart == nil || d.chart.Bounds().Size() != r.Size() {
		if d.chart != nil {
			d.chart.Deallocate()
		}
		d.chart = ebiten.NewImage(r.Dx(), r.Dy())
		d.drawChart(a, d.chart, image.Rect(0, 0, r.Dx(), r.Dy()))
	}
	op := &ebiten.DrawImageOptions{}
	op.GeoM.Translate(float64(r.Min.X), float64(r.Min.Y))
	dst.DrawImage(d.chart, op)
}
