package client

import (
	"context"
	"fmt"
	"net/url"
	"sync"
	"time"

	"github.com/webcaresim/webcaresim/game/session"
	"github.com/webcaresim/webcaresim/game/workshop/api"
)

// A round's side of the trainer's steering. The Reporter's goroutine polls
// the server (pollTrainer) and keeps the trainer's commands; the game loop,
// which owns the session, applies them in Update (applyTrainer), so the
// session records them in the round's transcript at the minute they
// arrived. While the trainer writes the customer, the game tells the server
// that the round waits and which scripted posts would come.

// PollEvery is how often a round asks the server for the trainer's
// commands and the pause.
const PollEvery = 2 * time.Second

// OfflineTakeover is how long a round waits for the trainer's post as the
// customer when the server cannot be asked: then the script takes over, as
// the server itself decides after its own, shorter, timeout.
const OfflineTakeover = 150 * time.Second

type trainerLink struct {
	mu        sync.Mutex
	after     int64
	pending   []api.Command
	typing    bool
	state     api.RoundState
	dirty     bool // state changed since it was last sent
	waitStart time.Time
}

// Typing reports whether the trainer is writing the customer's next post
// for this round, as last heard.
func (r *Reporter) Typing() bool {
	r.tr.mu.Lock()
	defer r.tr.mu.Unlock()
	return r.tr.typing
}

// applyTrainer runs on the game loop: it applies the trainer's commands to
// the session and notes whether the round waits for the trainer's post. A
// round that cannot reach the trainer does not wait: the script takes over.
func (r *Reporter) applyTrainer() {
	r.tr.mu.Lock()
	cmds := r.tr.pending
	r.tr.pending = nil
	r.tr.mu.Unlock()
	for _, c := range cmds {
		// An inject the round cannot take (it ended, or another scenario's
		// inject) is dropped: the trainer's page counts what was sent.
		_ = r.s.Trainer(c.Input)
	}
	sugg, waiting := r.s.WaitingForCustomer()
	now := time.Now()
	r.tr.mu.Lock()
	if waiting != r.tr.state.Waiting {
		r.tr.state = api.RoundState{Round: r.round, Waiting: waiting, Suggestions: sugg}
		r.tr.dirty = true
		r.tr.waitStart = now
	}
	giveUp := waiting && (r.offline.Load() || now.Sub(r.tr.waitStart) > OfflineTakeover)
	r.tr.mu.Unlock()
	if giveUp {
		_ = r.s.Trainer(session.TrainerInput{Kind: session.TrainerScripted})
	}
}

// pollTrainer sends the round's state if it changed and fetches the
// trainer's new commands and the pause; it runs on the Reporter's goroutine.
func (r *Reporter) pollTrainer(ctx context.Context) error {
	r.tr.mu.Lock()
	after, st, dirty := r.tr.after, r.tr.state, r.tr.dirty
	r.tr.dirty = false
	r.tr.mu.Unlock()
	if dirty {
		if err := r.c.do(ctx, methodPost, api.PathTrainer, st, nil); err != nil {
			r.tr.mu.Lock()
			r.tr.dirty = true
			r.tr.mu.Unlock()
			return err
		}
	}
	var up api.TrainerUpdate
	path := fmt.Sprintf("%s?round=%s&after=%d", api.PathTrainer, url.QueryEscape(r.round), after)
	if err := r.c.do(ctx, methodGet, path, nil, &up); err != nil {
		return err
	}
	r.paused.Store(up.Paused)
	r.tr.mu.Lock()
	for _, c := range up.Commands {
		if c.Seq > r.tr.after && c.Round == r.round {
			r.tr.pending = append(r.tr.pending, c)
			r.tr.after = c.Seq
		}
	}
	r.tr.typing = up.Typing
	r.tr.mu.Unlock()
	return nil
}
