//go:build js

package ui

import (
	"context"
	"fmt"
	"sync"
	"syscall/js"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/webcaresim/webcaresim/assets"
	"github.com/webcaresim/webcaresim/game/jspromise"
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

// fetchFont fetches and parses one full font with the browser's fetch
// (net/http would add its TLS and HTTP/2 code to the game).
func fetchFont(name string) (*textSource, error) {
	resp, err := await(js.Global().Call("fetch", fullFontsURL+name))
	if err != nil {
		return nil, fmt.Errorf("%s: %v", name, err)
	}
	if !resp.Get("ok").Bool() {
		return nil, fmt.Errorf("%s: %d %s", name, resp.Get("status").Int(), resp.Get("statusText").String())
	}
	buf, err := await(resp.Call("arrayBuffer"))
	if err != nil {
		return nil, fmt.Errorf("%s: %v", name, err)
	}
	bytes := js.Global().Get("Uint8Array").New(buf)
	data := make([]byte, bytes.Get("length").Int())
	js.CopyBytesToGo(data, bytes)
	return parseFont(name, data)
}

// await waits for a promise to settle.
func await(promise js.Value) (js.Value, error) {
	return jspromise.Await(context.Background(), promise, nil)
}
