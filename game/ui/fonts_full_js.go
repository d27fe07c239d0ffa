//go:build js

package ui

import (
	"fmt"
	"io"
	"net/http"
	"sync"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/webcaresim/webcaresim/assets"
)

// fullFontsURL is where the workshop server serves the browser build's
// fonts/ folder (make web copies the full fonts there, pre-compressed).
const fullFontsURL = "/dist/"

var fetchFullFonts sync.Once

// loadFullFonts starts fetching the full fonts from the workshop server the
// first time a text needs them and reports whether they have arrived. The
// frame goes on with the subsets meanwhile: a character they lack shows as
// the font's box until the full fonts are in, and then the next frame
// draws it. A failed fetch is reported on the console and leaves the boxes.
func loadFullFonts() bool {
	fetchFullFonts.Do(func() {
		go func() {
			var set fontSet
			for _, f := range []struct {
				dst  **textSource
				name string
			}{{&set.regular, assets.FullRegular}, {&set.bold, assets.FullBold}, {&set.symbols, assets.FullSymbols}} {
				src, err := fetchFont(f.name)
				if err != nil {
					fmt.Printf("webcaresim: the full fonts did not load: %v\n", err)
					return
				}
				*f.dst = src
			}
			fullFonts.Store(&set)
			//lint:ignore SA1019 the wake-up for FPSModeVsyncOffMinimum, which has no replacement
			ebiten.ScheduleFrame()
		}()
	})
	return fullFonts.Load() != nil
}

func fetchFont(name string) (*textSource, error) {
	resp, err := http.Get(fullFontsURL + name)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("%s: %s", name, resp.Status)
	}
	data, err := io.ReadAll(resp.Body)
	if err != nil {
		return nil, fmt.Errorf("%s: %v", name, err)
	}
	return parseFont(name, data)
}
