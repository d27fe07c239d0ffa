package game

import (
	"image"
	"strings"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/exp/textinput"
	"github.com/hajimehoshi/ebiten/v2/inpututil"
)

// textTarget is a focused text field as the IME sees it.
type textTarget interface {
	IMESession() *textinput.SessionOptions
}

// liveInput reads the keyboard, mouse and IME through Ebiten.
type liveInput struct {
	composer    textinput.Composer
	target      textTarget
	committed   string
	composition string
	held        bool
	// waiting: the focused field could not open its IME session yet (it
	// has not been drawn); the next frame must come soon, not at the next
	// key, or that key's character would arrive before the session.
	waiting bool
}

// watchedKeys are the keys the game acts on.
var watchedKeys = []ebiten.Key{
	ebiten.KeyTab, ebiten.KeyEnter, ebiten.KeyNumpadEnter, ebiten.KeyEscape, ebiten.KeySpace,
	ebiten.KeyArrowUp, ebiten.KeyArrowDown, ebiten.KeyArrowLeft, ebiten.KeyArrowRight,
	ebiten.KeyBackspace, ebiten.KeyDelete, ebiten.KeyHome, ebiten.KeyEnd,
	ebiten.KeyPageUp, ebiten.KeyPageDown, ebiten.KeyF1, ebiten.KeyF11,
	ebiten.KeyA, ebiten.KeyC, ebiten.KeyV, ebiten.KeyX, ebiten.KeyS,
}

func newLiveInput() *liveInput {
	l := &liveInput{}
	l.composer.OnNewSession = func() *textinput.SessionOptions {
		if l.target == nil {
			return nil
		}
		opts := l.target.IMESession()
		l.waiting = opts == nil
		return opts
	}
	l.composer.OnComposition = func(c *textinput.Composition) { l.composition = c.Text() }
	l.composer.OnCommit = func(c *textinput.Commit) {
		// The IME may ask to rewrite text around the caret (some
		// predictive keyboards); the game inserts what was committed, which
		// is what every desktop IME in use here sends.
		l.committed += c.Text()
	}
	return l
}

// Next implements Input.
func (l *liveInput) Next(target textTarget) Frame {
	var f Frame
	l.committed = ""
	l.waiting = false
	imeHandled := false
	if target != l.target {
		l.composer.Confirm()
		l.target = target
	}
	if target != nil {
		composing := l.composition != ""
		handled, err := l.composer.Update()
		// Only keys that steered a composition belong to the IME. X11 and
		// the browser call every typed letter "handled", and dropping the
		// frame's keys for it lost a Backspace or an Enter typed in the same
		// frame, and the Space that picks a focused choice while the reply
		// field's session runs (playScene.keepIMEOnReply).
		imeHandled = handled && err == nil && (composing || l.composition != "")
	}
	f.Text, f.Composition = l.committed, l.composition
	f.Ctrl = ebiten.IsKeyPressed(ebiten.KeyControl) || ebiten.IsKeyPressed(ebiten.KeyMeta)
	if (target == nil || l.waiting) && !f.Ctrl {
		// No field has the focus, or the focused one has no IME session
		// yet, so no session takes the typing; the characters typed are
		// still passed on, so that a screen can move the focus to its text
		// field and keep them. The reply field waits for a session until it
		// is drawn, and while time ran fast to a round's first decision it
		// was not: every letter typed then was lost ("@dorien_deboef You're
		// righ" of a reply started early). With Ctrl held they are a
		// shortcut's letter, which the browser reports as typed ('v' of
		// Ctrl+V); a session's commits never hold one, and are kept with
		// Ctrl held.
		f.Text = string(ebiten.AppendInputChars(nil))
	}
	l.held = false
	for _, k := range watchedKeys {
		d := inpututil.KeyPressDuration(k)
		if d > 0 {
			l.held = true
		}
		if inpututil.IsKeyJustPressed(k) || keyRepeats(k, d) {
			f.Keys = append(f.Keys, k)
		}
	}
	if imeHandled {
		// The key finished or steered a composition; it is not a command.
		f.Keys = nil
	}
	if f.Ctrl {
		f.Keys = typedNotShortcuts(f.Keys, f.Text)
	}
	f.Shift = shiftFor(f.Text)
	x, y := ebiten.CursorPosition()
	f.Cursor = image.Pt(x, y)
	if inpututil.IsMouseButtonJustPressed(ebiten.MouseButtonLeft) {
		f.Clicks = append(f.Clicks, f.Cursor)
	}
	for _, id := range inpututil.AppendJustPressedTouchIDs(nil) {
		tx, ty := ebiten.TouchPosition(id)
		f.Clicks = append(f.Clicks, image.Pt(tx, ty))
	}
	_, f.Wheel = ebiten.Wheel()
	return f
}

// typedNotShortcuts drops the shortcut keys (Ctrl+A, C, V, X, S) whose
// letter was typed in the tick. Ebiten counts Ctrl as pressed if it was
// down at any moment of the tick, so on a loaded machine the tick after a
// Ctrl+A held its Ctrl and the letters typed straight after it: the "v" of
// "@kevinvdl" pasted the clipboard, a reply from an earlier round, into the
// reply and it was published with it, and an "a" selected all and the next
// letters replaced what was typed (playtest 19, P19-22). With Ctrl really
// held a letter key types nothing, so a letter that was typed came from a
// key pressed without it.
func typedNotShortcuts(keys []ebiten.Key, typed string) []ebiten.Key {
	if typed == "" {
		return keys
	}
	typed = strings.ToLower(typed)
	kept := keys[:0:0]
	for _, k := range keys {
		if letter, ok := shortcutLetters[k]; ok && strings.ContainsRune(typed, letter) {
			continue
		}
		kept = append(kept, k)
	}
	return kept
}

// shortcutLetters are the letters of the Ctrl shortcuts the game acts on.
var shortcutLetters = map[ebiten.Key]rune{ebiten.KeyA: 'a', ebiten.KeyC: 'c', ebiten.KeyV: 'v', ebiten.KeyX: 'x', ebiten.KeyS: 's'}

// shiftFor reads Shift for the frame's keys. Ebiten counts a modifier as
// pressed if it was down at any moment of the tick, so on a loaded machine
// one tick held the Shift of the capital just typed ("^Lotte") and the Enter
// after it: the Enter started a new line instead of publishing (P14-12b),
// and an Up after a capital selected text. Events within a tick have no
// order here, so a Shift released within it counts only when nothing was
// typed in it (then it can only belong to a key); a Shift still down at
// the tick's end is held, as for Shift+Enter.
func shiftFor(typed string) bool {
	for _, k := range []ebiten.Key{ebiten.KeyShiftLeft, ebiten.KeyShiftRight} {
		if shiftCounts(ebiten.IsKeyPressed(k), inpututil.IsKeyJustReleased(k), typed) {
			return true
		}
	}
	return false
}

// shiftCounts is shiftFor's rule for one Shift key: pressed at some moment
// of the tick, released within it, and the text typed in it.
func shiftCounts(pressed, releasedThisTick bool, typed string) bool {
	return pressed && (!releasedThisTick || typed == "")
}

// keyRepeats reports whether key k, held down for d ticks, counts as
// pressed again in this tick: after half a second, then about 20 times a
// second, for the keys that move the caret or the focus and the ones that
// delete. Keys that press, publish or leave never repeat: a held Enter picked
// a choice and then published it, and went on to press the next decision's
// first choice.
func keyRepeats(k ebiten.Key, d int) bool {
	switch k {
	case ebiten.KeyArrowUp, ebiten.KeyArrowDown, ebiten.KeyArrowLeft, ebiten.KeyArrowRight,
		ebiten.KeyBackspace, ebiten.KeyDelete, ebiten.KeyTab, ebiten.KeyPageUp, ebiten.KeyPageDown:
		return d > 30 && d%3 == 0
	}
	return false
}

// Busy implements Input: a held key needs frames for auto-repeat, and a
// field waiting to open its IME session needs the next one, which a window
// waiting for events would not otherwise get.
func (l *liveInput) Busy() bool { return l.held || l.waiting }
