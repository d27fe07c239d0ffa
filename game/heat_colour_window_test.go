package game

import (
	"image"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/webcaresim/webcaresim/game/crowd"
	"github.com/webcaresim/webcaresim/game/session"
	"github.com/webcaresim/webcaresim/game/ui"
)

// The heat figure ("heat now 0.5") took the meter level's colour: red
// beside "Reach: the story is out" while the heat itself was calm, and a
// newcomer read a red 0.5 as danger (play28, F9). After a joke at Frans
// Bauer's expense the story spreads and the heat dies down; once the level
// is the reach's and the heat is under the first mark, the figure is drawn
// green, as the heat's own level is, and the level's word stays red.
func TestWindowTheHeatFigureHasTheHeatsColour(t *testing.T) {
	d := window(t)
	d.Do(func(a *App) {
		a.lang, a.player, a.mode = "en", "Heat Hans", session.Practice
		a.setScene(newTitle(a))
		a.startRound(a.findScenario("tmobile-fransbauer"))
	})
	p, ok := d.App.scene.(*playScene)
	if !ok {
		t.Fatalf("screen %q, want play", d.App.Screen())
	}
	untilDecision(t, d, p)
	d.Do(func(a *App) {
		p.focus.ID = "reply"
		p.reply.SetText("Hey @usurpia, our signal in Fijnaart is about as wide as Frans Bauer's vocal range. We're on it though! ^Jacob")
	})
	d.Tick(Key(ebiten.KeyEnter), 0)
	if len(p.sess.Replies()) != 1 {
		t.Fatal("the joke was not published")
	}
	found := false
	for i := 0; i < 6000 && !found; i++ {
		st := p.sess.Counters()
		lv := p.sess.MeterLevel()
		found = (lv == session.MeterSpread) && st.Heat < 1 && st.Outrage < 30
		if !found && !d.Tick(Frame{}, session.MaxStep) {
			t.Fatal("the game stopped")
		}
	}
	if !found {
		t.Skip("the story never spread while the heat was calm in this world")
	}
	img := mustScreen(t, d.Step(Frame{}, 0))
	a := d.App
	in := p.regions(a).meter.Inset(a.px(14))
	bold := a.font(ui.Body.Strong())
	val := a.t("meter.heat", perTenThousand(p.sess.Counters().Heat, a.lang))
	fig := image.Rect(in.Max.X-int(ui.TextWidth(val, bold)), in.Min.Y, in.Max.X, in.Min.Y+int(ui.LineHeight(bold)))
	green, red := count(img, fig, ui.ColGood), count(img, fig, ui.ColBadDeep)+count(img, fig, ui.ColBad)
	if green < 20 || red > 0 {
		t.Errorf("%q at level %q: %d green and %d red pixels in the heat figure; want it green, as calm heat is", val, p.sess.MeterLevel(), green, red)
	}
	if heatColour(crowd.Stats{Heat: 12, Outrage: 65}) != ui.ColBad {
		t.Error("a storm's heat figure is not red")
	}
}
