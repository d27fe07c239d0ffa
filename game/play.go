package game

import (
	"errors"
	"fmt"
	"image"
	"math"
	"slices"
	"strings"
	"time"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/webcaresim/webcaresim/game/progress"
	"github.com/webcaresim/webcaresim/game/session"
	"github.com/webcaresim/webcaresim/game/ui"
	"github.com/webcaresim/webcaresim/scenarios"
)

// playScene is the round: the feed, the clock, the meter and the decision.
type playScene struct {
	sess  *session.Session
	sc    *scenarios.Scenario
	last  time.Time
	lapse bool

	focus    ui.Focus
	widgets  []*ui.Widget
	reply    ui.TextField
	decision *scenarios.Decision // the decision the panel was built for
	// unpublished are the picks silence overtook, for the debrief
	unpublished []progress.UnpublishedPick

	note    string // what the last action did, or why publishing failed
	noteBad bool
	// hintsFrom is how many of the session's colleague hints were given
	// before the open decision: the panel shows only the later ones, the
	// tips asked for here (one from the first decision stood above the
	// choices of every later one).
	hintsFrom int
	// replyErr says why the typed reply was not published; it shows under
	// the reply field, where the trainee looks, for as long as the text is
	// the one that failed (replyErrFor).
	replyErr, replyErrFor string
	leaving               bool     // the "leave the round?" dialog is open (play_leave.go)
	closing               bool     // it opened because the window is being closed
	leaveFocus            ui.Focus // the dialog's focus
	// selected is the written choice the player picked (-1: none). A
	// choice is never published by the press that picks it: Enter on the
	// picked choice, or the publish button under the choices, publishes it.
	selected int
	// held is the choice number (and Spaces) typed at an empty reply
	// field that picked the selected choice: writing typed next puts it in
	// front, in the field (Session.TypeAtDecision); any other key or a
	// click ends the hold.
	held string
	// pickedAction is the action picked that posts a public reply ("":
	// none); like a choice it is published by a separate press.
	pickedAction string
	// overrunAsked is the action whose first press said it would run past
	// the question's deadline ("" when none): a second press takes it.
	overrunAsked string
	// languageAsked is the typed reply whose first press said it reads as
	// another language than the customer's (Session.LanguageWarning): a
	// second press of the same text publishes it.
	languageAsked string
	// draftNotice says the reply field's draft was written before the open
	// decision ("": none); the first Enter only acknowledges it.
	draftNotice string
	// showTip: a colleague's tip was just given; this frame the panel
	// scrolls to its top, where the tip stands under the actions, and not
	// after the focus, which went back to the answer
	showTip bool

	hadDecision bool            // a decision has opened in this round
	clicked     bool            // this frame's press came from the mouse
	feedBack    int             // posts scrolled back from the newest
	feedTop     int             // where the feed's posts begin, under the pinned post (as last drawn)
	feedShown   []int           // the feed's posts drawn below the pinned one, newest first (as last drawn)
	panelOff    int             // pixels the decision panel is scrolled
	panelRect   image.Rectangle // the part of the panel that scrolls
	// pinned is the panel's top while a decision is open: its prompt and
	// actions, which stay in view while the rest scrolls (empty when they
	// are too tall to pin); pinnedOps is how many of layout's drawing
	// operations draw it.
	pinned    image.Rectangle
	pinnedOps int
	// pinnedWidgets is how many of widgets (the first) are the pinned
	// header's own buttons; a choice scrolled under the header is not one.
	pinnedWidgets int
	panelMore     bool // the panel's content runs on below its bottom
	// debriefAsked: the trainee pressed "To the debrief". The round is
	// finished and the debrief built on the frame after the one that
	// shows the button working (debriefShown): that takes a moment on a
	// busy computer, and a button that did nothing for seconds was
	// pressed again, and the second press landed on the debrief
	// (playtest 13, P13-5).
	debriefAsked, debriefShown bool
	panelLen                   int             // the height of the panel's content
	meterHelp                  bool            // the meter's explanation shows: pointer on the meter, or F1
	meterHelpBox               image.Rectangle // where it was drawn last (it moves up when the window is short)
	helpKey                    bool            // F1 turned the meter's explanation on
	// cursorAtOpen is where the pointer was when the round opened;
	// pointerMoved: it has moved since (updateMeterHelp)
	cursorAtOpen             image.Point
	cursorSeen, pointerMoved bool
}

func newPlay(a *App, s *session.Session) *playScene {
	p := &playScene{sess: s, sc: s.Scenario(), last: a.clock.Now(), selected: -1}
	p.reply.SetMultiline(true)
	return p
}

func (p *playScene) kind() Screen { return ScreenPlay }

// Session is the round being played (tests read the model beside the screen).
func (p *playScene) Session() *session.Session { return p.sess }

// tick runs the round's clock for the real time since the last frame.
func (p *playScene) tick(a *App) {
	now := a.clock.Now()
	dt := now.Sub(p.last)
	p.last = now
	if p.sess.Done() {
		p.lapse = false
		return
	}
	if dt <= 0 {
		// No time passed (a frame for input, or a second frame in the
		// same instant): the clock's speed stays what it was, so the
		// time-lapse mark does not blink off between frames.
		return
	}
	p.lapse = p.sess.Run(dt)
}

func (p *playScene) update(a *App, f Frame) {
	if p.debriefAsked {
		// Keys and clicks while the debrief is being made press nothing.
		if p.debriefShown {
			p.openDebrief(a)
		}
		return
	}
	f = p.updateMeterHelp(a, f)
	if p.leaving {
		p.updateLeave(a, f)
		p.keepIMEOnReply(a)
		return
	}
	if f.Has(ebiten.KeyEscape) {
		p.askLeave(false)
		p.last = a.clock.Now()
		return
	}
	if p.sess.WaitingToGoOn() {
		p.updateGoOn(a, f)
		return
	}
	if a.reportTick() {
		// Paused by the trainer: the clock stands still and, as in the
		// browser, nothing typed reaches the reply (the banner says so;
		// typing on would be time the trainees who look up do not get).
		p.last = a.clock.Now()
		return
	}
	p.tick(a)
	p.sayOverrun(a)
	if d := p.sess.Decision(); d != p.decision {
		p.decisionChanged(a, d)
		p.noteDraftForNewQuestion(a)
		if p.focus.Is("reply") && p.reply.Text() != "" {
			// A kept draft: the field, with what it says about the
			// draft, is where the trainee looks next.
			p.layout(a)
			p.keepFocusVisible(a)
		}
	}
	if f.Has(ebiten.KeyPageUp) {
		p.feedBack += 3
	}
	if f.Has(ebiten.KeyPageDown) {
		p.feedBack = max(0, p.feedBack-3)
	}
	if f.Wheel != 0 && f.Cursor.X < a.w*50/100 {
		p.feedBack = max(0, p.feedBack+int(math.Round(f.Wheel)))
	} else if f.Wheel != 0 {
		p.panelOff = max(0, p.panelOff-int(f.Wheel*float64(a.px(40))))
	}
	p.layout(a)
	before := p.focus.ID
	p.clicked = len(f.Clicks) > 0
	picked := p.selected
	f = p.typingGoesToReply(f)
	f, enterHeld := enterWithTyping(f)
	f.Clicks = p.clicksOnMoreBands(a, f.Clicks)
	f.Clicks = p.clicksNotUnderPinned(f.Clicks)
	field := a.handleFocus(&p.focus, p.widgets, f)
	if field != nil && field.Handle(f.events(), a.clip) {
		p.publish(a, f.Ctrl)
	}
	p.sayWhyNothingWent(a, enterHeld && field == &p.reply)
	p.keepIMEOnReply(a)
	p.layout(a)
	p.scrollPanel(a, p.focus.ID != before || (field != nil && !f.empty()) || p.selected != picked)
}

// scrollPanel scrolls the decision panel after a frame: to its top when a
// colleague's tip was just given, after the focus when it moved (or the
// player typed: moved), else it stays where the wheel put it; never past
// the end of the panel's content.
func (p *playScene) scrollPanel(a *App, moved bool) {
	if p.showTip {
		p.showTip, p.panelOff = false, 0
		p.layout(a)
	} else if moved {
		p.keepFocusVisible(a)
	}
	if most := max(0, p.panelLen-p.panelRect.Dy()); p.panelOff > most {
		p.panelOff = most
		p.layout(a)
	}
}

// decisionChanged resets the panel for a newly opened decision (or none).
func (p *playScene) decisionChanged(a *App, d *scenarios.Decision) {
	unpublished := p.pickLeft(a)
	if lost, ok := p.lostPick(); ok {
		p.unpublished = append(p.unpublished, lost)
		if a.cur != nil && a.cur.sess == p.sess {
			a.cur.unpublished = p.unpublished
		}
	}
	p.decision = d
	p.selected, p.held = -1, ""
	p.pickedAction, p.overrunAsked = "", ""
	p.panelOff = 0
	p.focus.ID = ""
	if d != nil {
		// A new question: what the last one's actions said is done with.
		// While time runs on towards it the note stays: it says what a
		// call that moved the round on did, which used to vanish the
		// moment the trainee made the call.
		p.note = ""
	}
	// A tip belongs to the decision it was asked at: it goes when that
	// decision is answered or closed, not only when the next one opens
	// (it stood through a whole day's time-lapse to the next question).
	p.hintsFrom = len(p.sess.Hints())
	if d == nil && p.sess.Ending() != nil {
		p.focus.ID = "debrief"
	}
	if d != nil {
		p.focusAnswerOf(d)
	}
	if unpublished != "" {
		p.setNote(unpublished, true)
	}
}

// pickLeft says which written choice or action was picked at the decision
// that is moving on and never published ("" when none): the pick went out of
// the panel without a word, and the next question ("Three quarters of an hour
// without a reply") read as if the picked reply had been lost.
func (p *playScene) pickLeft(a *App) string {
	switch d := p.decision; {
	case d == nil:
		return ""
	case p.selected >= 0 && p.selected < len(d.Choices):
		return a.t("play.choice.never_published", p.selected+1)
	case p.pickedAction != "":
		return a.t("play.action.never_published", a.t("action."+p.pickedAction))
	}
	return ""
}

// lostPick is the pick left unpublished at the decision that is moving on,
// for the debrief, and whether there is one.
func (p *playScene) lostPick() (progress.UnpublishedPick, bool) {
	switch d := p.decision; {
	case d == nil:
	case p.selected >= 0 && p.selected < len(d.Choices):
		return progress.UnpublishedPick{Decision: d.ID, Choice: p.selected + 1}, true
	case p.pickedAction != "":
		return progress.UnpublishedPick{Decision: d.ID, Action: p.pickedAction}, true
	}
	return progress.UnpublishedPick{}, false
}

// pressChoice picks choice i; Enter on the picked choice publishes it. A
// click only ever picks, so a click can never publish.
func (p *playScene) pressChoice(a *App, i int) {
	if p.overrunAsked != "" {
		p.overrunAsked, p.note = "", "" // a choice in between: the action asks again
	}
	if p.selected == i && !p.clicked {
		p.choose(a, i)
		return
	}
	p.selected, p.pickedAction = i, ""
}

func (p *playScene) choose(a *App, i int) {
	if err := p.sess.Choose(i); err != nil {
		p.setNote(err.Error(), true)
		return
	}
	p.selected, p.held = -1, "" // published: no longer a pick
	p.note = ""
	p.feedBack = 0
}

// publish posts the reply field. deliberate is a click on the button or
// Ctrl+Enter: only these confirm a draft written before the question changed
// (play_guard.go), never a plain Enter.
func (p *playScene) publish(a *App, deliberate bool) {
	if p.draftUnchecked() {
		if deliberate {
			p.draftNotice = "" // the trainee has seen the question changed
		}
		return
	}
	if warn := p.sess.LanguageWarning(a.lang, p.reply.Text()); warn != "" && p.languageAsked != p.reply.Text() {
		p.languageAsked = p.reply.Text()
		p.replyErr, p.replyErrFor = warn, p.reply.Text()
		return
	}
	err := p.sess.Publish(p.reply.Text())
	switch {
	case err == nil:
		p.reply.SetText("")
		p.ownReplyBegun() // a pick left beside it was not published
		p.note = ""
		p.feedBack = 0
	case errors.Is(err, session.ErrEmptyReply):
		p.replyErr, p.replyErrFor = a.t("play.error.empty"), p.reply.Text()
	case errors.Is(err, session.ErrTooLong):
		limit := scenarios.ChannelLimit(p.sc.Channel)
		n := scenarios.ReplyLength(p.sc.Channel, p.reply.Text())
		p.replyErr = a.t("play.error.too_long", n, limit, n-limit)
		p.replyErrFor = p.reply.Text()
	default:
		p.setNote(a.t("play.error.other"), true)
	}
}

// updateMeterHelp shows the meter's explanation while F1 has it on or the
// pointer is on the meter, but not for a pointer that has not moved since
// the round opened: it rests where the picker's card was clicked, which can
// be over the meter, and the help then covered the customer's post as the
// round began (playtest 18). Esc closes the explanation F1 opened, as it
// closes any dialog, and the frame goes on without it: it asked to leave
// the round instead, and the reply typed next went to that question
// (playtest 20, P20-9).
func (p *playScene) updateMeterHelp(a *App, f Frame) Frame {
	if p.helpKey && !p.leaving && f.Has(ebiten.KeyEscape) {
		p.helpKey = false
		f.Keys = slices.DeleteFunc(slices.Clone(f.Keys), func(k ebiten.Key) bool { return k == ebiten.KeyEscape })
	}
	if f.Has(ebiten.KeyF1) {
		p.helpKey = !p.helpKey
	}
	if !p.cursorSeen {
		p.cursorSeen, p.cursorAtOpen = true, f.Cursor
	}
	p.pointerMoved = p.pointerMoved || f.Cursor != p.cursorAtOpen
	p.meterHelp = p.helpKey || (p.pointerMoved && f.Cursor.In(p.regions(a).meter))
	return f
}

// sayWhyNothingWent puts the reason beside the publish button when Ctrl+V
// found no clipboard tool (a Linux box without xclip), or when the reply
// field's Enter came with typing and published nothing (enterWithTyping).
func (p *playScene) sayWhyNothingWent(a *App, enterWithTyping bool) {
	switch {
	case p.reply.PasteFailed:
		p.replyErr, p.replyErrFor = a.t("play.error.no_clipboard"), p.reply.Text()
	case enterWithTyping:
		p.replyErr, p.replyErrFor = a.t("play.error.enter_with_typing"), p.reply.Text()
	}
}

func (p *playScene) act(a *App, kind string) {
	p.pickedAction = ""
	posts := p.sess.ActionPost(kind) != ""
	text, err := p.sess.Act(kind)
	if err != nil {
		p.setNote(a.t("play.error.other"), true)
		return
	}
	if posts || (kind == scenarios.ActionColleague && text != "") {
		// A reply posted in public stands in the feed; a colleague's tip
		// shows once, in the hints (panelNotes): as a note too it stood
		// twice above the choices. The colleague's button is spent now and
		// takes no focus: the focus went on to "Wait", where the next Enter
		// waited (playtest P29-3); it goes back to the answer.
		p.setNote("", false)
		p.focusAnswer()
		p.showTip = kind == scenarios.ActionColleague
		return
	}
	if text == "" {
		text = a.t("action." + kind + ".done")
	}
	p.setNote(text, false)
	p.focusAnswer()
}

// focusAnswer puts the focus on the answer to the open question: the reply
// field when a draft stands in it, else the first written choice, else the
// field. A decision opening starts there, and so does the panel after an
// action the trainee took: left on "Wait (+60 min)", the next Enter, meant
// to go on to the reply, waited again (P22-20).
func (p *playScene) focusAnswer() {
	if d := p.decision; d != nil && d == p.sess.Decision() {
		p.focusAnswerOf(d)
	}
}

func (p *playScene) focusAnswerOf(d *scenarios.Decision) {
	switch {
	case d.AllowFreeText && strings.TrimSpace(p.reply.Text()) != "":
		p.focus.ID = "reply" // the trainee already started writing
	case len(d.Choices) > 0:
		p.focus.ID = "choice-0"
	case d.AllowFreeText:
		p.focus.ID = "reply" // an inject asks for a typed answer
	}
}

func (p *playScene) setNote(s string, bad bool) { p.note, p.noteBad = s, bad }

func (p *playScene) toDebrief(a *App) {
	p.debriefAsked = true
}

// openDebrief finishes the round and opens its debrief, once the frame
// that says it is coming has been drawn.
func (p *playScene) openDebrief(a *App) {
	p.sess.Finish()
	a.endRound(true)
	d := newDebrief(a, p.sess)
	d.unpublished = p.unpublished
	a.setScene(d)
}

// followUp: the frame after the one that shows the debrief coming opens it.
func (p *playScene) followUp() bool { return p.debriefAsked && !p.debriefShown }

func (p *playScene) wake(a *App) time.Duration {
	if p.debriefAsked {
		return time.Second / 60 // the frame that opens the debrief
	}
	if p.sess.Done() || p.sess.Paused() {
		return 0
	}
	if p.lapse {
		// Fast enough to watch the crowd move, slow enough to be cheap:
		// every frame redraws the whole screen.
		return time.Second / 15
	}
	// The clock and the SLA show whole minutes and a post's time is a
	// minute, so at normal speed the screen needs a frame when the next
	// minute starts or something scripted happens. But a frame must come
	// well within session.MaxStep, the most real time one step of the
	// round's clock takes: at a decision a minute is four to twelve real
	// seconds, and waiting that long for the next frame ran the clock two
	// to five times slower for a trainee who sat reading than for one who
	// moved the mouse (playtest 20, P20-19).
	return min(max(p.sess.UntilNextMinute(), time.Second/30), session.MaxStep/2)
}

// minutesLabel shows scenario minutes as h:mm.
func minutesLabel(m float64) string {
	t := int(m)
	return fmt.Sprintf("%d:%02d", t/60, t%60)
}

// customerWaiting reports whether the round waits for the customer's post
// that the workshop's trainer writes.
func (p *playScene) customerWaiting() bool {
	_, ok := p.sess.WaitingForCustomer()
	return ok
}
