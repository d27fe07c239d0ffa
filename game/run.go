package game

import (
	"time"

	"github.com/hajimehoshi/ebiten/v2"
)

// Run opens the window and plays until it is closed.
func Run(opts Options) error {
	a := New(opts)
	setupWindow(a.lang)
	done := make(chan struct{})
	defer close(done)
	watchStopSignals(a, done)
	err := ebiten.RunGame(a)
	// Give the last round's result a moment to reach a workshop server.
	a.waitReports(10 * time.Second)
	return err
}

// setupWindow sets the window up before the game loop starts.
func setupWindow(lang string) {
	ebiten.SetWindowTitle(tr(lang, "app.title"))
	monW, monH := 0, 0
	if m := ebiten.Monitor(); m != nil {
		monW, monH = m.Size()
	}
	ebiten.SetWindowSize(windowSize(monW, monH))
	ebiten.SetWindowSizeLimits(minWindowW, minWindowH, -1, -1)
	ebiten.SetWindowResizingMode(ebiten.WindowResizingModeEnabled)
	// The game stores a round left by closing the window (App.Update).
	ebiten.SetWindowClosingHandled(true)
	// Run frames only on input or when the game asks (App.scheduleWake):
	// a screen that waits for the player then costs no CPU. Ebiten marks
	// FPS modes deprecated in favour of SetScreenClearedEveryFrame, which
	// still runs Update 60 times a second; only this mode lets the loop
	// sleep in glfw.WaitEvents.
	//lint:ignore SA1019 no replacement lets the loop sleep until input (see above)
	ebiten.SetFPSMode(ebiten.FPSModeVsyncOffMinimum)
}

// The window opens at 1280×800, the size every screen is laid out for, and
// never shrinks below 800×500.
const (
	wantWindowW, wantWindowH = 1280, 800
	minWindowW, minWindowH   = 800, 500
)

// windowSize is the window's first size on a monitor of monW×monH
// device-independent pixels (0×0: unknown). On a smaller screen, such as a
// 1366×768 training laptop, a 1280×800 window ran under the taskbar and hid
// the reply field's publish button; it now keeps room for the window's title
// bar and a taskbar.
func windowSize(monW, monH int) (int, int) {
	w, h := wantWindowW, wantWindowH
	if monW > 0 && monH > 0 {
		w = min(w, monW-40)
		h = min(h, monH-100)
	}
	return max(w, minWindowW), max(h, minWindowH)
}
