package ui

import (
	"image"
	"math"
	"strings"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/exp/textinput"
	"github.com/hajimehoshi/ebiten/v2/vector"
)

// TextField is an editable text box: caret, selection, clipboard, IME
// composition shown in place, wrapping and scrolling.
type TextField struct {
	ed          editor
	composition string
	Placeholder string

	// Set by draw, used by the IME and mouse: where things were on screen.
	rect     image.Rectangle
	face     Face
	scroll   int // first visible wrapped line
	caretBox image.Rectangle
	// goalX is where Up and Down keep the caret across lines, as every
	// editor does through a short line; hasGoal: set by the last key.
	goalX   float64
	hasGoal bool
	// PasteFailed: the last Ctrl+V found no clipboard to read (a Linux box
	// without xclip, xsel or wl-clipboard), so the screen can say why
	// nothing was pasted; any other key clears it.
	PasteFailed bool
}

// Handle applies a frame's input to the focused field. It reports whether
// the player asked to submit (Enter without Shift).
//
// A frame's keys and typed text come without their order: Ebiten reports
// what happened during the tick, and a window that waits for events (the
// game idles that way) runs a tick late on a busy machine, so one tick can
// hold a caret key and the letters typed after it. Handle takes the order a
// typist's keys most likely had. A key that moves the caret or deletes came
// before the letters of its tick: one moves the caret to type there, or
// deletes to type again, and the pause before such a key starts a new tick.
// Taking the text first put the letters typed after Ctrl+End at the old
// caret, in the middle of a word ("You're ri aght"), and that reply went
// out. The shortcuts (Ctrl+A, C, X, V) come after the letters, as before:
// a fast typist's last word and Ctrl+A share a tick, and selecting first
// would have replaced the whole reply by that word. Enter comes last: one
// ends the reply, then publishes it.
func (t *TextField) Handle(f Events, clip clipboardRW) (submit bool) {
	t.composition = f.Composition
	if f.Text != "" || len(f.Keys) > 0 {
		t.PasteFailed = false
	}
	if !onlyVertical(f.Keys) {
		// Up and Down keep the caret's column across lines only while
		// nothing else moves it.
		t.hasGoal = false
	}
	for _, k := range f.Keys {
		if movesOrDeletes(k) {
			t.apply(k, f, clip)
		}
	}
	// The text goes in even with Ctrl held: a shortcut's own letter is
	// never text here (the live input drops it, see liveInput.Next), and the
	// browser's own Ctrl+V pastes into the input method's text area.
	if f.Text != "" {
		t.ed.insert(f.Text)
		t.hasGoal = false
	}
	for _, k := range f.Keys {
		if !movesOrDeletes(k) && !isSubmitKey(k) {
			t.apply(k, f, clip)
		}
	}
	for _, k := range f.Keys {
		if !isSubmitKey(k) {
			continue
		}
		if f.Shift && t.ed.multiline {
			t.ed.insert("\n")
		} else {
			submit = true
		}
	}
	return submit
}

func isSubmitKey(k ebiten.Key) bool { return k == ebiten.KeyEnter || k == ebiten.KeyNumpadEnter }

// movesOrDeletes: the keys Handle applies before the frame's text.
func movesOrDeletes(k ebiten.Key) bool {
	switch k {
	case ebiten.KeyBackspace, ebiten.KeyDelete, ebiten.KeyArrowLeft, ebiten.KeyArrowRight,
		ebiten.KeyArrowUp, ebiten.KeyArrowDown, ebiten.KeyHome, ebiten.KeyEnd:
		return true
	}
	return false
}

// apply applies one key that edits, moves the caret or uses the clipboard.
func (t *TextField) apply(k ebiten.Key, f Events, clip clipboardRW) {
	switch k {
	case ebiten.KeyBackspace:
		t.ed.backspace(f.Ctrl)
	case ebiten.KeyDelete:
		t.ed.del(f.Ctrl)
	case ebiten.KeyArrowLeft:
		t.ed.left(f.Ctrl, f.Shift)
	case ebiten.KeyArrowRight:
		t.ed.right(f.Ctrl, f.Shift)
	case ebiten.KeyArrowUp:
		t.vertical(-1, f.Shift)
	case ebiten.KeyArrowDown:
		t.vertical(1, f.Shift)
	case ebiten.KeyHome:
		t.ed.home(f.Ctrl, f.Shift)
	case ebiten.KeyEnd:
		t.ed.end(f.Ctrl, f.Shift)
	case ebiten.KeyA:
		if f.Ctrl {
			t.ed.selectAll()
		}
	case ebiten.KeyC, ebiten.KeyX:
		if f.Ctrl && t.ed.hasSelection() && clip != nil {
			if clip.Write(t.ed.selectedText()) == nil && k == ebiten.KeyX {
				t.ed.insert("")
			}
		}
	case ebiten.KeyV:
		if f.Ctrl && clip != nil {
			s, err := clip.Read()
			if err == nil {
				t.ed.insert(s)
			}
			t.PasteFailed = err != nil
		}
	}
}

// Text is the text in the field.
func (t *TextField) Text() string { return t.ed.text }

// SetText replaces the field's text, the caret at its end.
func (t *TextField) SetText(s string) { t.ed.setText(s); t.hasGoal = false }

// SelectAll selects the whole text, so what is typed next replaces it.
func (t *TextField) SelectAll() { t.ed.selectAll() }

// SetMultiline lets Shift+Enter start a new line.
func (t *TextField) SetMultiline(on bool) { t.ed.multiline = on }

// consumes reports whether the focused field uses key itself, so the
// screen must not treat it as navigation.
func (t *TextField) consumes(k ebiten.Key) bool {
	switch k {
	case ebiten.KeyArrowUp, ebiten.KeyArrowDown:
		// In a multi-line field (the reply) the arrows move the caret and
		// only Tab leaves; a one-line field lets Up and Down move on.
		return t.ed.multiline
	case ebiten.KeyArrowLeft, ebiten.KeyArrowRight, ebiten.KeyHome, ebiten.KeyEnd,
		ebiten.KeyBackspace, ebiten.KeyDelete, ebiten.KeySpace, ebiten.KeyEnter, ebiten.KeyNumpadEnter,
		ebiten.KeyA, ebiten.KeyC, ebiten.KeyV, ebiten.KeyX:
		return true
	}
	return false
}

// display is the text as shown: the composition inserted at the caret.
func (t *TextField) display() (string, int) {
	c := t.ed.caret
	return t.ed.text[:c] + t.composition + t.ed.text[c:], c + len(t.composition)
}

const FieldPad = 8

func (t *TextField) inner() image.Rectangle { return t.rect.Inset(FieldPad) }

// Draw draws the field in r.
func (t *TextField) Draw(dst *ebiten.Image, r image.Rectangle, f Face, focused bool, s float64) {
	t.rect, t.face = r, f
	RoundRect(dst, r, float32(6*s), ColPanel)
	border := ColBorder
	if focused {
		border = ColAccent
	}
	StrokeRect(dst, r, float32(max(1, 2*s)), border)
	in := t.inner()
	clip := dst.SubImage(in).(*ebiten.Image)
	disp, caret := t.display()
	lh := LineHeight(f)
	if disp == "" {
		DrawWrapped(dst, t.Placeholder, f, in, ColMuted)
	}
	lines := Wrap(disp, f, in.Dx()-2)
	// A field made n lines high holds n lines, whatever the rounding of
	// its height to whole pixels.
	visible := max(1, int(float64(in.Dy())/lh+0.05))
	cl := caretLine(lines, caret)
	if cl < t.scroll {
		t.scroll = cl
	}
	if cl >= t.scroll+visible {
		t.scroll = cl - visible + 1
	}
	// After the text shrank (a long paste replaced), fill the field from
	// the top again instead of leaving it scrolled past lines now gone.
	t.scroll = max(0, min(t.scroll, len(lines)-visible))
	selA, selZ := t.ed.selection()
	if selA >= t.ed.caret {
		selA += len(t.composition)
	}
	if selZ >= t.ed.caret && t.ed.hasSelection() {
		selZ += len(t.composition)
	}
	for i := t.scroll; i < len(lines) && i < t.scroll+visible+1; i++ {
		l := lines[i]
		y := float64(in.Min.Y) + float64(i-t.scroll)*lh
		if a, z := max(selA, l.Start), min(selZ, l.End); a < z && focused {
			x0 := CaretX(disp[l.Start:l.End], a-l.Start, f)
			x1 := CaretX(disp[l.Start:l.End], z-l.Start, f)
			FillRect(clip, image.Rect(in.Min.X+int(x0), int(y), in.Min.X+int(x1), int(y+lh)), ColAccentSoft)
		}
		DrawText(clip, disp[l.Start:l.End], f, float64(in.Min.X), y, ColText)
		// Underline the composition, as every IME does.
		if t.composition != "" {
			cs, ce := t.ed.caret, t.ed.caret+len(t.composition)
			if a, z := max(cs, l.Start), min(ce, l.End); a < z {
				x0 := CaretX(disp[l.Start:l.End], a-l.Start, f)
				x1 := CaretX(disp[l.Start:l.End], z-l.Start, f)
				vector.StrokeLine(clip, float32(in.Min.X)+float32(x0), float32(y+lh-2), float32(in.Min.X)+float32(x1), float32(y+lh-2), 2, ColText, false)
			}
		}
	}
	if cl < len(lines) {
		l := lines[cl]
		x := in.Min.X + int(CaretX(disp[l.Start:l.End], min(caret, l.End)-l.Start, f))
		y := in.Min.Y + int(float64(cl-t.scroll)*lh)
		t.caretBox = image.Rect(x, y, x+2, y+int(lh))
		if focused {
			FillRect(clip, t.caretBox, ColText)
		}
	}
}

// vertical moves the caret one line up (dir -1) or down (+1) as the field
// shows its text. A reply is mostly one long wrapped paragraph: going by
// the text's own lines, Up from its last line jumped to its start (P16-3).
// Up on the first line goes to the start, Down on the last to the end.
func (t *TextField) vertical(dir int, extend bool) {
	if t.face == nil {
		// Not drawn yet, so no wrapping is known: the text's own lines.
		if dir < 0 {
			t.ed.up(extend)
		} else {
			t.ed.down(extend)
		}
		return
	}
	text := t.ed.text
	lines := Wrap(text, t.face, t.inner().Dx()-2)
	cl := caretLine(lines, t.ed.caret)
	if cl >= len(lines) {
		return
	}
	if !t.hasGoal {
		l := lines[cl]
		t.goalX = CaretX(text[l.Start:l.End], min(t.ed.caret, l.End)-l.Start, t.face)
		t.hasGoal = true
	}
	switch to := cl + dir; {
	case to < 0:
		t.ed.moveTo(0, extend)
	case to >= len(lines):
		t.ed.moveTo(len(text), extend)
	default:
		t.ed.moveTo(t.nearest(lines[to], t.goalX), extend)
	}
}

// onlyVertical reports whether keys are all Up or Down, which keep the
// caret's goal column (no keys at all keep it too: a frame of nothing).
func onlyVertical(keys []ebiten.Key) bool {
	for _, k := range keys {
		if k != ebiten.KeyArrowUp && k != ebiten.KeyArrowDown {
			return false
		}
	}
	return true
}

// nearest is the start of the character of wrapped line l nearest to x
// pixels from the field's left edge, or the line's end.
func (t *TextField) nearest(l line, x float64) int {
	s := t.ed.text[l.Start:l.End]
	best, bestD := l.End, math.Abs(TextWidth(s, t.face)-x)
	for _, j := range charStarts(s) {
		if d := math.Abs(CaretX(s, j, t.face) - x); d < bestD {
			best, bestD = l.Start+j, d
		}
	}
	return best
}

// caretLine is the wrapped line holding byte offset c.
func caretLine(lines []line, c int) int {
	for i, l := range lines {
		if c <= l.End {
			return i
		}
	}
	return max(0, len(lines)-1)
}

// clickAt puts the caret at the character nearest to screen point p.
func (t *TextField) clickAt(p image.Point) {
	if t.face == nil {
		return
	}
	in := t.inner()
	lines := Wrap(t.ed.text, t.face, in.Dx()-2)
	if len(lines) == 0 {
		return
	}
	i := t.scroll + int(float64(p.Y-in.Min.Y)/LineHeight(t.face))
	i = max(0, min(i, len(lines)-1))
	l := lines[i]
	best, bestD := l.Start, 1e9
	for j := range t.ed.text[l.Start:l.End] {
		d := CaretX(t.ed.text[l.Start:l.End], j, t.face) - float64(p.X-in.Min.X)
		if d < 0 {
			d = -d
		}
		if d < bestD {
			best, bestD = l.Start+j, d
		}
	}
	if d := TextWidth(t.ed.text[l.Start:l.End], t.face) - float64(p.X-in.Min.X); d >= 0 && d < bestD || d < 0 {
		if d < 0 || d < bestD {
			best = l.End
		}
	}
	t.ed.moveTo(best, false)
	t.hasGoal = false
}

// IMESession implements textTarget: the IME's candidate window opens at
// the caret and sees the current line. A field not drawn yet has no caret
// on screen and gets no session until it has one: in the browser the
// session's caret box sizes the hidden textarea that takes the typing, and
// Chromium (148) drops the text typed into a textarea sized 0×0.
func (t *TextField) IMESession() *textinput.SessionOptions {
	if t.caretBox.Empty() {
		return nil
	}
	c := t.ed.caret
	lineStart := strings.LastIndexByte(t.ed.text[:c], '\n') + 1
	lineEnd := len(t.ed.text)
	if n := strings.IndexByte(t.ed.text[c:], '\n'); n >= 0 {
		lineEnd = c + n
	}
	return &textinput.SessionOptions{CaretBounds: t.caretBox,
		TextBeforeCaret: t.ed.text[lineStart:c], TextAfterCaret: t.ed.text[c:lineEnd]}
}
