package session

import (
	"errors"
	"fmt"
	"runtime"
	"slices"
	"sync"

	"github.com/webcaresim/webcaresim/game/crowd"
	"github.com/webcaresim/webcaresim/scenarios"
)

// Calibration: the crowd's global parameters are fitted once across every
// case whose debrief records an outcome (historical_shares, in the unit
// historical_measure names), and a case is never tuned to its own outcome.

// Outcomes plays the round with the strategy over seeds 1..n with the given
// globals and returns the round's number in measure for each seed, sorted.
func Outcomes(sc *scenarios.Scenario, st Strategy, g crowd.Globals, measure string, n int) ([]int, error) {
	out, err := measures(sc, st, g, []string{measure}, n)
	if err != nil {
		return nil, err
	}
	return out[0], nil
}

// measures plays the round over seeds 1..n once and returns, for each of
// the measures, the round's numbers sorted.
func measures(sc *scenarios.Scenario, st Strategy, g crowd.Globals, ms []string, n int) ([][]int, error) {
	out := make([][]int, len(ms))
	for k := range out {
		out[k] = make([]int, n)
	}
	errs := make([]error, n)
	var wg sync.WaitGroup
	sem := make(chan struct{}, runtime.GOMAXPROCS(0))
	for i := range n {
		wg.Go(func() {
			sem <- struct{}{}
			defer func() { <-sem }()
			s, err := Run(sc, Options{Seed: uint64(i + 1), Crowd: &g, Quiet: true}, st)
			if err != nil {
				errs[i] = fmt.Errorf("%s seed %d: %w", sc.ID, i+1, err)
				return
			}
			r := s.Report()
			for k, m := range ms {
				out[k][i] = r.Measured(m)
			}
		})
	}
	wg.Wait()
	for k := range out {
		slices.Sort(out[k])
	}
	return out, errors.Join(errs...)
}

// Quantile is the q-quantile (0..1) of sorted values.
func Quantile(sorted []int, q float64) float64 {
	if len(sorted) == 0 {
		return 0
	}
	x := q * float64(len(sorted)-1)
	i := int(x)
	if i+1 >= len(sorted) {
		return float64(sorted[len(sorted)-1])
	}
	return float64(sorted[i]) + (x-float64(i))*float64(sorted[i+1]-sorted[i])
}

// Percentile is the share (0..1) of the sorted values below x, ties
// counting half: where a recorded figure falls among the worlds.
func Percentile(sorted []int, x float64) float64 {
	if len(sorted) == 0 {
		return 0
	}
	below, ties := 0, 0
	for _, v := range sorted {
		switch {
		case float64(v) < x:
			below++
		case float64(v) == x:
			ties++
		}
	}
	return (float64(below) + float64(ties)/2) / float64(len(sorted))
}

// Recorded returns the cases with a recorded outcome and a historical path.
func Recorded(set []*scenarios.Scenario) []*scenarios.Scenario {
	var out []*scenarios.Scenario
	for _, sc := range set {
		if sc.Debrief.HistoricalShares > 0 && hasHistorical(sc) {
			out = append(out, sc)
		}
	}
	return out
}

// Observed returns the cases with a historical path and a recorded outcome
// or an observed range (scenarios.Observation): everything the fit reads.
func Observed(set []*scenarios.Scenario) []*scenarios.Scenario {
	var out []*scenarios.Scenario
	for _, sc := range set {
		if (sc.Debrief.HistoricalShares > 0 || len(sc.Debrief.Observed) > 0) && hasHistorical(sc) {
			out = append(out, sc)
		}
	}
	return out
}

func hasHistorical(sc *scenarios.Scenario) bool {
	for i := range sc.Decisions {
		if HistoricalChoice(&sc.Decisions[i]) >= 0 {
			return true
		}
	}
	return false
}

// clickMeasure reports whether a measure is a one-click act (a group's
// followers, likes): linear in the click rate, which the fit solves for.
func clickMeasure(m string) bool { return m == "group_members" || m == "likes" }

// branchingGrid are the branching ratios the fit tries: below 1, because
// a topic nobody has answered yet dies out on its own (a burst with n < 1
// has 1/(1−n) posts on average); it is the replies that can make it a
// firestorm. Fits without a case used to land on the old lower edge, 0.7.
var branchingGrid = []float64{0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95}

// shareabilityGrid are the values of γ (crowd.Globals.Shareability) the fit
// tries: 0 (a reply's own shares spread as any post's, whatever it says) to
// 3 (an insult's e^1.5 ≈ 4.5 times as fast as an average post's, a warm
// apology's a fifth as fast).
var shareabilityGrid = []float64{0, 0.5, 1, 1.5, 2, 2.5, 3}

// PickupOutlet is the followers of the outlet that covers a story: a
// national news site's account, of the order of a million followers. It is
// a stated modelling choice, not fitted: the recorded outcomes cannot tell
// an outlet's size from the reach at which it covers a story (a bigger
// outlet that covers later brings about the same), so fitting both leaves
// either free once a case is left out.
const PickupOutlet = 1_000_000

// NoPickup is the fit's grid of media pickups (crowd.Globals PickupReach,
// PickupFollowers): none. PickupsTried is the grid that is tried: none, or
// coverage by PickupOutlet once the story has reached 2,000 to 20,000
// people (game/crowd/README.md, "Calibration").
var (
	NoPickup     = [][2]int{{0, 0}}
	PickupsTried = [][2]int{{0, 0}, {2000, PickupOutlet}, {5000, PickupOutlet}, {10000, PickupOutlet}, {20000, PickupOutlet}}
)

// Fit finds the globals that bring every case's historical path closest
// to what its sources record (see Grid.Fit). seeds is the number of worlds
// per case.
func Fit(cases []*scenarios.Scenario, seeds int) (crowd.Globals, error) {
	grid, err := PlayGrid(cases, seeds, PickupsTried)
	if err != nil {
		return crowd.Fitted, err
	}
	return grid.Fit(nil), nil
}
