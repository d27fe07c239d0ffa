package server

import (
	"errors"
	"fmt"
	"math"
	"unicode/utf8"

	"github.com/webcaresim/webcaresim/game/session"
	"github.com/webcaresim/webcaresim/game/workshop/api"
	"github.com/webcaresim/webcaresim/scenarios"
)

// The server does not believe a game's scores: a result carries the round's
// transcript (scenario, language, seed, mode and every step with its
// minute), the server plays it again with the same core and keeps its own
// report. A result whose scores differ from the replay's was not played as
// sent, and is refused.

// maxTranscriptSteps bounds the work of one replay.
const maxTranscriptSteps = 200

// scoreTolerance is how far a sent score may be from the replayed one:
// the game and the server run the same code on the same inputs, so only
// the rounding of a score in JSON may differ.
const scoreTolerance = 0.01

// errNotAsPlayed is a result that does not match its own transcript.
var errNotAsPlayed = errors.New("not as played")

// replayRound plays a transcript's steps again, each at its minute (the
// same replay as a round resumed from its checkpoint), then lets the round
// run to the minute the game reported (or, for a finished round, to its
// end).
func replayRound(sc *scenarios.Scenario, tr *session.Transcript, player string, finished bool, minutes float64) (*session.Session, error) {
	s, err := session.Resume(sc, session.Options{Seed: tr.Seed, Mode: tr.Mode, Player: player}, tr.Steps)
	if err != nil {
		return nil, err
	}
	s.AdvanceTo(minutes)
	if finished {
		s.Finish()
	}
	return s, nil
}

// checkTranscript bounds a transcript before it is replayed.
func checkTranscript(tr *session.Transcript, rep *session.Report) error {
	if tr == nil {
		return errors.New("the result has no transcript: update the game")
	}
	if tr.Scenario != rep.Scenario || tr.Language != rep.Language || tr.Mode != rep.Mode {
		return errors.New("the transcript is of another round than the report")
	}
	if len(tr.Steps) > maxTranscriptSteps {
		return fmt.Errorf("the transcript has over %d steps", maxTranscriptSteps)
	}
	for i, st := range tr.Steps {
		if err := checkStep(st, i); err != nil {
			return err
		}
	}
	return nil
}

// checkStep bounds the i-th (0-based) step of a round.
func checkStep(st session.Step, i int) error {
	bad := !finiteIn(st.At, 0, maxMinute) || st.Choice < 0 || st.Choice > 20 ||
		utf8.RuneCountInString(st.Text) > api.MaxTextRunes || len(st.Action) > 32 || len(st.Decision) > 64
	if in := st.Trainer; in != nil {
		bad = bad || utf8.RuneCountInString(in.Text) > api.MaxTextRunes || len(in.Kind)+len(in.Inject)+len(in.Persona) > 200 ||
			utf8.RuneCountInString(in.Name+in.Handle) > 200 || in.Dial < session.DialCalm || in.Dial > session.DialStorm
	}
	if bad {
		return fmt.Errorf("step %d of the transcript is out of range", i+1)
	}
	return nil
}

// rescore replays the result's transcript and returns the server's report,
// or errNotAsPlayed (wrapped, with what differs) when the sent scores are
// not the replay's.
func (s *Server) rescore(req *api.ResultRequest, player string) (session.Report, error) {
	sent := &req.Report
	if err := checkTranscript(req.Transcript, sent); err != nil {
		return session.Report{}, err
	}
	// The current version first; a round started before the author saved
	// a new one was played on an earlier version.
	var first error
	for _, sc := range s.versions(sent.Scenario + "/" + sent.Language) {
		got, err := replayAgainst(sc, req, player)
		if err == nil {
			return got, nil
		}
		if first == nil {
			first = err
		}
	}
	if first == nil {
		_, first = replayAgainst(nil, req, player)
	}
	return session.Report{}, first
}

// replayAgainst replays the result's transcript on one version of its
// scenario and compares the scores.
func replayAgainst(sc *scenarios.Scenario, req *api.ResultRequest, player string) (session.Report, error) {
	sent := &req.Report
	ss, err := replayRound(sc, req.Transcript, player, req.Finished, sent.Minutes)
	if err != nil {
		return session.Report{}, fmt.Errorf("%w: the transcript does not replay: %v", errNotAsPlayed, err)
	}
	got := ss.Report()
	a, b := sent.Scores, got.Scores
	for _, p := range []struct {
		what       string
		sent, mine float64
	}{{"overall", a.Overall, b.Overall}, {"empathy", a.Empathy, b.Empathy}, {"de-escalation", a.Deescalation, b.Deescalation}, {"speed", a.Speed, b.Speed}} {
		if math.Abs(p.sent-p.mine) > scoreTolerance {
			return session.Report{}, fmt.Errorf("%w: the %s score sent is %.1f, the round's replay gives %.1f", errNotAsPlayed, p.what, p.sent, p.mine)
		}
	}
	if len(sent.Replies) != len(got.Replies) || sent.Ending != got.Ending {
		return session.Report{}, fmt.Errorf("%w: the replies or the ending sent differ from the round's replay", errNotAsPlayed)
	}
	return got, nil
}
