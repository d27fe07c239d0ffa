package session

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/webcaresim/webcaresim/game/crowd"
	"github.com/webcaresim/webcaresim/scenarios"
)

// Calibration against the cases' recorded outcomes, each in its own unit:
// Sanoma's retweets of the "juf" reply by Sunday 13:00 (reply_shares), HEMA's
// followers of the boycott page that formed (group_members), Liberty
// Bottleworks' new Facebook likes (likes). The crowd's parameters are
// global (crowd.Fitted); no case sets anything tuned to its outcome.

const calibrationSeeds = 40

// maxMiss is how far the historical median over calibrationSeeds worlds
// may land from the recorded number under crowd.Fitted, as a factor. Over
// 200 worlds every case is within ±30% (TestLeaveOneCaseOut's table,
// game/crowd/README.md, "Calibration"); Sanoma's juf tweet either fizzles
// or takes off (p10 3, p90 ~530), so its median over 40 worlds moves more
// than that, and this bound keeps the model from drifting, not the target.
const maxMiss = 3.0

func TestHistoricalPathLandsNearTheRecordedOutcome(t *testing.T) {
	cases := Recorded(scenarios.Builtin().Scenarios)
	if len(cases) < 6 {
		t.Fatalf("%d cases with a recorded outcome; sanoma-juf, hema-insuline and liberty-bottleworks in both languages should be", len(cases))
	}
	for _, sc := range cases {
		t.Run(sc.ID+"."+sc.Language, func(t *testing.T) {
			m, target := sc.Debrief.HistoricalMeasure, float64(sc.Debrief.HistoricalShares)
			hist, err := Outcomes(sc, Historical{}, crowd.Fitted, m, calibrationSeeds)
			if err != nil {
				t.Fatal(err)
			}
			med := Quantile(hist, 0.5)
			t.Logf("historical: median %.0f %s (p10 %.0f, p90 %.0f), recorded %.0f", med, measureName(m),
				Quantile(hist, 0.1), Quantile(hist, 0.9), target)
			if med < target/maxMiss || med > target*maxMiss {
				t.Errorf("historical median %.0f %s, recorded %.0f: more than a factor %g apart", med, measureName(m), target, maxMiss)
			}
			best, err := Outcomes(sc, Best{}, crowd.Fitted, m, calibrationSeeds)
			if err != nil {
				t.Fatal(err)
			}
			bm := Quantile(best, 0.5)
			t.Logf("best path: median %.0f", bm)
			if bm*3 > med {
				t.Errorf("best path: median %.0f %s against the historical %.0f: want a clear order", bm, measureName(m), med)
			}
		})
	}
}

// The fit and the leave-one-case-out check replay every recorded case
// hundreds of times per candidate; they run when WEBCARESIM_FIT is set
// (`WEBCARESIM_FIT=1 go test -run 'Fit|LeaveOneCaseOut' -v ./game/session/`).
func needFit(t *testing.T) {
	if os.Getenv("WEBCARESIM_FIT") == "" {
		t.Skip("set WEBCARESIM_FIT=1 to refit the crowd's globals (a minute or two)")
	}
}

// TestFittedGlobalsAreTheFit: crowd.Fitted is what Fit gives over all
// recorded cases.
func TestFittedGlobalsAreTheFit(t *testing.T) {
	needFit(t)
	g := playedGrid(t).Fit(nil)
	f := crowd.Fitted
	t.Logf("fit: %+v; crowd.Fitted: %+v", g, f)
	if math.Abs(g.Branching-f.Branching) > 0.026 || math.Abs(math.Log(g.ClickRate/f.ClickRate)) > 0.1 ||
		math.Abs(g.Shareability-f.Shareability) > 0.01 || g.PickupReach != f.PickupReach || g.PickupFollowers != f.PickupFollowers {
		t.Errorf("crowd.Fitted is no longer the fit: set it to %+v", g)
	}
}

// writeGrid saves the played grid as JSON (WEBCARESIM_GRID_OUT), to study
// the fit's surface without playing it again.
func writeGrid(g *Grid, path string) error {
	var ids []string
	for _, sc := range g.cases {
		ids = append(ids, sc.ID+"."+sc.Language)
	}
	b, err := json.Marshal(map[string]any{"cases": ids, "terms": g.terms, "points": g.points, "medians": g.medians})
	if err != nil {
		return err
	}
	return os.WriteFile(path, b, 0o644)
}

// readGrid reads a grid writeGrid saved (WEBCARESIM_GRID_IN), for the
// cases given, which must be the ones it was played for: to recompute the
// tables without playing the grid again.
func readGrid(path string, cases []*scenarios.Scenario) (*Grid, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var saved struct {
		Cases   []string
		Terms   []Term
		Points  []crowd.Globals
		Medians [][]float64
	}
	if err := json.Unmarshal(b, &saved); err != nil {
		return nil, err
	}
	if len(saved.Cases) != len(cases) {
		return nil, fmt.Errorf("%s was played for %d cases, %d have a record now", path, len(saved.Cases), len(cases))
	}
	for j, sc := range cases {
		if saved.Cases[j] != sc.ID+"."+sc.Language {
			return nil, fmt.Errorf("%s: case %d is %s, now %s.%s", path, j, saved.Cases[j], sc.ID, sc.Language)
		}
	}
	return &Grid{cases: cases, terms: saved.Terms, points: saved.Points, medians: saved.Medians}, nil
}

// playedGrid plays the fit's grid once for both gated tests.
var playedGrid = func() func(t *testing.T) *Grid {
	var grid *Grid
	var err error
	var once sync.Once
	return func(t *testing.T) *Grid {
		once.Do(func() {
			// crowd.Fitted has the media pickup on: the fit plays the
			// pickups tried; WEBCARESIM_FIT_NOPICKUP plays without them.
			pickups := PickupsTried
			if os.Getenv("WEBCARESIM_FIT_NOPICKUP") != "" {
				pickups = NoPickup
			}
			seeds := calibrationSeeds
			if os.Getenv("WEBCARESIM_FIT_GAMMA") == "research" {
				// γ held at the research figure, not fitted: a look at
				// what it predicts, not crowd.Fitted's fit
				shareabilityGrid = []float64{crowd.ResearchShareability}
			}
			if coarse := os.Getenv("WEBCARESIM_FIT_COARSE"); coarse != "" {
				// a part of the grid, fewer worlds: to look at the
				// fit's surface when the machine is too busy for all of it
				pickups, seeds = coarseGrid(pickups)
			}
			start := time.Now()
			if in := os.Getenv("WEBCARESIM_GRID_IN"); in != "" {
				grid, err = readGrid(in, Observed(scenarios.Builtin().Scenarios))
				return
			}
			grid, err = PlayGrid(Observed(scenarios.Builtin().Scenarios), seeds, pickups)
			t.Logf("played %d points of the grid in %s", len(grid.points), time.Since(start).Round(time.Second))
			if out := os.Getenv("WEBCARESIM_GRID_OUT"); err == nil && out != "" {
				err = writeGrid(grid, out)
			}
		})
		if err != nil {
			t.Fatal(err)
		}
		return grid
	}
}()

// TestLeaveOneCaseOut refits without a case (both languages, its recorded
// number and its observed ranges) and predicts its recorded outcome; the
// tables it logs are the ones in the README. The full fit's row is over
// tableWorlds worlds, with the percentile at which the recorded figure
// falls among them. The prediction it judges is the posterior-predictive
// median (Grid.Predict): the left-out case's grid median over every point,
// weighted by how well the point fits the other cases. With three cases
// and four globals the fit without a case is flat in what only that case
// speaks to (γ without Sanoma, the pickup without Liberty), and the one
// point of least miss is then whichever of equally good points the noise
// of calibrationSeeds worlds put lowest. That point's prediction (the
// grid's median there) is logged beside it.
func TestLeaveOneCaseOut(t *testing.T) {
	needFit(t)
	grid := playedGrid(t)
	full, fullErr := grid.fit(nil)
	t.Logf("full fit %+v, summed squared miss %.3f", full, fullErr)
	var table strings.Builder
	fmt.Fprintf(&table, "| case | measure | recorded | historical p10 / median / p90 (%d worlds) | vs recorded | recorded at percentile | best median | left out: predicted (n, c, γ, pickup reach) | left out, pickup reach held at the full fit's: predicted (n, c, γ) | left out: posterior-predictive median |\n|---|---|---:|---:|---:|---:|---:|---:|---:|---:|\n", tableWorlds)
	for k, term := range grid.terms {
		sc := grid.cases[term.Case]
		if !term.Point {
			continue
		}
		without := []string{sc.ID}
		g, _ := grid.fit(without)
		gp, _ := grid.withPickup(full.PickupReach, full.PickupFollowers).fit(without)
		m, target := sc.Debrief.HistoricalMeasure, term.Lo
		hist, err1 := Outcomes(sc, Historical{}, crowd.Fitted, m, tableWorlds)
		best, err2 := Outcomes(sc, Best{}, crowd.Fitted, m, calibrationSeeds)
		if err := firstErr(err1, err2); err != nil {
			t.Fatal(err)
		}
		p := grid.Median(grid.index(g), k, g.ClickRate)
		ph := grid.Median(grid.index(gp), k, gp.ClickRate)
		med := Quantile(hist, 0.5)
		pp := grid.Predict(k, without)
		fmt.Fprintf(&table, "| %s.%s | %s | %.0f | %.0f / %.0f / %.0f | %+.0f%% | %.0f | %.0f | %.0f (%.2f, %.3f, %.1f, %d) | %.0f (%.2f, %.3f, %.1f) | %.0f |\n", sc.ID, sc.Language,
			measureName(m), target, Quantile(hist, 0.1), med, Quantile(hist, 0.9), 100*(med/target-1), 100*Percentile(hist, target),
			Quantile(best, 0.5), p, g.Branching, g.ClickRate, g.Shareability, g.PickupReach,
			ph, gp.Branching, gp.ClickRate, gp.Shareability, pp)
		if pp < target/2 || pp > target*2 {
			t.Errorf("%s.%s left out: posterior-predictive median %.0f %s (least-miss point %.0f), recorded %.0f: more than a factor 2 apart",
				sc.ID, sc.Language, pp, measureName(m), p, target)
		}
		// "within ±30%": 0.7 to 1.3 times the record, as the issue words it
		if med < 0.7*target || med > 1.3*target {
			t.Errorf("%s.%s full fit: historical median %.0f %s, recorded %.0f: more than 30%% apart", sc.ID, sc.Language, med, measureName(m), target)
		}
	}
	t.Log("\n" + table.String() + "\n" + grid.observedTable(full))
}

// observedTable lists the observed ranges beside the historical median at
// the full fit and with their case left out.
func (g *Grid) observedTable(full crowd.Globals) string {
	var b strings.Builder
	fmt.Fprintf(&b, "| case | measure | recorded range | historical median, full fit (%d worlds) | its miss | left out: median (n, c, γ, pickup reach) |\n|---|---|---|---:|---:|---:|\n", calibrationSeeds)
	for k, term := range g.terms {
		if term.Point {
			continue
		}
		sc := g.cases[term.Case]
		lo := g.Fit([]string{sc.ID})
		hi := "…"
		if term.Hi >= 0 {
			hi = fmt.Sprintf("%.0f", term.Hi)
		}
		med := g.Median(g.index(full), k, full.ClickRate)
		fmt.Fprintf(&b, "| %s.%s | %s | %.0f–%s | %.1f | %.2f | %.1f (%.2f, %.3f, %.1f, %d) |\n", sc.ID, sc.Language, term.Measure, term.Lo, hi,
			med, term.miss(med), g.Median(g.index(lo), k, lo.ClickRate), lo.Branching, lo.ClickRate, lo.Shareability, lo.PickupReach)
	}
	return b.String()
}

// withPickup is the grid's points with this media pickup only.
func (g *Grid) withPickup(reach, followers int) *Grid {
	out := &Grid{cases: g.cases, terms: g.terms}
	for i, at := range g.points {
		if at.PickupReach == reach && at.PickupFollowers == followers {
			out.points, out.medians = append(out.points, at), append(out.medians, g.medians[i])
		}
	}
	return out
}

// tableWorlds is the number of worlds of the full fit's row in the table.
const tableWorlds = 200

func firstErr(errs ...error) error {
	for _, e := range errs {
		if e != nil {
			return e
		}
	}
	return nil
}

// TestRecordedSharesAreTheQuotedReplys: the number the debrief sets beside
// Sanoma's 127 retweets of the "juf" tweet is the shares of the reply the
// round published at that moment, as the feed counts them under it, not
// the shares of every reply the brand posted.
func TestRecordedSharesAreTheQuotedReplys(t *testing.T) {
	sc := sanoma(t)
	differs := false
	for seed := uint64(1); seed <= 5; seed++ {
		s, err := Run(sc, Options{Seed: seed}, Historical{})
		if err != nil {
			t.Fatal(err)
		}
		r := s.Report()
		underIt := -1
		for _, it := range s.Feed() {
			if it.By == "brand" && it.Historical && strings.HasPrefix(it.Text, "Wat wil je nou?") {
				underIt = it.Shares
			}
		}
		if underIt < 0 {
			t.Fatalf("seed %d: the juf tweet is not in the feed", seed)
		}
		if r.Measured(sc.Debrief.HistoricalMeasure) != underIt {
			t.Errorf("seed %d: the debrief compares %d retweets with the recorded 127, the feed shows ↻ %d under the juf tweet",
				seed, r.Measured(sc.Debrief.HistoricalMeasure), underIt)
		}
		differs = differs || r.Shares != underIt
	}
	if !differs {
		t.Error("the juf tweet's shares were every reply's shares in all five worlds: the test cannot tell them apart")
	}
}

// coarseGrid narrows the fit's grid to every other value of n and γ and
// the pickups to none, the middle and the highest reach, with 20 worlds
// (WEBCARESIM_FIT_COARSE): a look at the fit's surface at a tenth of the
// cost. It is not crowd.Fitted's fit.
func coarseGrid(pickups [][2]int) ([][2]int, int) {
	every := func(xs []float64) []float64 {
		var out []float64
		for i := 0; i < len(xs); i += 2 {
			out = append(out, xs[i])
		}
		return out
	}
	branchingGrid, shareabilityGrid = every(branchingGrid), every(shareabilityGrid)
	if len(pickups) > 2 {
		pickups = [][2]int{pickups[0], pickups[len(pickups)/2], pickups[len(pickups)-1]}
	}
	return pickups, calibrationSeeds / 2
}
