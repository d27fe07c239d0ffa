package client

import (
	"context"
	"sync"
	"sync/atomic"
	"time"

	"github.com/webcaresim/webcaresim/game/session"
	"github.com/webcaresim/webcaresim/game/workshop/api"
)

// SampleEvery is how often a Reporter sends the new outrage samples.
const SampleEvery = 5 * time.Second

// Reporter reports one round as it is played. The game makes it when the
// round starts, calls Update from its loop (the goroutine that drives the
// session) and Finish at the debrief; the network work happens on a
// goroutine of its own, in order, so a slow server never stalls a frame.
//
//	rep := c.Round(s)              // round started
//	rep.Update()                   // every frame or tick: new replies, outrage every 5 s
//	if rep.Paused() { … }          // the trainer paused the room
//	id, err := rep.Finish(ctx)     // the report, retried until acknowledged
type Reporter struct {
	c       *Client
	s       *session.Session
	round   string
	started time.Time

	// steps: the round's steps queued so far; stepsAcked: those the
	// server acknowledged (send sets it); stepsLost: a request with steps
	// failed, so they go again from stepsAcked (the server skips any it
	// has).
	steps, samples int
	stepsAcked     atomic.Int64
	stepsLost      atomic.Bool
	// startLost: the request with "started" failed; it goes again, and
	// the steps with it from the first.
	startLost   atomic.Bool
	lastSamples time.Time

	q      chan api.Event
	closed atomic.Bool // Finish was called: no more progress
	paused atomic.Bool
	// offline is whether the server's last answer failed (an event or a
	// status poll): the game says the trainer does not see the round now.
	offline atomic.Bool
	done    chan struct{}
	once    sync.Once
	tr      trainerLink // the trainer's commands (trainer.go)
}

// Round starts reporting a round: it sends "started" at once.
func (c *Client) Round(s *session.Session) *Reporter {
	now := time.Now()
	r := &Reporter{c: c, s: s, round: NewRound(now), started: now, lastSamples: now,
		q: make(chan api.Event, 256), done: make(chan struct{})}
	sc, o := s.Scenario(), s.Options()
	r.q <- api.Event{Kind: api.KindStarted, Round: r.round, Scenario: sc.ID, Language: sc.Language, Seed: o.Seed, Mode: o.Mode}
	go r.send()
	return r
}

// RoundID is the id the server knows the round by.
func (r *Reporter) RoundID() string { return r.round }

// Paused reports whether the trainer paused the room, as last heard.
func (r *Reporter) Paused() bool { return r.paused.Load() }

// Offline reports whether the server did not answer the last request.
func (r *Reporter) Offline() bool { return r.offline.Load() }

// Update queues the replies published since the last call, and every
// SampleEvery the new outrage samples. Progress that does not fit the queue
// is dropped: only the result must arrive.
func (r *Reporter) Update() { r.update(false) }

func (r *Reporter) update(force bool) {
	if r.closed.Load() {
		return
	}
	r.applyTrainer()
	sc := r.s.Scenario()
	if r.startLost.Swap(false) {
		r.stepsAcked.Store(0)
		r.stepsLost.Store(true)
		o := r.s.Options()
		r.queue(api.Event{Kind: api.KindStarted, Round: r.round, Scenario: sc.ID, Language: sc.Language, Seed: o.Seed, Mode: o.Mode})
	}
	if r.stepsLost.Swap(false) {
		r.steps = int(r.stepsAcked.Load())
	}
	if n := r.s.StepCount(); r.steps < n {
		// the moves, not their scores: the server plays them itself
		from := r.steps
		steps := make([]session.Step, 0, n-from)
		for i := from; i < n; i++ {
			steps = append(steps, r.s.Step(i))
		}
		if r.queue(api.Event{Kind: api.KindReply, Round: r.round, Scenario: sc.ID, Language: sc.Language, From: from, Steps: steps}) {
			r.steps = n // else they go with the next ones
		}
	}
	curve := r.s.Curve()
	if r.samples < len(curve) && (force || time.Since(r.lastSamples) >= SampleEvery) {
		part := append([]session.CurvePoint(nil), curve[r.samples:]...)
		if len(part) > api.MaxSamples {
			part = part[len(part)-api.MaxSamples:]
		}
		r.queue(api.Event{Kind: api.KindOutrage, Round: r.round, Scenario: sc.ID, Language: sc.Language, Samples: part})
		r.samples, r.lastSamples = len(curve), time.Now()
	}
}

func (r *Reporter) queue(e api.Event) bool {
	select {
	case r.q <- e:
		return true
	default:
		return false
	}
}

// send posts queued events in order, a few at a time, and asks for the
// pause state when there is nothing to send.
func (r *Reporter) send() {
	defer close(r.done)
	tick := time.NewTicker(PollEvery)
	defer tick.Stop()
	for {
		select {
		case e, ok := <-r.q:
			if !ok {
				return
			}
			batch := []api.Event{e}
		more:
			for len(batch) < api.MaxEventsPerReq {
				select {
				case e, ok := <-r.q:
					if !ok {
						break more
					}
					batch = append(batch, e)
				default:
					break more
				}
			}
			ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
			p, err := r.c.Events(ctx, batch...)
			if err == nil {
				r.paused.Store(p)
			}
			r.noteSteps(batch, err)
			r.offline.Store(err != nil)
			cancel()
		case <-tick.C:
			ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
			err := r.pollTrainer(ctx)
			r.offline.Store(err != nil)
			cancel()
		}
	}
}

// noteSteps notes which steps the server acknowledged, or that a request
// with steps failed (the next Update sends them again).
func (r *Reporter) noteSteps(batch []api.Event, err error) {
	for _, e := range batch {
		if e.Kind == api.KindStarted && err != nil {
			r.startLost.Store(true)
		}
		if e.Kind != api.KindReply {
			continue
		}
		if err != nil {
			r.stepsLost.Store(true)
			return
		}
		if to := int64(e.From + len(e.Steps)); to > r.stepsAcked.Load() {
			r.stepsAcked.Store(to)
		}
	}
}

// Finish sends the last progress and the round's report; it returns the
// attempt id once the server committed it (see Report for the retries).
// finished is false for a round the trainee left before its end. Call it
// once a round; it ends the Reporter's goroutine.
func (r *Reporter) Finish(ctx context.Context, finished bool) (string, error) {
	r.once.Do(func() {
		r.update(true)
		r.closed.Store(true)
		close(r.q)
	})
	select {
	case <-r.done:
	case <-ctx.Done():
	}
	return Report(ctx, r.c.Server, r.c.Token, r.round, r.started, time.Now(), finished, r.s.Report(), r.s.Transcript())
}
