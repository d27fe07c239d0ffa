package session

import (
	"strings"
	"unicode"
)

// Typed is what a key's characters do at the open decision when the reply
// field does not have the focus: they pick a written choice (framed, not
// published), go into the reply field, or do nothing.
type Typed struct {
	Choice int  // the written choice to pick (0-based), or -1: the pick stays as it is
	Reply  bool // Text goes into the reply field, which takes the focus
	// Text is what goes into the reply field: the held characters, then
	// the typed ones.
	Text string
	// Held is what the face keeps between keys: the choice numbers typed
	// at an empty field (and Spaces after them). They picked a choice;
	// if writing follows, they begin the reply (Text) instead.
	Held string
	// Unpick: the writing goes into the reply field, so no written choice
	// stays picked: the trainee writes a reply of their own instead (or the
	// held number was its start, not a pick). A choice picked with a click
	// stayed framed, "not published yet" with its publish button, while a
	// reply of one's own was typed and published, and looked chosen.
	Unpick bool
}

// TypeAtDecision reads characters the trainee typed, or pasted, while a
// choice, an action or nothing had the focus; held is the Held of the
// previous key's Typed ("" after any other key, a click, or a new
// decision). Both faces follow it, so a key means the same in the window
// and the browser.
//
// A choice's own number, typed before a reply is begun, picks it: Enter
// then publishes it, as the framed choice and its publish button say. But
// the number is held, not thrown away: the next character that is writing
// (a letter, a sign, a digit that names no choice, anything but another
// choice number or a Space) puts it, and the Spaces after it, in the reply
// field before that character, and the pick is undone, as any pick is by
// writing that goes into the reply field. "3 dagen wachten"
// and "50 minutes" are replies, not a pick of choice 3 or 5 with the rest
// (playtest 24, P24-9: a reply went out without its first word). Another
// choice number moves the pick to that choice ("1" then "2" picks 2), and
// is held too ("12 uur"). Anything else typed is writing, a Space too: a
// Space pressed the framed written choice, and a Space and an Enter on an
// empty-looking field published a reply the trainee never picked, in their
// name (playtest 22, P22-27). Nothing here publishes: a choice is published
// only by a press on the picked one.
func (s *Session) TypeAtDecision(text, draft, held string) Typed {
	d := s.Decision()
	if d == nil || strings.IndexFunc(text, unicode.IsPrint) < 0 {
		// Nothing printable: an Enter or a Tab the browser's text input
		// passes on as "\n" or "\t" is a key, not writing (it took the
		// focus from the choice Enter was meant to pick).
		return Typed{Choice: -1, Held: held}
	}
	if strings.TrimSpace(draft) != "" {
		return Typed{Choice: -1, Reply: d.AllowFreeText, Text: held + text, Unpick: d.AllowFreeText}
	}
	out := Typed{Choice: -1, Held: held}
	for i, r := range text {
		switch n, ok := choiceNumber(r, len(d.Choices)); {
		case ok:
			out.Choice = n
			if d.AllowFreeText {
				out.Held += string(r) // with no field, nothing can follow it
			}
		case r == ' ' && out.Held != "":
			out.Held += " "
		case !unicode.IsPrint(r):
			// A control character the field would drop anyway.
		case !d.AllowFreeText:
			return Typed{Choice: out.Choice} // writing with nowhere to go
		default:
			return Typed{Choice: -1, Reply: true, Text: out.Held + text[i:], Unpick: true}
		}
	}
	return out
}

// EraseHeld is Backspace on held characters: the last one goes, and the
// pick follows the choice number still held, or is undone when none is.
// Erasing the number that picked a choice takes the pick back with it.
func (s *Session) EraseHeld(held string) Typed {
	rs := []rune(held)
	if len(rs) == 0 {
		return Typed{Choice: -1}
	}
	rest := string(rs[:len(rs)-1])
	out := Typed{Choice: -1, Held: rest, Unpick: true}
	if d := s.Decision(); d != nil {
		for _, r := range rest {
			if n, ok := choiceNumber(r, len(d.Choices)); ok {
				out.Choice, out.Unpick = n, false
			}
		}
	}
	return out
}

// choiceNumber reads a digit 1–9 as the index of one of n choices.
func choiceNumber(r rune, n int) (int, bool) {
	if r < '1' || r > '9' || int(r-'1') >= n {
		return 0, false
	}
	return int(r - '1'), true
}
