package session

import (
	"strings"
	"unicode"
)

// Typed is what a key's characters do at the open decision when the reply
// field does not have the focus: they pick a written choice (framed, not
// published), go into the reply field, or do nothing.
type Typed struct {
	Choice int  // the written choice picked (0-based), or -1
	Reply  bool // the characters go into the reply field
}

// TypeAtDecision reads characters the trainee typed, or pasted, while a
// choice, an action or nothing had the focus. Both faces follow it, so a key
// means the same in the window and the browser.
//
// Only a choice's own number picks it, and only before a reply is begun:
// anything else typed is writing. A Space is a character like any other: it
// pressed the framed written choice, and a Space and an Enter on an
// empty-looking field published a reply the trainee never picked, in their
// name (playtest 22, P22-27). Nothing here publishes: a choice is published
// only by a press on the picked one.
func (s *Session) TypeAtDecision(text, draft string) Typed {
	d := s.Decision()
	if d == nil || strings.IndexFunc(text, unicode.IsPrint) < 0 {
		// Nothing printable: an Enter or a Tab the browser's text input
		// passes on as "\n" or "\t" is a key, not writing (it took the
		// focus from the choice Enter was meant to pick).
		return Typed{Choice: -1}
	}
	if i, ok := choiceNumber(text); ok && i < len(d.Choices) && strings.TrimSpace(draft) == "" {
		return Typed{Choice: i}
	}
	return Typed{Choice: -1, Reply: d.AllowFreeText}
}

// choiceNumber reads a single typed digit 1–9 as a choice's index.
func choiceNumber(text string) (int, bool) {
	if len(text) != 1 || text[0] < '1' || text[0] > '9' {
		return 0, false
	}
	return int(text[0] - '1'), true
}
