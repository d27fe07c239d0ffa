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
// firestorm. Every fit so far landed at 0.8-0.9, so the grid starts at 0.7.
var branchingGrid = []float64{0.7, 0.75, 0.8, 0.85, 0.9}

// shareabilityGrid are the values of γ (crowd.Globals.Shareability) the fit
// tries: 0.5 (an insult's own shares spread e^0.25 ≈ 1.3 times as fast as
// an average post's) to 2.5 (e^1.25 ≈ 3.5 times as fast, a warm apology's
// a third as fast). Every fit so far landed at 1.5-2.5.
var shareabilityGrid = []float64{0.5, 1, 1.5, 2, 2.5}

// NoPickup is the fit's grid of media pickups (crowd.Globals PickupReach,
// PickupFollowers): none. PickupsTried is the grid that was tried: coverage
// once the story has reached 2,000 to 20,000 people, by an outlet with
// 250,000 to 2 million followers (a trade site to a national news site).
// It fits the recorded outcomes best at 5,000 and a million (crowd.Fitted;
// game/crowd/README.md, "Calibration").
var (
	NoPickup     = [][2]int{{0, 0}}
	PickupsTried = func() [][2]int {
		g := [][2]int{{0, 0}}
		for _, reach := range []int{2000, 5000, 10000, 20000} {
			for _, followers := range []int{250_000, 500_000, 1_000_000, 2_000_000} {
				g = append(g, [2]int{reach, followers})
			}
		}
		return g
	}()
)

// Fit finds the globals that bring the historical path's median of every
// case closest to its recorded outcome, in the sense of the summed squared
// log ratios: for every branching ratio and shareability on a grid, the
// click rate that fits the one-click cases best (the geometric mean of
// their ratios, since their numbers are linear in it), then the pair with
// the least error. seeds is the number of worlds per case.
func Fit(cases []*scenarios.Scenario, seeds int) (crowd.Globals, error) {
	grid, err := PlayGrid(cases, seeds, PickupsTried)
	if err != nil {
		return crowd.Fitted, err
	}
	return grid.Fit(nil), nil
}

// A Grid holds every case's historical median at every point of the fit's
// grid, played once: a fit without some of the cases (leave one case out)
// reads the same medians.
type Grid struct {
	cases []*scenarios.Scenario
	// logs[i][j] is log(recorded/median) of cases[j] at points[i], with the
	// click rate at probe
	points []crowd.Globals
	logs   [][]float64
}

// probe is the click rate at which the grid measures the one-click
// numbers; they are linear in it.
const probe = 0.01

// PlayGrid plays every case's historical path at every point of the grid,
// with each of the media pickups given (NoPickup, PickupsTried).
func PlayGrid(cases []*scenarios.Scenario, seeds int, pickups [][2]int) (*Grid, error) {
	g := &Grid{cases: cases}
	for _, n := range branchingGrid {
		for _, gamma := range shareabilityGrid {
			for _, pu := range pickups {
				at := crowd.Globals{Branching: n, ClickRate: probe, Shareability: gamma, PickupReach: pu[0], PickupFollowers: pu[1]}
				row := make([]float64, len(cases))
				for j, sc := range cases {
					xs, err := Outcomes(sc, Historical{}, at, sc.Debrief.HistoricalMeasure, seeds)
					if err != nil {
						return nil, err
					}
					row[j] = math.Log(float64(sc.Debrief.HistoricalShares) / math.Max(Quantile(xs, 0.5), 0.5))
				}
				g.points, g.logs = append(g.points, at), append(g.logs, row)
			}
		}
	}
	return g, nil
}

// Fit is the best point of the grid for its cases but those whose id is
// in without, with the click rate solved for.
func (g *Grid) Fit(without []string) crowd.Globals {
	best, bestErr := crowd.Fitted, math.Inf(1)
	for i, at := range g.points {
		var logs []float64 // of the click cases at the probe
		sse := 0.0
		for j, sc := range g.cases {
			switch {
			case slices.Contains(without, sc.ID):
			case clickMeasure(sc.Debrief.HistoricalMeasure):
				logs = append(logs, g.logs[i][j])
			default:
				sse += g.logs[i][j] * g.logs[i][j]
			}
		}
		if len(logs) > 0 {
			mean := 0.0
			for _, r := range logs {
				mean += r / float64(len(logs))
			}
			at.ClickRate = probe * math.Exp(mean)
			for _, r := range logs {
				sse += (r - mean) * (r - mean)
			}
		}
		if sse < bestErr-1e-9 {
			best, bestErr = at, sse
		}
	}
	return best
}
