//go:build !js

package ui

import (
	"os"
	"testing"

	"github.com/hajimehoshi/ebiten/v2/text/v2"
)

// notoColorEmoji is where Debian's fonts-noto-color-emoji puts its font
// (scripts/setup.sh installs it for make run and make test).
const notoColorEmoji = "/usr/share/fonts/truetype/noto/NotoColorEmoji.ttf"

// An emoji in a post is drawn in colour when the system has a colour emoji
// font, and the letters around it keep their own font.
func TestEmojiAreDrawnInColourWithTheSystemFont(t *testing.T) {
	if _, err := os.Stat(notoColorEmoji); err != nil {
		t.Skip("no colour emoji font on this system (Debian: fonts-noto-color-emoji)")
	}
	post := "Beste pizza ooit 😍 bedankt"
	f := faceFor(faceOf(17, false), post)
	if !faceKeys[f].colour {
		t.Fatalf("a text with an emoji is drawn without the colour emoji font (candidates: %v)", colourEmojiCandidates())
	}
	glyphs := text.AppendLazyGlyphs(nil, post, f, nil)
	colour := 0
	for _, g := range glyphs {
		if g.Colored() {
			colour++
		}
	}
	if colour != 1 {
		t.Errorf("%d of %d glyphs of %q are drawn in colour, want only the emoji", colour, len(glyphs), post)
	}
	if w, plain := TextWidth("bedankt", f), TextWidth("bedankt", faceOf(17, false)); w != plain {
		t.Errorf("letters beside an emoji change width: %.1f px, alone %.1f px", w, plain)
	}
}

// A font that has no colour glyphs is not taken for the colour emoji font,
// so the game keeps drawing Symbola's monochrome emoji (as in the browser).
func TestAFontWithoutColourGlyphsIsNotTheEmojiFont(t *testing.T) {
	dir := t.TempDir()
	data, err := os.ReadFile("../../assets/fonts/Symbola.subset.ttf")
	if err != nil {
		t.Fatal(err)
	}
	path := dir + "/FakeEmoji.ttf"
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	src, err := parseColourFont(path)
	if err != nil {
		t.Fatal(err)
	}
	if src != nil {
		t.Error("Symbola, which has only outlines, was taken as a colour emoji font")
	}
	if _, err := parseColourFont(dir + "/missing.ttf"); err == nil {
		t.Error("a missing font file gives no error")
	}
}
