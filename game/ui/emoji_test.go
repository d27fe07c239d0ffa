package ui

import "testing"

// The colour emoji font is read only for a text with an emoji: a symbol
// that is text by default (the toggles' check mark, a ☺ without the emoji
// selector) does not read it, one drawn as an emoji by default (⭐, ✅) or
// asked for with U+FE0F ("❤️") does.
func TestOnlyEmojiReadTheColourFont(t *testing.T) {
	for s, want := range map[string]bool{
		"✓ Nederlands":             false,
		"Ik ☺ dat":                 false,
		"← terug · ★ beroemd":      false,
		"Top ⭐":                    true,
		"✅ geregeld":               true,
		"Ik ❤️ jullie":             true,
		"Beste pizza ooit 😍":       true,
		"Gewone tekst, één cijfer": false,
	} {
		if got := hasEmoji(s); got != want {
			t.Errorf("hasEmoji(%q) = %v, want %v", s, got, want)
		}
	}
}
