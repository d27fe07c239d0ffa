package ui

// All font loading lives here and in fonts_full_*.go (where the full fonts
// come from on the desktop and in the browser) and fonts_colour*.go (the
// system's colour emoji font).
//
// The window draws with subsets of its fonts (assets.Regular, Bold,
// Symbols; scripts/subset-fonts.sh): every character of the product's own
// texts and of ordinary Dutch and English typing, 143 KB that parse in a
// blink, where the whole fonts are 4.6 MB that every browser would download
// and every window would parse. The first text drawn or measured with a
// character the subsets lack (an emoji, a script a trainee types or
// pastes, a scenario file from disk) switches every face to the full fonts:
// on the desktop at once, in the browser once they have arrived from the
// workshop server (until then the character shows as the font's box).

import (
	"bytes"
	"fmt"
	"io/fs"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"github.com/go-text/typesetting/font"
	"github.com/go-text/typesetting/font/opentype"
	"github.com/go-text/typesetting/font/opentype/tables"
	"github.com/hajimehoshi/ebiten/v2/text/v2"

	"github.com/webcaresim/webcaresim/assets"
)

// fontSet is one chain of fonts: a weight of DejaVu Sans, then Symbola for
// what DejaVu lacks (with the system's colour emoji font before them for
// emoji when there is one, fonts_colour.go).
type fontSet struct{ regular, bold, symbols *text.GoTextFaceSource }

// subsetFonts are parsed once at start: they are small.
var subsetFonts = fontSet{
	regular: mustLoadFont(assets.FS, assets.Regular),
	bold:    mustLoadFont(assets.FS, assets.Bold),
	symbols: mustLoadFont(assets.FS, assets.Symbols),
}

// subsetRunes are the characters the subsets draw (the bold subset has the
// regular one's characters).
var subsetRunes = mustRunesOf(assets.FS, assets.Regular, assets.Symbols)

// fullFonts is set once the full fonts are loaded; from then on every face
// is made from them. Atomic: in the browser they arrive on another
// goroutine.
var fullFonts atomic.Pointer[fontSet]

func currentFonts() (set *fontSet, full bool) {
	if f := fullFonts.Load(); f != nil {
		return f, true
	}
	return &subsetFonts, false
}

// loadFont parses one font file of fsys.
func loadFont(fsys fs.FS, name string) (*text.GoTextFaceSource, error) {
	data, err := fs.ReadFile(fsys, name)
	if err != nil {
		return nil, err
	}
	return parseFont(name, data)
}

func parseFont(name string, data []byte) (*text.GoTextFaceSource, error) {
	src, err := text.NewGoTextFaceSource(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("assets: %s: %v", name, err)
	}
	return src, nil
}

// mustLoadFont loads an embedded font: a broken one is a broken build.
func mustLoadFont(fsys fs.FS, name string) *text.GoTextFaceSource {
	src, err := loadFont(fsys, name)
	if err != nil {
		panic(fmt.Sprintf("assets: %s: %v", name, err))
	}
	return src
}

// runesOf lists the characters the named fonts of fsys map to a glyph,
// reading only their character maps.
func runesOf(fsys fs.FS, names ...string) (map[rune]bool, error) {
	out := map[rune]bool{}
	for _, name := range names {
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, err
		}
		ld, err := opentype.NewLoader(bytes.NewReader(data))
		if err != nil {
			return nil, fmt.Errorf("%s: %v", name, err)
		}
		raw, err := ld.RawTable(opentype.MustNewTag("cmap"))
		if err != nil {
			return nil, fmt.Errorf("%s: %v", name, err)
		}
		table, _, err := tables.ParseCmap(raw)
		if err != nil {
			return nil, fmt.Errorf("%s: cmap: %v", name, err)
		}
		cmap, _, err := font.ProcessCmap(table, tables.FPNone)
		if err != nil {
			return nil, fmt.Errorf("%s: cmap: %v", name, err)
		}
		for it := cmap.Iter(); it.Next(); {
			r, _ := it.Char()
			out[r] = true
		}
	}
	return out, nil
}

func mustRunesOf(fsys fs.FS, names ...string) map[rune]bool {
	runes, err := runesOf(fsys, names...)
	if err != nil {
		panic(fmt.Sprintf("assets: %v", err))
	}
	return runes
}

// subsetDraws reports whether the subset fonts draw every character of s.
// Characters that draw nothing by themselves (joiners, direction marks and
// other format characters, variation selectors) do not count.
func subsetDraws(s string) bool {
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		if !subsetRunes[r] && !unicode.Is(unicode.Cf, r) && !unicode.Is(unicode.Variation_Selector, r) {
			return false
		}
	}
	return true
}

type faceKey struct {
	size   float64
	bold   bool
	full   bool
	colour bool // the chain has the colour emoji font
}

// faces are made once per size: the wrap cache and Ebiten's glyph cache
// both key on the face.
var faces = map[faceKey]*text.MultiFace{}

// faceKeys finds a face's size and weight again (for its right-to-left
// twin, bidi.go, and its full-font twin, faceFor).
var faceKeys = map[Face]faceKey{}

// faceOf returns a face of the given pixel size: DejaVu Sans, falling back
// to Symbola for emoji and symbols DejaVu lacks, so a pasted emoji shows
// as itself rather than as an empty box.
func faceOf(size float64, bold bool) Face {
	set, full := currentFonts()
	k := faceKey{size, bold, full, colourEmoji.Load() != nil}
	if f, ok := faces[k]; ok {
		return f
	}
	src := set.regular
	if bold {
		src = set.bold
	}
	chain := emojiFaces(size, text.DirectionLeftToRight)
	chain = append(chain, &text.GoTextFace{Source: src, Size: size}, &text.GoTextFace{Source: set.symbols, Size: size})
	f, err := text.NewMultiFace(chain...)
	if err != nil {
		panic(fmt.Sprintf("assets: fonts: %v", err))
	}
	faces[k] = f
	faceKeys[f] = k
	return f
}

// faceFor is the face to draw or measure s with: f, or f's twin in the
// full fonts when s has a character the subsets lack, and with the colour
// emoji font when s has an emoji (loading them first). Every function that
// draws or measures text calls it.
func faceFor(f Face, s string) Face {
	full := fullFonts.Load() != nil || (!subsetDraws(s) && loadFullFonts())
	colour := colourEmoji.Load() != nil || (hasEmoji(s) && loadColourEmoji())
	if k, ok := faceKeys[f]; ok && (k.full != full || k.colour != colour) {
		return faceOf(k.size, k.bold)
	}
	return f
}

// textSource is a parsed font file.
type textSource = text.GoTextFaceSource

// Face is the face type every drawing helper takes.
type Face = text.Face
