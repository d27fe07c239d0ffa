package scoring

import (
	"cmp"
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
			fr := tr.trace(rep.Text, ctx)
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
	ps := fitParams(r, 0)
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
			fr := tr.trace(rep.Text, g.context())
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
	factor  float64   // how far a number may move from today's (fitParams)
	loss    string    // the pair loss (fitLoss)
	taus    []float64 // the logistic loss's scales tried, in Overall points
	lambdas []float64 // the regulariser's strengths tried
	final   bool      // measure the blind sets too (only once the fit is chosen)
	write   string    // write the fitted rubric.toml here
}

func fitOptionsFromEnv(t *testing.T) fitOptions {
	o := fitOptions{folds: 5, factor: 1.5, loss: cmp.Or(os.Getenv("WEBCARESIM_FIT_LOSS"), "sigmoid"),
		taus: []float64{1, 2}, lambdas: []float64{0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1}}
	if v := os.Getenv("WEBCARESIM_FIT_FACTOR"); v != "" {
		o.factor = floats(t, v)[0]
	}
	if v := os.Getenv("WEBCARESIM_FIT_TAUS"); v != "" {
		o.taus = floats(t, v)
	}
	if v := os.Getenv("WEBCARESIM_FIT_LAMBDAS"); v != "" {
		o.lambdas = floats(t, v)
	}
	o.final = os.Getenv("WEBCARESIM_FIT_FINAL") != ""
	o.write = os.Getenv("WEBCARESIM_FIT_WRITE")
	return o
}

// floats reads a comma-separated list of numbers.
func floats(t *testing.T, list string) []float64 {
	var vs []float64
	for _, s := range strings.Split(list, ",") {
		v, err := strconv.ParseFloat(strings.TrimSpace(s), 64)
		if err != nil {
			t.Fatal(err)
		}
		vs = append(vs, v)
	}
	return vs
}

// chooseByCV cross-validates every scale and strength of o and returns,
// by the one-standard-error rule, the strongest pull towards today's
// points whose gain over today's on the left-out folds lies within one
// standard error of the best gain: a weaker pull that gains no more than
// that moves points for the sake of a few pairs.
func chooseByCV(t *testing.T, set *fitSet, sc fitScorer, ps []fitParam, o fitOptions) (fitLoss, cvResult) {
	type tried struct {
		l  fitLoss
		cv cvResult
	}
	var all []tried
	best := 0
	for _, tau := range o.taus {
		for _, lambda := range o.lambdas {
			start := time.Now()
			l := fitLoss{kind: o.loss, tau: tau, lambda: lambda}
			cv := crossValidate(set, sc, ps, l, o.folds)
			t.Logf("%s loss, tau %g, lambda %g: %d-fold cross-validated agreement %.4f, gain over today's %+.4f ± %.4f (%v)",
				l.kind, tau, lambda, o.folds, cv.agree, cv.gain, cv.gainSE, time.Since(start).Round(time.Second))
			if all = append(all, tried{l, cv}); cv.gain > all[best].cv.gain {
				best = len(all) - 1
			}
		}
	}
	pick := all[best]
	for _, c := range all {
		if c.cv.gain >= all[best].cv.gain-all[best].cv.gainSE && c.l.lambda > pick.l.lambda {
			pick = c
		}
	}
	t.Logf("best: tau %g, lambda %g (gain %+.4f ± %.4f); chosen by the one-standard-error rule: tau %g, lambda %g (agreement %.4f, gain %+.4f ± %.4f)",
		all[best].l.tau, all[best].l.lambda, all[best].cv.gain, all[best].cv.gainSE, pick.l.tau, pick.l.lambda, pick.cv.agree, pick.cv.gain, pick.cv.gainSE)
	return pick.l, pick.cv
}

// TestFitPoints fits the features' points to the pairwise rankings of the
// training data (fitTraining) and reports what the fitted points would do
// everywhere else. It runs only when asked:
//
//	WEBCARESIM_FIT_POINTS=1 go test -count=1 -run FitPoints -v ./scoring/
//
// The loss is a sigmoid of each pair's Overall difference
// (WEBCARESIM_FIT_LOSS=logistic for the other; see fitLoss), each number
// stays within a factor WEBCARESIM_FIT_FACTOR (1.5) of today's, and the
// regulariser's strength and the loss's scale are chosen by 5-fold
// cross-validation by group within the training data, by the
// one-standard-error rule (WEBCARESIM_FIT_LAMBDAS, WEBCARESIM_FIT_TAUS:
// comma-separated). The held-out part and the blind sets are measured only
// with WEBCARESIM_FIT_FINAL=1, once nothing is chosen any more, the blind
// sets only in total. WEBCARESIM_FIT_WRITE=FILE writes
// rubric.toml with the fitted points to FILE.
//
// Why the loss and the bounds are what they are (stop of 6 December
// 2026): with the logistic loss, which keeps charging a pair ordered the
// wrong way however far apart, cross-validation chose a fit that shrank
// nearly every number to 1 point, leaving the ceilings to rank the
// replies: better rankings, every score near its baseline. With the
// sigmoid loss and a factor 2, the numbers kept their scale but the fit
// (cross-validated gain +0.6 points) made three of the game's lucky
// endings disappear and two written choices differ by 11 points between
// Dutch and English; within a factor 1.5 it did neither.
//
// What it found (rules of main at 1abf790; 120 numbers, 1318 training
// groups, 8219 pairs). The one-standard-error rule chose tau 1, lambda
// 0.03: cross-validated gain over today's points +0.0040 ± 0.0011. Its
// fit moved 66 numbers by 1.7 points on average and sent two typed
// written choices of Sanoma's another route (too_short -10 -> -12: "Is
// geregeld." fell from 'opgelost-kaal' to 'lauw';
// TestStoryWrittenChoicesTypedTakeTheirOwnRoute). The next stronger pull,
// lambda 0.1 (gain +0.0021 ± 0.0011), moved 46 numbers by 1.3 points and
// kept every story, parity and scoring test. Measured once, after that
// choice (today -> fitted):
//
//	development part      0.928 -> 0.933   (1963 pairs)
//	held-out part         0.926 -> 0.928   (608 pairs)
//	released sets         0.888 -> 0.892   (6256 pairs)
//	blind13               0.895 -> 0.894   (697 pairs)
//	blind14               0.871 -> 0.869   (694 pairs)
//	blind15               0.874 -> 0.881   (716 pairs)
//	parity largest gap    9.4   -> 9.1
//	old devset / heldout  1.000 -> 1.000
//
// Two of the three blind sets fell by one or two pairs, so the fitted
// points were not adopted: on replies not in the repository, the gain the
// training data shows (a few pairs in a thousand) is no larger than the
// noise. Even with a factor 2 and almost no pull (lambda 0.001), a fit
// put right about one in ten of the training pairs today's points get
// wrong, under cross-validation: most misranked pairs are in what the
// rules find, not in what they weigh.
func TestFitPoints(t *testing.T) {
	if os.Getenv("WEBCARESIM_FIT_POINTS") == "" {
		t.Skip("set WEBCARESIM_FIT_POINTS=1 to fit the rubric's points")
	}
	o := fitOptionsFromEnv(t)
	r := Default()
	ps := fitParams(r, o.factor)
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
	l, _ := chooseByCV(t, set, sc, ps, o)
	use := make([]bool, len(set.groups))
	for g := range use {
		use[g] = true
	}
	f := newFitter(set, sc, ps, l, use)
	t.Logf("fitted in %d sweeps", f.fit(30))
	fitted := withValues(builtinRubric, ps, f.vals)
	t.Logf("moved:\n%s", movedTable(ps, f.vals))
	t.Logf("%s", set.scaleLine(sc, today, f.vals))
	t.Logf("figures (today -> fitted):\n%s", fitReport(t, Default(), fitted, o.final))
	if o.write != "" {
		if err := os.WriteFile(o.write, rewritePoints(builtinRubric, ps, f.vals, l, o.factor, o.folds), 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("wrote %s", o.write)
	}
}
