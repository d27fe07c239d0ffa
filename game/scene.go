package game

import (
	"time"

	"github.com/hajimehoshi/ebiten/v2"
)

// scene is one screen of the game. Each is a type in the file named after
// it (title.go, picker.go, play.go, debrief.go, history.go, loaderror.go);
// App.setScene switches between them.
type scene interface {
	kind() Screen
	update(a *App, f Frame)
	draw(a *App, dst *ebiten.Image)
	// wake says when the screen changes by itself next: 0 when it only
	// changes on input, so a waiting screen costs no frames.
	wake(a *App) time.Duration
}

// Screen names a kind of screen, for drivers and tests that ask which one
// is shown.
type Screen int

// The screens of the game.
const (
	ScreenTitle Screen = iota + 1
	ScreenPicker
	ScreenPlay
	ScreenDebrief
	ScreenHistory
	ScreenLoadError
	ScreenBriefing
)

var screenNames = map[Screen]string{
	ScreenTitle: "title", ScreenPicker: "picker", ScreenPlay: "play",
	ScreenDebrief: "debrief", ScreenHistory: "history", ScreenLoadError: "load error", ScreenBriefing: "briefing",
}

// String names the screen in test failures.
func (s Screen) String() string {
	if n, ok := screenNames[s]; ok {
		return n
	}
	return "no screen"
}
