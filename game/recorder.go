package game

import (
	"context"
	"sync"
	"time"

	"github.com/webcaresim/webcaresim/game/progress"
	"github.com/webcaresim/webcaresim/game/session"
)

// Store keeps the attempts played in the window and lists them for the
// history screen. *progress.Store is one.
type Store interface {
	Save(progress.Attempt) error
	List(progress.Filter) ([]progress.Attempt, []progress.Problem, error)
}

// RoundReporter reports one round to a workshop server while it is
// played. *client.Reporter is one. Update is called every frame from the
// game loop and must not block; Finish is called once, off the game loop.
type RoundReporter interface {
	Update()
	// Paused reports whether the trainer paused the room: the round's
	// clock stops and a banner says why.
	Paused() bool
	Finish(ctx context.Context, finished bool) (string, error)
}

// recorder is the App's part that records rounds.
type recorder struct {
	cur *round // the round on the play screen, not yet recorded

	reports sync.WaitGroup // Finish calls still delivering

	reloadMu sync.Mutex
	reload   *Reloaded // the newest version not yet applied

	trainerPaused bool       // the room is paused, as last heard
	storeErr      string     // why the last attempt could not be stored
	lastSent      *sendState // the last round's result on its way to a workshop
	reportOffline bool       // the round is not reaching the workshop's server now
	trainerTyping bool       // the trainer is writing the customer's post, as last heard

	// recovered are the rounds a stopped program left interrupted, stored
	// at this start (checkpoint.go); recoverProblems the checkpoints that
	// could not be read.
	recovered       []progress.Attempt
	recoverProblems []string
}

// round is a round being played, with what its record needs.
type round struct {
	sess    *session.Session
	started time.Time
	rep     RoundReporter
	// cp is the round's checkpoint (checkpoint.go); nil when the store
	// keeps none.
	cp *progress.Checkpoint
	// resumes is the interrupted attempt this round goes on from.
	resumes string
	// warm plays the real reply's worlds for the debrief meanwhile
	// (worlds_warm.go).
	warm *warming
	// unpublished are the picks silence overtook (the play screen notes
	// them); the stored attempt keeps them for its debrief.
	unpublished []progress.UnpublishedPick
}

// beginRound starts recording s (leaving any round still on screen).
func (a *App) beginRound(s *session.Session) { a.beginRoundFrom(s, nil) }

// beginRoundFrom starts recording s, which goes on from the interrupted
// attempt from when it is not nil.
func (a *App) beginRoundFrom(s *session.Session, from *progress.Attempt) {
	a.leaveRound()
	r := &round{sess: s, started: a.clock.Now()}
	if from != nil {
		r.started, r.resumes = from.Started, from.ID
	}
	if a.opts.Report != nil {
		r.rep = a.opts.Report(s)
	}
	r.cp = a.beginCheckpoint(r)
	r.warm = startWarming(s)
	a.cur = r
	a.trainerPaused = false
}

// leaveRound records the round on screen, if any, as the player leaves
// it: finished when it reached its ending, abandoned otherwise.
func (a *App) leaveRound() {
	if a.cur != nil {
		a.endRound(a.cur.sess.Ending() != nil)
	}
}

// sendState is how a round's result fares on its way to the workshop
// server, for the debrief to say.
type sendState struct {
	mu       sync.Mutex
	finished bool
	err      error
}

func (s *sendState) done(err error) {
	s.mu.Lock()
	s.finished, s.err = true, err
	s.mu.Unlock()
}

// line says where the result is: on its way, with the trainer, or not
// sent and why (it is kept on this computer all the same).
func (s *sendState) line(lang string) (text string, bad bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	switch {
	case !s.finished:
		return tr(lang, "debrief.sending"), false
	case s.err != nil:
		return tr(lang, "debrief.not_sent"), true
	default:
		return tr(lang, "debrief.sent"), false
	}
}

// endRound stores the current round and hands its result to the
// workshop server; it returns the stored attempt (ok false when there
// was no round or no store).
func (a *App) endRound(finished bool) (progress.Attempt, bool) {
	r := a.cur
	if r == nil {
		return progress.Attempt{}, false
	}
	a.cur = nil
	r.warm.end()
	a.trainerPaused = false
	a.lastSent = nil
	if rep := r.rep; rep != nil {
		sent := &sendState{}
		if a.opts.Source != "studio" {
			// A try-out in the studio reports to no trainer: its debrief
			// must not say the trainer has the result.
			a.lastSent = sent
		}
		a.reports.Add(1)
		go func() {
			defer a.reports.Done()
			ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
			defer cancel()
			_, err := rep.Finish(ctx, finished)
			sent.done(err)
			if !a.opts.Driven {
				a.wakeSoon()
			}
		}()
	}
	if a.opts.Store == nil {
		return progress.Attempt{}, false
	}
	at := progress.New(r.sess.Report(), r.started, a.clock.Now(), finished, a.source())
	at.Resumes = r.resumes
	at.Unpublished = r.unpublished
	if r.cp != nil {
		at.ID = r.cp.ID()
	}
	if err := a.opts.Store.Save(at); err != nil {
		a.storeErr = err.Error()
		if r.cp != nil {
			// The checkpoint stays: the next start stores the round from it.
			r.cp.Close()
		}
		return at, false
	}
	a.storeErr = ""
	if r.cp != nil {
		if err := r.cp.Stored(); err != nil {
			a.storeErr = err.Error()
		}
	}
	return at, true
}

// source is what is stored with each attempt as where it was played.
func (a *App) source() string {
	if a.opts.Source == "" {
		return "game"
	}
	return a.opts.Source
}

// waitReports waits until the results handed to a workshop server have
// been delivered, or d has passed.
func (a *App) waitReports(d time.Duration) {
	done := make(chan struct{})
	go func() {
		a.reports.Wait()
		close(done)
	}()
	select {
	case <-done:
	case <-time.After(d):
	}
}

// reportTick runs the workshop reporter for the frame and tells whether
// the trainer paused the room.
func (a *App) reportTick() bool {
	if a.cur == nil || a.cur.rep == nil {
		a.trainerPaused, a.reportOffline = false, false
		return false
	}
	a.cur.rep.Update()
	a.trainerPaused = a.cur.rep.Paused()
	if o, ok := a.cur.rep.(interface{ Offline() bool }); ok {
		a.reportOffline = o.Offline()
	}
	if t, ok := a.cur.rep.(interface{ Typing() bool }); ok {
		a.trainerTyping = t.Typing()
	}
	return a.trainerPaused
}
