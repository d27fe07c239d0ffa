//go:build !(js && wasm)

package main

import (
	"github.com/webcaresim/webcaresim/game"
	"github.com/webcaresim/webcaresim/scenarios"
)

// studioPage is the studio's try-out page in the browser (studio_js.go);
// the desktop has none.
func studioPage(*game.Options, *scenarios.Set) {}
