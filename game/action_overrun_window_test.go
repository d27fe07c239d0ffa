package game

import (
	"image"
	"strings"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/webcaresim/webcaresim/game/session"
	"github.com/webcaresim/webcaresim/scenarios"
)

// HEMA: after "Wait (+60 min)" the focus stayed on Wait, and the next
// Enter, meant to go on to the reply, waited again and ran past the
// question: silence answered Naomi at one key press (playtest 22, P22-20).
// Now the focus goes to the answer after an action, and an action that
// would run past the question says so first; a second press takes it.
func TestWindowAWaitThatRunsPastTheQuestionAsksFirst(t *testing.T) {
	d := window(t)
	d.Do(func(a *App) {
		a.lang, a.player, a.mode = "en", "Wachtende Wim", session.Practice
		a.startRound(a.findScenario("hema-insuline"))
	})
	p := d.App.scene.(*playScene)
	untilDecision(t, d, p)
	first := p.sess.Decision()
	mustScreen(t, d.Step(Frame{}, 0))
	click := func() {
		t.Helper()
		r := widgetRect(t, p.widgets, "action-"+scenarios.ActionWait)
		d.Tick(Frame{Clicks: []image.Point{r.Min.Add(image.Pt(10, 10))}}, 0)
		d.Tick(Frame{}, 0)
	}
	click()
	if p.sess.Decision() != first {
		t.Fatal("the first wait closed the question")
	}
	if p.focus.Is("action-" + scenarios.ActionWait) {
		t.Error("the focus stays on Wait after waiting")
	}
	waited := p.sess.Now()
	d.Tick(Key(ebiten.KeyEnter), 0)
	d.Tick(Frame{}, 0)
	if p.sess.Decision() != first || p.sess.Now() > waited+5 || len(p.sess.Replies()) != 0 {
		t.Fatalf("Enter after waiting waited or published: clock %.0f → %.0f, %d replies", waited, p.sess.Now(), len(p.sess.Replies()))
	}
	click()
	if p.sess.Decision() != first {
		t.Fatal("a wait past the question ran at the first press")
	}
	if !strings.Contains(strings.Join(p.panelNotes(d.App), " "), "silence takes over") {
		t.Errorf("no warning that silence takes over: %q", p.panelNotes(d.App))
	}
	click()
	if p.sess.Decision() == first {
		t.Error("the second press did not take the wait the trainee confirmed")
	}
	leaveRoundByEsc(t, d)
}
