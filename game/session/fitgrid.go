package session

import (
	"cmp"
	"math"
	"slices"

	"github.com/webcaresim/webcaresim/game/crowd"
	"github.com/webcaresim/webcaresim/scenarios"
)

// A Term is one thing the fit compares with the historical path's median
// over the worlds: a case's recorded number (historical_shares, in the unit
// historical_measure names) or a range its sources record
// (scenarios.Observation), each in its own unit.
type Term struct {
	Case    int    // index in the grid's cases
	Measure string // a scenarios.HistoricalMeasures
	// Lo and Hi bound the range; a recorded number has Lo == Hi, and Hi < 0
	// is no upper end.
	Lo, Hi float64
	Point  bool // a recorded number
}

// terms are everything the cases record, in order of the cases.
func terms(cases []*scenarios.Scenario) []Term {
	var out []Term
	for j, sc := range cases {
		if sc.Debrief.HistoricalShares > 0 {
			x := float64(sc.Debrief.HistoricalShares)
			out = append(out, Term{Case: j, Measure: measureName(sc.Debrief.HistoricalMeasure), Lo: x, Hi: x, Point: true})
		}
		for _, o := range sc.Debrief.Observed {
			lo, hi := o.Bounds()
			out = append(out, Term{Case: j, Measure: o.Measure, Lo: float64(lo), Hi: float64(hi)})
		}
	}
	return out
}

// miss is the log distance of a median from the term: the log ratio to a
// recorded number, zero inside a range and the log ratio to its nearer end
// outside. A count below one half reads as one half, so that none against
// "at most two" or "at least one" is a finite miss.
func (t Term) miss(median float64) float64 {
	v := math.Max(median, 0.5)
	switch {
	case v < t.Lo:
		return math.Log(math.Max(t.Lo, 0.5) / v)
	case t.Hi >= 0 && v > math.Max(t.Hi, 0.5):
		return math.Log(v / math.Max(t.Hi, 0.5))
	}
	return 0
}

// A Grid holds, at every point of the fit's grid, the historical path's
// median of every term, played once: a fit without some of the cases
// (leave one case out) reads the same medians.
type Grid struct {
	cases  []*scenarios.Scenario
	terms  []Term
	points []crowd.Globals
	// medians[i][k] is the median of terms[k] at points[i]; a one-click
	// measure at the click rate probe (they are linear in it)
	medians [][]float64
}

// probe is the click rate at which the grid measures the one-click
// numbers; they are linear in it.
const probe = 0.01

// PlayGrid plays every case's historical path at every point of the grid,
// with each of the media pickups given (NoPickup, PickupsTried).
func PlayGrid(cases []*scenarios.Scenario, seeds int, pickups [][2]int) (*Grid, error) {
	g := &Grid{cases: cases, terms: terms(cases)}
	for _, n := range branchingGrid {
		for _, gamma := range shareabilityGrid {
			for _, pu := range pickups {
				at := crowd.Globals{Branching: n, ClickRate: probe, Shareability: gamma, PickupReach: pu[0], PickupFollowers: pu[1]}
				row, err := g.play(at, seeds)
				if err != nil {
					return nil, err
				}
				g.points, g.medians = append(g.points, at), append(g.medians, row)
			}
		}
	}
	return g, nil
}

// play plays every case once at the point and returns its terms' medians.
func (g *Grid) play(at crowd.Globals, seeds int) ([]float64, error) {
	row := make([]float64, len(g.terms))
	for j, sc := range g.cases {
		var ms []string
		var ks []int
		for k, t := range g.terms {
			if t.Case == j {
				ms, ks = append(ms, t.Measure), append(ks, k)
			}
		}
		xs, err := measures(sc, Historical{}, at, ms, seeds)
		if err != nil {
			return nil, err
		}
		for i, k := range ks {
			row[k] = Quantile(xs[i], 0.5)
		}
	}
	return row, nil
}

// Fit is the best point of the grid for its cases but those whose id is in
// without: the least summed squared miss over their terms, with the click
// rate solved for at every point (the geometric mean of the one-click
// recorded numbers' ratios, since those numbers are linear in it; never
// more than 1, as it is a share of the people who saw the story).
func (g *Grid) Fit(without []string) crowd.Globals {
	best, _ := g.fit(without)
	return best
}

func (g *Grid) fit(without []string) (crowd.Globals, float64) {
	best, bestErr := crowd.Fitted, math.Inf(1)
	for i := range g.points {
		at, sse := g.at(i, without)
		if sse < bestErr-1e-9 {
			best, bestErr = at, sse
		}
	}
	return best, bestErr
}

// at is the grid's point i with the click rate solved for, and its summed
// squared miss, without the cases in without.
func (g *Grid) at(i int, without []string) (crowd.Globals, float64) {
	at := g.points[i]
	var logs []float64
	for k, t := range g.terms {
		if t.Point && clickMeasure(t.Measure) && !slices.Contains(without, g.cases[t.Case].ID) {
			logs = append(logs, math.Log(t.Lo/math.Max(g.medians[i][k], 0.5)))
		}
	}
	if len(logs) > 0 {
		mean := 0.0
		for _, r := range logs {
			mean += r / float64(len(logs))
		}
		at.ClickRate = math.Min(1, probe*math.Exp(mean))
	}
	sse := 0.0
	for k, t := range g.terms {
		if slices.Contains(without, g.cases[t.Case].ID) {
			continue
		}
		d := t.miss(g.Median(i, k, at.ClickRate))
		sse += d * d
	}
	return at, sse
}

// predictiveSpread is σ of the posterior-predictive weights (Predict): a
// point whose medians miss the other cases' records by a summed squared
// log miss of 2σ² weighs 1/e of the best point's. ln 1.3: the issue's
// "within ±30%" as the scale at which a median is consistent with its
// record.
var predictiveSpread = math.Log(1.3)

// Predict is the posterior-predictive median of term k with the cases in
// without left out: every point of the grid weighted by how well it fits
// the remaining cases, e^{−(miss − least miss)/2σ²} (σ predictiveSpread,
// the click rate solved for at each point as in Fit), and the weighted
// median of term k's median over the points. Where the remaining cases
// leave a parameter free (a flat miss), the prediction spreads over its
// whole range on the grid instead of following the noise of the worlds
// to one point; the range of the grid is then the prior.
func (g *Grid) Predict(k int, without []string) float64 {
	type point struct{ value, weight float64 }
	_, least := g.fit(without)
	var ps []point
	total := 0.0
	for i := range g.points {
		at, sse := g.at(i, without)
		w := math.Exp(-(sse - least) / (2 * predictiveSpread * predictiveSpread))
		ps = append(ps, point{g.Median(i, k, at.ClickRate), w})
		total += w
	}
	slices.SortFunc(ps, func(a, b point) int { return cmp.Compare(a.value, b.value) })
	acc := 0.0
	for _, p := range ps {
		if acc += p.weight; acc >= total/2 {
			return p.value
		}
	}
	return ps[len(ps)-1].value
}

// Median is the median of term k at point i with this click rate.
func (g *Grid) Median(i, k int, clickRate float64) float64 {
	if clickMeasure(g.terms[k].Measure) {
		return g.medians[i][k] * clickRate / probe
	}
	return g.medians[i][k]
}

// index is the grid's point with these globals but the click rate, or -1.
func (g *Grid) index(at crowd.Globals) int {
	for i, p := range g.points {
		if math.Abs(p.Branching-at.Branching) < 1e-9 && math.Abs(p.Shareability-at.Shareability) < 1e-9 &&
			p.PickupReach == at.PickupReach && p.PickupFollowers == at.PickupFollowers {
			return i
		}
	}
	return -1
}

// measureName is a historical_measure with its default made explicit.
func measureName(m string) string {
	if m == "" {
		return "shares"
	}
	return m
}
