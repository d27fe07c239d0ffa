package progress

import (
	"github.com/webcaresim/webcaresim/game/session"
	"github.com/webcaresim/webcaresim/scenarios"
)

// FindScenario finds a scenario by id and language for Recover.
type FindScenario func(id, lang string) (*scenarios.Scenario, bool)

// RecoverStore is where Recover finds interrupted rounds and stores them;
// *Store is one.
type RecoverStore interface {
	Interrupted() ([]Interrupted, []Problem, error)
	SaveInterrupted(Interrupted, Attempt) error
}

// Recover stores every interrupted round (see checkpoint.go) as an
// unfinished attempt, or as a finished one when its last step had reached
// the ending (Attempt.Interrupted is then nil), and returns them, with the
// checkpoints that could not be read. Each round is played again from its seed and the steps its
// checkpoint kept (session.Resume), so its report holds what the trainee
// did: the replies with their minutes and scores, the outrage so far. A
// round whose scenario is gone or has changed so its steps no longer play
// is still stored, with its replies as the steps tell them.
func Recover(s RecoverStore, find FindScenario) ([]Attempt, []Problem, error) {
	its, problems, err := s.Interrupted()
	if err != nil {
		return nil, problems, err
	}
	var out []Attempt
	for _, it := range its {
		a := interruptedAttempt(it, find)
		if err := s.SaveInterrupted(it, a); err != nil {
			return out, problems, err
		}
		out = append(out, a)
	}
	return out, problems, nil
}

// interruptedAttempt makes the attempt of an interrupted round.
func interruptedAttempt(it Interrupted, find FindScenario) Attempt {
	st := it.Start
	opts := session.Options{Seed: st.Seed, Mode: st.Mode, Player: st.Player}
	in := &Interruption{Last: it.Last, Steps: it.Steps, Torn: it.Torn, Damaged: it.Damaged}
	var rep session.Report
	ended := false
	sc, ok := find(st.Scenario, st.Language)
	if !ok {
		in.NotReplayed = "the scenario " + st.Scenario + "/" + st.Language + " is not loaded"
	} else if s, err := session.Resume(sc, opts, it.Steps); err != nil {
		in.NotReplayed = err.Error()
	} else {
		// A round whose last step reached the ending was over but for
		// the crowd's time-lapse, which follows from the seed and the
		// steps: it is stored as the finished round the debrief would
		// have stored, not as one stopped halfway.
		if ended = s.Ending() != nil; ended {
			s.Finish()
		}
		rep = s.Report()
	}
	if in.NotReplayed != "" {
		rep = session.Report{Scenario: st.Scenario, Language: st.Language, Player: st.Player, Mode: st.Mode, Seed: st.Seed,
			Replies: repliesOfSteps(it.Steps)}
		if sc != nil {
			rep.Title = sc.Title
		}
	}
	a := New(rep, st.Started, it.Last, ended, st.Source)
	a.ID, a.Player, a.Mode, a.Scenario, a.Language, a.Seed = st.ID, st.Player, st.Mode, st.Scenario, st.Language, st.Seed
	a.Resumes = st.Resumes
	if !ended {
		a.Interrupted = in
	}
	return a
}

// repliesOfSteps tells the replies a round's steps published, unscored:
// for a round that cannot be played again.
func repliesOfSteps(steps []session.Step) []session.Reply {
	var out []session.Reply
	for _, st := range steps {
		if st.Trainer != nil {
			continue
		}
		out = append(out, session.Reply{Decision: st.Decision, Minute: st.At, Text: st.Text, Choice: st.Choice, Action: st.Action,
			Public: st.Action == "" || st.Action == "dm"})
	}
	return out
}
