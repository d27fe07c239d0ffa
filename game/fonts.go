package game

import (
	"bytes"
	"fmt"

	"github.com/hajimehoshi/ebiten/v2/text/v2"
	"github.com/webcaresim/webcaresim/assets"
)

// fontSources are parsed once: parsing a TrueType file is slow, faces of
// any size are cheap views of a source.
var fontRegular, fontBold = loadFont(assets.Regular), loadFont(assets.Bold)

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

// face returns a face of the given pixel size.
func face(size float64, bold bool) *text.GoTextFace {
	src := fontRegular
	if bold {
		src = fontBold
	}
	return &text.GoTextFace{Source: src, Size: size}
}

// faceT is the face type every drawing helper takes.
type faceT = *text.GoTextFace
