package game

import (
	"image"
	"strings"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/webcaresim/webcaresim/game/session"
	"github.com/webcaresim/webcaresim/scenarios"
)

// occurrences counts the panel's note lines that hold text.
func occurrences(lines []string, text string) int {
	n := 0
	for _, l := range lines {
		if strings.Contains(l, text) {
			n++
		}
	}
	return n
}

// actionText is the text of the open decision's action of this kind.
func actionText(t *testing.T, p *playScene, kind string) string {
	t.Helper()
	d := p.sess.Decision()
	if d == nil {
		t.Fatal("no decision open")
	}
	for _, act := range d.Actions {
		if act.Kind == kind {
			return act.Text
		}
	}
	t.Fatalf("decision %q has no %s action", d.ID, kind)
	return ""
}

// A colleague's tip shows once, at the decision it was asked at. It stood
// twice above the choices (as a hint and as the action's note), and the
// first decision's tip still stood above the choices of every later one.
func TestWindowColleaguesTipShowsOnceAndOnlyWhereAsked(t *testing.T) {
	d := window(t)
	d.Do(func(a *App) {
		a.lang, a.player, a.mode = "nl", "Tip Tessa", session.Relaxed
		a.startRound(a.findScenario("hema-insuline"))
	})
	p := d.App.scene.(*playScene)
	untilDecision(t, d, p)
	tip := actionText(t, p, scenarios.ActionColleague)
	mustScreen(t, d.Step(Frame{}, 0))
	button := widgetRect(t, p.widgets, "action-"+scenarios.ActionColleague)
	d.Tick(Frame{Clicks: []image.Point{button.Min.Add(image.Pt(10, 10))}}, 0)
	if len(p.sess.Hints()) != 1 {
		t.Fatalf("the click on the colleague gave %d hints", len(p.sess.Hints()))
	}
	if n := occurrences(p.panelNotes(d.App), tip); n != 1 {
		t.Errorf("the tip shows %d times in the panel: %q", n, p.panelNotes(d.App))
	}
	// Enter right after (the focus was on the button) asks no second time:
	// the same tip again cost 20 more minutes (playtest 18, P18-17)
	asked := p.sess.Now()
	d.Tick(Key(ebiten.KeyEnter), 0)
	d.Tick(Frame{}, 0)
	if len(p.sess.Hints()) != 1 || p.sess.Now() > asked+1 {
		t.Errorf("Enter after asking gave %d hints, clock %.0f → %.0f", len(p.sess.Hints()), asked, p.sess.Now())
	}
	for _, w := range p.widgets {
		if w.ID == "action-"+scenarios.ActionColleague {
			t.Error("the colleague can still be asked at the decision where the tip stands")
		}
	}
	first := p.sess.Decision()
	d.Do(func(a *App) {
		p.focus.ID = "reply"
		p.reply.SetText("Naomi, wat je is overkomen is verschrikkelijk. Het spijt ons echt. Mag onze directeur je vandaag bellen? – Marloes")
	})
	d.Tick(Key(ebiten.KeyEnter), 0)
	if len(p.sess.Replies()) != 1 {
		t.Fatalf("the typed reply was not published: %+v", p.sess.Replies())
	}
	untilDecision(t, d, p)
	if p.sess.Decision() == nil || p.sess.Decision() == first {
		t.Fatal("no later decision opened")
	}
	d.Tick(Frame{}, 0)
	if n := occurrences(p.panelNotes(d.App), tip); n != 0 {
		t.Errorf("the first decision's tip still shows at %q: %q", p.sess.Decision().ID, p.panelNotes(d.App))
	}
	leaveRoundByEsc(t, d)
}

// A call that moves the round on says what it did while time runs towards
// the next decision: the note was cleared the moment the call was made, and
// the trainee never read it.
func TestWindowACallSaysWhatItDid(t *testing.T) {
	d := window(t)
	d.Do(func(a *App) {
		a.lang, a.player, a.mode = "nl", "Bel Bas", session.Practice
		a.startRound(a.findScenario("liberty-bottleworks"))
	})
	p := d.App.scene.(*playScene)
	untilDecision(t, d, p)
	said := actionText(t, p, scenarios.ActionCall)
	mustScreen(t, d.Step(Frame{}, 0))
	button := widgetRect(t, p.widgets, "action-"+scenarios.ActionCall)
	d.Tick(Frame{Clicks: []image.Point{button.Min.Add(image.Pt(10, 10))}}, 0)
	d.Tick(Frame{}, 0)
	if p.sess.Decision() != nil {
		t.Fatalf("the call did not move the round on (decision %q open)", p.sess.Decision().ID)
	}
	if n := occurrences(p.panelNotes(d.App), said); n != 1 {
		t.Errorf("after the call the panel says %q, want what the call did: %q", p.panelNotes(d.App), said)
	}
	leaveRoundByEsc(t, d)
}

// A colleague's tip goes with the decision it was asked at: once the
// reply is published, the time-lapse to HEMA's next question (most of a
// day) shows no tip. It stood on screen all the way there.
func TestWindowATipLeavesWhenItsDecisionIsAnswered(t *testing.T) {
	d := window(t)
	readText(t)
	d.Do(func(a *App) {
		a.lang, a.player, a.mode = "en", "Tip Tom", session.Practice
		a.startRound(a.findScenario("hema-insuline"))
	})
	p := d.App.scene.(*playScene)
	untilDecision(t, d, p)
	tip := flat(actionText(t, p, scenarios.ActionColleague))
	mustScreen(t, d.Step(Frame{}, 0))
	button := widgetRect(t, p.widgets, "action-"+scenarios.ActionColleague)
	d.Tick(Frame{Clicks: []image.Point{button.Min.Add(image.Pt(10, 10))}}, 0)
	d.Tick(Frame{}, 0)
	if !strings.Contains(shownText(), tip) {
		t.Fatalf("the tip %q is not on screen where it was asked", tip)
	}
	first := p.sess.Decision()
	d.Do(func(a *App) {
		p.focus.ID = "reply"
		p.reply.SetText("Naomi, what happened to you is terrible. We are truly sorry. May our director call you today? – Marloes")
	})
	d.Tick(Key(ebiten.KeyEnter), 0)
	if len(p.sess.Replies()) != 1 {
		t.Fatalf("the typed reply was not published: %+v", p.sess.Replies())
	}
	lapse := 0
	for i := 0; i < 4000 && p.sess.Decision() == nil && p.sess.Ending() == nil; i++ {
		d.Tick(Frame{}, session.MaxStep)
		if p.sess.Decision() != nil || p.sess.Ending() != nil {
			break
		}
		lapse++
		if strings.Contains(shownText(), tip) {
			t.Fatalf("the tip still shows %d frames into the time-lapse after its decision was answered (minute %.0f)",
				lapse, p.sess.Now())
		}
	}
	if lapse == 0 || p.sess.Decision() == first {
		t.Fatalf("no time-lapse after the answer (%d frames)", lapse)
	}
	leaveRoundByEsc(t, d)
}

// Asking a colleague leaves the trainee where they were: the focus went on
// to the next button, "Wait", so the Enter meant for the reply being
// written waited instead (playtest P29-3).
func TestWindowAskingAColleagueKeepsTheReplyFocused(t *testing.T) {
	d := window(t)
	d.Do(func(a *App) {
		a.lang, a.player, a.mode = "en", "Tip Tina", session.Relaxed
		a.startRound(a.findScenario("hema-insuline"))
	})
	p := d.App.scene.(*playScene)
	untilDecision(t, d, p)
	d.Do(func(a *App) {
		p.focus.ID = "reply"
		p.reply.SetText("Naomi, I am so sorry")
		p.panelOff = 1 << 20 // scrolled down to the reply, as typing does
	})
	mustScreen(t, d.Step(Frame{}, 0))
	scrolled := p.panelOff
	button := widgetRect(t, p.widgets, "action-"+scenarios.ActionColleague)
	d.Tick(Frame{Clicks: []image.Point{button.Min.Add(image.Pt(10, 10))}}, 0)
	d.Tick(Frame{}, 0)
	if len(p.sess.Hints()) != 1 {
		t.Fatalf("the click on the colleague gave %d hints", len(p.sess.Hints()))
	}
	if !p.focus.Is("reply") {
		t.Errorf("after asking a colleague the focus is on %q, want the reply being written", p.focus.ID)
	}
	// the tip stands under the actions, at the top of the panel's scrolled
	// part: the panel shows it, the reply field keeps the focus
	if scrolled == 0 {
		t.Log("the panel fits without scrolling at this size")
	} else if p.panelOff != 0 {
		t.Errorf("after asking a colleague the panel stays scrolled %d px down (was %d): the tip is out of view", p.panelOff, scrolled)
	}
	leaveRoundByEsc(t, d)
}
