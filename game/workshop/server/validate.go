package server

// Validation of what a client sends: the server never trusts it.

import (
	"errors"
	"fmt"
	"math"
	"unicode/utf8"

	"github.com/webcaresim/webcaresim/game/session"
	"github.com/webcaresim/webcaresim/game/workshop/api"
)

func validRound(s string) bool {
	if s == "" || len(s) > api.MaxRoundBytes {
		return false
	}
	for _, c := range []byte(s) {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '_' || c == ':' || c == '-') {
			return false
		}
	}
	return true
}

func finiteIn(x, lo, hi float64) bool { return !math.IsNaN(x) && x >= lo && x <= hi }

func checkText(what, s string, maxRunes int) error {
	if utf8.RuneCountInString(s) > maxRunes {
		return fmt.Errorf("%s is longer than %d characters", what, maxRunes)
	}
	return nil
}

func (s *Server) checkScenario(id, lang string) error {
	if s.scenario(id+"/"+lang) == nil {
		return fmt.Errorf("unknown scenario %q in language %q", id, lang)
	}
	return nil
}

func (s *Server) checkEvent(e *api.Event) error {
	if !validRound(e.Round) {
		return errors.New("round: 1 to 64 of A-Z a-z 0-9 . _ : -")
	}
	if err := s.checkScenario(e.Scenario, e.Language); err != nil {
		return err
	}
	switch e.Kind {
	case api.KindStarted:
		if e.Reply != nil || e.Samples != nil {
			return errors.New("a started event has no reply or samples")
		}
		if e.Mode != "" {
			if _, err := session.ParseMode(string(e.Mode)); err != nil {
				return err
			}
		}
	case api.KindReply:
		if len(e.Steps) == 0 || len(e.Steps) > maxTranscriptSteps || e.From < 0 || e.Samples != nil {
			return fmt.Errorf("a reply event has 1 to %d steps and no samples", maxTranscriptSteps)
		}
	case api.KindOutrage:
		if e.Reply != nil || len(e.Samples) == 0 || len(e.Samples) > api.MaxSamples {
			return fmt.Errorf("an outrage event has 1 to %d samples", api.MaxSamples)
		}
		return checkCurve(e.Samples)
	default:
		return fmt.Errorf("unknown kind %q", e.Kind)
	}
	return nil
}

const maxMinute = 60 * 24 * 30

func checkCurve(ps []session.CurvePoint) error {
	for _, p := range ps {
		if !finiteIn(p.Minute, 0, maxMinute) || !finiteIn(p.Outrage, 0, 100) || !finiteIn(p.NegativeShare, 0, 1) || p.Posts < 0 {
			return errors.New("a sample is out of range (minute 0–43200, outrage 0–100, negative share 0–1)")
		}
	}
	return nil
}

func checkReply(r *session.Reply) error {
	if err := checkText("the reply", r.Text, api.MaxTextRunes); err != nil {
		return err
	}
	for what, v := range map[string]string{"decision": r.Decision, "action": r.Action, "next": r.Next} {
		if err := checkText(what, v, 64); err != nil {
			return err
		}
	}
	for what, v := range map[string]string{"note": r.Note, "answering": r.Answering, "analysis text": r.Analysis.Text} {
		if err := checkText(what, v, api.MaxTextRunes); err != nil {
			return err
		}
	}
	if !finiteIn(r.Minute, 0, maxMinute) || !finiteIn(r.Opened, 0, maxMinute) {
		return errors.New("the reply's minute is out of range")
	}
	if !finiteIn(r.Speed, 0, 100) || !finiteIn(r.Analysis.Empathy, 0, 100) || !finiteIn(r.Analysis.Deescalation, 0, 100) {
		return errors.New("a score is out of range 0–100")
	}
	if len(r.Analysis.Features) > 200 || len(r.Analysis.Missing) > 100 || r.Choice < 0 || r.Choice > 20 {
		return errors.New("the analysis is too large")
	}
	n := utf8.RuneCountInString(r.Text)
	for _, f := range r.Analysis.Features {
		if !finiteIn(f.Points, -100, 100) || f.Start < 0 || f.End < f.Start || f.End > n {
			return errors.New("a feature is out of range")
		}
		if err := checkText("a feature", f.Text+f.Label+f.ID+f.Dimension, 1000); err != nil {
			return err
		}
	}
	for _, m := range r.Analysis.Missing {
		if err := checkText("a missing feature", m.ID+m.Label+m.Tip+m.Dimension, 1000); err != nil {
			return err
		}
	}
	return nil
}

func (s *Server) checkResult(req *api.ResultRequest) error {
	if !validRound(req.Round) {
		return errors.New("round: 1 to 64 of A-Z a-z 0-9 . _ : -")
	}
	rep := &req.Report
	if err := s.checkScenario(rep.Scenario, rep.Language); err != nil {
		return err
	}
	if _, err := session.ParseMode(string(rep.Mode)); err != nil {
		return err
	}
	sc := rep.Scores
	for _, x := range []float64{sc.Empathy, sc.Speed, sc.Deescalation, sc.Overall} {
		if !finiteIn(x, 0, 100) {
			return errors.New("a score is out of range 0–100")
		}
	}
	if rep.Grade != session.Grade(sc.Overall) {
		return fmt.Errorf("grade %q does not match the overall score %.1f", rep.Grade, sc.Overall)
	}
	if len(rep.Replies) > api.MaxReplies || len(rep.Curve) > api.MaxCurvePoints || len(rep.Facts) > 200 ||
		len(rep.Path) > 200 || len(rep.Historical) > 1000 {
		return errors.New("the report is too large")
	}
	for i := range rep.Replies {
		if err := checkReply(&rep.Replies[i]); err != nil {
			return fmt.Errorf("reply %d: %v", i+1, err)
		}
	}
	if err := checkCurve(rep.Curve); err != nil {
		return err
	}
	for _, f := range rep.Facts {
		if err := checkText("a fact", f.Detail+f.What+f.Dimension, 1000); err != nil {
			return err
		}
	}
	for _, p := range rep.Path {
		if err := checkText("the path", p, 64); err != nil {
			return err
		}
	}
	for what, v := range map[string]string{"title": rep.Title, "ending": rep.Ending, "ending kind": rep.EndingKind,
		"ending title": rep.EndingTitle, "turned ending title": rep.TurnedFromTitle} {
		if err := checkText(what, v, 200); err != nil {
			return err
		}
	}
	if !finiteIn(rep.PeakOut, 0, 100) || !finiteIn(rep.Minutes, 0, maxMinute) || rep.Posts < 0 || rep.Negative < 0 || rep.Shares < 0 || rep.Hints < 0 {
		return errors.New("a count is out of range")
	}
	return nil
}
