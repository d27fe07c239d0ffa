//go:build js && wasm

package main

import (
	"context"
	"syscall/js"
	"time"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/webcaresim/webcaresim/game"
	"github.com/webcaresim/webcaresim/game/session"
	"github.com/webcaresim/webcaresim/game/workshop/client"
	"github.com/webcaresim/webcaresim/scenarios"
)

// workshopPage fits the game to the workshop's play page (assets/web/static/play.js,
// which joined and set globalThis.webcaresimWorkshop): the picker offers
// the scenarios the trainer chose, and globalThis.webcaresimGame tells the
// page (and the browser test) what the game shows:
//
//	{frames, scene: "menu"|"round"|"debrief"|"left", scenario, decision,
//	 choices, freeText, ending, paused, rounds, result}
//
// scene is "menu" on the title, picker and history screens; "debrief" once
// a round reached its debrief and its result went to the server, whose
// attempt id is result once the server committed it.
func workshopPage(opts *game.Options, set *scenarios.Set) {
	c, name, _, ok := client.FromPage()
	if !ok {
		return
	}
	opts.PageShowsPause = true
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	st, err := c.Status(ctx)
	cancel()
	if err == nil {
		// The game offers the trainer's choice, with the cases made in
		// the studio from the server's files, and asks again as the
		// picker opens (game.Workshop), so a case chosen later appears.
		opts.Workshop = game.NewJoinedWorkshop(c, name, st)
	}
	// Opened to go on with a round (the join page's "Ga verder met je
	// ronde"): the round comes back from the server's steps, with the
	// cases made in the studio among those it may be of.
	cases := *set
	if err == nil {
		cases.Scenarios = append(client.Scenarios(st), cases.Scenarios...)
	}
	resumed := false
	if s, hook, ok := game.PageResumed(cases, opts.Player, opts.Report); ok {
		opts.Resume, opts.Report, resumed = s, hook, true
	}
	mirrorGame(opts)
	// The page says a game cannot resume only when this one did not.
	js.Global().Get("webcaresimGame").Set("resumed", resumed)
}

// mirrorGame keeps globalThis.webcaresimGame up to date with what the game
// shows (see workshopPage); a round without a workshop reports nowhere.
func mirrorGame(opts *game.Options) {
	state := js.Global().Get("Object").New()
	state.Set("frames", 0)
	state.Set("scene", "menu")
	state.Set("rounds", 0)
	state.Set("result", "")
	js.Global().Set("webcaresimGame", state)

	p := &pageState{state: state}
	report := opts.Report
	if report == nil {
		report = func(*session.Session) game.RoundReporter { return noReporter{} }
	}
	opts.Report = func(s *session.Session) game.RoundReporter {
		r := &pageReporter{RoundReporter: report(s), p: p}
		p.sess, p.rep = s, r
		p.rounds++
		state.Set("scene", "round")
		state.Set("rounds", p.rounds)
		state.Set("result", "")
		state.Set("scenario", s.Scenario().Key())
		return r
	}
	after := opts.AfterDraw
	opts.AfterDraw = func(screen *ebiten.Image) {
		p.drawn()
		if after != nil {
			after(screen)
		}
	}
}

// pageState mirrors the round on screen into globalThis.webcaresimGame.
// drawn runs on the game's goroutine after each frame, where the session
// may be read.
type pageState struct {
	state  js.Value
	frames int
	rounds int
	sess   *session.Session
	rep    *pageReporter
}

func (p *pageState) drawn() {
	p.frames++
	p.state.Set("frames", p.frames)
	s := p.sess
	if s == nil {
		return
	}
	dec, choices, free := "", 0, false
	if d := s.Decision(); d != nil {
		dec, choices, free = d.ID, len(d.Choices), d.AllowFreeText
	}
	ending := ""
	if e := s.Ending(); e != nil {
		ending = e.ID
	}
	p.state.Set("decision", dec)
	p.state.Set("choices", choices)
	p.state.Set("freeText", free)
	p.state.Set("ending", ending)
	p.state.Set("replies", len(s.Replies()))
	p.state.Set("paused", p.rep.paused)
}

// pageReporter passes a round's reports on and notes what the page shows.
type pageReporter struct {
	game.RoundReporter
	p      *pageState
	paused bool
}

// Paused implements game.RoundReporter; the game asks every frame of a round.
func (r *pageReporter) Paused() bool {
	r.paused = r.RoundReporter.Paused()
	return r.paused
}

// Finish implements game.RoundReporter: it runs as the round ends (at its
// debrief, or when the player leaves it).
func (r *pageReporter) Finish(ctx context.Context, finished bool) (string, error) {
	st := r.p.state
	if r.p.rep == r {
		scene := "left"
		if finished {
			scene = "debrief"
		}
		st.Set("scene", scene)
		r.p.sess, r.p.rep = nil, nil
	}
	id, err := r.RoundReporter.Finish(ctx, finished)
	if err == nil {
		st.Set("result", id)
	} else {
		st.Set("error", err.Error())
	}
	return id, err
}
