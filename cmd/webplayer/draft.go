//go:build js && wasm

package main

// Between decisions, as in the window: the draft the trainee left (or types
// while time runs on) is kept for the next decision and shown, the clock
// says when it runs fast, and the line under it says when it slows for a
// storm. The core decides all three (Session.Run, LapseRate, StormInView);
// this only shows them.

import (
	"strings"
	"syscall/js"
	"unicode/utf8"

	"github.com/webcaresim/webcaresim/assets/i18n"
	"github.com/webcaresim/webcaresim/game/session"
)

// renderWait fills the decision box while no decision is open: what the
// round is doing and the draft kept for the next decision. A draft used to
// go with the field when the decision closed.
func (g *game) renderWait(box js.Value) {
	class := "muted waiting"
	if g.stormLine() {
		class = "waiting storm" // red, as the window draws it
	}
	box.Call("appendChild", el("p", class, g.betweenDecisions()))
	if g.draft != "" && g.s.Ending() == nil && !g.s.Done() {
		box.Call("appendChild", el("p", "kept", i18n.T(g.lang, "play.waiting.kept", g.draft)))
	}
}

// stormLine reports whether the wait shows the storm's slow-down line.
func (g *game) stormLine() bool {
	_, waiting := g.s.WaitingForCustomer()
	return g.s.Ending() == nil && !waiting && g.s.StormInView()
}

// showLapse shows the time-lapse's speed beside the clock ("Fast ×45"), as
// the window's top bar does; nothing at normal speed.
func (g *game) showLapse() {
	text := ""
	if g.lapse && !g.paused() {
		text = i18n.T(g.lang, "play.lapse", int(g.s.LapseRate()/session.NormalSpeed))
	}
	if lp := g.q(".round-head .lapse"); !lp.IsNull() && lp.Get("textContent").String() != text {
		lp.Set("textContent", text)
	}
}

// typeWhileWaiting keeps what the trainee types while no decision is open:
// a newcomer starts writing before the next question shows, and the
// letters went nowhere. They wait in the draft, as in the window.
func (g *game) typeWhileWaiting(e js.Value, key string) {
	if g.s.Ending() != nil || g.s.Done() {
		return
	}
	switch {
	case key == "Backspace":
		_, size := utf8.DecodeLastRuneInString(g.draft)
		g.draft = g.draft[:len(g.draft)-size]
	case utf8.RuneCountInString(key) != 1:
		return
	case key == " " && strings.TrimSpace(g.draft) == "":
		return
	default:
		g.draft += key
	}
	e.Call("preventDefault")
	g.render()
}
