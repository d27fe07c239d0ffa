package ui

import (
	"bytes"
	"fmt"

	"github.com/hajimehoshi/ebiten/v2/text/v2"
	"github.com/webcaresim/webcaresim/assets"
)

// fontSources are parsed once: parsing a TrueType file is slow, faces of
// any size are cheap views of a source.
var fontRegular, fontBold, fontSymbols = loadFont(assets.Regular), loadFont(assets.Bold), loadFont(assets.Symbols)

func loadFont(name string) *text.GoTextFaceSource {
	data, err := assets.FS.ReadFile(name)
	if err != nil {
		panic(fmt.Sprintf("assets: %s: %v", name, err))
	}
	src, err := text.NewGoTextFaceSource(bytes.NewReader(data))
	if err != nil {
		panic(fmt.Sprintf("assets: %s: %v", name, err))
	}
	return src
}

type faceKey struct {
	size float64
	bold bool
}

// faces are made once per size: the wrap cache and Ebiten's glyph cache
// both key on the face.
var faces = map[faceKey]*text.MultiFace{}

// faceKeys finds a face's size and weight again (for its right-to-left
// twin, bidi.go).
var faceKeys = map[Face]faceKey{}

// faceOf returns a face of the given pixel size: DejaVu Sans, falling back
// to Symbola for emoji and symbols DejaVu lacks, so a pasted emoji shows
// as itself rather than as an empty box.
func faceOf(size float64, bold bool) Face {
	k := faceKey{size, bold}
	if f, ok := faces[k]; ok {
		return f
	}
	src := fontRegular
	if bold {
		src = fontBold
	}
	f, err := text.NewMultiFace(&text.GoTextFace{Source: src, Size: size}, &text.GoTextFace{Source: fontSymbols, Size: size})
	if err != nil {
		panic(fmt.Sprintf("assets: fonts: %v", err))
	}
	faces[k] = f
	faceKeys[f] = k
	return f
}

// Face is the face type every drawing helper takes.
type Face = text.Face
