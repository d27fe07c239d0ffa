//go:build js && wasm

package main

import (
	"context"
	"syscall/js"
	"time"

	"github.com/webcaresim/webcaresim/assets/i18n"
	"github.com/webcaresim/webcaresim/game/workshop/api"
	"github.com/webcaresim/webcaresim/game/workshop/client"
)

// A trainee whose tab closed or reloaded in the middle of a round gets it
// back: the server holds its acknowledged steps (GET /api/v1/round), the
// player plays them again from the round's seed (client.ResumeSession,
// session.Resume) and reports on under the same round id. The round opens
// where the server's last step left it, with its clock standing and a box
// over it that says where that was, as the window's "Verder waar je
// stopte" after a crash (game/play_goon.go, whose texts it uses); Enter,
// Space or the box's button go on.

// openRound asks the server for the trainee's open round; nil when there
// is none or the server cannot say (the menu then offers new rounds only).
func (g *game) openRound() *api.OpenRound {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	open, err := g.c.OpenRound(ctx)
	if err != nil {
		return nil
	}
	return open
}

// resumeOffer is the menu's offer to go on with the open round.
func (g *game) resumeOffer() js.Value {
	title := g.open.Title
	if title == "" {
		title = g.open.Scenario
	}
	b := button(g.t("resume.offer"), "resume", "Enter")
	b.Set("className", "resume-button")
	return el("div", "resume-offer", el("p", "", g.t("resume.offer_case", title)), b)
}

// resume plays the open round again and shows it, waiting to go on.
func (g *game) resume() {
	open := g.open
	if open == nil || g.c == nil {
		return
	}
	g.open = nil
	s, err := client.ResumeSession(g.all, *open, g.player)
	if err != nil {
		g.showMenu(g.t("resume.failed", err.Error()))
		return
	}
	g.begin(s, func() *client.Reporter { return g.c.ResumeRound(s, *open) })
	g.showGoOn()
}

// showGoOn puts the box over the resumed round: when it stopped, what is
// open, the trainee's last reply, and the button that starts the clock.
func (g *game) showGoOn() {
	s := g.s
	w := func(key string, args ...any) string { return i18n.T(g.lang, key, args...) }
	box := el("section", "goon", el("h2", "", w("play.goon.title")),
		el("p", "goon-when", w("play.goon.when", s.Scenario().WallClock(s.Now(), g.lang), int(s.Now()))))
	box.Call("setAttribute", "role", "dialog")
	box.Call("setAttribute", "aria-modal", "true")
	if d := s.Decision(); d != nil {
		box.Call("appendChild", el("p", "", w("play.goon.open", d.Prompt)))
	} else {
		box.Call("appendChild", el("p", "", w("play.goon.none_open")))
	}
	if reps := s.Replies(); len(reps) > 0 && reps[len(reps)-1].Text != "" {
		box.Call("appendChild", el("p", "goon-last", w("play.goon.last", reps[len(reps)-1].Text)))
	}
	box.Call("appendChild", el("p", "muted", w("play.goon.clock")))
	b := button(w("play.goon.button"), "goon", "")
	box.Call("appendChild", b)
	g.root.Call("appendChild", el("div", "goon-shade", box))
	g.root.Get("classList").Call("add", "waiting-to-go-on")
	b.Call("focus")
}

// goOn starts the resumed round's clock.
func (g *game) goOn() {
	if g.s == nil || !g.s.WaitingToGoOn() {
		return
	}
	g.s.GoOn()
	g.last = time.Now() // the time the box stood open is not the round's
	if shade := g.q(".goon-shade"); !shade.IsNull() {
		shade.Call("remove")
	}
	g.root.Get("classList").Call("remove", "waiting-to-go-on")
	g.render()
}
