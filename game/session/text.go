package session

import (
	"strings"
	"unicode"
)

// CleanText makes a typed reply safe to publish and store: line endings
// become "\n", other control characters and invalid UTF-8 are dropped,
// bidirectional-override characters that could disguise the text are
// removed, and surrounding space is trimmed. Letters of any script, emoji
// and ordinary right-to-left text are kept as typed.
func CleanText(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ToValidUTF8(s, "")
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case r == '\n' || r == '\t':
			b.WriteRune(r)
		case r == '\r':
			b.WriteRune('\n')
		case unicode.IsControl(r):
		case r >= '\u202a' && r <= '\u202e', r >= '\u2066' && r <= '\u2069':
			// Directional embeddings, overrides and isolates: they can make
			// a stored reply display differently from what was scored.
		default:
			b.WriteRune(r)
		}
	}
	return strings.TrimSpace(b.String())
}
