package game

import (
	"errors"
	"image"
	"os"
	"sync"
	"time"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/webcaresim/webcaresim/game/session"
)

// Driver plays the real game from a program: it feeds synthetic input one
// frame at a time, moves a manual clock, and hands back each frame's
// screen. Tests and the screenshot command use it.
type Driver struct {
	App   *App
	In    *ScriptedInput
	Clock *ManualClock
	Clip  *MemoryClipboard

	mu      sync.Mutex
	next    int  // the last step id handed out
	waiting int  // the step whose frame is awaited
	capture bool // whether that frame's screen is wanted
	screens chan *image.RGBA
	watch   func(a *App) // runs after every frame drawn (WatchFrames)
}

// WatchFrames runs fn on the game's thread after every frame drawn, also
// the frames inside a step that a script never gets back (a screen's
// "busy" frame before the next one), until the returned stop is called.
func (d *Driver) WatchFrames(fn func(a *App)) (stop func()) {
	d.mu.Lock()
	d.watch = fn
	d.mu.Unlock()
	return func() {
		d.mu.Lock()
		d.watch = nil
		d.mu.Unlock()
	}
}

// stepTimeout bounds how long a step may wait for its frame: far above a
// frame's time, it only trips when the game loop has died.
const stepTimeout = 30 * time.Second

// RunDriven runs the game on the calling goroutine (which must be the main
// one: the window needs it) and script on another; the game ends when
// script returns.
func RunDriven(opts Options, script func(d *Driver)) error {
	d := &Driver{In: &ScriptedInput{}, Clock: NewManualClock(), Clip: &MemoryClipboard{},
		screens: make(chan *image.RGBA, 1)}
	opts.Input, opts.Clock, opts.Clipboard = d.In, d.Clock, d.Clip
	opts.AfterDraw = d.afterDraw
	opts.Driven = true
	d.App = New(opts)
	done := make(chan struct{})
	ended := make(chan struct{}) // closed when RunGame has returned
	go func() {
		defer close(done)
		d.Step(Frame{}, 0)
		script(d)
		d.In.Push(Frame{run: func(a *App) { a.quit = true }})
		// Push's one wake-up can be drained unseen (see kickUntil): a
		// script that stepped no frame after the first, such as a test
		// run of only windowless tests, then waited forever.
		d.App.kickUntil(func() bool {
			select {
			case <-ended:
				return true
			default:
				return false
			}
		}, stepTimeout)
	}()
	setupWindow(d.App.lang)
	if os.Getenv("WCS_FPS") == "on" {
		ebiten.SetVsyncEnabled(true)
	}
	if os.Getenv("WCS_FPS") == "max" {
		ebiten.SetVsyncEnabled(false)
	}
	err := ebiten.RunGame(d.App)
	close(ended)
	if err == nil || errors.Is(err, ebiten.Termination) {
		// A game that ended first (its window closed) still lets the
		// script finish, so the caller never sees it running after
		// RunDriven.
		<-done
		return nil
	}
	return err
}

// Step advances the clock by dt, plays one frame with input f and returns
// the screen as drawn after it (nil if the game stopped responding).
func (d *Driver) Step(f Frame, dt time.Duration) *image.RGBA {
	return d.step(f, dt, true)
}

// Tick is Step without reading the screen back, which is the slow part of
// a step under a software renderer. It reports whether the frame ran.
func (d *Driver) Tick(f Frame, dt time.Duration) bool {
	return d.step(f, dt, false) != nil
}

// noScreen stands for a frame that ran but was not read back.
var noScreen = image.NewRGBA(image.Rect(0, 0, 1, 1))

func (d *Driver) step(f Frame, dt time.Duration, capture bool) *image.RGBA {
	d.Clock.Advance(dt)
	d.mu.Lock()
	d.next++
	f.step = d.next
	step := d.next
	d.waiting = d.next
	d.capture = capture
	d.mu.Unlock()
	d.In.Push(f)
	// Kick until the step's update is done: a frame has read this step's
	// input, and the screen asked for no further frame of the step (its
	// Draw follows without more asking). A frame already under way when
	// the input was pushed does not count, and frames kicked after it
	// change nothing (App.Update).
	go d.App.kickUntil(func() bool { return d.App.stepDone.Load() >= int64(step) }, stepTimeout)
	select {
	case img := <-d.screens:
		return img
	case <-time.After(stepTimeout):
		return nil
	}
}

// Do runs fn on the game's thread during the next frame and returns that
// frame's screen.
func (d *Driver) Do(fn func(a *App)) *image.RGBA {
	return d.Step(Frame{run: fn}, 0)
}

// afterDraw captures the screen of the frame a step asked for.
func (d *Driver) afterDraw(screen *ebiten.Image) {
	d.mu.Lock()
	watch := d.watch
	d.mu.Unlock()
	if watch != nil {
		watch(d.App)
	}
	d.mu.Lock()
	want := d.waiting != 0 && d.App.lastStep >= d.waiting && d.App.stepDone.Load() >= int64(d.waiting)
	capture := d.capture
	if want {
		d.waiting = 0
	}
	d.mu.Unlock()
	if !want {
		return
	}
	if !capture {
		d.screens <- noScreen
		return
	}
	b := screen.Bounds()
	img := image.NewRGBA(b)
	screen.ReadPixels(img.Pix)
	d.screens <- img
}

// Play returns the round on screen, or nil when another screen is shown.
func (d *Driver) Play() *session.Session {
	if p, ok := d.App.scene.(*playScene); ok {
		return p.sess
	}
	return nil
}
