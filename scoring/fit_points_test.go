package scoring

import (
	"math"
	"os"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"
)

// buildFitSet traces every reply of the groups with the probe rubric.
func buildFitSet(t testing.TB, tr *fitTracer, groups []advGroup) *fitSet {
	t.Helper()
	s := &fitSet{}
	for _, g := range groups {
		ctx := g.context()
		var idx []int32
		for _, rep := range g.Replies {
			fr, err := tr.trace(rep.Text, ctx)
			if err != nil {
				t.Fatal(err)
			}
			idx = append(idx, int32(len(s.replies)))
			s.replies = append(s.replies, fr)
			s.groupOf = append(s.groupOf, int32(len(s.groups)))
		}
		s.groups = append(s.groups, idx)
		key := g.ID
		if g.Twin != "" {
			key = g.Twin
		}
		s.keys = append(s.keys, g.set+"/"+key)
	}
	twins := map[string][2]int{}
	for i, g := range groups {
		if g.Twin == "" {
			continue
		}
		p, ok := twins[g.set+"/"+g.Twin]
		if !ok {
			p = [2]int{-1, -1}
		}
		p[langOrder(g.Lang)] = i
		twins[g.set+"/"+g.Twin] = p
	}
	for _, p := range twins {
		if p[0] < 0 || p[1] < 0 || len(s.groups[p[0]]) != len(s.groups[p[1]]) {
			continue
		}
		for k := range s.groups[p[0]] {
			s.twins = append(s.twins, [2]int32{s.groups[p[0]][k], s.groups[p[1]][k]})
		}
	}
	sort.Slice(s.twins, func(a, b int) bool { return s.twins[a][0] < s.twins[b][0] })
	return s
}

// langOrder orders a translation pair: Dutch first.
func langOrder(lang string) int {
	if lang == "nl" {
		return 0
	}
	return 1
}

// fitTraining is the data the points may be fitted on: the development
// part of the adversarial set and the released sets. The held-out part
// and the blind sets are only ever measured.
func fitTraining(t testing.TB) []advGroup {
	var train []advGroup
	for _, g := range loadAdversarial(t) {
		if g.Part == "dev" {
			train = append(train, g)
		}
	}
	return append(train, loadReleased(t)...)
}

// TestFitModelReproducesAnalyze holds the fitting harness to the rubric's
// own arithmetic: rebuilt from its traced findings with today's points,
// every reply of the training data scores what Analyze gives it. A change
// to how score() adds, rounds, bounds or caps that the trace does not
// follow fails here, before a fit could be made on a wrong model.
func TestFitModelReproducesAnalyze(t *testing.T) {
	r := Default()
	ps := fitParams(r)
	tr := newFitTracer(builtinRubric, ps)
	sc := fitScorer{r: r, base: [2]float64{r.baseEmpathy, r.baseDeescalation}}
	vals := make([]float64, len(ps))
	for i, p := range ps {
		vals[i] = p.today
	}
	wrong, n := 0, 0
	for _, g := range fitTraining(t) {
		for _, rep := range g.Replies {
			n++
			fr, err := tr.trace(rep.Text, g.context())
			if err != nil {
				t.Fatal(err)
			}
			a := r.Analyze(rep.Text, g.context())
			if e, d := sc.scores(&fr, vals); e != a.Empathy || d != a.Deescalation {
				if wrong++; wrong <= 5 {
					t.Errorf("%s: rebuilt E%.1f D%.1f, Analyze E%.1f D%.1f: %q\n  %s", g.ID, e, d, a.Empathy, a.Deescalation, rep.Text, featureList(a))
				}
			}
		}
	}
	if wrong > 0 {
		t.Errorf("%d of %d replies rebuilt to another score than Analyze gives", wrong, n)
	}
}

// fitOptions are the harness's settings, from the environment.
type fitOptions struct {
	folds   int
	tau     float64
	lambdas []float64
	final   bool   // measure the blind sets too (only once the fit is chosen)
	write   string // write the fitted rubric.toml here
}

func fitOptionsFromEnv(t *testing.T) fitOptions {
	o := fitOptions{folds: 5, tau: 2, lambdas: []float64{0.3, 1, 3, 10, 30, 100}}
	if v := os.Getenv("WEBCARESIM_FIT_TAU"); v != "" {
		o.tau = mustFloat(t, v)
	}
	if v := os.Getenv("WEBCARESIM_FIT_LAMBDAS"); v != "" {
		o.lambdas = nil
		for _, s := range strings.Split(v, ",") {
			o.lambdas = append(o.lambdas, mustFloat(t, s))
		}
	}
	o.final = os.Getenv("WEBCARESIM_FIT_FINAL") != ""
	o.write = os.Getenv("WEBCARESIM_FIT_WRITE")
	return o
}

func mustFloat(t *testing.T, s string) float64 {
	v, err := strconv.ParseFloat(strings.TrimSpace(s), 64)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// TestFitPoints fits the features' points to the pairwise rankings of the
// training data (fitTraining) and reports what the fitted points would do
// everywhere else. It runs only when asked:
//
//	WEBCARESIM_FIT_POINTS=1 go test -count=1 -run FitPoints -v ./scoring/
//
// The regulariser's strength is chosen by k-fold cross-validation by group
// within the training data (WEBCARESIM_FIT_LAMBDAS, comma-separated;
// WEBCARESIM_FIT_TAU is the logistic loss's scale in Overall points). The
// held-out part is reported beside today's figure; the blind sets only
// with WEBCARESIM_FIT_FINAL=1, once nothing is chosen any more, and only
// in total. WEBCARESIM_FIT_WRITE=FILE writes rubric.toml with the fitted
// points to FILE.
func TestFitPoints(t *testing.T) {
	if os.Getenv("WEBCARESIM_FIT_POINTS") == "" {
		t.Skip("set WEBCARESIM_FIT_POINTS=1 to fit the rubric's points")
	}
	o := fitOptionsFromEnv(t)
	r := Default()
	ps := fitParams(r)
	start := time.Now()
	set := buildFitSet(t, newFitTracer(builtinRubric, ps), fitTraining(t))
	sc := fitScorer{r: r, base: [2]float64{r.baseEmpathy, r.baseDeescalation}}
	t.Logf("%d params, %d training groups, %d replies, traced in %v", len(ps), len(set.groups), len(set.replies), time.Since(start).Round(time.Millisecond))
	today := make([]float64, len(ps))
	for i, p := range ps {
		today[i] = p.today
	}
	rt, pt := set.agreement(sc, today, func(int) bool { return true })
	t.Logf("today's points on the training data: %.4f (%.0f pairs)", rt/pt, pt)
	best, bestCV := math.NaN(), -1.0
	for _, lambda := range o.lambdas {
		start := time.Now()
		cv := crossValidate(set, sc, ps, o.tau, lambda, o.folds)
		t.Logf("lambda %6.2f: %d-fold cross-validated agreement %.4f (%v)", lambda, o.folds, cv, time.Since(start).Round(time.Second))
		if cv > bestCV+1e-9 || (math.Abs(cv-bestCV) <= 1e-9 && lambda > best) {
			best, bestCV = lambda, cv
		}
	}
	t.Logf("chosen lambda %.2f (cross-validated %.4f; today's points %.4f)", best, bestCV, rt/pt)
	use := make([]bool, len(set.groups))
	for g := range use {
		use[g] = true
	}
	f := newFitter(set, sc, ps, o.tau, best, use)
	t.Logf("fitted in %d sweeps", f.fit(30))
	fitted := withValues(builtinRubric, ps, f.vals)
	t.Logf("moved:\n%s", movedTable(ps, f.vals))
	t.Logf("figures (today -> fitted):\n%s", fitReport(t, Default(), fitted, o.final))
	if o.write != "" {
		if err := os.WriteFile(o.write, rewritePoints(builtinRubric, ps, f.vals, best, o), 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("wrote %s", o.write)
	}
}
