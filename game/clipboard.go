package game

import "errors"

// Clipboard is the system clipboard. Ebiten 2.10 has no clipboard API
// (GLFW's is internal to it), so each platform gets its own small
// implementation and tests use a memory one.
type Clipboard interface {
	Read() (string, error)
	Write(s string) error
}

// errNoClipboard is returned where no clipboard is reachable (a Linux box
// without xclip, xsel or wl-paste).
var errNoClipboard = errors.New("no clipboard available")

// MemoryClipboard is a clipboard inside the program, for tests.
// Unavailable makes it act as a machine without a clipboard tool.
type MemoryClipboard struct {
	Text        string
	Unavailable bool
}

// Read implements Clipboard.
func (m *MemoryClipboard) Read() (string, error) {
	if m.Unavailable {
		return "", errNoClipboard
	}
	return m.Text, nil
}

// Write implements Clipboard.
func (m *MemoryClipboard) Write(s string) error { m.Text = s; return nil }
