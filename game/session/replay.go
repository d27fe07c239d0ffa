package session

import (
	"errors"
	"fmt"
	"math"

	"github.com/webcaresim/webcaresim/scenarios"
	"github.com/webcaresim/webcaresim/scoring"
)

// ThinkMinutes is the fixed think time of a replayed choice: it is published
// this many scenario minutes after its decision opens.
const ThinkMinutes = 3

// maxSteps bounds a replay, so a strategy that waits forever cannot hang it.
const maxSteps = 10000

// Strategy decides what to do at an open decision during a replay.
type Strategy interface {
	// Act takes one step at the open decision d, the k-th decision reached
	// (0-based). It may publish, act, or let time pass.
	Act(s *Session, d *scenarios.Decision, k int) error
}

// Run plays a round to its end with the strategy and returns the session.
func Run(sc *scenarios.Scenario, opts Options, st Strategy) (*Session, error) {
	s, err := New(sc, opts)
	if err != nil {
		return nil, err
	}
	k := 0
	lastDecision := ""
	for i := 0; !s.Done(); i++ {
		if i > maxSteps {
			return s, errors.New("the round did not end: the strategy never moved it on")
		}
		if applied, err := applyTrainerStep(s, st); applied || err != nil {
			if err != nil {
				return s, err
			}
			continue
		}
		if d := s.Decision(); d != nil {
			if d.ID != lastDecision || s.opensAt != s.entered+d.Opens().Minutes() {
				lastDecision = d.ID
			}
			before := len(s.history)
			if err := st.Act(s, d, k); err != nil {
				return s, fmt.Errorf("decision %q: %w", d.ID, err)
			}
			if len(s.history) != before {
				k++
			}
			continue
		}
		if s.Ending() != nil {
			s.Finish()
			continue
		}
		next := s.NextStop()
		if math.IsInf(next, 1) {
			return s, errors.New("the round is stuck: nothing is scheduled and no decision is open")
		}
		s.AdvanceTo(next)
	}
	return s, nil
}

// think lets the fixed think time pass from the decision's opening; it
// reports whether the decision is still open afterwards.
func think(s *Session, d *scenarios.Decision) bool {
	s.AdvanceTo(math.Max(s.now, s.opensAt+ThinkMinutes))
	return s.Decision() == d
}

// Historical follows what the brand really did: the quoted historical
// choice, else the choice marked as the historical path, else silence.
type Historical struct{}

// Act implements Strategy.
func (Historical) Act(s *Session, d *scenarios.Decision, _ int) error {
	i := HistoricalChoice(d)
	if i < 0 {
		return letSilenceRun(s, d)
	}
	if !think(s, d) {
		return nil
	}
	return s.Choose(i)
}

// HistoricalChoice is the index of the decision's historical choice (quoted,
// or marked as the historical path), or -1.
func HistoricalChoice(d *scenarios.Decision) int {
	for i, c := range d.Choices {
		if c.Historical {
			return i
		}
	}
	for i, c := range d.Choices {
		if c.HistoricalPath {
			return i
		}
	}
	return -1
}

func letSilenceRun(s *Session, d *scenarios.Decision) error {
	if d.Timeout <= 0 || s.opts.Mode == Relaxed {
		return errors.New("no historical choice and no timeout to let silence run")
	}
	s.AdvanceTo(s.Deadline())
	return nil
}

// Best picks at each decision the written choice with the highest score.
type Best struct{}

// TypedAt plays the best written choice at every decision but one, where
// it publishes Reply: a round one typed reply away from the best path (a
// threat at the kitchen case's first decision, then the repair).
type TypedAt struct{ Decision, Reply string }

// Act implements Strategy.
func (st TypedAt) Act(s *Session, d *scenarios.Decision, k int) error {
	if d.ID == st.Decision {
		return s.Publish(st.Reply)
	}
	return Best{}.Act(s, d, k)
}

// Act implements Strategy.
func (Best) Act(s *Session, d *scenarios.Decision, _ int) error {
	if !think(s, d) {
		return nil
	}
	return s.Choose(BestChoice(s, d))
}

// BestChoice is the index of the choice that scores highest in the current
// context (the first of equals).
func BestChoice(s *Session, d *scenarios.Decision) int {
	best, bestScore := 0, math.Inf(-1)
	for i, c := range d.Choices {
		if sc := scoring.Overall(s.Analyze(c.Text)); sc > bestScore {
			best, bestScore = i, sc
		}
	}
	return best
}

// Choices picks the given 1-based choice at the k-th decision reached.
type Choices []int

// Act implements Strategy.
func (c Choices) Act(s *Session, d *scenarios.Decision, k int) error {
	if k >= len(c) {
		return fmt.Errorf("no choice given for decision %d", k+1)
	}
	if !think(s, d) {
		return nil
	}
	return s.Choose(c[k] - 1)
}

// FromTranscript replays a transcript's steps in order, each at its minute
// (or when its decision opens, if later).
type FromTranscript struct {
	Steps []Step
	next  int
}

// Act implements Strategy.
func (t *FromTranscript) Act(s *Session, d *scenarios.Decision, _ int) error {
	for t.next < len(t.Steps) && legacyActionPost(t.Steps[t.next]) {
		t.next++
	}
	if t.next >= len(t.Steps) {
		return letSilenceRun(s, d)
	}
	step := t.Steps[t.next]
	if step.At > s.now {
		s.AdvanceTo(step.At)
		if s.Decision() != d {
			return nil // silence took over first; the step applies to what comes next
		}
	}
	t.next++
	return s.apply(step)
}
