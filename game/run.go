package game

import (
	"time"

	"github.com/hajimehoshi/ebiten/v2"
)

// Run opens the window and plays until it is closed.
func Run(opts Options) error {
	setupWindow(opts)
	a := New(opts)
	err := ebiten.RunGame(a)
	// Give the last round's result a moment to reach a workshop server.
	a.waitReports(10 * time.Second)
	return err
}

// setupWindow sets the window up before the game loop starts.
func setupWindow(opts Options) {
	lang := opts.Lang
	if lang != "en" {
		lang = "nl"
	}
	ebiten.SetWindowTitle(tr(lang, "app.title"))
	ebiten.SetWindowSize(1280, 800)
	ebiten.SetWindowSizeLimits(800, 500, -1, -1)
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
