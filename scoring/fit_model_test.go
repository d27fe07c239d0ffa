package scoring

import (
	"math"
)

// The fitting harness (fit_points_test.go) moves the points of the
// rubric's features and measures the rankings thousands of times. A full
// Analyze per reply and per try would take minutes, so each reply is
// analysed once, with a probe rubric, and kept as what its score is made
// of: for every finding, which number of the rubric it earns and the share
// of it it keeps (mood, softening, hollow sympathy, padding per word…).
// Which findings are made does not depend on the size of the points, only
// on their sign, which the fit keeps; the score is then the baseline plus
// the findings' points, bounded and capped exactly as score() does.

// fitParam is one number of the rubric the fit may move: a feature's
// points, its repeat points or its `also` points on the other dimension.
type fitParam struct {
	feature *feature
	kind    string // "points", "repeat" or "also"
	dim     int    // the dimension it counts on (dimIndex)
	today   float64
	step    float64 // the smallest move: 1 point
	lo, hi  float64 // the size it may take (fitParams)
}

func (p fitParam) name() string {
	if p.kind == "points" {
		return p.feature.ID
	}
	return p.feature.ID + "." + p.kind
}

// fitParams lists every non-zero number of the rubric's features. A
// feature at 0 is a marker (its points are another feature's, or it only
// routes a story) and stays at 0, and so does a cost per word (padding's
// fraction of a point): it is a rate, whose size is set by what a long
// reply must pay (TestExplainingAwayAtLengthCosts), not a weight among
// the others. With a factor, a number keeps its size within that factor
// of today's (and may always move one point): the hand-set points say how
// grave a fault is, and the fit adjusts them, it does not overturn them.
// Factor 0 leaves only the sign.
func fitParams(r *Rubric, factor float64) []fitParam {
	var ps []fitParam
	add := func(f *feature, kind, dim string, v float64) {
		size := math.Abs(v)
		if size < 1 {
			return
		}
		lo, hi := 1.0, math.Inf(1)
		if factor > 0 {
			lo = math.Max(1, math.Min(size/factor, size-1))
			hi = math.Max(size*factor, size+1)
		}
		ps = append(ps, fitParam{feature: f, kind: kind, dim: dimIndex(dim), today: v, step: 1, lo: lo, hi: hi})
	}
	for _, f := range r.features {
		add(f, "points", f.Dimension, f.Points)
		add(f, "repeat", f.Dimension, f.RepeatPoints)
		for _, dim := range f.alsoDims {
			add(f, "also", dim, f.Also[dim])
		}
	}
	return ps
}

// withValues parses the rubric text again and sets the params to vals: a
// rubric of its own, whose analyses are what the fitted file would give.
func withValues(text []byte, ps []fitParam, vals []float64) *Rubric {
	r, err := Parse(text, "fit")
	if err != nil {
		panic(err)
	}
	for i, p := range ps {
		f := r.byID[p.feature.ID]
		switch p.kind {
		case "points":
			f.Points = vals[i]
		case "repeat":
			f.RepeatPoints = vals[i]
		default:
			f.Also[dimName(p.dim)] = vals[i]
		}
	}
	return r
}

func dimName(d int) string {
	if d == 1 {
		return Deescalation
	}
	return Empathy
}

// probeSize is the size every param takes in the probe rubric: a finding's
// points divided by it is its share, to seven decimals.
const probeSize = 1e6

// fitEntry is one finding's part of a score: param ps[param] times mult.
type fitEntry struct {
	param int32
	dim   int8
	mult  float64
}

// fitReply is a reply as the fit sees it: its findings, the points of the
// findings whose numbers are not fitted, and the ceilings that hold on it
// (100 where none does).
type fitReply struct {
	entries []fitEntry
	fixed   [2]float64
	caps    [2]float64
}

// fitTracer analyses replies with the probe rubric.
type fitTracer struct {
	probe *Rubric
	ps    []fitParam
	index map[string]int // param name -> index
}

func newFitTracer(text []byte, ps []fitParam) *fitTracer {
	vals := make([]float64, len(ps))
	index := map[string]int{}
	for i, p := range ps {
		vals[i] = math.Copysign(probeSize, p.today)
		index[p.name()] = i
	}
	return &fitTracer{probe: withValues(text, ps, vals), ps: ps, index: index}
}

// trace analyses one reply and keeps what its score is made of. A feature
// with repeat points earns its points on its first finding and its repeat
// points after; sympathy piled up without substance adds the hollow
// feature's points each time (score.go), which the probe shows as points.
func (t *fitTracer) trace(text string, ctx Context) fitReply {
	a := t.probe.Analyze(text, ctx)
	rep := fitReply{caps: [2]float64{100, 100}}
	seen := map[string]bool{}
	hurt := map[*feature]bool{}
	for _, fe := range a.Features {
		f := t.probe.byID[fe.ID]
		name := f.ID
		if fe.Dimension != f.Dimension {
			name += ".also"
		} else {
			if seen[f.ID] && f.RepeatPoints != 0 {
				name += ".repeat"
			}
			if !seen[f.ID] && f.Points < 0 && math.Abs(fe.Points) >= 0.5*probeSize {
				hurt[f] = true // as score(): it costs at least half its points here
			}
			seen[f.ID] = true
		}
		i, ok := t.index[name]
		if !ok {
			rep.fixed[dimIndex(fe.Dimension)] += fe.Points // not fitted: the probe gives it its own points
			continue
		}
		probe := math.Copysign(probeSize, t.ps[i].today)
		rep.entries = append(rep.entries, fitEntry{param: int32(i), dim: int8(dimIndex(fe.Dimension)), mult: fe.Points / probe})
	}
	for f := range hurt {
		for _, dim := range f.capDims {
			d := dimIndex(dim)
			rep.caps[d] = math.Min(rep.caps[d], f.Cap[dim])
		}
	}
	return rep
}

// fitScorer turns a traced reply and a set of values into the scores the
// rubric would give: the baseline plus every finding's points rounded as
// tally.add rounds them, bounded as Rubric.bound, then capped.
type fitScorer struct {
	r    *Rubric // for the baselines and the soft ends
	base [2]float64
}

func (s fitScorer) scores(rep *fitReply, vals []float64) (emp, dee float64) {
	raw := [2]float64{s.base[0] + rep.fixed[0], s.base[1] + rep.fixed[1]}
	for _, e := range rep.entries {
		raw[e.dim] += round1(vals[e.param] * e.mult)
	}
	emp = math.Min(round1(s.r.bound(raw[0])), rep.caps[0])
	dee = math.Min(round1(s.r.bound(raw[1])), rep.caps[1])
	return emp, dee
}

func (s fitScorer) overall(rep *fitReply, vals []float64) float64 {
	emp, dee := s.scores(rep, vals)
	return Overall(Analysis{Empathy: emp, Deescalation: dee})
}
