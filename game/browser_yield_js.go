//go:build js

package game

import "time"

// In the browser Go's scheduler hands the page its thread back only when
// every goroutine waits: a background loop that plays worlds held the
// page frozen, no frame drawn, until it was done.

// backgroundWarming: the real reply's worlds are not played during a
// round in the browser (worlds_warm.go): the round's first seconds froze.
const backgroundWarming = false

// letThePageDraw pauses a background loop a moment between two worlds, so
// the page draws its frames meanwhile.
func letThePageDraw() { time.Sleep(time.Millisecond) }
