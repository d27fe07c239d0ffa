//go:build !js

package main

import (
	"fmt"
	"image"
	"io"

	"github.com/webcaresim/webcaresim/game"
)

// cmdShots saves a screenshot of every screen to a folder, for reviewers.
func cmdShots(args []string, _ io.Reader, stdout, stderr io.Writer) int {
	fs := newFlags("shots", stderr)
	size := fs.String("size", "", "screen size, e.g. 1280x800 (default: 1280x800 and 1024x640)")
	lang := fs.String("lang", "", "nl or en (default: both)")
	var dir string
	if len(args) > 0 && args[0] != "" && args[0][0] != '-' {
		dir, args = args[0], args[1:]
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if dir == "" && fs.NArg() > 0 {
		dir = fs.Arg(0)
	}
	if dir == "" {
		fs.Usage()
		return 2
	}
	sizes := []image.Point{{1280, 800}, {1024, 640}}
	if *size != "" {
		var w, h int
		if _, err := fmt.Sscanf(*size, "%dx%d", &w, &h); err != nil || w < 320 || h < 240 {
			fmt.Fprintf(stderr, "webcaresim shots: --size must be like 1280x800, not %q\n", *size)
			return 2
		}
		sizes = []image.Point{{w, h}}
	}
	langs := game.Languages
	switch *lang {
	case "":
	case "nl", "en":
		langs = []string{*lang}
	default:
		fmt.Fprintf(stderr, "webcaresim shots: --lang must be nl or en, not %q\n", *lang)
		return 2
	}
	files, err := game.Shots(dir, sizes, langs)
	for _, f := range files {
		fmt.Fprintln(stdout, f)
	}
	if err != nil {
		fmt.Fprintf(stderr, "webcaresim shots: %v\n", err)
		return 1
	}
	return 0
}
