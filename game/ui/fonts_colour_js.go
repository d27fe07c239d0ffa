//go:build js

package ui

// loadColourEmoji: the browser build keeps Symbola's monochrome emoji. A
// page cannot read the system's fonts, and fetching a colour font from the
// workshop server would add 10 MB (Noto Color Emoji) to a room's download
// for the few emoji in the crowd's lines.
func loadColourEmoji() bool { return false }
