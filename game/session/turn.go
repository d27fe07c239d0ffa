package session

import (
	"github.com/webcaresim/webcaresim/game/crowd"
	"github.com/webcaresim/webcaresim/scenarios"
)

// settle follows the ending's turns once the round is over and the crowd
// has played out: the same replies can end calmly in one world and in a
// storm in another. A turned ending joins the path after the one reached.
func (s *Session) settle() {
	if s.settled {
		return
	}
	s.settled = true
	if e, by := s.turn(s.ending); e != s.ending {
		s.turnedFrom, s.turnedBy = s.ending, by
		s.ending = s.endingAsRead(e)
		s.history = append(s.history, e.ID)
	}
}

// turn is the ending of the first of e's turns whose crowd condition holds
// now and what the condition tested (see TurnMeasure), or e. One step
// only: the ending a turn leads to is final.
func (s *Session) turn(e *scenarios.Ending) (*scenarios.Ending, string) {
	st := s.crowd.Stats()
	for _, t := range e.Turns {
		if CrowdHolds(t.When, st, s.sc.Crowd.Audience) {
			if to, ok := s.sc.Ending(t.Next); ok {
				return to, TurnMeasure(t.When)
			}
		}
	}
	return e, ""
}

// TurnMeasure names what a turn's condition tests, so the debrief can say
// what decided it in the round's own numbers: "covered" (whether the press
// picked it up), "group" (a boycott page's
// followers), "heat" (the heat at the close), "support" (how many saw posts
// on the brand's side), "critics", or else "reach".
func TurnMeasure(c scenarios.CrowdCondition) string {
	switch {
	case c.Covered != nil:
		return "covered"
	case c.GroupAtLeast != nil || c.GroupBelow != nil:
		return "group"
	case c.ReachAtLeast != nil || c.ReachBelow != nil:
		return "reach"
	case c.HeatAtLeast != nil || c.HeatBelow != nil:
		return "heat"
	case c.SupportReachAtLeast != nil || c.SupportReachBelow != nil:
		return "support"
	case c.CriticsAtLeast != nil || c.CriticsBelow != nil:
		return "critics"
	}
	return "reach"
}

// CrowdHolds reports whether a crowd condition holds for the crowd's
// counters in an audience of the given size.
func CrowdHolds(c scenarios.CrowdCondition, st crowd.Stats, audience int) bool {
	reach, support := 0.0, 0.0
	if audience > 0 {
		reach = float64(st.Reach) / float64(audience)
		support = float64(st.SupportReach) / float64(audience)
	}
	critics := st.AgainstShare() // the meter's "against you"
	for _, t := range []struct {
		x       float64
		atLeast *float64
		below   *float64
	}{{reach, c.ReachAtLeast, c.ReachBelow}, {st.Heat, c.HeatAtLeast, c.HeatBelow},
		{critics, c.CriticsAtLeast, c.CriticsBelow}, {support, c.SupportReachAtLeast, c.SupportReachBelow}} {
		if t.atLeast != nil && t.x < *t.atLeast {
			return false
		}
		if t.below != nil && t.x >= *t.below {
			return false
		}
	}
	if c.GroupAtLeast != nil && st.GroupMembers < *c.GroupAtLeast {
		return false
	}
	if c.Covered != nil && st.PickedUp != *c.Covered {
		return false
	}
	return c.GroupBelow == nil || st.GroupMembers < *c.GroupBelow
}

// EndingMayTurn reports whether the ending reached can still turn: it has
// turns, which the crowd decides once the round is over (settle). A face
// says so, so that an ending announced mid-round is not taken back without
// a word when time has run out (playtest 16, P16-18).
func (s *Session) EndingMayTurn() bool {
	return s.ending != nil && !s.settled && len(s.ending.Turns) > 0
}

// TurnedFrom is the ending the replies reached before the crowd turned it,
// or nil.
func (s *Session) TurnedFrom() *scenarios.Ending { return s.turnedFrom }
