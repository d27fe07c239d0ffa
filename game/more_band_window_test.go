package game

import (
	"image"
	"strings"
	"testing"
)

// A click on "▲ more" or "▼ more" at the edges of the decision panel
// scrolls the panel and picks nothing: the bands are drawn over the choices
// that scroll under them, and a click on "▲ more" picked the choice under
// the pointer ("Picked: reply 2, not published yet"). Found by a newcomer.
func TestWindowAClickOnMoreScrollsAndPicksNothing(t *testing.T) {
	d := window(t)
	p := fromTitleToRound(t, d, "Meer Klikken")
	untilDecision(t, d, p)
	d.Do(func(a *App) { p.focus.ID = "reply" })
	long := strings.Repeat("Hoi Dorien, sorry dat we je bericht verkeerd lazen, je had al gebeld en gemaild. ", 4)
	d.Tick(Typed(long[:270]), 0)
	mustScreen(t, d.Step(Frame{}, 0))
	if p.panelOff == 0 {
		t.Fatal("the panel did not scroll to the field: the test no longer shows \"▲ more\"")
	}
	band := p.moreBand(d.App)
	up := image.Pt(p.panelRect.Min.X+p.panelRect.Dx()/2, p.panelRect.Min.Y+band/2)
	for p.panelOff > 0 {
		before := p.panelOff
		d.Tick(Frame{Clicks: []image.Point{up}}, 0)
		if p.selected >= 0 || p.pickedAction != "" || len(p.sess.Replies()) != 0 {
			t.Fatalf("a click on \"▲ more\" picked choice %d / action %q, published %d", p.selected, p.pickedAction, len(p.sess.Replies()))
		}
		if p.panelOff >= before {
			t.Fatalf("a click on \"▲ more\" did not scroll up (offset %d, was %d)", p.panelOff, before)
		}
	}
	img := mustScreen(t, d.Step(Frame{}, 0))
	shotTo(t, img, "more-band-scrolled-up")
	if !p.panelMore {
		t.Fatal("at the top the panel shows no \"▼ more\": the test no longer shows a long panel")
	}
	down := image.Pt(up.X, p.regions(d.App).panel.Max.Y-band/2)
	d.Tick(Frame{Clicks: []image.Point{down}}, 0)
	if p.selected >= 0 || p.pickedAction != "" || len(p.sess.Replies()) != 0 {
		t.Fatalf("a click on \"▼ more\" picked choice %d / action %q, published %d", p.selected, p.pickedAction, len(p.sess.Replies()))
	}
	if p.panelOff == 0 {
		t.Fatal("a click on \"▼ more\" did not scroll down")
	}
	if p.reply.Text() != long[:270] {
		t.Fatalf("the draft changed to %q", p.reply.Text())
	}
	leaveRoundByEsc(t, d)
}
