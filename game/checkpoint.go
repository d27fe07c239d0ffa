package game

import (
	"errors"
	"slices"

	"github.com/webcaresim/webcaresim/game/progress"
	"github.com/webcaresim/webcaresim/game/session"
	"github.com/webcaresim/webcaresim/scenarios"
)

// A round played in the window has a checkpoint in the store
// (game/progress/checkpoint.go): each step the round takes is on disk
// before the frame that shows it is drawn, so what the trainee saw happen
// survives kill -9, a crash or the display server's death, and the next
// start stores the round as interrupted (Recover) instead of losing it.

// checkpointStore is a Store that keeps checkpoints; *progress.Store is one.
type checkpointStore interface {
	BeginRound(progress.RoundStart) (*progress.Checkpoint, error)
}

// beginCheckpoint starts the checkpoint of a new round; nil when the store
// keeps none or it cannot be written (then the round is still stored when
// it ends, as before checkpoints).
func (a *App) beginCheckpoint(r *round) *progress.Checkpoint {
	cs, ok := a.opts.Store.(checkpointStore)
	if !ok {
		return nil
	}
	o := r.sess.Options()
	sc := r.sess.Scenario()
	cp, err := cs.BeginRound(progress.RoundStart{ID: progress.NewID(a.clock.Now()), Player: o.Player, Mode: o.Mode,
		Scenario: sc.ID, Language: sc.Language, Seed: o.Seed, Started: r.started.UTC(), Source: a.source(), Resumes: r.resumes})
	if err != nil {
		a.storeErr = err.Error()
		return nil
	}
	return cp
}

// checkpointSteps writes the steps the round took this frame to its
// checkpoint; it runs at the end of every update, before the frame that
// shows them is drawn.
func (a *App) checkpointSteps() {
	r := a.cur
	if r == nil || r.cp == nil {
		return
	}
	for i := r.cp.Steps(); i < r.sess.StepCount(); i++ {
		if err := r.cp.Add(r.sess.Step(i), a.clock.Now()); err != nil {
			a.storeErr = err.Error()
			return
		}
	}
}

// recoverInterrupted stores the rounds a stopped program left in the
// store's checkpoints as unfinished attempts, for the title screen to
// mention and the history to show.
func (a *App) recoverInterrupted() {
	st, ok := a.opts.Store.(progress.RecoverStore)
	if !ok {
		return
	}
	find := func(id, lang string) (*scenarios.Scenario, bool) { return a.set.Find(id, lang) }
	got, problems, err := progress.Recover(st, find)
	a.recovered = got
	for _, p := range problems {
		a.recoverProblems = append(a.recoverProblems, p.String())
	}
	if err != nil {
		a.recoverProblems = append(a.recoverProblems, err.Error())
	}
}

// forgetRecovered drops an interrupted round the trainee resumed from the
// title's notice: it is being played again, and the notice went on saying
// it was interrupted after it had been finished (playtest 19, P19-11). A
// round stopped again is found again at the next start.
func (a *App) forgetRecovered(id string) {
	a.recovered = slices.DeleteFunc(a.recovered, func(at progress.Attempt) bool { return at.ID == id })
}

// resumeRound plays an interrupted attempt's steps again and opens the
// play screen where it stopped: the same round, from its seed and steps
// (session.Resume), stored when it ends as one attempt that takes the
// interrupted one's place.
func (a *App) resumeRound(at progress.Attempt) {
	sc, ok := a.set.Find(at.Scenario, at.Language)
	var s *session.Session
	err := errors.New("the scenario " + at.Key() + " is not loaded")
	if ok {
		s, err = session.Resume(sc, session.Options{Seed: at.Seed, Mode: at.Mode, Player: at.Player}, at.Interrupted.Steps)
	}
	if err != nil {
		a.setScene(&loadErrorScene{problems: []string{err.Error()}, cannotStart: true})
		return
	}
	s.WaitToGoOn() // the clock starts when the trainee has found their place
	a.forgetRecovered(at.ID)
	a.beginRoundFrom(s, &at)
	a.setScene(newPlay(a, s))
}
