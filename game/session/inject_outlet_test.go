package session

import (
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/webcaresim/webcaresim/game/crowd"
	"github.com/webcaresim/webcaresim/scenarios"
)

// journalistThenBest has the trainer drop the case's ready-made journalist
// in at minute 5 (or nobody, when inject is ""), answers the journalist,
// and picks the best choice at every scripted decision.
type journalistThenBest struct {
	inject string
	given  bool
}

func (j *journalistThenBest) nextTrainer() (Step, bool) {
	if j.given || j.inject == "" {
		return Step{}, false
	}
	return Step{At: 5, Trainer: &TrainerInput{Kind: TrainerInject, Inject: j.inject}}, true
}

func (j *journalistThenBest) consumed() { j.given = true }

func (j *journalistThenBest) Act(s *Session, d *scenarios.Decision, k int) error {
	if strings.HasPrefix(d.ID, "inject-") {
		if !think(s, d) {
			return nil
		}
		return s.Publish("We kijken ernaar en reageren vandaag. ^Lotte")
	}
	return Best{}.Act(s, d, k)
}

// The Sanoma journalist sets no constant of its own on the crowd: its
// outlet covers the story (the media pickup's outlet, with the crowd's
// global parameters), and that coverage makes the storm larger than the
// same round without the journalist, in the median of 15 worlds.
func TestJournalistInjectBringsTheOutletsCoverage(t *testing.T) {
	sc := sanoma(t)
	for _, in := range sc.Injects {
		if in.Persona == scenarios.PersonaJournalist && in.Crowd != nil && in.Crowd.BranchingFactor != 0 {
			t.Errorf("inject %q sets a branching factor of its own (%g)", in.ID, in.Crowd.BranchingFactor)
		}
	}
	reach := func(inject string) float64 {
		var xs []int
		covered := 0
		for seed := uint64(1); seed <= 15; seed++ {
			s, err := Run(sc, Options{Seed: seed}, &journalistThenBest{inject: inject})
			if err != nil {
				t.Fatal(err)
			}
			xs = append(xs, s.Report().Reach)
			for _, f := range s.Feed() {
				if f.By == crowd.PickupID {
					covered++
					break
				}
			}
		}
		if inject != "" && covered < 15 {
			t.Errorf("the outlet covered the story in %d of 15 worlds with the journalist; want all", covered)
		}
		sort.Ints(xs)
		return Quantile(xs, 0.5)
	}
	with, without := reach("journalist"), reach("")
	t.Logf("median reach: %.0f with the journalist, %.0f without", with, without)
	if with <= without*1.5 {
		t.Errorf("median reach %.0f with the journalist, %.0f without; want the storm clearly larger", with, without)
	}
}

// The journalist's outlet is as large as the scenario says: Sanoma's trade
// journalist (a marketing title, outlet_followers 20,000) brings far less
// reach than the same journalist writing for a national site of a million
// followers, the media pickup's outlet, in the median of 15 worlds.
func TestJournalistsOutletIsTheScenarios(t *testing.T) {
	sc := sanoma(t)
	in, ok := sc.Inject("journalist")
	if !ok || in.OutletFollowers <= 0 || in.OutletFollowers >= crowd.Fitted.PickupFollowers {
		t.Fatalf("Sanoma's journalist should write for a trade title smaller than a national outlet: %+v", in)
	}
	medianReach := func(sc *scenarios.Scenario) float64 {
		var xs []int
		for seed := uint64(1); seed <= 15; seed++ {
			s, err := Run(sc, Options{Seed: seed, Quiet: true}, &journalistThenBest{inject: "journalist"})
			if err != nil {
				t.Fatal(err)
			}
			xs = append(xs, s.Report().Reach)
		}
		sort.Ints(xs)
		return Quantile(xs, 0.5)
	}
	national := *sc
	national.Injects = slices.Clone(sc.Injects)
	for i := range national.Injects {
		if national.Injects[i].ID == "journalist" {
			national.Injects[i].OutletFollowers = crowd.Fitted.PickupFollowers
		}
	}
	trade, big := medianReach(sc), medianReach(&national)
	t.Logf("median reach: %.0f with the trade title (%d followers), %.0f with a national outlet (%d)", trade, in.OutletFollowers, big, crowd.Fitted.PickupFollowers)
	if trade*2 > big {
		t.Errorf("median reach %.0f with the trade title against %.0f with a national outlet: want the outlet's size to matter", trade, big)
	}
}
