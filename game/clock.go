package game

import (
	"sync"
	"time"
)

// Clock tells the game the real time. The round's clock runs on it, so
// tests and screenshots use a ManualClock and never sleep.
type Clock interface {
	Now() time.Time
}

type wallClock struct{}

func (wallClock) Now() time.Time { return time.Now() }

// ManualClock is a Clock that moves only when told.
type ManualClock struct {
	mu sync.Mutex
	t  time.Time
}

// NewManualClock starts a manual clock at a fixed instant.
func NewManualClock() *ManualClock {
	return &ManualClock{t: time.Date(2026, 1, 1, 12, 0, 0, 0, time.UTC)}
}

// Now implements Clock.
func (c *ManualClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

// Advance moves the clock on by d.
func (c *ManualClock) Advance(d time.Duration) {
	c.mu.Lock()
	c.t = c.t.Add(d)
	c.mu.Unlock()
}
