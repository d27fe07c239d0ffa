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
	if e := s.turn(s.ending); e != s.ending {
		s.turnedFrom = s.ending
		s.ending = e
		s.history = append(s.history, e.ID)
	}
}

// turn is the ending of the first of e's turns whose crowd condition holds
// now, or e. One step only: the ending a turn leads to is final.
func (s *Session) turn(e *scenarios.Ending) *scenarios.Ending {
	st := s.crowd.Stats()
	for _, t := range e.Turns {
		if CrowdHolds(t.When, st, s.sc.Crowd.Audience) {
			if to, ok := s.sc.Ending(t.Next); ok {
				return to
			}
		}
	}
	return e
}

// CrowdHolds reports whether a crowd condition holds for the crowd's
// counters in an audience of the given size.
func CrowdHolds(c scenarios.CrowdCondition, st crowd.Stats, audience int) bool {
	reach, support := 0.0, 0.0
	if audience > 0 {
		reach = float64(st.Reach) / float64(audience)
		support = float64(st.SupportReach) / float64(audience)
	}
	critics := st.NegativeShare
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
	return true
}
