package client

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/webcaresim/webcaresim/game/session"
	"github.com/webcaresim/webcaresim/game/workshop/api"
	"github.com/webcaresim/webcaresim/scenarios"
)

// OpenRound asks the server for the trainee's round that is under way and
// has no result, the one a closed or reloaded tab left; nil when there is
// none.
func (c *Client) OpenRound(ctx context.Context) (*api.OpenRound, error) {
	status, retryAfter, data, err := c.roundTrip(ctx, methodGet, c.Server+api.PathRound, nil)
	if err != nil {
		return nil, err
	}
	if status == statusNoContent {
		return nil, nil
	}
	if status != statusOK {
		return nil, &StatusError{Code: status, Message: errorMessage(data), RetryLater: retryAfter}
	}
	var out api.OpenRound
	if err := json.Unmarshal(data, &out); err != nil {
		return nil, err
	}
	return &out, nil
}

// ErrRoundCase is an open round whose case the game does not have.
var ErrRoundCase = errors.New("the case of the round is not in the game")

// ResumeSession plays the open round's acknowledged steps again on its
// case from set, with its seed and mode, and returns the round as it stood
// at its last acknowledged step, its clock standing until the trainee goes
// on (session.WaitToGoOn), as the desktop game resumes a checkpoint.
func ResumeSession(set scenarios.Set, open api.OpenRound, player string) (*session.Session, error) {
	sc, ok := set.Find(open.Scenario, open.Language)
	if !ok {
		return nil, fmt.Errorf("%w: %s/%s", ErrRoundCase, open.Scenario, open.Language)
	}
	s, err := session.Resume(sc, session.Options{Seed: open.Seed, Mode: open.Mode, Player: player}, open.Steps)
	if err != nil {
		return nil, err
	}
	s.WaitToGoOn()
	return s, nil
}

// ResumeRound reports a round played on from the server's open round: the
// same round id, no new start, the steps the server has counted as
// acknowledged, and the trainer's commands after those it fetched.
func (c *Client) ResumeRound(s *session.Session, open api.OpenRound) *Reporter {
	now := time.Now()
	started := open.Started
	if started.IsZero() {
		started = now
	}
	r := &Reporter{c: c, s: s, round: open.Round, started: started, lastSamples: now,
		q: make(chan api.Event, 256), done: make(chan struct{})}
	r.steps = len(open.Steps)
	r.stepsAcked.Store(int64(len(open.Steps)))
	// The curve up to here is the server's already: only new samples go.
	r.samples = len(s.Curve())
	r.tr.after = open.TrainerAfter
	go r.send()
	return r
}
