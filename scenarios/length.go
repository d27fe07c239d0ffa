package scenarios

import (
	"unicode/utf8"
)

// ReplyLength is the length of text as its channel counts it against
// ChannelLimit. Facebook and Instagram count characters (code points). X
// counts by weight, as its own counter does (twitter-text, version 3):
// Latin, Greek, Cyrillic, Hebrew, Arabic and common punctuation weigh one,
// any other character two, and an emoji weighs two however many code points
// it is made of (a skin tone, a flag, a family joined by zero-width
// joiners). So a tweet of emoji holds 140 of them, not 280: a reply the
// game accepted, X would have refused. (X also counts every link as 23;
// links are counted here as typed.)
func ReplyLength(channel, text string) int {
	if channel != "twitter" {
		return utf8.RuneCountInString(text)
	}
	n := 0
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if isEmojiStart(r) {
			i += size + emojiTail(text[i+size:], r)
			n += 2
			continue
		}
		i += size
		if lightOnX(r) {
			n++
		} else {
			n += 2
		}
	}
	return n
}

// OverLimit measures text as its channel counts it, and reports whether it
// is over the channel's limit, with the length and the limit to say so.
// Every place that refuses a text too long for its channel asks this.
func OverLimit(channel, text string) (n, limit int, over bool) {
	n, limit = ReplyLength(channel, text), ChannelLimit(channel)
	return n, limit, n > limit
}

// lightOnX reports the ranges twitter-text v3 weighs as one.
func lightOnX(r rune) bool {
	return r <= 0x10FF || (r >= 0x2000 && r <= 0x200D) || (r >= 0x2010 && r <= 0x201F) || (r >= 0x2032 && r <= 0x2037)
}

// isEmojiStart reports a code point that begins an emoji: the pictographs
// and symbols of the emoji blocks, and the regional indicators of a flag.
// Symbols below U+2000 that have an emoji form only with U+FE0F (©, ®, the
// digits of a keycap) are counted as the characters they are, as X does
// without the selector.
func isEmojiStart(r rune) bool {
	switch {
	case r >= 0x1F000 && r <= 0x1FAFF: // pictographs, emoticons, transport, flags' letters
		return true
	case r >= 0x2600 && r <= 0x27BF: // miscellaneous symbols, dingbats
		return true
	case r >= 0x2300 && r <= 0x23FF, r >= 0x2B00 && r <= 0x2BFF: // ⌚⏰, ⬆⭐
		return true
	}
	return false
}

// emojiTail is the length in bytes of what follows an emoji's first code
// point and belongs to it: variation selector, skin tone, keycap, tag
// characters, the second letter of a flag, and further emoji joined by a
// zero-width joiner.
func emojiTail(s string, first rune) int {
	i := 0
	regional := first >= 0x1F1E6 && first <= 0x1F1FF
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == 0xFE0F || r == 0x20E3 || (r >= 0x1F3FB && r <= 0x1F3FF) || (r >= 0xE0020 && r <= 0xE007F):
			i += size
		case regional && r >= 0x1F1E6 && r <= 0x1F1FF:
			i += size
			regional = false
		case r == 0x200D:
			next, nsize := utf8.DecodeRuneInString(s[i+size:])
			if !isEmojiStart(next) {
				return i
			}
			i += size + nsize
		default:
			return i
		}
	}
	return i
}
