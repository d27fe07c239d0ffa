package game

import (
	"fmt"
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

// The warning before a wait that runs past the question says the minutes
// left now, as the header does: it kept the minutes of the press ("in 57
// min") while the header counted on ("in 55 min").
func TestWindowTheOverrunWarningFollowsTheClock(t *testing.T) {
	d := window(t)
	d.Do(func(a *App) {
		a.lang, a.player, a.mode = "en", "Klok Kijker", session.Practice
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
	click()
	if p.sess.Decision() != first || p.overrunAsked == "" {
		t.Fatal("the second wait did not ask first")
	}
	warning := func() string {
		notes := p.panelNotes(d.App)
		if len(notes) == 0 || !strings.Contains(notes[len(notes)-1], "silence takes over") {
			t.Fatalf("no warning that silence takes over: %q", notes)
		}
		return notes[len(notes)-1]
	}
	asked := warning()
	d.Do(func(a *App) { p.sess.AdvanceTo(p.sess.Now() + 3) })
	d.Tick(Frame{}, 0)
	left, ok := p.sess.SilenceIn()
	if !ok || p.sess.Decision() != first {
		t.Fatal("the question closed in three minutes")
	}
	now := warning()
	if want := fmt.Sprintf("in %d min silence", left); !strings.Contains(now, want) {
		t.Errorf("three minutes on the warning says %q (at the press: %q), want %q", now, asked, want)
	}
	if header, _ := p.silenceWarning(d.App); !strings.Contains(header, fmt.Sprintf("in %d min", left)) {
		t.Errorf("the header says %q, the warning %q", header, now)
	}
	img := mustScreen(t, d.Step(Frame{}, 0))
	shotTo(t, img, "overrun-follows-clock")
	leaveRoundByEsc(t, d)
}
