package session

import (
	"errors"
	"fmt"
	"math"
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
	out := make([]int, n)
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
			out[i] = s.Report().Measured(measure)
		})
	}
	wg.Wait()
	slices.Sort(out)
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
// firestorm.
var branchingGrid = func() []float64 {
	var g []float64
	for n := 0.5; n <= 0.9001; n += 0.05 {
		g = append(g, math.Round(n*1000)/1000)
	}
	return g
}()

// Fit finds the globals that bring the historical path's median of every
// case closest to its recorded outcome, in the sense of the summed squared
// log ratios: for every branching ratio on a grid, the click rate that fits
// the one-click cases best (the geometric mean of their ratios, since their
// numbers are linear in it), then the branching ratio with the least error.
// seeds is the number of worlds per case.
func Fit(cases []*scenarios.Scenario, seeds int) (crowd.Globals, error) {
	best, bestErr := crowd.Fitted, math.Inf(1)
	const probe = 0.01 // click rate at which the one-click numbers are measured
	for _, n := range branchingGrid {
		g := crowd.Globals{Branching: n, ClickRate: probe}
		var logs []float64 // log(target/median) of the click cases at the probe
		var other []float64
		for _, sc := range cases {
			m := sc.Debrief.HistoricalMeasure
			xs, err := Outcomes(sc, Historical{}, g, m, seeds)
			if err != nil {
				return best, err
			}
			med := math.Max(Quantile(xs, 0.5), 0.5)
			r := math.Log(float64(sc.Debrief.HistoricalShares) / med)
			if clickMeasure(m) {
				logs = append(logs, r)
			} else {
				other = append(other, r)
			}
		}
		c := probe
		sse := 0.0
		if len(logs) > 0 {
			mean := 0.0
			for _, r := range logs {
				mean += r / float64(len(logs))
			}
			c = probe * math.Exp(mean)
			for _, r := range logs {
				sse += (r - mean) * (r - mean)
			}
		}
		for _, r := range other {
			sse += r * r
		}
		if sse < bestErr {
			best, bestErr = crowd.Globals{Branching: n, ClickRate: c}, sse
		}
	}
	return best, nil
}
