//go:build js && wasm

package main

// The browser debrief's chart and "100 worlds", the same figures as the
// window's: heat (posts against the brand in the last hour per 10,000
// people watching, on the meter's log scale) with support apart, and reach
// (people who saw the story against the brand) with those who saw posts
// on its side apart; then the round replayed in 100 worlds beside the
// real reply's.

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"syscall/js"
	"time"

	"github.com/webcaresim/webcaresim/assets/i18n"
	"github.com/webcaresim/webcaresim/game/crowd"
	"github.com/webcaresim/webcaresim/game/session"
)

const (
	chartW, chartH = 640.0, 300.0
	chartLeft      = 44.0
	colBad         = "#d93025"
	colGood        = "#1f9d55"
	colAccent      = "#1d6fd8"
	colHistorical  = "#8a949e"
	colGrid        = "#d5dbe1"
	worldsShown    = 100
)

// chart is the round's heat and reach against scenario time, as an SVG.
func (g *game) chart(rep session.Report) js.Value {
	title := g.tw("chart.title")
	if len(rep.Historical) == 0 {
		title = g.tw("chart.title.round")
	}
	xmax := 60.0
	if n := len(rep.Curve); n > 0 {
		xmax = max(xmax, rep.Curve[n-1].Minute)
	}
	if n := len(rep.Historical); n > 0 {
		xmax = max(xmax, rep.Historical[n-1][0])
	}
	heat := panel{top: 28, bottom: 150, xmax: xmax}
	reach := panel{top: 186, bottom: 276, xmax: xmax}
	var b strings.Builder
	fmt.Fprintf(&b, `<svg viewBox="0 0 %.0f %.0f" width="100%%" role="img" aria-label="%s" style="max-width:760px;font:11px sans-serif">`, chartW, chartH, title)
	legend(&b, 8, [][2]string{{colBad, g.tw("chart.heat")}, {colGood, g.tw("chart.support")}})
	for _, h := range []float64{0, 1, 10, 100} {
		heat.hline(&b, crowd.HeatScale(h)/100, fmt.Sprint(h))
	}
	people, histMax := 1, 0.0
	for _, p := range rep.Curve {
		people = max(people, p.Reach, p.SupportReach)
	}
	for _, p := range rep.Historical {
		histMax = max(histMax, p[1])
	}
	items := [][2]string{{colAccent, g.tw("chart.reach")}, {colGood, g.tw("chart.support_reach")}}
	if histMax > 0 {
		items = append(items, [2]string{colHistorical, g.tw("chart.historical", histMax)})
	}
	legend(&b, 166, items)
	reach.hline(&b, 0, "0")
	reach.hline(&b, 1, i18n.CompactCount(people))
	if histMax > 0 {
		pts := make([][2]float64, 0, len(rep.Historical))
		for _, p := range rep.Historical {
			pts = append(pts, [2]float64{p[0], p[1] / histMax})
		}
		reach.line(&b, pts, colHistorical)
	}
	series := func(pn panel, v func(session.CurvePoint) float64, c string) {
		pts := make([][2]float64, 0, len(rep.Curve))
		for _, p := range rep.Curve {
			pts = append(pts, [2]float64{p.Minute, v(p)})
		}
		pn.line(&b, pts, c)
	}
	series(heat, func(p session.CurvePoint) float64 { return crowd.HeatScale(p.Support) / 100 }, colGood)
	series(heat, func(p session.CurvePoint) float64 { return crowd.HeatScale(p.Heat) / 100 }, colBad)
	series(reach, func(p session.CurvePoint) float64 { return float64(p.SupportReach) / float64(people) }, colGood)
	series(reach, func(p session.CurvePoint) float64 { return float64(p.Reach) / float64(people) }, colAccent)
	// a marker per reply; replies close together stack their numbers
	// downwards instead of drawing them over each other ("12")
	lastX, cy := -100.0, heat.top+8
	for i, r := range rep.Replies {
		x := heat.x(r.Minute)
		cy = map[bool]float64{true: cy + 18, false: heat.top + 8}[x-lastX < 17]
		lastX = x
		fmt.Fprintf(&b, `<line x1="%.1f" y1="%.0f" x2="%.1f" y2="%.0f" stroke="#f08c00" stroke-width="2"/>`, x, heat.top, x, reach.bottom)
		fmt.Fprintf(&b, `<circle cx="%.1f" cy="%.0f" r="8" fill="#f08c00"/><text x="%.1f" y="%.0f" fill="#fff" text-anchor="middle">%d</text>`, x, cy, x, cy+4, i+1)
	}
	for _, m := range []float64{0, xmax / 2, xmax} {
		anchor := map[bool]string{true: "start", false: "middle"}[m == 0]
		if m == xmax {
			anchor = "end"
		}
		fmt.Fprintf(&b, `<text x="%.1f" y="%.0f" fill="#5b6773" text-anchor="%s">%d:%02d</text>`, reach.x(m), reach.bottom+16, anchor, int(m)/60, int(m)%60)
	}
	b.WriteString(`</svg>`)
	box := el("figure", "chart", el("figcaption", "", title))
	svg := el("div", "")
	svg.Set("innerHTML", b.String()) // numbers and our own labels only; no typed text
	box.Call("appendChild", svg)
	return box
}

// panel maps scenario minutes and a value 0..1 onto a band of the SVG.
type panel struct{ top, bottom, xmax float64 }

func (p panel) x(m float64) float64 { return chartLeft + m/p.xmax*(chartW-chartLeft-8) }
func (p panel) y(v float64) float64 { return p.bottom - min(max(v, 0), 1)*(p.bottom-p.top) }

func (p panel) hline(b *strings.Builder, v float64, label string) {
	y := p.y(v)
	fmt.Fprintf(b, `<line x1="%.0f" y1="%.1f" x2="%.0f" y2="%.1f" stroke="%s"/>`, chartLeft, y, chartW-8, y, colGrid)
	fmt.Fprintf(b, `<text x="%.0f" y="%.1f" fill="#5b6773" text-anchor="end">%s</text>`, chartLeft-4, y+4, label)
}

func (p panel) line(b *strings.Builder, pts [][2]float64, c string) {
	if len(pts) < 2 {
		return
	}
	fmt.Fprintf(b, `<polyline fill="none" stroke="%s" stroke-width="2" points="`, c)
	for _, q := range pts {
		fmt.Fprintf(b, "%.1f,%.1f ", p.x(q[0]), p.y(q[1]))
	}
	b.WriteString(`"/>`)
}

// legend writes colour swatches and labels in a row at height y.
func legend(b *strings.Builder, y float64, items [][2]string) {
	x := 8.0
	for _, it := range items {
		fmt.Fprintf(b, `<rect x="%.0f" y="%.0f" width="16" height="4" fill="%s"/>`, x, y+4, it[0])
		fmt.Fprintf(b, `<text x="%.0f" y="%.0f" fill="#1b2733">%s</text>`, x+22, y+10, it[1])
		x += 22 + 8.5*float64(len([]rune(it[1]))) + 20 // about 8.5 px a character at 11 px, wide letters included
	}
}

// tw is a message the window shows too (assets/i18n/{nl,en}.toml): the
// chart and the worlds say the same in both faces.
func (g *game) tw(key string, args ...any) string { return i18n.T(g.lang, key, args...) }

// worlds adds the "100 worlds" paragraph and plays them a world at a time
// in the background: the browser has one thread, so the page stays
// responsive between worlds.
func (g *game) worlds(box js.Value) {
	box.Call("appendChild", el("h2", "", g.tw("debrief.worlds.title", worldsShown)))
	p := el("p", "worlds", g.tw("debrief.worlds.pending", worldsShown))
	p.Get("style").Set("whiteSpace", "pre-line")
	box.Call("appendChild", p)
	run := session.NewWorldsRun(g.s.Scenario(), g.s.Transcript().Steps, worldsShown, g.s.Options())
	go func() {
		for run.Next() {
			time.Sleep(time.Millisecond) // let the page handle input
		}
		rep, err := run.Report()
		if err != nil {
			p.Set("textContent", g.tw("debrief.worlds.failed"))
			return
		}
		p.Set("textContent", g.worldsText(rep))
	}()
}

// worldsText says, as the window does, how often the trainee's replies and
// the real one ended in a storm, how far the story reached and how.
func (g *game) worldsText(rep session.WorldsReport) string {
	line := func(key string, w session.WorldsSummary) string {
		r := w.Reach
		return g.tw(key, w.Storm, w.Worlds, w.HeatStorm, thousands(int(r.Median), g.lang),
			thousands(int(r.P10), g.lang), thousands(int(r.P90), g.lang), g.endings(w))
	}
	yours := line("debrief.worlds.yours", rep.Yours)
	r := g.s.Report()
	if own := rep.Yours.PlayedRound(g.lang, r, r.EndingName(g.s.Scenario())); own != "" {
		yours += " " + own
	}
	lines := []string{yours}
	if h := rep.Historical; h != nil {
		lines = append(lines, line("debrief.worlds.real", *h))
	}
	lines = append(lines, g.tw("debrief.worlds.note"))
	return strings.Join(lines, "\n")
}

// endings lists the worlds' endings by title, most frequent first.
func (g *game) endings(w session.WorldsSummary) string {
	ids := slices.Collect(maps.Keys(w.Endings))
	slices.SortFunc(ids, func(x, y string) int {
		if w.Endings[x] != w.Endings[y] {
			return w.Endings[y] - w.Endings[x]
		}
		return strings.Compare(x, y)
	})
	var parts []string
	for _, id := range ids {
		parts = append(parts, g.tw("debrief.worlds.ending", w.EndingName(g.s.Scenario(), id), w.Endings[id]))
	}
	return strings.Join(parts, " · ")
}

// thousands groups digits: 23.858 in Dutch, 23,858 in English.
func thousands(n int, lang string) string {
	s := fmt.Sprint(n)
	sep := ","
	if lang == "nl" {
		sep = "."
	}
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + sep + s[i:]
	}
	return s
}
