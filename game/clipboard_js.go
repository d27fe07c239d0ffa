//go:build js

package game

import "syscall/js"

// browserClipboard writes through navigator.clipboard. Reading is
// asynchronous and needs the page's permission, so the browser build
// leaves pasting to the page (the server's page forwards paste events);
// Read reports that no clipboard is reachable.
type browserClipboard struct{}

func (browserClipboard) Read() (string, error) { return "", errNoClipboard }

func (browserClipboard) Write(s string) error {
	cb := js.Global().Get("navigator").Get("clipboard")
	if cb.IsUndefined() {
		return errNoClipboard
	}
	cb.Call("writeText", s)
	return nil
}

func systemClipboard() Clipboard { return browserClipboard{} }
