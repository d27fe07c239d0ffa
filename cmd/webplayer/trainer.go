//go:build js && wasm

package main

// typing reports whether the workshop's trainer is writing the customer's
// post for this round.
func (g *game) typing() bool { return g.rep != nil && g.rep.Typing() }
