package game

import (
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
)

// After Enter picked choice 1, Down went onto "Publish reply 1", which
// sits between choice 1 and choice 2, and the Enter that followed
// published choice 1: a trainee pressing Down "to go to choice 2" sent the
// reply they were moving away from (play28, F6). The publish button is out
// of the arrow order: Down lands on choice 2 and Enter there only picks it;
// Enter on the picked choice publishes it, and Tab still reaches the button.
func TestWindowDownFromAPickedChoiceGoesToTheNextChoice(t *testing.T) {
	d := window(t)
	p := toFacebookRound(t, d)
	if n := len(p.sess.Decision().Choices); n < 2 {
		t.Fatalf("the decision has %d written choices; the test needs two", n)
	}
	d.Do(func(a *App) { p.focus.ID = "choice-0" })
	d.Tick(Key(ebiten.KeyEnter), 0)
	if p.selected != 0 || len(p.sess.Replies()) != 0 {
		t.Fatalf("Enter on choice 1 picked %d and published %d replies; want choice 1 picked, nothing published", p.selected+1, len(p.sess.Replies()))
	}
	d.Tick(Key(ebiten.KeyArrowDown), 0)
	if !p.focus.Is("choice-1") {
		t.Fatalf("Down from the picked choice 1 went to %q; want choice 2", p.focus.ID)
	}
	d.Tick(Key(ebiten.KeyEnter), 0)
	if rs := p.sess.Replies(); len(rs) != 0 {
		t.Fatalf("Down, Enter from the picked choice 1 published %q (choice %d)", rs[0].Text, rs[0].Choice)
	}
	if p.selected != 1 {
		t.Fatalf("Enter on choice 2 picked %d; want choice 2", p.selected+1)
	}
	// Up and Down move between the choices.
	d.Tick(Key(ebiten.KeyArrowUp), 0)
	d.Tick(Key(ebiten.KeyArrowDown), 0)
	if !p.focus.Is("choice-1") {
		t.Fatalf("Up, Down from choice 2 went to %q", p.focus.ID)
	}
	// Tab still reaches the publish button under the picked choice, and
	// Enter on it publishes that choice.
	d.Tick(Key(ebiten.KeyTab), 0)
	if !p.focus.Is("publish-choice") {
		t.Fatalf("Tab from the picked choice 2 went to %q; want its publish button", p.focus.ID)
	}
	want := p.sess.Decision().Choices[1].Text
	d.Tick(Key(ebiten.KeyEnter), 0)
	if rs := p.sess.Replies(); len(rs) != 1 || rs[0].Choice != 2 {
		t.Fatalf("Enter on the publish button published %+v; want choice 2, %q", rs, want)
	}
	leaveRoundByEsc(t, d)
}

// Enter on the picked choice itself publishes it: the way a keyboard user
// publishes without the button.
func TestWindowEnterOnThePickedChoicePublishesIt(t *testing.T) {
	d := window(t)
	p := toFacebookRound(t, d)
	d.Do(func(a *App) { p.focus.ID = "choice-1" })
	d.Tick(Key(ebiten.KeyEnter), 0)
	if len(p.sess.Replies()) != 0 {
		t.Fatal("the first Enter on choice 2 published it; it should only pick it")
	}
	d.Tick(Key(ebiten.KeyEnter), 0)
	if rs := p.sess.Replies(); len(rs) != 1 || rs[0].Choice != 2 {
		t.Fatalf("Enter on the picked choice 2 published %+v; want choice 2", rs)
	}
	leaveRoundByEsc(t, d)
}

// The same for an action that posts in public: after Enter picked "Move to
// DM", Down goes on to choice 1, not onto "Publish: Move to DM".
func TestWindowDownFromAPickedActionPassesItsPublishButton(t *testing.T) {
	d := window(t)
	p := toFacebookRound(t, d)
	d.Do(func(a *App) { p.focus.ID = "action-dm" })
	d.Tick(Key(ebiten.KeyEnter), 0)
	if p.pickedAction != "dm" || len(p.sess.Replies()) != 0 {
		t.Fatalf("Enter on the DM action: picked %q, %d replies; want it picked, nothing published", p.pickedAction, len(p.sess.Replies()))
	}
	if widgetRect(t, p.widgets, "publish-action").Empty() {
		t.Fatal("no publish button for the picked action")
	}
	d.Tick(Key(ebiten.KeyArrowDown), 0)
	if p.focus.Is("publish-action") {
		t.Fatal("Down from the picked DM action went onto its publish button")
	}
	d.Tick(Key(ebiten.KeyEnter), 0)
	if rs := p.sess.Replies(); len(rs) != 0 {
		t.Fatalf("Down, Enter from the picked action published %q", rs[0].Text)
	}
	leaveRoundByEsc(t, d)
}
