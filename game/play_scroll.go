package game

import "image"

// clicksOnMoreBands scrolls the panel by about a page for a click on its
// "▲ more" or "▼ more" band, and drops that click. The bands are drawn over
// the part that scrolls, so a click meant only to see more landed on the
// choice under the band and picked it.
func (p *playScene) clicksOnMoreBands(a *App, clicks []image.Point) []image.Point {
	panel := p.regions(a).panel
	band := p.moreBand(a)
	page := max(band, p.panelRect.Dy()-3*band)
	up := image.Rect(panel.Min.X, p.panelRect.Min.Y, panel.Max.X, p.panelRect.Min.Y+band)
	down := image.Rect(panel.Min.X, panel.Max.Y-band, panel.Max.X, panel.Max.Y)
	var out []image.Point
	for _, c := range clicks {
		switch {
		case p.panelOff > 0 && c.In(up):
			p.panelOff = max(0, p.panelOff-page)
		case p.panelMore && c.In(down):
			p.panelOff += page
		default:
			out = append(out, c)
		}
	}
	if len(out) != len(clicks) {
		p.layout(a)
	}
	return out
}
