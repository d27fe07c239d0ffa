package server

import (
	"context"
	"time"

	"github.com/webcaresim/webcaresim/game/progress"
	"github.com/webcaresim/webcaresim/game/session"
	"github.com/webcaresim/webcaresim/game/workshop/store"
)

// A browser round can die mid-round: the tab closes, the laptop sleeps,
// the connection drops. What the server acknowledged of it is kept, as the
// window keeps a round killed with its checkpoint. The rule: a round is
// dead when the server has heard nothing of it (no event, no poll of the
// trainer's commands) for DeadAfter, or when its workshop closes. Its
// acknowledged steps are played again with session.Resume and stored as an
// interrupted result (progress.Interruption), under the round's id with
// interruptedMark, which the trainer's pages and the export show.
//
// A game that comes back (its connection was only lost) goes on with the
// same round: the server plays it on from its stored events, and the
// round's result, when it comes, names the interrupted one it goes on from
// (progress.Attempt.Resumes), so a round is counted once.

// defaultDeadAfter is how long a round may be silent before it is kept
// as interrupted. A game sends its curve every few seconds while the clock
// runs and polls the trainer's commands every few seconds while it stands
// still; twenty minutes of nothing is a closed tab, not a trainee reading.
const defaultDeadAfter = 20 * time.Minute

// sweepEvery is how often the server looks for dead rounds.
const sweepEvery = time.Minute

// interruptedMark ends the round id of an interrupted round's result.
const interruptedMark = ":interrupted"

// sweepDeadRounds keeps dead rounds until ctx ends.
func (s *Server) sweepDeadRounds(ctx context.Context) {
	tick := time.NewTicker(sweepEvery)
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
			if _, err := s.keepDeadRounds(ctx); err != nil {
				s.log.Error("dead rounds", "err", err)
			}
		}
	}
}

// keepDeadRounds stores every dead round as an interrupted result and
// says how many it stored.
func (s *Server) keepDeadRounds(ctx context.Context) (int, error) {
	if err := s.findUnfinishedRounds(ctx); err != nil {
		return 0, err
	}
	now := s.now().UTC()
	kept := 0
	for _, lr := range s.live.all() {
		s.hub.mu.RLock()
		wl := s.hub.ws[lr.workshop]
		closed := wl == nil || !now.Before(closesAt(wl.w))
		s.hub.mu.RUnlock()
		lr.mu.Lock()
		if !closed && now.Sub(lr.last) < s.deadAfter() {
			lr.mu.Unlock()
			continue
		}
		a := s.interruptedAttempt(lr)
		lr.mu.Unlock()
		stored, created, err := s.st.SaveResult(ctx, store.Result{Workshop: lr.workshop, Trainee: lr.trainee,
			Round: lr.round + interruptedMark, Received: now, Attempt: a})
		if err != nil {
			return kept, err
		}
		s.live.drop(lr.trainee, lr.round)
		if created {
			s.hub.mu.Lock()
			s.hub.applyResult(stored)
			s.hub.mu.Unlock()
			kept++
		}
	}
	return kept, nil
}

// interruptedAttempt is the attempt of a dead round: the replay of its
// acknowledged steps, from the round's start to its last event.
func (s *Server) interruptedAttempt(lr *liveRound) progress.Attempt {
	in := &progress.Interruption{Last: lr.last, Steps: append([]session.Step(nil), lr.steps...)}
	var rep session.Report
	if sess, err := session.Resume(s.scenario(lr.key), lr.opts, lr.steps); err == nil {
		rep = sess.Report()
	} else {
		// the scenario changed since (the studio): the live round's own
		// play is still the server's
		in.NotReplayed = err.Error()
		rep = lr.sess.Report()
	}
	a := progress.New(rep, lr.started, lr.last, false, "workshop "+lr.workshop)
	a.Interrupted = in
	return a
}

// findUnfinishedRounds plays again from the store the rounds the hub shows
// in progress that the server does not hold (it restarted since), so a
// round that died with the server is kept too.
func (s *Server) findUnfinishedRounds(ctx context.Context) error {
	type unfinished struct{ t store.Trainee }
	var todo []unfinished
	s.hub.mu.RLock()
	for _, wl := range s.hub.ws {
		for _, tl := range wl.trainees {
			if tl.round != "" && !tl.finished && s.live.get(tl.t.ID, tl.round) == nil {
				todo = append(todo, unfinished{tl.t})
			}
		}
	}
	s.hub.mu.RUnlock()
	for _, u := range todo {
		s.hub.mu.RLock()
		round := s.hub.ws[u.t.Workshop].byID[u.t.ID].round
		s.hub.mu.RUnlock()
		if _, err := s.liveRound(ctx, u.t, round); err != nil {
			if ee, ok := err.(*eventError); ok && ee.code != 503 {
				continue // nothing to keep: no start, or steps that do not play
			}
			return err
		}
	}
	return nil
}

// deadAfter is the configured silence that makes a round dead.
func (s *Server) deadAfter() time.Duration {
	if s.cfg.DeadAfter > 0 {
		return s.cfg.DeadAfter
	}
	return defaultDeadAfter
}

// heard notes that a round's game was heard from (a poll).
func (s *Server) heard(trainee, round string) {
	if lr := s.live.get(trainee, round); lr != nil {
		lr.mu.Lock()
		lr.last = s.now().UTC()
		lr.mu.Unlock()
	}
}
