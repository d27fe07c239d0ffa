package session

import (
	"fmt"
	"testing"

	"github.com/webcaresim/webcaresim/game/crowd"
	"github.com/webcaresim/webcaresim/scenarios"
)

// TestDebriefCountsWhatTheMeterCounts: the debrief's and replay's count of
// posts against the brand (Report.Negative) and the curve's share are the
// meter's "against you", in every case, on the historical and the best
// path, in a few worlds each. They counted every negative post, other
// customers' own complaints and the brand's everyday grumbles among them,
// while the meter beside them counted only the posts about the case: a
// good ending read "3 of 25 against you" on the meter and "negative 17" in
// the replay.
func TestDebriefCountsWhatTheMeterCounts(t *testing.T) {
	grumbles := 0
	for _, sc := range scenarios.Builtin().Scenarios {
		for _, path := range []Strategy{Historical{}, Best{}} {
			for seed := uint64(1); seed <= 2; seed++ {
				s, err := Run(sc, Options{Seed: seed, Quiet: true}, path)
				if err != nil {
					t.Fatal(err)
				}
				r, m, st := s.Report(), s.MeterCounts(), s.crowd.Stats()
				at := func() string { return fmt.Sprintf("%s %s seed %d", sc.Key(), pathName(path), seed) }
				if st.Negative > st.Against {
					grumbles++
				}
				if r.Negative != m.Against {
					t.Errorf("%s: the debrief counts %d against the brand, the meter %d (%d negative posts in all)",
						at(), r.Negative, m.Against, st.Negative)
				}
				for _, p := range r.Curve {
					// what is against the brand only grows: no minute of
					// the curve can have had more of it than the end
					if against := p.NegativeShare * float64(p.Posts); against > float64(r.Negative)+1+0.0005*float64(p.Posts) { // the share is rounded to 3 places
						t.Errorf("%s: at minute %.0f the curve has %.0f%% of %d posts against the brand (%.0f), more than the round's %d",
							at(), p.Minute, 100*p.NegativeShare, p.Posts, against, r.Negative)
						break
					}
				}
			}
		}
	}
	if grumbles == 0 {
		t.Fatal("no world had a negative post outside the case: the test tells nothing")
	}
}

// TestCriticsConditionCountsWhatTheMeterCounts: a crowd condition's share
// of critics is the meter's "against you", not every negative post.
func TestCriticsConditionCountsWhatTheMeterCounts(t *testing.T) {
	half := 0.5
	c := scenarios.CrowdCondition{CriticsAtLeast: &half}
	grumbling := crowd.Stats{Posts: 100, Negative: 80, NegativeShare: 0.8, Against: 10}
	if CrowdHolds(c, grumbling, 10000) {
		t.Error("critics_at_least 0.5 holds for 10 posts against the brand of 100 (80 negative, most of them other customers' own complaints)")
	}
	if critical := (crowd.Stats{Posts: 100, Negative: 60, NegativeShare: 0.6, Against: 60}); !CrowdHolds(c, critical, 10000) {
		t.Error("critics_at_least 0.5 does not hold for 60 of 100 posts against the brand")
	}
}

func pathName(s Strategy) string {
	if _, ok := s.(Historical); ok {
		return "historical"
	}
	return "best"
}
