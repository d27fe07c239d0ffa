package ui

import (
	"image"
	"math"
	"sync"
	"sync/atomic"
)

// Drawn is one line of text a frame drew where it can be seen.
type Drawn struct {
	Text  string
	Rect  image.Rectangle // where it stands on the screen
	Whole bool            // no part of it is cut off or scrolled away
}

// textLog lets the window tests read what a frame says, as the trainee
// does, instead of counting coloured pixels. It is off unless a test turns
// it on; off, drawing pays one atomic load per line.
var textLog struct {
	on      atomic.Bool
	mu      sync.Mutex
	drawing []Drawn // the frame being drawn
	last    []Drawn // the last frame drawn whole
}

// RecordText turns the log of drawn text on or off.
func RecordText(on bool) {
	textLog.on.Store(on)
	textLog.mu.Lock()
	textLog.drawing, textLog.last = nil, nil
	textLog.mu.Unlock()
}

// BeginTextFrame starts a frame's log; EndTextFrame makes it the last one.
func BeginTextFrame() {
	if !textLog.on.Load() {
		return
	}
	textLog.mu.Lock()
	textLog.drawing = textLog.drawing[:0:0]
	textLog.mu.Unlock()
}

// EndTextFrame closes the frame begun by BeginTextFrame.
func EndTextFrame() {
	if !textLog.on.Load() {
		return
	}
	textLog.mu.Lock()
	textLog.last = textLog.drawing
	textLog.drawing = nil
	textLog.mu.Unlock()
}

// DrawnText is the text of the last frame drawn whole, line by line in the
// order it was drawn.
func DrawnText() []Drawn {
	textLog.mu.Lock()
	defer textLog.mu.Unlock()
	return append([]Drawn(nil), textLog.last...)
}

// logText records a line drawn at (x, y) into clip, the part of the screen
// it may show in; a line wholly outside it (scrolled away) is not seen.
func logText(s string, f Face, x, y float64, clip image.Rectangle) {
	if !textLog.on.Load() {
		return
	}
	m := f.Metrics()
	r := image.Rect(int(math.Floor(x)), int(math.Floor(y)),
		int(math.Ceil(x+TextWidth(s, f))), int(math.Ceil(y+m.HAscent+m.HDescent)))
	if s == "" || !r.Overlaps(clip) {
		return
	}
	textLog.mu.Lock()
	textLog.drawing = append(textLog.drawing, Drawn{Text: s, Rect: r, Whole: r.In(clip)})
	textLog.mu.Unlock()
}
