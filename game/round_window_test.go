package game

import (
	"fmt"
	"image"
	"strings"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/webcaresim/webcaresim/game/progress"
	"github.com/webcaresim/webcaresim/game/ui"
)

// In the reply field the arrow keys move the caret: typing, then Up, then
// Enter publishes what was typed, never a written choice. (Up used to move
// the focus to choice 3 and Enter published that canned reply.)
func TestWindowUpInTheReplyFieldThenEnterPublishesTheTypedText(t *testing.T) {
	d := window(t)
	p := fromTitleToRound(t, d, "Pijl Omhoog")
	untilDecision(t, d, p)
	reply := widgetRect(t, p.widgets, "reply")
	d.Tick(Frame{Clicks: []image.Point{reply.Min.Add(image.Pt(30, 20))}}, 0)
	const typed = "Dorien, je hebt gelijk: je had al gebeld. Sorry! Mag ik je bellen? ^Lotte"
	d.Tick(Typed(typed), 0)
	// Up goes a wrapped line up, and from the first line to the start:
	// more Ups than the reply has lines put the caret at its start.
	for range 6 {
		d.Tick(Key(ebiten.KeyArrowUp), 0)
		if !p.focus.Is("reply") {
			t.Fatalf("Up moved the focus out of the reply field to %q", p.focus.ID)
		}
	}
	d.Tick(Typed("@dorien "), 0)
	d.Tick(Key(ebiten.KeyArrowDown), 0)
	d.Tick(Key(ebiten.KeyEnter), 0)
	rs := p.sess.Replies()
	if len(rs) != 1 || rs[0].Choice != 0 || rs[0].Text != "@dorien "+typed {
		t.Fatalf("published %+v, want the typed text with the caret moved to its start by the Ups", rs)
	}
	// Tab leaves the field.
	untilDecision(t, d, p)
	if p.sess.Decision() != nil {
		d.Do(func(a *App) { p.focus.ID = "reply" })
		d.Tick(Key(ebiten.KeyTab), 0)
		if p.focus.Is("reply") {
			t.Error("Tab did not leave the reply field")
		}
	}
	leaveRoundByEsc(t, d)
}

// A newcomer starts typing as soon as a decision opens, without clicking
// the reply field first: the letters go into the field, and the Spaces
// between the words press no focused choice. (They used to go nowhere, and
// the first Space published choice 1, the historical "juf" reply.)
func TestWindowTypingWhenADecisionOpensWritesTheReply(t *testing.T) {
	d := window(t)
	p := fromTitleToRound(t, d, "Meteen Typen")
	untilDecision(t, d, p)
	if p.focus.Is("reply") {
		t.Skip("the decision opened with the focus in the reply field already")
	}
	const typed = "Hoi Dorien sorry, je had al gebeld. Ik bel je vandaag. ^Lotte"
	for _, r := range typed {
		f := Typed(string(r))
		if r == ' ' {
			f.Keys = []ebiten.Key{ebiten.KeySpace} // as a real keyboard sends it
		}
		d.Tick(f, 0)
	}
	if n := len(p.sess.Replies()); n != 0 {
		t.Fatalf("typing published %d replies: %+v", n, p.sess.Replies())
	}
	if !p.focus.Is("reply") {
		t.Fatalf("typing left the focus on %q", p.focus.ID)
	}
	d.Tick(Key(ebiten.KeyEnter), 0)
	if rs := p.sess.Replies(); len(rs) != 1 || rs[0].Choice != 0 || rs[0].Text != typed {
		t.Fatalf("published %+v, want the typed text", rs)
	}
	leaveRoundByEsc(t, d)
}

// A click on a written choice picks it, visibly, and publishes nothing; the
// publish button under the choices publishes it.
func TestWindowAClickOnAChoiceDoesNotPublishIt(t *testing.T) {
	d := window(t)
	p := fromTitleToRound(t, d, "Klik Niet")
	untilDecision(t, d, p)
	c := widgetRect(t, p.widgets, "choice-1")
	d.Tick(Frame{Clicks: []image.Point{c.Min.Add(image.Pt(c.Dx()/2, c.Dy()/2))}}, 0)
	c = widgetRect(t, p.widgets, "choice-1")                                         // the panel may have scrolled to show the publish button
	d.Tick(Frame{Clicks: []image.Point{c.Min.Add(image.Pt(c.Dx()/2, c.Dy()/2))}}, 0) // a second click on it
	if n := len(p.sess.Replies()); n != 0 {
		t.Fatalf("a click on a choice published %d replies", n)
	}
	if p.selected != 1 {
		t.Fatalf("picked %d after a click on choice 2", p.selected)
	}
	img := mustScreen(t, d.Step(Frame{}, 0))
	c = widgetRect(t, p.widgets, "choice-1")
	if count(img, c, ui.ColAccent) < 2*(c.Dx()+c.Dy()) {
		t.Error("the picked choice has no accent frame")
	}
	pub := widgetRect(t, p.widgets, "publish-choice")
	if count(img, pub, ui.ColAccent) < pub.Dx()*pub.Dy()/2 {
		t.Error("no publish button for the picked choice")
	}
	d.Tick(Frame{Clicks: []image.Point{pub.Min.Add(image.Pt(pub.Dx()/2, pub.Dy()/2))}}, 0)
	if rs := p.sess.Replies(); len(rs) != 1 || rs[0].Choice != 2 {
		t.Fatalf("the publish button published %+v, want choice 2", rs)
	}
	leaveRoundByEsc(t, d)
}

// Esc in a round asks first: a dialog over the stopped round, "keep
// playing" focused. Keep playing, or Esc again, returns to the round; the
// "leave" button leaves, and the unfinished round is stored as abandoned.
func TestWindowEscInARoundAsks(t *testing.T) {
	d := window(t)
	const player = "Esc Vrager"
	p := fromTitleToRound(t, d, player)
	untilDecision(t, d, p)
	before := p.sess.Now()
	img := mustScreen(t, d.Step(Key(ebiten.KeyEscape), 0))
	if d.App.Screen() != ScreenPlay || !p.leaving {
		t.Fatalf("Esc left the round without asking (screen %q)", d.App.Screen())
	}
	box := p.leaveBox(d.App)
	if count(img, box, ui.ColBad) < box.Dx() || inked(img, box.Inset(20)) < 2000 {
		t.Error("no dialog drawn over the round")
	}
	for range 5 {
		d.Tick(Frame{}, 1500_000_000)
	}
	if p.sess.Now() != before {
		t.Errorf("the clock ran while the dialog asked (%.1f → %.1f)", before, p.sess.Now())
	}
	d.Tick(Key(ebiten.KeyEnter), 0) // "keep playing" has the focus
	if p.leaving || d.App.Screen() != ScreenPlay || len(p.sess.Replies()) != 0 {
		t.Fatalf("Enter on the dialog did not return to the round (leaving %v, replies %d)", p.leaving, len(p.sess.Replies()))
	}
	// Esc on the dialog closes it, as Esc closes any dialog.
	d.Tick(Key(ebiten.KeyEscape), 0)
	d.Tick(Key(ebiten.KeyEscape), 0)
	if p.leaving || d.App.Screen() != ScreenPlay {
		t.Fatalf("Esc on the dialog did not return to the round (screen %q, leaving %v)", d.App.Screen(), p.leaving)
	}
	leaveRoundByEsc(t, d)
	as := attemptsOf(t, testStore, player)
	if len(as) != 1 || as[0].Status != progress.Abandoned {
		t.Fatalf("after leaving: %+v, want one abandoned attempt", as)
	}
}

// The mouse wheel scrolls the picker's grid (it used to snap back to the
// focused card), down to the last row; Down moves the focus a row down, as
// the eye expects.
func TestWindowPickerScrollsWithTheWheel(t *testing.T) {
	d := window(t)
	d.Do(func(a *App) {
		a.lang, a.player = "nl", "Wiel"
		a.setScene(newPicker(a))
	})
	d.Step(Frame{}, 0)
	pk := d.App.scene.(*pickerScene)
	first := widgetRect(t, pk.widgets, "card-"+pk.cards[0].ID)
	center := first.Min.Add(image.Pt(first.Dx()/2, first.Dy()/2))
	for range 3 {
		d.Tick(Frame{Cursor: center, Wheel: -3}, 0)
	}
	if pk.scroll == 0 {
		t.Fatal("the wheel did not scroll the picker")
	}
	for range 40 {
		d.Tick(Frame{Cursor: center, Wheel: -3}, 0)
	}
	img := mustScreen(t, d.Step(Frame{}, 0))
	last := widgetRect(t, pk.widgets, "card-"+pk.cards[len(pk.cards)-1].ID)
	if last.Max.Y > 800 || last.Min.Y < pk.gridTop(d.App) {
		t.Errorf("scrolled to the end, the last card is at %v, not in view", last)
	}
	if inked(img, last.Inset(20)) < 500 {
		t.Error("the last card is not drawn after scrolling")
	}
	d.Do(func(a *App) { pk.focus.ID = "card-" + pk.cards[0].ID; pk.scroll = 0 })
	d.Tick(Key(ebiten.KeyArrowDown), 0)
	if want := "card-" + pk.cards[pk.cols].ID; !pk.focus.Is(want) {
		t.Errorf("Down moved the focus to %q, want the card below (%q)", pk.focus.ID, want)
	}
	d.Tick(Key(ebiten.KeyEscape), 0)
}

// A newcomer who starts typing while time runs fast towards a decision keeps
// every word: the text waits in the reply field and the decision opens with
// the focus there. (The letters typed before it opened used to be lost: only
// the end of the sentence reached the field.)
func TestWindowTypingBeforeADecisionOpensKeepsTheWords(t *testing.T) {
	d := window(t)
	p := fromTitleToRound(t, d, "Vroege Typer")
	untilDecision(t, d, p)
	d.Do(func(a *App) {
		if err := p.sess.Choose(1); err != nil {
			t.Fatal(err)
		}
	})
	d.Tick(Frame{}, 0)
	if p.sess.Decision() != nil || p.sess.Ending() != nil {
		t.Fatal("Sanoma's second decision opened at once; this test needs the wait before it")
	}
	const early = "Sorry hoor Dorien, "
	for _, r := range early {
		f := Typed(string(r))
		if r == ' ' {
			f.Keys = []ebiten.Key{ebiten.KeySpace}
		}
		d.Tick(f, 0)
	}
	untilDecision(t, d, p)
	if p.sess.Decision() == nil {
		t.Skip("the round ended before a second decision")
	}
	if !p.focus.Is("reply") {
		t.Fatalf("the decision opened with the focus on %q, not on the started reply", p.focus.ID)
	}
	before := len(p.sess.Replies())
	d.Tick(Typed("ik bel je vandaag. ^Lotte"), 0)
	// The words were typed before this question showed: no plain Enter
	// publishes them (Enter, Enter also picks and publishes a written
	// choice); Ctrl+Enter says they are meant for it, then Enter publishes.
	for i := 1; i <= 2; i++ {
		d.Tick(Key(ebiten.KeyEnter), 0)
		if len(p.sess.Replies()) != before {
			t.Fatalf("Enter number %d published a draft written before the question opened", i)
		}
	}
	d.Tick(Frame{Keys: []ebiten.Key{ebiten.KeyEnter}, Ctrl: true}, 0)
	d.Tick(Key(ebiten.KeyEnter), 0)
	rs := p.sess.Replies()
	if len(rs) != before+1 || rs[len(rs)-1].Text != early+"ik bel je vandaag. ^Lotte" {
		t.Fatalf("published %+v, want the words typed before and after the decision opened", rs[before:])
	}
	leaveRoundByEsc(t, d)
}

// A reply over the channel's limit is not published, and Enter says so
// where the trainee looks: in red under the reply field, with how much to
// cut. (Only the counter turned red; the reason was drawn at the panel's
// top, scrolled out of view.) Once the reply is short enough it goes out.
func TestWindowATooLongReplySaysWhyItIsNotPublished(t *testing.T) {
	d := window(t)
	p := fromTitleToRound(t, d, "Te Lang")
	untilDecision(t, d, p)
	var long string
	for len([]rune(long)) <= 300 {
		long += "Dorien, wat vervelend dat je al twee keer hebt gebeld. "
	}
	d.Tick(Typed(long), 0)
	img := mustScreen(t, d.Step(Key(ebiten.KeyEnter), 0))
	if n := len(p.sess.Replies()); n != 0 {
		t.Fatalf("a reply of %d characters was published", len([]rune(long)))
	}
	row := widgetRect(t, p.widgets, "publish-row")
	if !row.In(p.panelRect) {
		t.Fatalf("the publish row %v is not in view in the panel %v", row, p.panelRect)
	}
	if n := count(img, row, ui.ColBad); n < 40 {
		t.Fatalf("no red reason beside the publish button (%d red pixels)", n)
	}
	if !strings.Contains(p.replyErr, fmt.Sprint(len([]rune(long))-280)) {
		t.Errorf("the reason %q does not say how many characters to cut", p.replyErr)
	}
	short := "Dorien, wat vervelend dat je al twee keer hebt gebeld. Ik bel je vandaag. ^Lotte"
	d.Do(func(a *App) { p.reply.SetText(short) })
	img = mustScreen(t, d.Step(Frame{}, 0))
	if n := count(img, widgetRect(t, p.widgets, "publish-row"), ui.ColBad); n > 10 {
		t.Errorf("the reason stays after the reply changed (%d red pixels)", n)
	}
	d.Tick(Key(ebiten.KeyEnter), 0)
	if rs := p.sess.Replies(); len(rs) != 1 || rs[0].Text != short {
		t.Fatalf("published %+v, want the shortened reply", rs)
	}
	leaveRoundByEsc(t, d)
}

// A reply written elsewhere and pasted with Ctrl+V while a choice has the
// focus goes into the reply field, and publishes nothing until Enter there.
// (The paste went nowhere: only typed letters moved the focus to the field.)
func TestWindowCtrlVOnAChoicePastesIntoTheReply(t *testing.T) {
	d := window(t)
	p := fromTitleToRound(t, d, "Plak Meteen")
	untilDecision(t, d, p)
	if p.focus.Is("reply") {
		t.Skip("the decision opened with the focus in the reply field already")
	}
	const pasted = "@dorien_deboef Sorry, je had al gebeld. Ik bel je vandaag. ^Lotte"
	d.Clip.Text = pasted
	d.Tick(Frame{Keys: []ebiten.Key{ebiten.KeyV}, Ctrl: true}, 0)
	if n := len(p.sess.Replies()); n != 0 || p.selected != -1 {
		t.Fatalf("Ctrl+V on a choice published %d replies and picked choice %d", n, p.selected+1)
	}
	if !p.focus.Is("reply") || p.reply.Text() != pasted {
		t.Fatalf("after Ctrl+V on a choice the focus is on %q and the field holds %q, want the pasted reply in the field", p.focus.ID, p.reply.Text())
	}
	d.Tick(Key(ebiten.KeyEnter), 0)
	if rs := p.sess.Replies(); len(rs) != 1 || rs[0].Choice != 0 || rs[0].Text != pasted {
		t.Fatalf("published %+v, want the pasted reply", rs)
	}
	leaveRoundByEsc(t, d)
}

// Ctrl+V on a machine without a clipboard tool (a fresh Linux box without
// xclip) says so beside the publish button instead of doing nothing, and
// the reason goes as soon as the trainee types on.
func TestWindowPasteWithoutAClipboardSaysWhy(t *testing.T) {
	d := window(t)
	p := fromTitleToRound(t, d, "Geen Klembord")
	untilDecision(t, d, p)
	d.Clip.Unavailable = true
	defer func() { d.Clip.Unavailable = false }()
	reply := widgetRect(t, p.widgets, "reply")
	d.Tick(Frame{Clicks: []image.Point{reply.Min.Add(image.Pt(30, 20))}}, 0)
	d.Tick(Frame{Keys: []ebiten.Key{ebiten.KeyV}, Ctrl: true}, 0)
	img := mustScreen(t, d.Step(Frame{}, 0))
	if !strings.Contains(p.replyErr, "xclip") {
		t.Errorf("after a paste with no clipboard the reason reads %q, want it to name what to install", p.replyErr)
	}
	if n := count(img, widgetRect(t, p.widgets, "publish-row"), ui.ColBad); n < 10 {
		t.Errorf("no red reason beside the publish button after the failed paste (%d red pixels)", n)
	}
	d.Tick(Typed("Hoi"), 0)
	img = mustScreen(t, d.Step(Frame{}, 0))
	if n := count(img, widgetRect(t, p.widgets, "publish-row"), ui.ColBad); n > 10 {
		t.Errorf("the reason stays after the trainee typed on (%d red pixels)", n)
	}
	leaveRoundByEsc(t, d)
}

// Letters typed in the same frame as a shortcut's Ctrl goes down (a fast
// typist's last word and Ctrl+A, on a loaded machine where a frame holds
// several keys) are kept: the field dropped all of a frame's text whenever
// Ctrl was held, and the reply went out without its signature.
func TestWindowTextTypedAsCtrlGoesDownIsKept(t *testing.T) {
	d := window(t)
	p := fromTitleToRound(t, d, "Snelle Typer")
	untilDecision(t, d, p)
	reply := widgetRect(t, p.widgets, "reply")
	d.Tick(Frame{Clicks: []image.Point{reply.Min.Add(image.Pt(30, 20))}}, 0)
	const typed = "Hoi Dorien, sorry! Ik bel je vandaag."
	d.Tick(Typed(typed), 0)
	d.Tick(Frame{Text: " ^Lotte", Keys: []ebiten.Key{ebiten.KeyA}, Ctrl: true}, 0)
	if got := p.reply.Text(); got != typed+" ^Lotte" {
		t.Fatalf("the field holds %q after ' ^Lotte' and Ctrl+A in one frame, want %q", got, typed+" ^Lotte")
	}
	d.Tick(Key(ebiten.KeyEnter), 0)
	if rs := p.sess.Replies(); len(rs) != 1 || rs[0].Text != typed+" ^Lotte" {
		t.Fatalf("published %+v, want the whole typed reply", rs)
	}
	leaveRoundByEsc(t, d)
}

// A digit with no reply begun picks the written choice of that number, as
// its badge shows, and publishes nothing; Enter then publishes that choice.
// It used to begin a reply "1" that the next Enter published in public.
func TestWindowADigitPicksTheChoiceOfThatNumber(t *testing.T) {
	d := window(t)
	p := fromTitleToRound(t, d, "Cijfer Kiest")
	untilDecision(t, d, p)
	if len(p.decision.Choices) < 2 {
		t.Skip("the first decision has fewer than two written choices")
	}
	d.Tick(Typed("1"), 0)
	d.Tick(Typed("2"), 0)
	if p.reply.Text() != "" || len(p.sess.Replies()) != 0 {
		t.Fatalf("digits wrote %q into the reply and published %d replies", p.reply.Text(), len(p.sess.Replies()))
	}
	if p.selected != 1 || !p.focus.Is("choice-1") {
		t.Fatalf("after 1 then 2, picked %d with the focus on %q, want choice 2", p.selected, p.focus.ID)
	}
	d.Tick(Key(ebiten.KeyEnter), 0)
	if rs := p.sess.Replies(); len(rs) != 1 || rs[0].Choice != 2 {
		t.Fatalf("Enter published %+v, want choice 2", rs)
	}
	leaveRoundByEsc(t, d)
}
