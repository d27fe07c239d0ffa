package game

import (
	"image"
	"slices"
	"sync"
	"sync/atomic"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/webcaresim/webcaresim/game/ui"
)

// Frame is the player's input during one frame. The game reads nothing
// from Ebiten's input functions directly, only Frames, so tests and the
// screenshot command can drive the real game with synthetic input.
type Frame struct {
	// Keys pressed this frame, key repeats included.
	Keys  []ebiten.Key
	Ctrl  bool
	Shift bool
	// Text is text committed this frame: typed characters or an IME commit.
	Text string
	// Composition is the IME's text being composed (preedit), shown at the
	// caret but not yet part of the field.
	Composition string
	// Clicks are left-button presses, in screen pixels.
	Clicks []image.Point
	Cursor image.Point
	// Wheel is vertical scrolling, positive upwards.
	Wheel float64

	// run is work a driver asks to be done on the game's thread.
	run func(*App)
	// step numbers a driver's frame so it can find the screen drawn after it.
	step int
	// moved says a scripted frame moves the pointer to Cursor.
	moved bool
	// closing stands for the window's close button (tests).
	closing bool
}

// events is the part of the frame the widgets see.
func (f Frame) events() ui.Events {
	return ui.Events{Keys: f.Keys, Ctrl: f.Ctrl, Shift: f.Shift, Text: f.Text,
		Composition: f.Composition, Clicks: f.Clicks}
}

// Has reports whether key was pressed this frame.
func (f Frame) Has(key ebiten.Key) bool { return slices.Contains(f.Keys, key) }

// empty reports whether nothing happened this frame.
func (f Frame) empty() bool {
	return len(f.Keys) == 0 && f.Text == "" && f.Composition == "" && len(f.Clicks) == 0 && f.Wheel == 0
}

// Input is a source of Frames.
type Input interface {
	// Next returns the input of the frame about to be updated. target is the
	// focused text field (nil when none has focus): a live source runs the
	// IME for it.
	Next(target textTarget) Frame
	// Busy reports whether the source needs more frames soon even though
	// the screen does not change: a key held down for auto-repeat, or
	// queued synthetic input.
	Busy() bool
}

// ScriptedInput is an Input fed by a program: each Push is one frame.
type ScriptedInput struct {
	mu      sync.Mutex
	queue   []Frame
	cursor  image.Point
	started bool // the game loop has asked for input: ScheduleFrame is safe
	// consumed is the last driver step whose frame the game has read.
	consumed atomic.Int64
}

// Push queues one frame of input and asks Ebiten for a frame to read it.
func (s *ScriptedInput) Push(f Frame) {
	s.mu.Lock()
	s.queue = append(s.queue, f)
	started := s.started
	s.mu.Unlock()
	if started {
		//lint:ignore SA1019 the wake-up for FPSModeVsyncOffMinimum, which has no replacement
		ebiten.ScheduleFrame()
	}
}

// Next implements Input.
func (s *ScriptedInput) Next(textTarget) Frame {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.started = true
	if len(s.queue) == 0 {
		return Frame{Cursor: s.cursor}
	}
	f := s.queue[0]
	s.queue = s.queue[1:]
	if f.moved {
		s.cursor = f.Cursor
	}
	if f.step != 0 {
		s.consumed.Store(int64(f.step))
	}
	if len(f.Clicks) > 0 {
		s.cursor = f.Clicks[len(f.Clicks)-1]
	}
	f.Cursor = s.cursor
	return f
}

// Busy implements Input.
func (s *ScriptedInput) Busy() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.queue) > 0
}

// Key is a frame with one key press.
func Key(k ebiten.Key) Frame { return Frame{Keys: []ebiten.Key{k}} }

// MouseAt is a frame in which the pointer moves to p without a click.
func MouseAt(p image.Point) Frame { return Frame{Cursor: p, moved: true} }

// Typed is a frame with typed text.
func Typed(s string) Frame { return Frame{Text: s} }

// handleFocus applies a frame to a screen's focus (see focus.handle) and
// gives the IME the focused text field.
func (a *App) handleFocus(fc *ui.Focus, ws []*ui.Widget, f Frame) *ui.TextField {
	field, pressed := fc.Handle(ws, f.events())
	if pressed {
		return nil
	}
	if field != nil {
		a.target = field
	} else {
		a.target = nil
	}
	return field
}
