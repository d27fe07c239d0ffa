package game

import (
	"image"
	"testing"

	"github.com/webcaresim/webcaresim/game/session"
)

// A pointer that rests on the meter when the round opens (where the
// picker's card was clicked) does not open the meter's explanation over
// the customer's post; once it moves on the meter, it does (playtest 18).
func TestWindowARestingPointerOpensNoMeterHelp(t *testing.T) {
	d := window(t)
	d.Do(func(a *App) {
		a.lang, a.player, a.mode = "nl", "Muis Marit", session.Relaxed
	})
	d.Do(func(a *App) { a.startRound(a.findScenario("hema-insuline")) })
	meter := d.App.scene.(*playScene).regions(d.App).meter
	leaveRoundByEsc(t, d)
	d.Step(MouseAt(meter.Min.Add(image.Pt(meter.Dx()/2, 20))), 0)
	d.Do(func(a *App) { a.startRound(a.findScenario("hema-insuline")) })
	p := d.App.scene.(*playScene)
	for i := 0; i < 3; i++ {
		d.Tick(Frame{}, 0)
	}
	if p.meterHelp {
		t.Error("the pointer resting on the meter as the round opened shows the meter's help over the feed")
	}
	d.Tick(MouseAt(meter.Min.Add(image.Pt(meter.Dx()/2+10, 24))), 0)
	if !p.meterHelp {
		t.Error("the pointer moved on the meter shows no help")
	}
	leaveRoundByEsc(t, d)
}
