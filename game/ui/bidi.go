package ui

import (
	"fmt"
	"slices"
	"unicode"
	"unicode/utf8"

	"github.com/hajimehoshi/ebiten/v2/text/v2"
	"golang.org/x/text/language"
	"golang.org/x/text/unicode/bidi"
)

// Right-to-left text (a reply typed or pasted in Arabic or Hebrew, a name
// in its own script) is drawn in visual order: each line is split into
// directional runs by the Unicode bidirectional algorithm, runs are laid
// out left to right in visual order, and a right-to-left run is drawn
// with a right-to-left face, so that the shaper joins Arabic letters and
// the run reads from the right. Lines are still placed from the left edge
// of their box, as in the rest of the (left-to-right) interface. Lines
// without a right-to-left letter, nearly all of them, take the plain path.

// hasRTL reports whether s holds a letter of a right-to-left script.
func hasRTL(s string) bool {
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		if unicode.In(r, unicode.Hebrew, unicode.Arabic, unicode.Syriac, unicode.Thaana, unicode.Nko) {
			return true
		}
	}
	return false
}

// bidiRun is a stretch of a line in one direction.
type bidiRun struct {
	text string
	rtl  bool
}

// visualRuns splits one line into directional runs in the order they are
// drawn from left to right. The paragraph's direction is that of its first
// strong letter (rules P2–P3): a Dutch sentence with an Arabic name stays
// left to right; an Arabic sentence with a Dutch name runs right to left.
// If the algorithm fails on some input, the line is one left-to-right run:
// drawn in logical order, but drawn.
func visualRuns(s string) (runs []bidiRun) {
	defer func() {
		if recover() != nil {
			runs = []bidiRun{{text: s}}
		}
	}()
	var p bidi.Paragraph
	if _, err := p.SetString(s); err != nil {
		return []bidiRun{{text: s}}
	}
	o, err := p.Order()
	if err != nil || o.NumRuns() == 0 {
		return []bidiRun{{text: s}}
	}
	for i := 0; i < o.NumRuns(); i++ {
		r := o.Run(i)
		runs = append(runs, bidiRun{text: r.String(), rtl: r.Direction() == bidi.RightToLeft})
	}
	if o.Direction() == bidi.RightToLeft {
		// Runs come in logical order; a right-to-left paragraph shows
		// its first run at the right.
		slices.Reverse(runs)
	}
	return runs
}

type rtlKey struct {
	face   Face
	arabic bool
}

// rtlFaces are the right-to-left twins of the faces made by face.
var rtlFaces = map[rtlKey]Face{}

// rtlFace returns f's right-to-left twin for a run of s: Arabic shaping
// for Arabic script, Hebrew otherwise.
func rtlFace(f Face, s string) Face {
	arabic := false
	for _, r := range s {
		if unicode.In(r, unicode.Arabic, unicode.Syriac, unicode.Thaana, unicode.Nko) {
			arabic = true
			break
		}
	}
	k := rtlKey{f, arabic}
	if rf, ok := rtlFaces[k]; ok {
		return rf
	}
	fk, ok := faceKeys[f]
	if !ok {
		return f // not one of ours: draw it as it is
	}
	lang := language.Hebrew
	if arabic {
		lang = language.Arabic
	}
	set := &subsetFonts
	if fk.full {
		set = fullFonts.Load()
	}
	src := set.regular
	if fk.bold {
		src = set.bold
	}
	var chain []text.Face
	if fk.colour {
		chain = emojiFaces(fk.size, text.DirectionRightToLeft)
	}
	chain = append(chain,
		&text.GoTextFace{Source: src, Size: fk.size, Direction: text.DirectionRightToLeft, Language: lang},
		&text.GoTextFace{Source: set.symbols, Size: fk.size, Direction: text.DirectionRightToLeft, Language: lang})
	rf, err := text.NewMultiFace(chain...)
	if err != nil {
		panic(fmt.Sprintf("assets: fonts: %v", err))
	}
	rtlFaces[k] = rf
	return rf
}

// runWidth is the advance of one run in its own direction.
func runWidth(r bidiRun, f Face) float64 {
	if r.rtl {
		f = rtlFace(f, r.text)
	}
	return text.AdvanceAt(r.text, len(r.text), f)
}
