package ui

// Colour emoji. Ebiten's text/v2 draws colour glyphs from COLRv0, CBDT,
// sbix and OpenType-SVG tables, and scales a bitmap strike (Noto Color
// Emoji's is 109 px) to the face's size. No colour emoji font is small
// enough to embed (Debian's Noto Color Emoji is 10 MB, more than twice the
// whole compressed browser build), so the desktop game uses the one the
// system has (fonts_colour_desktop.go) and the browser keeps Symbola's
// monochrome glyphs. The font is looked for the first time a text has an
// emoji, so a round without one never reads 10 MB.

import (
	"sync/atomic"
	"unicode/utf8"

	"github.com/hajimehoshi/ebiten/v2/text/v2"
)

// colourEmoji is the system's colour emoji font once loaded; nil when there
// is none (or in the browser). Atomic like fullFonts.
var colourEmoji atomic.Pointer[textSource]

// hasEmoji reports whether s has a character that is usually drawn as an
// emoji: the pictographs from U+1F000 on, the characters of the older
// symbol blocks that are drawn as emoji by default, and the emoji
// variation selector (U+FE0F, which asks for an emoji where the default is
// text: "❤️"). The other symbols of those blocks are text by default, so a
// check mark (✓) on the title screen does not read a 10 MB font.
func hasEmoji(s string) bool {
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		switch {
		case r >= 0x1F000 && r <= 0x1FAFF, r == 0xFE0F:
			return true
		case r >= 0x2600 && r <= 0x27BF, // miscellaneous symbols, dingbats
			r >= 0x2B00 && r <= 0x2BFF: // arrows and stars (⭐)
			if emojiByDefault(r) {
				return true
			}
		}
	}
	return false
}

// emojiPresentation are the characters of the symbol blocks hasEmoji looks
// at that Unicode draws as emoji by default (Emoji_Presentation=Yes in
// emoji-data.txt, Emoji 15.0), as ranges of [first, last].
var emojiPresentation = [][2]rune{
	{0x2614, 0x2615}, {0x2648, 0x2653}, {0x267F, 0x267F}, {0x2693, 0x2693}, {0x26A1, 0x26A1},
	{0x26AA, 0x26AB}, {0x26BD, 0x26BE}, {0x26C4, 0x26C5}, {0x26CE, 0x26CE}, {0x26D4, 0x26D4},
	{0x26EA, 0x26EA}, {0x26F2, 0x26F3}, {0x26F5, 0x26F5}, {0x26FA, 0x26FA}, {0x26FD, 0x26FD},
	{0x2705, 0x2705}, {0x270A, 0x270B}, {0x2728, 0x2728}, {0x274C, 0x274C}, {0x274E, 0x274E},
	{0x2753, 0x2755}, {0x2757, 0x2757}, {0x2795, 0x2797}, {0x27B0, 0x27B0}, {0x27BF, 0x27BF},
	{0x2B1B, 0x2B1C}, {0x2B50, 0x2B50}, {0x2B55, 0x2B55},
}

// emojiByDefault reports whether r is among emojiPresentation.
func emojiByDefault(r rune) bool {
	for _, rg := range emojiPresentation {
		if r >= rg[0] && r <= rg[1] {
			return true
		}
	}
	return false
}

// drawsInColour reports whether src draws a common emoji as a colour glyph
// (😀; a COLRv1-only font, which text/v2 cannot draw in colour, does not).
func drawsInColour(src *textSource) bool {
	glyphs := text.AppendLazyGlyphs(nil, string(rune(0x1F600)), &text.GoTextFace{Source: src, Size: 16}, nil)
	return len(glyphs) == 1 && glyphs[0].Colored()
}

// emojiRanges are the characters the colour font draws: those shown as
// emoji by default (Unicode's Emoji_Presentation: the pictographs from
// U+1F000 on and a few dozen older symbols), the red heart that social
// media always shows as one, and the joiners and selectors that build
// emoji sequences (so "👩‍💻" stays one glyph). The other symbols (★ ✓ ⚠ ⏸
// ♥ in the game's own texts, and ☺ or ✔ in a reply) keep their text font.
var emojiRanges = [][2]rune{
	{0x1F000, 0x1FAFF}, {0x200D, 0x200D}, {0xFE0F, 0xFE0F}, {0x20E3, 0x20E3}, {0xE0020, 0xE007F},
	{0x231A, 0x231B}, {0x23E9, 0x23EC}, {0x23F0, 0x23F0}, {0x23F3, 0x23F3}, {0x25FD, 0x25FE},
	{0x2614, 0x2615}, {0x2648, 0x2653}, {0x267F, 0x267F}, {0x2693, 0x2693}, {0x26A1, 0x26A1},
	{0x26AA, 0x26AB}, {0x26BD, 0x26BE}, {0x26C4, 0x26C5}, {0x26CE, 0x26CE}, {0x26D4, 0x26D4},
	{0x26EA, 0x26EA}, {0x26F2, 0x26F3}, {0x26F5, 0x26F5}, {0x26FA, 0x26FA}, {0x26FD, 0x26FD},
	{0x2705, 0x2705}, {0x270A, 0x270B}, {0x2728, 0x2728}, {0x274C, 0x274C}, {0x274E, 0x274E},
	{0x2753, 0x2755}, {0x2757, 0x2757}, {0x2764, 0x2764}, {0x2795, 0x2797}, {0x27B0, 0x27B0},
	{0x27BF, 0x27BF}, {0x2B1B, 0x2B1C}, {0x2B50, 0x2B50}, {0x2B55, 0x2B55},
}

// emojiFaces returns the colour emoji face of the given size for a chain
// (none when there is no colour font). It comes first, limited to
// emojiRanges: DejaVu Sans has monochrome glyphs for many emoji (😍 among
// them) and would otherwise draw them, while the colour font has digits
// and other letters (for keycaps) that must keep the text font.
func emojiFaces(size float64, dir text.Direction) []text.Face {
	src := colourEmoji.Load()
	if src == nil {
		return nil
	}
	lf := text.NewLimitedFace(&text.GoTextFace{Source: src, Size: size, Direction: dir})
	for _, r := range emojiRanges {
		lf.AddUnicodeRange(r[0], r[1])
	}
	return []text.Face{lf}
}
