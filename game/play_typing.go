package game

import (
	"fmt"
	"slices"
	"strings"
	"unicode"

	"github.com/hajimehoshi/ebiten/v2"
)

// Where the keys the trainee types go at a decision, while time runs on
// towards one, and while the trainer has paused the room.

// typingGoesToReply moves the focus to the reply field when the trainee
// types or pastes while a choice or an action has it. A newcomer starts
// typing as soon as a decision opens; without this the letters went nowhere
// and a reply written elsewhere and pasted with Ctrl+V went nowhere. What a
// typed key does is the round's rule (Session.TypeAtDecision): a choice's
// number picks it but is held, and begins the reply if writing follows
// (P24-9); a Space is typing, never a press of the framed choice (P22-27).
func (p *playScene) typingGoesToReply(f Frame) Frame {
	if p.decision == nil {
		p.keepEarlyTyping(f)
		return f
	}
	if p.focus.Is("reply") {
		p.held = ""
		if writes(f) {
			p.ownReplyBegun()
		}
		return f
	}
	p.endHold(f)
	if f.Text != "" && f.Composition == "" && !f.Ctrl {
		typed := p.sess.TypeAtDecision(f.Text, p.reply.Text(), p.held)
		p.held = typed.Held
		if typed.Choice >= 0 {
			p.selected, p.pickedAction = typed.Choice, ""
			p.focus.ID = fmt.Sprintf("choice-%d", typed.Choice)
		}
		if typed.Unpick {
			p.ownReplyBegun()
		}
		if typed.Reply {
			p.focus.ID = "reply"
			f.Text = typed.Text
			return f
		}
		if typed.Choice >= 0 || typed.Held != "" {
			return p.spaceIsNoPress(f)
		}
	}
	if p.decision.AllowFreeText && (f.Composition != "" || (f.Ctrl && f.Has(ebiten.KeyV)) || p.fieldsEnter(f)) {
		p.heldBeginsTheReply()
		p.ownReplyBegun()
		p.focus.ID = "reply"
		return f
	}
	return p.spaceIsNoPress(f)
}

// writes reports whether a frame writes in the focused reply field: typed
// characters, a composition or a paste.
func writes(f Frame) bool {
	return strings.IndexFunc(f.Text, unicode.IsPrint) >= 0 || f.Composition != "" || (f.Ctrl && f.Has(ebiten.KeyV))
}

// ownReplyBegun takes back the pick of a written choice or of an action
// that posts: the trainee writes a reply of their own instead. The picked
// choice stayed framed, "not published yet" with its publish button, beside
// the reply being typed, and two answers looked chosen at once.
func (p *playScene) ownReplyBegun() {
	p.selected, p.pickedAction = -1, ""
}

// enterWithTyping takes the Enter out of a frame that also holds typed
// characters, and reports whether it did. A frame holds the keys of a whole
// tick with no order between them, and on a busy computer the Enter that
// published a reply and the first letters of the next one came in one tick:
// the letters went into the field first and out with the reply ("… ^LotteDo"),
// and the next reply began without them. "2" and Enter in one tick is "pick 2,
// publish it" or "pick 1, then 2". Which came first cannot be known, so such an
// Enter publishes nothing; the field keeps every character and says why
// (play.error.enter_with_typing), and the next Enter publishes what it shows.
// An Enter the browser also passes on as "\n" is no typing.
func enterWithTyping(f Frame) (Frame, bool) {
	enter := func(k ebiten.Key) bool { return k == ebiten.KeyEnter || k == ebiten.KeyNumpadEnter }
	if f.Composition != "" || strings.IndexFunc(f.Text, unicode.IsPrint) < 0 || !slices.ContainsFunc(f.Keys, enter) {
		return f, false
	}
	f.Keys = slices.DeleteFunc(slices.Clone(f.Keys), enter)
	return f, true
}

// fieldsEnter reports Shift+Enter or Ctrl+Enter: the reply field's keys (a
// new line; publishing what is typed), never a press of the framed choice.
// At a fresh decision two Shift+Enters, meant as empty lines before the
// reply, picked and published written choice 1, the historical joke of the
// T-Mobile case (playtest 24, P24-16). They go to the field, where Ctrl+Enter
// on an empty field says the reply is empty.
func (p *playScene) fieldsEnter(f Frame) bool {
	return (f.Shift || f.Ctrl) && (f.Has(ebiten.KeyEnter) || f.Has(ebiten.KeyNumpadEnter))
}

// endHold ends the hold of a choice number on any key but writing: Enter,
// Tab, an arrow or a click deals with the pick, which stays, and Backspace
// erases the last held character (Session.EraseHeld).
func (p *playScene) endHold(f Frame) {
	if p.held == "" {
		return
	}
	if f.Has(ebiten.KeyBackspace) {
		typed := p.sess.EraseHeld(p.held)
		p.held = typed.Held
		switch {
		case typed.Choice >= 0:
			p.selected = typed.Choice
			p.focus.ID = fmt.Sprintf("choice-%d", typed.Choice)
		case typed.Unpick:
			p.selected = -1
		}
		return
	}
	if len(f.Clicks) > 0 || slices.ContainsFunc(f.Keys, panelKey) {
		p.held = ""
	}
}

// heldBeginsTheReply puts the held choice number in the reply field before
// what is pasted or composed there, and takes back the pick it made.
func (p *playScene) heldBeginsTheReply() {
	if p.held == "" {
		return
	}
	p.reply.SetText(p.reply.Text() + p.held)
	p.held, p.selected = "", -1
}

// panelKey reports whether a key works the panel (Enter, Tab, an arrow,
// Esc, a page key, Delete) rather than typing a character; a Space, a letter
// or a Ctrl+V types or pastes.
func panelKey(k ebiten.Key) bool {
	switch k {
	case ebiten.KeyEnter, ebiten.KeyNumpadEnter, ebiten.KeyTab, ebiten.KeyEscape,
		ebiten.KeyArrowUp, ebiten.KeyArrowDown, ebiten.KeyArrowLeft, ebiten.KeyArrowRight,
		ebiten.KeyHome, ebiten.KeyEnd, ebiten.KeyPageUp, ebiten.KeyPageDown, ebiten.KeyDelete:
		return true
	}
	return false
}

// spaceIsNoPress drops a Space meant for a choice or an action: it is a key
// for typing, and it pressed the framed choice (P22-27). Enter, a click or
// the choice's number pick it.
func (p *playScene) spaceIsNoPress(f Frame) Frame {
	id := p.focus.ID
	if !f.Has(ebiten.KeySpace) || !(strings.HasPrefix(id, "choice-") || strings.HasPrefix(id, "action-")) {
		return f
	}
	f.Keys = slices.DeleteFunc(slices.Clone(f.Keys), func(k ebiten.Key) bool { return k == ebiten.KeySpace })
	return f
}

// keepIMEOnReply keeps the input method's session on the reply field for as
// long as typing goes there, whichever widget has the focus. A session that
// started only when the first letter moved the focus from a choice to the
// field lost what was typed in the frame it started in (Ebiten resets the
// input method and drops that frame's text when a session follows a
// cancelled one): a trainee's '@dorien_deboef Het pakket' became '@dort'.
func (p *playScene) keepIMEOnReply(a *App) {
	early := p.decision == nil && !p.sess.Done() && p.sess.Ending() == nil
	if early || (p.decision != nil && p.decision.AllowFreeText) {
		a.target = &p.reply
	}
}

// keepEarlyTyping keeps what the trainee types while time runs fast towards
// the next decision: a newcomer starts writing before the decision opens, and
// those first words used to be lost. The text waits in the reply field.
func (p *playScene) keepEarlyTyping(f Frame) {
	if f.Text == "" || p.sess.Done() || p.sess.Ending() != nil {
		return
	}
	if p.reply.Text() == "" && strings.TrimSpace(f.Text) == "" {
		return
	}
	p.reply.SetText(p.reply.Text() + f.Text)
}
