//go:build js && wasm

package main

import (
	"context"
	"syscall/js"

	"github.com/webcaresim/webcaresim/game"
	"github.com/webcaresim/webcaresim/scenarios"
)

// studioPage plays the case the scenario studio's "try it now" page handed
// over in globalThis.webcaresimStudio ({toml, lang}): it goes first in the
// picker and its round opens straight away, without the briefing. Nothing is saved.
func studioPage(opts *game.Options, set *scenarios.Set) {
	v := js.Global().Get("webcaresimStudio")
	if v.IsUndefined() || v.IsNull() {
		return
	}
	sc, problems := scenarios.Parse("studio.toml", []byte(v.Get("toml").String()))
	if sc == nil {
		for _, p := range problems {
			js.Global().Get("console").Call("error", p.String())
		}
		return
	}
	set.Scenarios = append([]*scenarios.Scenario{sc}, set.Scenarios...)
	opts.Scenario = sc.ID
	opts.StraightToRound = true
	opts.Lang = sc.Language
	opts.Source = "studio"
	mirrorGame(opts)
}

// noReporter reports a round nowhere (a try-out in the studio).
type noReporter struct{}

func (noReporter) Update()                                      {}
func (noReporter) Paused() bool                                 { return false }
func (noReporter) Finish(context.Context, bool) (string, error) { return "", nil }
