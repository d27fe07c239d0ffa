package game

import (
	"math"
	"strings"
	"testing"

	"github.com/webcaresim/webcaresim/game/session"
)

// Once half a decision's SLA has passed, the top bar says in how many
// minutes silence takes over the decision, so a trainee typing past the SLA
// is not surprised when the question changes under their reply (playtest
// P16-11); before that it says nothing of it. Both languages.
func TestTheTopBarWarnsBeforeSilenceTakesOver(t *testing.T) {
	d := window(t)
	readText(t)
	for _, lang := range []string{"nl", "en"} {
		t.Run(lang, func(t *testing.T) {
			d.Do(func(a *App) {
				a.lang, a.mode = lang, session.Practice
				a.startRound(a.findScenario("sanoma-juf"))
			})
			p := d.App.scene.(*playScene)
			d.Do(func(a *App) {
				for i := 0; p.sess.Decision() == nil && i < 1000; i++ {
					p.sess.AdvanceTo(p.sess.NextStop())
				}
			})
			sla, ok := p.sess.SLA()
			deadline := p.sess.Deadline()
			if !ok || deadline <= 0 {
				t.Fatalf("Sanoma's first decision has no SLA or no deadline (%v, %v)", ok, deadline)
			}
			warning := func() string {
				return tr(lang, "play.silence_in", int(math.Ceil(deadline-p.sess.Now())))
			}
			d.Tick(Frame{}, 0)
			if strings.Contains(shownText(), warning()) {
				t.Errorf("the top bar warns of silence right after the decision opened: %q", shownText())
			}
			for _, at := range []float64{0.6, 1.2} {
				d.Do(func(a *App) { p.sess.AdvanceTo(sla.Start + at*sla.Minutes) })
				d.Tick(Frame{}, 0)
				if p.sess.Decision() == nil {
					t.Fatalf("the decision closed before %.0f%% of its SLA", 100*at)
				}
				if !strings.Contains(shownText(), warning()) {
					t.Errorf("at %.0f%% of the SLA the top bar does not say %q", 100*at, warning())
				}
			}
		})
	}
}
