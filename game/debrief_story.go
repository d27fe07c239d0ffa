package game

import (
	"fmt"
	"image"
	"math"

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
	d.drawChart(a, dst, chart.Inset(a.px(12)))
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
	if e, ok := d.sc.Ending(d.report.Ending); ok {
		block(a.t("debrief.your_ending"), e.Title+(func() string {
			if e.Outcome != "" {
				return " — " + e.Outcome
			}
			return ""
		})(), body, ui.ColText)
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

// drawChart draws this round's outrage (0–100) and the historical path
// (shares, on its own scale) against scenario time, with a numbered marker
// where each reply went out.
func (d *debriefScene) drawChart(a *App, dst *ebiten.Image, r image.Rectangle) {
	legendY, histMax := d.drawChartLegend(a, dst, r)
	plot := image.Rect(r.Min.X+a.px(34), legendY+a.px(30), r.Max.X-a.px(8), r.Max.Y-a.px(22))
	if plot.Dx() <= 10 || plot.Dy() <= 10 {
		return
	}
	ui.FillRect(dst, plot, ui.ColBackground)
	hist, curve := d.report.Historical, d.report.Curve
	ax := chartAxes{plot: plot, xmax: 60}
	if len(curve) > 0 {
		ax.xmax = math.Max(ax.xmax, curve[len(curve)-1].Minute)
	}
	if len(hist) > 0 {
		ax.xmax = math.Max(ax.xmax, hist[len(hist)-1][0])
	}
	ax.drawGrid(a, dst)
	lw := float32(max(2, a.px(3)))
	if len(hist) > 1 && histMax > 0 {
		var pts [][2]float32
		for _, p := range hist {
			pts = append(pts, [2]float32{ax.x(p[0]), ax.y(p[1], histMax)})
		}
		ui.StrokePolyline(dst, pts, lw, ui.ColHistorical)
	}
	if len(curve) > 1 {
		var pts [][2]float32
		for _, p := range curve {
			pts = append(pts, [2]float32{ax.x(p.Minute), ax.y(p.Outrage, 100)})
		}
		ui.StrokePolyline(dst, pts, lw, ui.ColAccent)
	}
	d.drawReplyMarkers(a, dst, ax)
}

// drawChartLegend draws the chart's title and legend at r's top; it
// returns the legend's top and the highest historical value.
func (d *debriefScene) drawChartLegend(a *App, dst *ebiten.Image, r image.Rectangle) (legendY int, histMax float64) {
	small := a.font(ui.Caption)
	hist := d.report.Historical
	// Cases without a recorded path (Domino's) have nothing "in reality"
	// to compare with; the title must not promise it.
	title := a.t("chart.title")
	if len(hist) == 0 {
		title = a.t("chart.title.round")
	}
	ui.DrawText(dst, title, a.font(ui.Small.Strong()), float64(r.Min.X), float64(r.Min.Y), ui.ColText)
	legendY = r.Min.Y + a.px(22)
	ui.FillRect(dst, image.Rect(r.Min.X, legendY+a.px(6), r.Min.X+a.px(18), legendY+a.px(10)), ui.ColAccent)
	ui.DrawText(dst, a.t("chart.round"), small, float64(r.Min.X+a.px(24)), float64(legendY), ui.ColText)
	for _, p := range hist {
		histMax = math.Max(histMax, p[1])
	}
	if len(hist) > 0 {
		lx := r.Min.X + r.Dx()/2
		ui.FillRect(dst, image.Rect(lx, legendY+a.px(6), lx+a.px(18), legendY+a.px(10)), ui.ColHistorical)
		ui.DrawText(dst, ui.Ellipsize(a.t("chart.historical", histMax), small, r.Max.X-lx-a.px(24)), small, float64(lx+a.px(24)), float64(legendY), ui.ColText)
	}
	return legendY, histMax
}

// chartAxes maps scenario minutes and values onto the chart's plot.
type chartAxes struct {
	plot image.Rectangle
	xmax float64 // the last scenario minute shown
}

func (c chartAxes) x(m float64) float32 {
	return float32(c.plot.Min.X) + float32(m/c.xmax)*float32(c.plot.Dx())
}

func (c chartAxes) y(v, vmax float64) float32 {
	return float32(c.plot.Max.Y) - float32(math.Min(v/vmax, 1))*float32(c.plot.Dy())
}

// drawGrid draws the meter's 0, 50 and 100 and the start, middle and end
// of the round.
func (c chartAxes) drawGrid(a *App, dst *ebiten.Image) {
	small := a.font(ui.Caption)
	plot := c.plot
	for _, v := range []float64{0, 50, 100} {
		y := c.y(v, 100)
		vector.StrokeLine(dst, float32(plot.Min.X), y, float32(plot.Max.X), y, 1, ui.ColBorder, false)
		label := fmt.Sprintf("%.0f", v)
		ui.DrawText(dst, label, small, float64(plot.Min.X)-ui.TextWidth(label, small)-float64(a.px(4)), float64(y)-ui.LineHeight(small)/2, ui.ColMuted)
	}
	for _, m := range []float64{0, c.xmax / 2, c.xmax} {
		label := minutesLabel(m)
		x := float64(c.x(m)) - ui.TextWidth(label, small)/2
		x = math.Max(float64(plot.Min.X), math.Min(x, float64(plot.Max.X)-ui.TextWidth(label, small)))
		ui.DrawText(dst, label, small, x, float64(plot.Max.Y+a.px(4)), ui.ColMuted)
	}
}

// drawReplyMarkers marks where each reply went out with its number;
// markers close together stack downwards, so every number shows.
func (d *debriefScene) drawReplyMarkers(a *App, dst *ebiten.Image, ax chartAxes) {
	small := a.font(ui.Caption)
	plot := ax.plot
	rad := float32(a.px(10))
	var lastX []float32 // the last marker's x on each row
	for i, rep := range d.report.Replies {
		x := ax.x(rep.Minute)
		vector.StrokeLine(dst, x, float32(plot.Min.Y), x, float32(plot.Max.Y), float32(max(2, a.px(2))), ui.ColFocus, false)
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
