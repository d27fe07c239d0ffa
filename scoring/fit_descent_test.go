package scoring

import (
	"hash/fnv"
	"math"
	"slices"
)

// fitSet is labelled data as the fit sees it: every reply traced, and per
// group the replies in their ranked order, best first.
type fitSet struct {
	replies []fitReply
	groups  [][]int32
	keys    []string   // a group's fold key: its set and its twin or id, so that a translation pair stays together
	twins   [][2]int32 // the Dutch and English reply of a translation pair
	groupOf []int32    // the group of each reply
}

// fold is the fold of group g among k, by FNV-1a of its key.
func (s *fitSet) fold(g, k int) int {
	h := fnv.New32a()
	h.Write([]byte(s.keys[g]))
	return int(h.Sum32() % uint32(k))
}

// fitter moves the params by small steps, one at a time, as long as the
// loss falls: for every within-group pair, a logistic loss on how far the
// better reply's Overall lies above the worse one's (tau points make a
// factor e), plus lambda times the squared distance of each param from
// today's value, which keeps a feature that few pairs see where it is.
// A reward stays a reward and a penalty a penalty, never 0: which findings
// the rubric makes depends on the sign of the points. A translation pair
// whose two replies score more than parityFree points apart on either
// dimension or overall, and further apart than at today's points, adds
// parityWeight times the square of the excess: Dutch and English must
// stay equal (TestTranslationParity holds them to 10 points), and a pair
// today's points leave 9 points apart is not pulled to 8 at the cost of
// the rankings.
type fitter struct {
	set *fitSet
	sc  fitScorer
	ps  []fitParam
	fitLoss
	use         []bool       // the groups trained on
	groupsOf    [][]int32    // per param, the groups with a finding of it
	twinsOf     [][]int32    // per param, the translation pairs with a finding of it
	parity      []float64    // the parity loss per translation pair at vals
	parityFree  [][3]float64 // per translation pair, the gaps that cost nothing
	twinScratch []float64
	vals        []float64
	over        []float64 // Overall per reply at vals
	loss        []float64 // the pair loss per group at vals
	scratch     []float64
}

func newFitter(set *fitSet, sc fitScorer, ps []fitParam, l fitLoss, use []bool) *fitter {
	f := &fitter{set: set, sc: sc, ps: ps, fitLoss: l, use: use,
		groupsOf: make([][]int32, len(ps)), twinsOf: make([][]int32, len(ps)), vals: make([]float64, len(ps)),
		over: make([]float64, len(set.replies)), loss: make([]float64, len(set.groups))}
	for i, p := range ps {
		f.vals[i] = p.today
	}
	for g, idx := range set.groups {
		if !use[g] {
			continue
		}
		for _, k := range set.paramsOf(idx) {
			f.groupsOf[k] = append(f.groupsOf[k], int32(g))
		}
		f.loss[g] = f.groupLoss(g)
	}
	f.parity = make([]float64, len(set.twins))
	f.parityFree = make([][3]float64, len(set.twins))
	for i, tw := range set.twins {
		if !use[set.groupOf[tw[0]]] {
			continue
		}
		for _, k := range set.paramsOf(tw[:]) {
			f.twinsOf[k] = append(f.twinsOf[k], int32(i))
		}
		gaps := f.twinGaps(i)
		for m, gap := range gaps {
			f.parityFree[i][m] = math.Max(parityFree, math.Abs(gap))
		}
		f.parity[i] = f.twinLoss(i)
	}
	return f
}

const (
	parityFree   = 8.0
	parityWeight = 1.0
)

// twinGaps are the Dutch minus the English scores of translation pair i at
// f.vals: empathy, de-escalation, overall.
func (f *fitter) twinGaps(i int) [3]float64 {
	tw := f.set.twins[i]
	e0, d0 := f.sc.scores(&f.set.replies[tw[0]], f.vals)
	e1, d1 := f.sc.scores(&f.set.replies[tw[1]], f.vals)
	o0 := Overall(Analysis{Empathy: e0, Deescalation: d0})
	o1 := Overall(Analysis{Empathy: e1, Deescalation: d1})
	return [3]float64{e0 - e1, d0 - d1, o0 - o1}
}

// twinLoss is the parity loss of translation pair i at f.vals.
func (f *fitter) twinLoss(i int) float64 {
	s := 0.0
	for m, gap := range f.twinGaps(i) {
		if x := math.Abs(gap) - f.parityFree[i][m]; x > 0 {
			s += parityWeight * x * x
		}
	}
	return s
}

// paramsOf lists, once each, the params with a finding in the replies.
func (s *fitSet) paramsOf(replies []int32) []int32 {
	var ks []int32
	for _, r := range replies {
		for _, e := range s.replies[r].entries {
			if !slices.Contains(ks, e.param) {
				ks = append(ks, e.param)
			}
		}
	}
	return ks
}

// fitLoss is what a pair costs: kind "logistic" is log(1+e^(-d/tau)) for
// an Overall difference d in the ranking's direction, which keeps
// growing for a pair ordered the wrong way, and "sigmoid" is
// 1/(1+e^(d/tau)), a smooth count of wrong pairs (a tie costs half, as
// the agreement counts it) that a pair no points can fix does not pull at.
// lambda is the regulariser's strength.
type fitLoss struct {
	kind        string
	tau, lambda float64
}

func (l fitLoss) pair(d float64) float64 {
	x := -d / l.tau
	if l.kind == "sigmoid" {
		return 1 / (1 + math.Exp(-x))
	}
	if x > 30 {
		return x
	}
	return math.Log1p(math.Exp(x))
}

// groupLoss scores the group's replies at f.vals and returns its pair loss.
func (f *fitter) groupLoss(g int) float64 {
	idx := f.set.groups[g]
	for _, r := range idx {
		f.over[r] = f.sc.overall(&f.set.replies[r], f.vals)
	}
	s := 0.0
	for i := range idx {
		for j := i + 1; j < len(idx); j++ {
			s += f.pair(f.over[idx[i]] - f.over[idx[j]])
		}
	}
	return s
}

// delta is how much the loss changes when param k moves to v; the groups'
// new losses are left in f.scratch.
func (f *fitter) delta(k int, v float64) float64 {
	old := f.vals[k]
	f.vals[k] = v
	f.scratch = f.scratch[:0]
	d := f.lambda * (sq(v-f.ps[k].today) - sq(old-f.ps[k].today))
	for _, g := range f.groupsOf[k] {
		l := f.groupLoss(int(g))
		f.scratch = append(f.scratch, l)
		d += l - f.loss[g]
	}
	f.twinScratch = f.twinScratch[:0]
	for _, i := range f.twinsOf[k] {
		l := f.twinLoss(int(i))
		f.twinScratch = append(f.twinScratch, l)
		d += l - f.parity[i]
	}
	f.vals[k] = old
	for _, g := range f.groupsOf[k] {
		f.groupLoss(int(g)) // restore f.over
	}
	return d
}

func sq(x float64) float64 { return x * x }

// allowed: the same sign as today, never 0, and within the param's bounds.
func (f *fitter) allowed(k int, v float64) bool {
	p := f.ps[k]
	return v*p.today > 0 && math.Abs(v) >= p.lo-1e-9 && math.Abs(v) <= p.hi+1e-9
}

func (f *fitter) accept(k int, v float64) {
	f.vals[k] = v
	for i, g := range f.groupsOf[k] {
		f.loss[g] = f.scratch[i]
	}
	for j, i := range f.twinsOf[k] {
		f.parity[i] = f.twinScratch[j]
	}
	for _, g := range f.groupsOf[k] {
		f.groupLoss(int(g))
	}
}

// move tries one step up and one down and, in the direction that lowers
// the loss, keeps going with steps of growing size while it still does.
// It returns how much the loss fell.
func (f *fitter) move(k int) float64 {
	gained := 0.0
	for _, dir := range []float64{1, -1} {
		step := dir * f.ps[k].step
		for f.allowed(k, f.vals[k]+step) {
			d := f.delta(k, f.vals[k]+step)
			if d >= -1e-9 {
				break
			}
			f.accept(k, f.vals[k]+step)
			gained -= d
			step *= 2
		}
		if gained > 0 {
			break
		}
	}
	return gained
}

// fit runs sweeps over every param until a sweep gains almost nothing.
func (f *fitter) fit(maxSweeps int) (sweeps int) {
	for sweeps = 1; sweeps <= maxSweeps; sweeps++ {
		gained := 0.0
		for k := range f.ps {
			if len(f.groupsOf[k]) > 0 || len(f.twinsOf[k]) > 0 {
				gained += f.move(k)
			}
		}
		if gained < 1e-3 {
			break
		}
	}
	return sweeps
}

// agreement counts, over the groups for which in says true, the pairs the
// values order as the ranking does (a tie counts half), as scoreGroups.
func (s *fitSet) agreement(sc fitScorer, vals []float64, in func(g int) bool) (right, pairs float64) {
	over := make([]float64, 6)
	for g, idx := range s.groups {
		if !in(g) {
			continue
		}
		over = over[:0]
		for _, r := range idx {
			over = append(over, sc.overall(&s.replies[r], vals))
		}
		for i := range over {
			for j := i + 1; j < len(over); j++ {
				pairs++
				switch {
				case over[i] > over[j]:
					right++
				case over[i] == over[j]:
					right += 0.5
				}
			}
		}
	}
	return right, pairs
}

// cvResult is what cross-validation found: the agreement over all
// left-out pairs and, fold by fold, how much the fitted points gained on
// the left-out groups over today's, with the standard error of that gain
// (the spread of the folds' gains over the square root of their number).
type cvResult struct {
	agree, gain, gainSE float64
}

// crossValidate fits on all folds but one and measures the one left out,
// for each fold in turn.
func crossValidate(set *fitSet, sc fitScorer, ps []fitParam, l fitLoss, folds int) cvResult {
	today := make([]float64, len(ps))
	for i, p := range ps {
		today[i] = p.today
	}
	right, pairs := 0.0, 0.0
	var gains []float64
	for k := 0; k < folds; k++ {
		use := make([]bool, len(set.groups))
		for g := range use {
			use[g] = set.fold(g, folds) != k
		}
		f := newFitter(set, sc, ps, l, use)
		f.fit(30)
		out := func(g int) bool { return !use[g] }
		r, p := set.agreement(sc, f.vals, out)
		r0, _ := set.agreement(sc, today, out)
		right += r
		pairs += p
		gains = append(gains, (r-r0)/p)
	}
	res := cvResult{agree: right / pairs}
	for _, g := range gains {
		res.gain += g / float64(folds)
	}
	for _, g := range gains {
		res.gainSE += sq(g - res.gain)
	}
	res.gainSE = math.Sqrt(res.gainSE/float64(folds-1)) / math.Sqrt(float64(folds))
	return res
}
