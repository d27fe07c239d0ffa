//go:build !js

package ui

import (
	"fmt"
	"os"

	"github.com/webcaresim/webcaresim/assets"
)

// loadFullFonts loads the full fonts from the binary (assets.FullFS) the
// first time a text needs them, and reports whether they are there.
func loadFullFonts() bool {
	if fullFonts.Load() != nil {
		return true
	}
	var set fontSet
	var err error
	for _, f := range []struct {
		dst  **textSource
		name string
	}{{&set.regular, assets.FullRegular}, {&set.bold, assets.FullBold}, {&set.symbols, assets.FullSymbols}} {
		if *f.dst, err = loadFont(assets.FullFS, f.name); err != nil {
			// Embedded: cannot happen in a build that compiled. Keep
			// drawing with the subsets rather than stop the round.
			fmt.Fprintf(os.Stderr, "webcaresim: %v\n", err)
			return false
		}
	}
	fullFonts.Store(&set)
	return true
}
