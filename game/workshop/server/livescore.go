package server

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"slices"
	"sync"
	"time"

	"github.com/webcaresim/webcaresim/game/session"
	"github.com/webcaresim/webcaresim/game/workshop/api"
	"github.com/webcaresim/webcaresim/game/workshop/store"
	"github.com/webcaresim/webcaresim/scenarios"
)

// A round in progress is scored by the server too: a game sends the moves
// its trainee made (the transcript's steps) and the minute of its outrage
// samples, the server plays them with the core as they come, and stores
// and shows its own replies, analyses and curve. What a game computed is
// never stored.

// liveRound is the server's own play of a trainee's round in progress.
type liveRound struct {
	mu       sync.Mutex
	workshop string
	trainee  string
	round    string
	key      string // scenario/language
	sc       *scenarios.Scenario
	opts     session.Options
	sess     *session.Session
	steps    []session.Step // acknowledged
	replies  int            // of sess.Replies(), already stored
	samples  int            // of sess.Curve(), already stored
	started  time.Time
	last     time.Time // when its last event was acknowledged
}

// liveRounds are the rounds in progress, by trainee (a trainee plays one
// round at a time).
type liveRounds struct {
	mu sync.Mutex
	by map[string]*liveRound
}

// errStepsMissing is a reply event whose steps do not follow the ones the
// server has.
var errStepsMissing = errors.New("steps are missing")

// eventError is an event the server could not play, with its status.
type eventError struct {
	code int
	err  error
}

func (e *eventError) Error() string { return e.err.Error() }

// scoreEvent replaces what a game computed in an event by the server's
// own play of the round: a reply event becomes one event a reply its steps
// publish (the first with the steps; the trainer points at a reply by its
// event), an outrage event gets the curve up to its last sample's minute.
func (s *Server) scoreEvent(ctx context.Context, t store.Trainee, e api.Event, now time.Time) ([]api.Event, error) {
	if err := s.playEvent(ctx, t, &e, now); err != nil {
		return nil, err
	}
	if e.Kind != api.KindReply || len(e.Replies) < 2 {
		return []api.Event{e}, nil
	}
	out := make([]api.Event, 0, len(e.Replies))
	for i, r := range e.Replies {
		one := e
		one.Replies = []session.Reply{r}
		if i > 0 {
			one.Steps, one.From = nil, e.From+len(e.Steps)
		}
		out = append(out, one)
	}
	return out, nil
}

// playEvent plays one event of the game on the server's round.
func (s *Server) playEvent(ctx context.Context, t store.Trainee, e *api.Event, now time.Time) error {
	e.Reply, e.Replies = nil, nil
	key := e.Scenario + "/" + e.Language
	if e.Kind == api.KindStarted {
		sc := s.scenario(key)
		sess, err := session.New(sc, session.Options{Seed: e.Seed, Mode: e.Mode, Player: t.Name})
		if err != nil {
			return &eventError{http.StatusBadRequest, err}
		}
		s.live.put(&liveRound{workshop: t.Workshop, trainee: t.ID, round: e.Round, key: key, sc: sc, opts: sess.Options(),
			sess: sess, started: now, last: now})
		return nil
	}
	lr, err := s.liveRound(ctx, t, e.Round)
	if err != nil {
		return err
	}
	lr.mu.Lock()
	defer lr.mu.Unlock()
	if lr.key != key {
		return &eventError{http.StatusBadRequest, fmt.Errorf("the round %s plays %s, not %s", e.Round, lr.key, key)}
	}
	lr.last = now
	switch e.Kind {
	case api.KindReply:
		have := len(lr.steps)
		if err := s.checkLiveTrainerInputs(ctx, t, lr, e); err != nil {
			return err
		}
		if err := lr.play(e.From, e.Steps); err != nil {
			code := http.StatusBadRequest
			if errors.Is(err, errStepsMissing) {
				code = http.StatusConflict
			} else {
				// some steps may have played: the store's are the truth
				s.live.drop(t.ID, e.Round)
			}
			return &eventError{code, err}
		}
		// stored: the steps that were new, so the store's events make the
		// round's transcript end to end
		e.Steps, e.From = e.Steps[min(have-e.From, len(e.Steps)):], have
		reps := lr.sess.Replies()
		e.Replies = append([]session.Reply(nil), reps[lr.replies:]...)
		lr.replies = len(reps)
	case api.KindOutrage:
		to := lr.sess.Now()
		for _, p := range e.Samples {
			to = max(to, p.Minute)
		}
		lr.sess.AdvanceTo(to)
		curve := lr.sess.Curve()
		e.Samples = append([]session.CurvePoint(nil), curve[min(lr.samples, len(curve)):]...)
		if len(e.Samples) > api.MaxSamples {
			e.Samples = e.Samples[len(e.Samples)-api.MaxSamples:]
		}
		lr.samples = len(curve)
	}
	return nil
}

// checkLiveTrainerInputs refuses new steps with a trainer's input this
// round never fetched, as a result's transcript with one is refused
// (checkTrainerInputs): a game cannot put a post in its round the trainer
// did not send.
func (s *Server) checkLiveTrainerInputs(ctx context.Context, t store.Trainee, lr *liveRound, e *api.Event) error {
	skip := len(lr.steps) - e.From
	if skip < 0 || skip >= len(e.Steps) || !slices.ContainsFunc(e.Steps[skip:], func(st session.Step) bool { return st.Trainer != nil }) {
		return nil
	}
	all := append(slices.Clone(lr.steps), e.Steps[skip:]...)
	err := s.checkTrainerInputs(ctx, t.ID, &api.ResultRequest{Round: e.Round, Transcript: &session.Transcript{Steps: all}})
	switch {
	case errors.Is(err, errStoreRead):
		return &eventError{http.StatusServiceUnavailable, err}
	case err != nil:
		return &eventError{http.StatusUnprocessableEntity, err}
	}
	return nil
}

// play takes the steps from the from-th on: those the server has already
// (a game sending again what was not acknowledged) are skipped.
func (lr *liveRound) play(from int, steps []session.Step) error {
	have := len(lr.steps)
	if from > have {
		return fmt.Errorf("%w: the server has %d steps of the round, the event starts at step %d", errStepsMissing, have, from+1)
	}
	if len(lr.steps)+len(steps)-(have-from) > maxTranscriptSteps {
		return fmt.Errorf("the round has over %d steps", maxTranscriptSteps)
	}
	for i := have - from; i < len(steps); i++ {
		if err := checkStep(steps[i], from+i); err != nil {
			return err
		}
		if late := steps[i].At < lr.sess.Now() && (len(lr.steps) == 0 || steps[i].At >= lr.steps[len(lr.steps)-1].At); late {
			// The server's curve ran past a step the game sent after its
			// samples (a full queue, a retry): the round is played again
			// with the step at its minute.
			if err := lr.replayWith(steps[i]); err != nil {
				return fmt.Errorf("step %d does not play: %v", from+i+1, err)
			}
			continue
		}
		if err := lr.sess.ApplyStep(steps[i]); err != nil {
			return fmt.Errorf("step %d does not play: %v", from+i+1, err)
		}
		lr.steps = append(lr.steps, steps[i])
	}
	return nil
}

// replayWith plays the round again from its start with one more step,
// then on to the minute the server's curve had reached.
func (lr *liveRound) replayWith(st session.Step) error {
	to := lr.sess.Now()
	sess, err := session.Resume(lr.sc, lr.opts, append(slices.Clone(lr.steps), st))
	if err != nil {
		return err
	}
	sess.AdvanceTo(to)
	lr.sess, lr.samples = sess, len(sess.Curve())
	lr.steps = append(lr.steps, st)
	return nil
}

func (l *liveRounds) put(lr *liveRound) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.by == nil {
		l.by = map[string]*liveRound{}
	}
	l.by[lr.trainee] = lr
}

func (l *liveRounds) get(trainee, round string) *liveRound {
	l.mu.Lock()
	defer l.mu.Unlock()
	if lr := l.by[trainee]; lr != nil && lr.round == round {
		return lr
	}
	return nil
}

// drop forgets a round that ended (its result is stored).
func (l *liveRounds) drop(trainee, round string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if lr := l.by[trainee]; lr != nil && lr.round == round {
		delete(l.by, trainee)
	}
}

// all is a copy of the rounds in progress.
func (l *liveRounds) all() []*liveRound {
	l.mu.Lock()
	defer l.mu.Unlock()
	out := make([]*liveRound, 0, len(l.by))
	for _, lr := range l.by {
		out = append(out, lr)
	}
	return out
}

// liveRound is the trainee's round in progress, played again from the
// store's events when the server does not hold it (it restarted, or
// another instance took the round's start).
func (s *Server) liveRound(ctx context.Context, t store.Trainee, round string) (*liveRound, error) {
	if lr := s.live.get(t.ID, round); lr != nil {
		return lr, nil
	}
	evs, err := s.st.Events(ctx, t.Workshop)
	if err != nil {
		return nil, &eventError{http.StatusServiceUnavailable, errors.New("the server is busy: try again")}
	}
	lr, err := s.roundFromEvents(t, round, evs)
	if err != nil {
		return nil, &eventError{http.StatusConflict, err}
	}
	s.live.put(lr)
	return lr, nil
}

// roundFromEvents plays a round again from its stored events: the steps
// the server acknowledged, with session.Resume, and the curve up to the
// last stored sample.
func (s *Server) roundFromEvents(t store.Trainee, round string, evs []store.Event) (*liveRound, error) {
	var lr *liveRound
	var to float64
	for _, se := range evs {
		if se.Trainee != t.ID || se.Round != round {
			continue
		}
		var e api.Event
		if json.Unmarshal(se.Data, &e) != nil {
			continue
		}
		switch {
		case e.Kind == api.KindStarted:
			lr = &liveRound{workshop: t.Workshop, trainee: t.ID, round: round, key: se.Scenario, sc: s.scenario(se.Scenario), started: se.At,
				opts: session.Options{Seed: e.Seed, Mode: e.Mode, Player: t.Name}}
		case lr == nil:
		case e.Kind == api.KindReply && e.From == len(lr.steps):
			lr.steps = append(lr.steps, e.Steps...)
		case e.Kind == api.KindOutrage && len(e.Samples) > 0:
			to = max(to, e.Samples[len(e.Samples)-1].Minute)
		}
		if lr != nil {
			lr.last = se.At
		}
	}
	if lr == nil {
		return nil, fmt.Errorf("the server has no start of the round %s: start a new round", round)
	}
	sess, err := session.Resume(lr.sc, lr.opts, lr.steps)
	if err != nil {
		return nil, fmt.Errorf("the round's steps do not play again: %v", err)
	}
	sess.AdvanceTo(max(to, sess.Now()))
	lr.sess, lr.replies, lr.samples = sess, len(sess.Replies()), len(sess.Curve())
	return lr, nil
}
