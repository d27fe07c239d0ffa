//go:build !js

package game

// backgroundWarming: on the desktop the real reply's worlds are played
// while the round is on (worlds_warm.go); the game's frames go on beside.
const backgroundWarming = true

// letThePageDraw is for the browser build (browser_yield_js.go): on the
// desktop the scheduler shares the cores by itself.
func letThePageDraw() {}
