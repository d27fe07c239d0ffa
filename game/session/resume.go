package session

import (
	"errors"
	"fmt"

	"github.com/webcaresim/webcaresim/scenarios"
)

// Resume plays a round's steps again, each at its scenario minute, on a
// new round of sc with the same options, and returns the round as it
// stood just after the last step: the round a checkpoint kept
// (game/progress) when the program stopped in the middle of it. The core
// is deterministic for a seed and its inputs, and does not depend on the
// size of the steps the clock moved in, so this is the round that was
// played, up to its last acknowledged step.
func Resume(sc *scenarios.Scenario, opts Options, steps []Step) (*Session, error) {
	s, err := New(sc, opts)
	if err != nil {
		return nil, err
	}
	for i, st := range steps {
		if err := s.replayStep(st); err != nil {
			return s, fmt.Errorf("step %d of %d (minute %.2f): %w", i+1, len(steps), st.At, err)
		}
	}
	return s, nil
}

// ApplyStep plays one more step of a transcript at its minute, as Resume
// plays each: a workshop server plays a round's steps as the game sends
// them, so what its trainer sees is scored by the core, not by the game.
func (s *Session) ApplyStep(st Step) error { return s.replayStep(st) }

// replayStep applies one step of a transcript at its minute.
func (s *Session) replayStep(st Step) error {
	if legacyActionPost(st) {
		return nil
	}
	if st.At < s.now {
		return fmt.Errorf("it is before the step before it (minute %.2f)", s.now)
	}
	s.AdvanceTo(st.At)
	if st.Trainer != nil {
		if err := s.Trainer(*st.Trainer); err != nil && !errors.Is(err, ErrEnded) {
			return fmt.Errorf("the trainer's %s: %w", st.Trainer.Kind, err)
		}
		return nil
	}
	d := s.Decision()
	if d == nil {
		return ErrNoDecision
	}
	if st.Decision != "" && st.Decision != d.ID {
		return fmt.Errorf("it answers decision %q, but %q is open", st.Decision, d.ID)
	}
	return s.apply(st)
}

// apply takes the trainee's move of a step at the open decision: its
// action, its written choice or its typed text.
func (s *Session) apply(st Step) error {
	switch {
	case st.Action != "":
		_, err := s.Act(st.Action)
		return err
	case st.Choice > 0:
		return s.Choose(st.Choice - 1)
	default:
		return s.Publish(st.Text)
	}
}

// legacyActionPost reports whether a step is an action's public post as
// rounds before 6 December 2026 recorded it, beside the action's own step
// (an action with a text). Replaying the action posts the text again, so
// the step is skipped: saved results and checkpoints of those rounds
// replay as they were played.
func legacyActionPost(st Step) bool { return st.Action != "" && st.Text != "" }
