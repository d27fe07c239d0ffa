package session

import (
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

// No line is said twice in a round in which the trainer drops in every
// inject of the case and other paths are taken than the chatter tests'
// four, in every case over 8 seeds.
func TestNoLineTwiceWithInjectsAndOtherPaths(t *testing.T) {
	for _, sc := range scenarios.Builtin().Scenarios {
		var ids []string
		for _, in := range sc.Injects {
			ids = append(ids, in.ID)
		}
		for seed := uint64(1); seed <= 8; seed++ {
			for _, st := range []Strategy{&injectAll{steps: ids}, Choices{2, 2, 2, 2, 2, 2}, Choices{3, 1, 1, 1, 1, 1}} {
				s, err := Run(sc, Options{Seed: seed}, st)
				if err != nil {
					continue // a path of choices the case does not have
				}
				said := map[string]FeedItem{}
				for _, f := range s.Feed() {
					if f.By == "brand" || f.Text == "" {
						continue
					}
					k := saidKey(f.Text)
					if prev, ok := said[k]; ok {
						t.Fatalf("%s %s %T seed %d: said twice, by %s at minute %.0f and by %s at %.0f: %q", sc.ID, sc.Language, st, seed, prev.By, prev.Minute, f.By, f.Minute, f.Text)
					}
					said[k] = f
				}
			}
		}
	}
}
