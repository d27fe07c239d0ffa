//go:build js && wasm

package client

import "syscall/js"

// FromPage returns a client for the workshop the play page joined
// (globalThis.webcaresimWorkshop, set by assets/web/static/play.js) with the
// trainee's name and language; ok is false outside a workshop.
func FromPage() (c *Client, name, lang string, ok bool) {
	ws := js.Global().Get("webcaresimWorkshop")
	if !ws.Truthy() || !ws.Get("token").Truthy() {
		return nil, "", "", false
	}
	return New(ws.Get("server").String(), ws.Get("token").String()), ws.Get("name").String(), ws.Get("lang").String(), true
}

// PagePaused reports whether the play page shows the trainer's pause
// (globalThis.webcaresimPaused); it answers at once, without a request.
func PagePaused() bool { return js.Global().Get("webcaresimPaused").Truthy() }

// PageResume is the round the play page was opened to go on with (the
// join page's "Ga verder met je ronde", ?resume=ROUND): the game resumes
// it at once when the server still has it open.
func PageResume() string {
	ws := js.Global().Get("webcaresimWorkshop")
	if !ws.Truthy() || !ws.Get("resume").Truthy() {
		return ""
	}
	return ws.Get("resume").String()
}
