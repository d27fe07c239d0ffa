package ui

import "math"

// Style is a step of the type scale: a size designed for a 1280×800
// window and a weight. Screens pick a named style rather than a size, so
// the same role reads the same everywhere and the window has six sizes
// instead of twenty.
type Style struct {
	Size float64 // pixels at scale 1
	Bold bool
}

// The type scale, smallest first. Each step is about 1.15–1.4 times the
// one below, enough to tell roles apart at a glance on a laptop and on a
// projector.
var (
	// Caption: axis labels, key hints in buttons, counters, timestamps.
	Caption = Style{Size: 13}
	// Small: secondary text: hints, card summaries, meta lines, notes.
	Small = Style{Size: 15}
	// Body: posts, replies, choices, descriptions.
	Body = Style{Size: 17}
	// Heading: a panel's or section's heading, a main button.
	Heading = Style{Size: 20, Bold: true}
	// Title: a screen's title.
	Title = Style{Size: 26, Bold: true}
	// Display: the game's name on the title screen, the grade.
	Display = Style{Size: 36, Bold: true}
)

// Strong is the style in bold.
func (s Style) Strong() Style {
	s.Bold = true
	return s
}

// StrongIf is the style in bold when on is set (a warning among notes).
func (s Style) StrongIf(on bool) Style {
	s.Bold = s.Bold || on
	return s
}

// Face is the style's face for a window scaled by scale, its size rounded
// to whole pixels so text stays crisp.
func (s Style) Face(scale float64) Face {
	return faceOf(math.Round(s.Size*scale), s.Bold)
}
