package game

import (
	"image"
	"strings"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/webcaresim/webcaresim/game/session"
	"github.com/webcaresim/webcaresim/game/ui"
)

// toFacebookRound opens a round of facebook-verwijderen in English at its
// first decision.
func toFacebookRound(t *testing.T, d *Driver) *playScene {
	t.Helper()
	d.Do(func(a *App) {
		a.lang, a.player, a.mode = "en", "Joyce Test", session.Practice
		a.setScene(newTitle(a))
		a.startRound(a.findScenario("facebook-verwijderen"))
	})
	p, ok := d.App.scene.(*playScene)
	if !ok {
		t.Fatalf("screen %q, want play", d.App.Screen())
	}
	untilDecision(t, d, p)
	if p.sess.Decision() == nil || p.sess.Decision().ID != "reactie" {
		t.Fatalf("decision %v, want the first one, reactie", p.sess.Decision())
	}
	return p
}

// An action that posts a public reply in the trainee's name ("Move to DM"
// posts "Marieke, how annoying! I'm sending you a private message…") is a
// reply like a written choice: Enter on it picks it and shows the text it
// will post; only a second Enter, or the publish button, posts it. A click
// only picks it. (One Enter used to post the canned reply at once, unseen.)
func TestWindowAnActionThatPostsInPublicIsPickedBeforeItIsPublished(t *testing.T) {
	d := window(t)
	p := toFacebookRound(t, d)
	post := p.sess.ActionPost("dm")
	if post == "" {
		t.Fatal("facebook-verwijderen's DM action posts nothing public: the test needs one that does")
	}
	// From choice 1, Up lands on the action, as the play-tester found.
	d.Tick(Key(ebiten.KeyArrowUp), 0)
	if !p.focus.Is("action-dm") {
		t.Fatalf("Up from choice 1 went to %q, not the DM action", p.focus.ID)
	}
	d.Tick(Key(ebiten.KeyEnter), 0)
	if rs := p.sess.Replies(); len(rs) != 0 {
		t.Fatalf("one Enter on the DM action published %q", rs[0].Text)
	}
	img := mustScreen(t, d.Step(Frame{}, 0))
	pub := widgetRect(t, p.widgets, "publish-action")
	if count(img, pub, ui.ColAccent) < pub.Dx()*pub.Dy()/2 {
		t.Error("no publish button for the picked action")
	}
	preview := widgetRect(t, p.widgets, "action-preview")
	if inked(img, preview) < 1000 {
		t.Errorf("the text the action will post is not shown (%d inked pixels at %v)", inked(img, preview), preview)
	}
	// A click on the action picks it again; it publishes nothing.
	act := widgetRect(t, p.widgets, "action-dm")
	d.Tick(Frame{Clicks: []image.Point{act.Min.Add(image.Pt(act.Dx()/2, act.Dy()/2))}}, 0)
	if rs := p.sess.Replies(); len(rs) != 0 {
		t.Fatalf("a click on the picked DM action published %q", rs[0].Text)
	}
	// The second Enter on it publishes it.
	d.Do(func(a *App) { p.focus.ID = "action-dm" })
	d.Tick(Key(ebiten.KeyEnter), 0)
	rs := p.sess.Replies()
	if len(rs) != 1 || rs[0].Action != "dm" || rs[0].Text != post {
		t.Fatalf("the second Enter published %+v, want the DM action's reply %q", rs, post)
	}
	leaveRoundByEsc(t, d)
}

// A draft typed while time runs fast is kept when the next decision opens,
// but that decision may ask something else (a second customer, Gerrit): the
// field says so, and no plain Enter publishes it, not even two. Enter, Enter
// is how a keyboard user picks and publishes a written choice, and with it a
// stale draft went out ("@brampost test"). Ctrl+Enter says the draft is meant
// for this question; then Enter publishes it, with what was typed after.
// (The draft for Marieke once went out as the answer to Gerrit with one
// Enter, and nothing said the question had changed.)
func TestWindowADraftIsNotPublishedToANewQuestionByEnter(t *testing.T) {
	d := window(t)
	p := toFacebookRound(t, d)
	pick := -1
	for i, c := range p.sess.Decision().Choices {
		if c.Next == "tweede-klant" {
			pick = i
		}
	}
	if pick < 0 {
		t.Fatal("no choice of the first decision leads to the second customer")
	}
	d.Do(func(a *App) {
		if err := p.sess.Choose(pick); err != nil {
			t.Fatal(err)
		}
	})
	d.Tick(Frame{}, 0)
	if p.sess.Decision() != nil {
		t.Fatal("the second customer's decision opened at once; this test needs the wait before it")
	}
	const draft = "Hi Marieke!! So sorry about your sofa, "
	d.Tick(Typed(draft), 0)
	untilDecision(t, d, p)
	if dec := p.sess.Decision(); dec == nil || dec.ID != "tweede-klant" {
		t.Fatalf("decision %v opened, want tweede-klant", dec)
	}
	if p.reply.Text() != draft {
		t.Fatalf("the reply field holds %q, want the draft %q kept", p.reply.Text(), draft)
	}
	img := mustScreen(t, d.Step(Frame{}, 0))
	row := widgetRect(t, p.widgets, "publish-row")
	if n := count(img, row, ui.ColBad); n < 200 {
		t.Errorf("no notice under the reply field that the question changed (%d red pixels at %v, panel %v)", n, row, p.panelRect)
	}
	d.Tick(Typed("I'll call you today."), 0)
	for i := 1; i <= 2; i++ {
		d.Tick(Key(ebiten.KeyEnter), 0)
		if rs := p.sess.Replies(); len(rs) != 1 {
			t.Fatalf("Enter number %d after the question changed published %q", i, rs[len(rs)-1].Text)
		}
	}
	if !strings.HasPrefix(p.reply.Text(), draft) {
		t.Fatalf("Enter changed the draft to %q", p.reply.Text())
	}
	img = mustScreen(t, d.Step(Frame{}, 0))
	row = widgetRect(t, p.widgets, "publish-row")
	if n := count(img, row, ui.ColBad); n < 200 {
		t.Errorf("the notice went after a plain Enter (%d red pixels)", n)
	}
	d.Tick(Frame{Keys: []ebiten.Key{ebiten.KeyEnter}, Ctrl: true}, 0)
	if rs := p.sess.Replies(); len(rs) != 1 {
		t.Fatalf("Ctrl+Enter published %q; it only confirms the draft is for this question", rs[len(rs)-1].Text)
	}
	img = mustScreen(t, d.Step(Frame{}, 0))
	row = widgetRect(t, p.widgets, "publish-row")
	if count(img, row, ui.ColBad) >= 200 {
		t.Error("the notice stays after Ctrl+Enter confirmed the draft")
	}
	d.Tick(Key(ebiten.KeyEnter), 0)
	rs := p.sess.Replies()
	if len(rs) != 2 || rs[1].Decision != "tweede-klant" || rs[1].Text != draft+"I'll call you today." {
		t.Fatalf("the second Enter published %+v, want the draft with its ending", rs)
	}
	leaveRoundByEsc(t, d)
}
