package server

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxMarksPerChar is how many combining marks may sit on one character:
// enough for Vietnamese and for an accent with a dot, too few for the
// towers of marks ("Zalgo") that draw over the rows above and below.
const maxMarksPerChar = 3

// isBidiControl reports the characters that reorder the text around them:
// embeddings and overrides (U+202A–U+202E) and isolates (U+2066–U+2069).
// A reply with U+202E reads backwards on the dashboard from there on.
func isBidiControl(r rune) bool {
	return r >= 0x202A && r <= 0x202E || r >= 0x2066 && r <= 0x2069
}

// displayText makes a trainee's text safe to draw among others: without
// bidi overrides and isolates, and with at most maxMarksPerChar combining
// marks on a character. Right-to-left text itself is untouched: the
// browser orders it by its letters.
func displayText(s string) string {
	if !needsCleaning(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	marks := 0
	for _, r := range s {
		switch {
		case isBidiControl(r):
			continue
		case unicode.In(r, unicode.Mn, unicode.Me):
			marks++
			if marks > maxMarksPerChar {
				continue
			}
		default:
			marks = 0
		}
		b.WriteRune(r)
	}
	return b.String()
}

func needsCleaning(s string) bool {
	marks := 0
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		if isBidiControl(r) {
			return true
		}
		if r >= 0x300 && unicode.In(r, unicode.Mn, unicode.Me) {
			marks++
			if marks > maxMarksPerChar {
				return true
			}
			continue
		}
		marks = 0
	}
	return false
}
