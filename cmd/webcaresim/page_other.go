//go:build !(js && wasm)

package main

import (
	"github.com/webcaresim/webcaresim/game"
	"github.com/webcaresim/webcaresim/scenarios"
)

// workshopPage is the browser's workshop page (page_js.go); the desktop
// has none.
func workshopPage(*game.Options, *scenarios.Set) {}
