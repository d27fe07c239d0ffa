package session

import (
	"github.com/webcaresim/webcaresim/game/crowd"
	"github.com/webcaresim/webcaresim/scenarios"
	"github.com/webcaresim/webcaresim/scoring"
)

// Lines tied to an act of the brand's ([[crowd.tied]]) join the crowd's
// lines only once the round has done what they presume: "send a fitter,
// not a lawyer" after the lawyer's letter, never after a reply that was
// rude without one. An act stays done, so a group that has joined stays;
// whether a line fits the moment is still the crowd's to say.

// tiedState is what the round knows of its tied line groups.
type tiedState struct {
	joined []bool // given to the crowd
	said   []bool // a public reply said one of the group's Says
}

// tieLines gives the crowd every tied group whose act the round has now
// done. It runs whenever the round takes a turn or the brand publishes;
// last is the reply just published, if any.
func (s *Session) tieLines(last *Reply) {
	tied := s.sc.Crowd.Tied
	if len(tied) == 0 {
		return
	}
	if s.tied.joined == nil {
		s.tied = tiedState{joined: make([]bool, len(tied)), said: make([]bool, len(tied))}
	}
	for i, t := range tied {
		if s.tied.joined[i] {
			continue
		}
		if last != nil && !s.tied.said[i] && len(t.Says) > 0 && last.Public && last.Text != "" {
			s.tied.said[i] = s.says(last.Text, t.Says)
		}
		if !s.didAct(t, s.tied.said[i]) {
			continue
		}
		s.tied.joined[i] = true
		s.crowd.AddLines(crowd.Stance(t.Stance), crowd.Moment(t.Moment), t.Lines)
	}
}

// didAct reports whether the round has done what a tied group presumes:
// it entered one of the turns in After, published in public a reply that
// meets When, and one that says one of Says (said), each when set.
func (s *Session) didAct(t scenarios.TiedLines, said bool) bool {
	if len(t.After) > 0 && !s.visitedAny(t.After) {
		return false
	}
	if len(t.Says) > 0 && !said {
		return false
	}
	if t.When.Empty() {
		return true
	}
	for _, r := range s.replies {
		if r.Public && r.Text != "" && Holds(t.When, r.Analysis) {
			return true
		}
	}
	return false
}

// says reports whether a reply says one of the patterns: the rubric finds
// them as it finds a misreading, so they read the same as a misreading's
// says in the same file.
func (s *Session) says(text string, patterns []string) bool {
	ctx := scoring.Context{Language: s.sc.Language, Channel: s.sc.Channel,
		CustomerName: s.sc.Customer.Name, CustomerHandle: s.sc.Customer.Handle, BrandName: s.sc.Brand.Name,
		Misreadings: []scoring.Misreading{{Says: patterns, Fact: "tied"}}}
	return s.rubric.Analyze(text, ctx).Has("misreading")
}

// visitedAny reports whether the round has entered one of the decisions or
// endings.
func (s *Session) visitedAny(ids []string) bool {
	for _, h := range s.history {
		for _, id := range ids {
			if h == id {
				return true
			}
		}
	}
	return false
}
