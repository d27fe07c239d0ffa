package game

import (
	"image"
	"strings"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/webcaresim/webcaresim/game/session"
	"github.com/webcaresim/webcaresim/game/ui"
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
	// The first choice has scrolled under the pinned header: focused
	// (Shift+Tab from the field would reach it), its ring stays hidden
	// with it instead of being drawn over the prompt. Found by a newcomer.
	first := widgetRect(t, p.widgets, "choice-0")
	d.Do(func(a *App) {
		p.panelOff -= p.pinned.Min.Y + a.px(10) - first.Min.Y // choice 1 just under the prompt
		p.focus.ID = "choice-0"
	})
	img = mustScreen(t, d.Step(Frame{}, 0))
	if first = widgetRect(t, p.widgets, "choice-0"); !first.In(p.pinned) {
		t.Fatalf("choice 1 at %v is not under the pinned header %v: the test no longer shows it", first, p.pinned)
	}
	if n := count(img, p.pinned, ui.ColFocus); n > 0 {
		t.Errorf("%d pixels of a focus ring drawn over the pinned prompt for a choice hidden under it", n)
	}
	d.Do(func(a *App) { p.focus.ID = "reply" })
	d.Step(Frame{}, 0)
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

// While a long reply is typed, the field's heading ("Eigen antwoord" and the
// count) stays clear of the "▲ more" band: the panel kept only the field
// and its publish row in view, and the heading sat half under the band
// (playtest 22). HEMA: Facebook's field grows to half the panel.
func TestWindowTheReplyHeadingStaysInViewWhileTyping(t *testing.T) {
	d := window(t)
	d.Do(func(a *App) {
		a.lang, a.player, a.mode = "nl", "Lange Lotte", session.Practice
		a.startRound(a.findScenario("hema-insuline"))
	})
	p := d.App.scene.(*playScene)
	untilDecision(t, d, p)
	d.Do(func(a *App) { p.focus.ID = "reply" })
	line := "Naomi, wat je in onze winkel overkwam is verschrikkelijk en het spijt ons echt. "
	for i := 0; i < 8; i++ {
		d.Tick(Typed(line), 0)
	}
	img := mustScreen(t, d.Step(Frame{}, 0))
	if p.panelOff == 0 {
		t.Fatal("the panel did not scroll to the field: the test no longer shows a long panel")
	}
	field := widgetRect(t, p.widgets, "reply")
	head := field.Min.Y - int(ui.LineHeight(d.App.font(ui.Body.Strong()))) - d.App.px(6)
	if top := p.panelRect.Min.Y + p.moreBand(d.App); head < top {
		t.Errorf("the reply's heading starts at y=%d, under the ▲ more band that ends at y=%d", head, top)
	}
	shotTo(t, img, "reply-heading-while-typing")
}
