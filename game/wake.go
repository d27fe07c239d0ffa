package game

import (
	"time"

	"github.com/hajimehoshi/ebiten/v2"
)

// scheduleWake asks Ebiten for the next frame when the screen will change
// by itself. In FPSModeVsyncOffMinimum Ebiten waits for window events
// (glfw.WaitEvents) and runs a frame only on input or ScheduleFrame, so a
// screen waiting for the player costs no frames at all.
func (a *App) scheduleWake() {
	if a.opts.Driven {
		// A driver runs every frame itself: frames of the game's own
		// would race with the driver reading the screen's state.
		return
	}
	d := a.scene.wake(a)
	if a.cur != nil && a.cur.rep != nil && a.Screen() == ScreenPlay && (d == 0 || d > time.Second/2) {
		// A round reported to a workshop looks twice a second whether
		// the trainer paused the room or let it go on, even while the
		// screen waits for the player (relaxed mode at a decision).
		d = time.Second / 2
	}
	if a.in.Busy() {
		d = time.Second / 60
	}
	if time.Now().Before(a.settleUntil) && (d == 0 || d > settleFrame) {
		d = settleFrame
	}
	a.timerMu.Lock()
	defer a.timerMu.Unlock()
	if a.timer != nil {
		a.timer.Stop()
	}
	if d > 0 {
		a.timer = time.AfterFunc(d, func() {
			// The frame count is read when the timer fires, not now: this
			// frame's own Draw, still to come, must not count as the
			// wake-up (it did, and a round's clock stopped after a second).
			seen := a.frames.Load()
			a.kickUntil(func() bool { return a.frames.Load() != seen }, time.Second)
		})
	}
}

// kickUntil asks Ebiten for frames until done reports true or limit passes.
//
// ScheduleFrame posts an empty window event; one posted while a frame is
// still being processed is drained with that frame's events and wakes
// nothing (seen under X11: the loop then sleeps until the next input). So
// the kick repeats ScheduleFrame every few milliseconds until the frame it
// waits for has been drawn, which costs nothing once it has.
func (a *App) kickUntil(done func() bool, limit time.Duration) {
	deadline := time.Now().Add(limit)
	for !done() && time.Now().Before(deadline) {
		//lint:ignore SA1019 the wake-up for FPSModeVsyncOffMinimum, which has no replacement
		ebiten.ScheduleFrame()
		time.Sleep(5 * time.Millisecond)
	}
}

// wakeSoon makes sure a frame runs soon (news from another goroutine on
// a screen that waits for input).
func (a *App) wakeSoon() {
	seen := a.frames.Load()
	a.kickUntil(func() bool { return a.frames.Load() != seen }, time.Second)
}

// settleFrame and settleTime: after the player's input, frames come this
// often for this long. Under X11 a click whose events were drained with the
// frame a mouse move woke was never read by an update: the play screen's
// "to the debrief" button, on a screen waiting for input, needed a second
// click. A few frames after each input cost nothing while nobody touches
// the game.
const (
	settleFrame = time.Second / 30
	settleTime  = 300 * time.Millisecond
)

// noteInput starts the frames that follow the player's input.
func (a *App) noteInput(f Frame) {
	if !f.empty() || f.Cursor != a.lastCursor {
		a.settleUntil = time.Now().Add(settleTime)
	}
	a.lastCursor = f.Cursor
}
