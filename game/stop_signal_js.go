//go:build js

package game

// In the browser a closed tab sends no signal; the page stores the round.
func watchStopSignals(*App, <-chan struct{}) {}
