package game

import (
	"fmt"
	"image"
	"math"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/vector"
	"github.com/webcaresim/webcaresim/assets/i18n"
	"github.com/webcaresim/webcaresim/game/crowd"
	"github.com/webcaresim/webcaresim/game/session"
	"github.com/webcaresim/webcaresim/game/ui"
)

// The debrief's chart shows the round in the play screen meter's two
// figures: heat (posts against the brand in the last hour per 10,000
// people watching, on the meter's log scale) with support apart, and reach
// (people who saw the story against the brand, which only grows) with the
// people who saw posts on the brand's side apart. The real case's recorded
// curve (shares) goes in the reach panel on its own scale.

// drawChart draws the two panels against scenario time, with a numbered
// marker where each reply went out.
func (d *debriefScene) drawChart(a *App, dst *ebiten.Image, r image.Rectangle) {
	small := a.font(ui.Caption)
	title := a.t("chart.title")
	if len(d.report.Historical) == 0 {
		// Cases without a recorded path (Domino's) have nothing "in
		// reality" to compare with; the title must not promise it.
		title = a.t("chart.title.round")
	}
	ui.DrawText(dst, title, a.font(ui.Small.Strong()), float64(r.Min.X), float64(r.Min.Y), ui.ColText)
	left := r.Min.X + a.px(44)
	top := r.Min.Y + a.px(24)
	bottom := r.Max.Y - a.px(20)
	gap := a.px(16)
	heatItems := []legendItem{{ui.ColBad, a.t("chart.heat")}, {ui.ColGood, a.t("chart.support")}}
	reachItems := []legendItem{{ui.ColAccent, a.t("chart.reach")}, {ui.ColGood, a.t("chart.support_reach")}}
	curve, hist := d.report.Curve, d.report.Historical
	histMax := 0.0
	for _, p := range hist {
		histMax = math.Max(histMax, p[1])
	}
	if len(hist) > 0 {
		reachItems = append(reachItems, legendItem{ui.ColHistorical, a.t("chart.historical", histMax)})
	}
	// Each legend takes the rows its labels need, so no label is cut and
	// the reach panel's legend sits clear of the heat panel's baseline.
	heatLegendH := drawLegend(a, nil, image.Pt(r.Min.X, top), r.Max.X, small, heatItems...)
	reachLegendH := drawLegend(a, nil, image.Pt(r.Min.X, top), r.Max.X, small, reachItems...)
	heatH := (bottom - top - heatLegendH - reachLegendH - gap) * 55 / 100
	heat := image.Rect(left, top+heatLegendH, r.Max.X-a.px(8), top+heatLegendH+heatH)
	reach := image.Rect(left, heat.Max.Y+gap+reachLegendH, heat.Max.X, bottom)
	if heat.Dy() <= 10 || reach.Dy() <= 10 || heat.Dx() <= 10 {
		return
	}
	xmax := 60.0
	if len(curve) > 0 {
		xmax = math.Max(xmax, curve[len(curve)-1].Minute)
	}
	if len(hist) > 0 {
		xmax = math.Max(xmax, hist[len(hist)-1][0])
	}
	hx := chartAxes{plot: heat, xmax: xmax}
	rx := chartAxes{plot: reach, xmax: xmax}
	drawLegend(a, dst, image.Pt(r.Min.X, top), r.Max.X, small, heatItems...)
	drawLegend(a, dst, image.Pt(r.Min.X, heat.Max.Y+gap), r.Max.X, small, reachItems...)
	ui.FillRect(dst, heat, ui.ColBackground)
	ui.FillRect(dst, reach, ui.ColBackground)
	hx.drawHeatGrid(a, dst)
	people := 1
	for _, p := range curve {
		people = max(people, p.Reach, p.SupportReach)
	}
	rx.drawReachGrid(a, dst, people)
	lw := float32(max(2, a.px(3)))
	plot := func(ax chartAxes, v func(session.CurvePoint) float64, vmax float64, c ui.Color) {
		if len(curve) < 2 {
			return
		}
		pts := make([][2]float32, 0, len(curve))
		for _, p := range curve {
			pts = append(pts, [2]float32{ax.x(p.Minute), ax.y(v(p), vmax)})
		}
		ui.StrokePolyline(dst, pts, lw, c)
	}
	if len(hist) > 1 && histMax > 0 {
		pts := make([][2]float32, 0, len(hist))
		for _, p := range hist {
			pts = append(pts, [2]float32{rx.x(p[0]), rx.y(p[1], histMax)})
		}
		ui.StrokePolyline(dst, pts, lw, ui.ColHistorical)
	}
	plot(hx, func(p session.CurvePoint) float64 { return crowd.HeatScale(p.Support) }, 100, ui.ColGood)
	plot(hx, func(p session.CurvePoint) float64 { return crowd.HeatScale(p.Heat) }, 100, ui.ColBad)
	plot(rx, func(p session.CurvePoint) float64 { return float64(p.SupportReach) }, float64(people), ui.ColGood)
	plot(rx, func(p session.CurvePoint) float64 { return float64(p.Reach) }, float64(people), ui.ColAccent)
	rx.drawTimes(a, dst)
	d.drawReplyMarkers(a, dst, hx, rx.plot)
}

// legendItem is a colour and what it stands for.
type legendItem struct {
	c     ui.Color
	label string
}

// drawLegend draws the items in rows from at, each a colour swatch and its
// whole label, starting a new row where the next does not fit before right,
// and returns the height the rows take. With a nil dst it only measures.
func drawLegend(a *App, dst *ebiten.Image, at image.Point, right int, f ui.Face, items ...legendItem) int {
	x, y := at.X, at.Y
	rowH := int(ui.LineHeight(f)) + a.px(4)
	for _, it := range items {
		label := ui.Ellipsize(it.label, f, right-at.X-a.px(30))
		w := a.px(24) + int(ui.TextWidth(label, f)) + a.px(16)
		if x > at.X && x+w > right {
			x, y = at.X, y+rowH
		}
		if dst != nil {
			ui.FillRect(dst, image.Rect(x, y+a.px(6), x+a.px(18), y+a.px(10)), it.c)
			ui.DrawText(dst, label, f, float64(x+a.px(24)), float64(y), ui.ColText)
		}
		x += w
	}
	return y + rowH - at.Y
}

// chartAxes maps scenario minutes and values onto a panel of the chart.
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

// hline draws a grid line at value v of vmax with its label on the left.
func (c chartAxes) hline(a *App, dst *ebiten.Image, v, vmax float64, label string) {
	small := a.font(ui.Caption)
	y := c.y(v, vmax)
	vector.StrokeLine(dst, float32(c.plot.Min.X), y, float32(c.plot.Max.X), y, 1, ui.ColBorder, false)
	ui.DrawText(dst, label, small, float64(c.plot.Min.X)-ui.TextWidth(label, small)-float64(a.px(4)), float64(y)-ui.LineHeight(small)/2, ui.ColMuted)
}

// drawHeatGrid marks the meter's heat 0, 1, 10 and 100 on its log scale.
func (c chartAxes) drawHeatGrid(a *App, dst *ebiten.Image) {
	for _, h := range []float64{0, 1, 10, 100} {
		c.hline(a, dst, crowd.HeatScale(h), 100, fmt.Sprintf("%.0f", h))
	}
}

// drawReachGrid marks 0 and the most people the round reached.
func (c chartAxes) drawReachGrid(a *App, dst *ebiten.Image, people int) {
	c.hline(a, dst, 0, 1, "0")
	c.hline(a, dst, 1, 1, i18n.CompactCount(people))
}

// drawTimes labels the start, middle and end of the round under the panel.
func (c chartAxes) drawTimes(a *App, dst *ebiten.Image) {
	small := a.font(ui.Caption)
	plot := c.plot
	for _, m := range []float64{0, c.xmax / 2, c.xmax} {
		label := minutesLabel(m)
		x := float64(c.x(m)) - ui.TextWidth(label, small)/2
		x = math.Max(float64(plot.Min.X), math.Min(x, float64(plot.Max.X)-ui.TextWidth(label, small)))
		ui.DrawText(dst, label, small, x, float64(plot.Max.Y+a.px(4)), ui.ColMuted)
	}
}
