package game

import (
	"image"
	"strings"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
)

// While the trainee types a long reply, the decision's prompt and actions
// stay in view above the choices and the field that scroll (typing used to
// scroll the panel down to the field, and the prompt and the actions went
// out of view). The field's publish row, its key hint included, is whole
// and clear of the "more" band, and so is the row that publishes a picked
// choice (the button sat half under the band and the hint was cut).
func TestWindowPromptAndActionsStayInViewWhileTyping(t *testing.T) {
	d := window(t)
	p := fromTitleToRound(t, d, "Lang Typen")
	untilDecision(t, d, p)
	dec := p.sess.Decision()
	if dec == nil || len(dec.Actions) == 0 {
		t.Fatal("Sanoma's first decision has no actions to keep in view")
	}
	d.Do(func(a *App) { p.focus.ID = "reply" })
	long := strings.Repeat("Hoi Dorien, sorry dat we je bericht verkeerd lazen, je had al gebeld en gemaild. ", 4)
	d.Tick(Typed(long[:270]), 0)
	img := mustScreen(t, d.Step(Frame{}, 0))
	if p.panelOff == 0 {
		t.Fatal("the panel did not scroll to the field: the test no longer shows a long panel")
	}
	if p.pinned.Empty() || inked(img, p.pinned.Inset(6)) < 2000 {
		t.Fatalf("no prompt drawn at the panel's top while typing (pinned %v)", p.pinned)
	}
	for _, act := range dec.Actions {
		r := widgetRect(t, p.widgets, "action-"+act.Kind)
		if !r.In(p.pinned) {
			t.Errorf("action %q at %v is not in the pinned top %v", act.Kind, r, p.pinned)
		}
	}
	visible := func(id string) {
		t.Helper()
		r := widgetRect(t, p.widgets, id)
		view := p.panelRect
		if p.panelMore {
			view.Max.Y -= p.moreBand(d.App)
		}
		if !r.In(view) {
			t.Errorf("%s at %v is not whole in the panel's visible part %v", id, r, view)
		}
	}
	visible("reply")
	visible("publish-row")
	// Pick a choice: its publish row shows whole, hint and button.
	d.Tick(Key(ebiten.KeyTab), 0)
	for range len(dec.Choices) + len(dec.Actions) + 2 {
		if strings.HasPrefix(p.focus.ID, "choice-") {
			break
		}
		d.Tick(Key(ebiten.KeyTab), 0)
	}
	d.Tick(Key(ebiten.KeyEnter), 0)
	if p.selected < 0 || len(p.sess.Replies()) != 0 {
		t.Fatalf("Enter on a choice picked %d and published %d replies", p.selected, len(p.sess.Replies()))
	}
	mustScreen(t, d.Step(Frame{}, 0))
	visible("publish-choice-row")
	// A click on the pinned prompt presses nothing hidden under it.
	d.Tick(Frame{Clicks: []image.Point{p.pinned.Min.Add(image.Pt(p.pinned.Dx()/2, d.App.px(20)))}}, 0)
	if len(p.sess.Replies()) != 0 {
		t.Fatalf("a click on the prompt published %+v", p.sess.Replies())
	}
	leaveRoundByEsc(t, d)
}
