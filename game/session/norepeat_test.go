package session

import (
	"fmt"
	"strings"
	"testing"

	"github.com/webcaresim/webcaresim/scenarios"
)

// injectAll has the trainer drop in every ready-made inject of the case,
// half an hour apart, and picks the k-th choice at the k-th decision.
type injectAll struct {
	steps []string
	i     int
}

func (j *injectAll) nextTrainer() (Step, bool) {
	if j.i >= len(j.steps) {
		return Step{}, false
	}
	return Step{At: float64(5 + 30*j.i), Trainer: &TrainerInput{Kind: TrainerInject, Inject: j.steps[j.i]}}, true
}
func (j *injectAll) consumed() { j.i++ }
func (j *injectAll) Act(s *Session, d *scenarios.Decision, k int) error {
	if !think(s, d) {
		return nil
	}
	if len(d.Choices) == 0 {
		return s.Publish("Sorry, we kijken ernaar. ^Lotte")
	}
	return s.Choose(k % len(d.Choices))
}

// actsFirst takes every action of a decision before it picks the best
// choice or publishes a good typed reply, moving the clock in small steps as
// a window does.
type actsFirst struct{}

func (actsFirst) Act(s *Session, d *scenarios.Decision, k int) error {
	for t := s.now; t < s.opensAt+ThinkMinutes && s.Decision() == d; t += 0.37 {
		s.AdvanceTo(t)
	}
	for _, a := range d.Actions {
		if s.Decision() != d {
			return nil
		}
		if _, err := s.Act(a.Kind); err != nil {
			return nil
		}
	}
	if s.Decision() != d {
		return nil
	}
	if d.AllowFreeText && k%2 == 1 {
		return s.Publish(fmt.Sprintf(typedReplies[s.sc.Language][0], s.sc.Customer.Handle, s.sc.Customer.Name))
	}
	return Best{}.Act(s, d, k)
}

// No line is said twice in a round in which the trainer drops in every
// inject of the case and other paths are taken than the chatter tests'
// five (every action first, in small steps of the clock; relaxed mode), in
// every case over 8 seeds.
func TestNoLineTwiceWithInjectsAndOtherPaths(t *testing.T) {
	for _, sc := range scenarios.Builtin().Scenarios {
		var ids []string
		for _, in := range sc.Injects {
			ids = append(ids, in.ID)
		}
		for seed := uint64(1); seed <= 8; seed++ {
			for i, st := range []Strategy{&injectAll{steps: ids}, Choices{2, 2, 2, 2, 2, 2}, Choices{3, 1, 1, 1, 1, 1}, actsFirst{}} {
				mode := Practice
				if i == 3 && seed%2 == 0 {
					mode = Relaxed
				}
				s, err := Run(sc, Options{Seed: seed, Mode: mode}, st)
				if err != nil {
					continue // a path of choices the case does not have
				}
				said, near := map[string]FeedItem{}, map[string]FeedItem{}
				names := []string{sc.Customer.Name, sc.Brand.Name, sc.Brand.Signature}
				for _, f := range s.Feed() {
					if f.By == "brand" || f.Text == "" {
						continue
					}
					k := saidKey(f.Text)
					if prev, ok := said[k]; ok {
						t.Fatalf("%s %s %T seed %d: said twice, by %s at minute %.0f and by %s at %.0f: %q", sc.ID, sc.Language, st, seed, prev.By, prev.Minute, f.By, f.Minute, f.Text)
					}
					said[k] = f
					if k := nearKey(f.Text, names); len(strings.Fields(k)) >= 3 {
						if prev, ok := near[k]; ok {
							t.Fatalf("%s %s %T seed %d: the same line again, by %s at minute %.0f and by %s at %.0f: %q and %q", sc.ID, sc.Language, st, seed, prev.By, prev.Minute, f.By, f.Minute, prev.Text, f.Text)
						}
						near[k] = f
					}
				}
			}
		}
	}
}
