package scoring

import (
	"cmp"
	"math"
	"slices"
	"strings"
)

// moodFactor scales a feature's points to the customer's mood: 1 for a
// calm customer, angry_factor for a furious one (-1), happy_factor for a
// delighted one (+1), linear in between.
func moodFactor(f *feature, mood float64) float64 {
	anger := math.Max(0, -mood)
	joy := math.Max(0, mood)
	return 1 + (f.AngryFactor-1)*anger + (f.HappyFactor-1)*joy
}

func round1(x float64) float64 { return math.Round(x*10)/10 + 0 } // + 0 turns -0 into 0

// tally collects the Features of one analysis and their sums.
type tally struct {
	a    *Analysis
	sum  [2]float64 // empathy, de-escalation
	lang string
	text string
}

// add appends a finding with its own points and, for the first finding of
// a feature, its `also` points.
func (t *tally) add(f *feature, m *match, pts, factor float64, withAlso bool, note string) {
	ft := Feature{ID: f.ID, Dimension: f.Dimension, Points: round1(pts * factor), Label: f.label(t.lang), Note: note, Admits: m.admits}
	if !m.whole() {
		ft.Start, ft.End, ft.ByteStart, ft.ByteEnd = int(m.r0), int(m.r1), int(m.b0), int(m.b1)
		ft.Text = t.text[m.b0:m.b1]
	}
	t.a.Features = append(t.a.Features, ft)
	t.sum[dimIndex(f.Dimension)] += ft.Points
	if !withAlso {
		return
	}
	for _, dim := range f.alsoDims {
		fa := ft
		fa.Dimension = dim
		fa.Points = round1(f.Also[dim] * factor)
		t.a.Features = append(t.a.Features, fa)
		t.sum[dimIndex(dim)] += fa.Points
	}
}

// addWhole adds a fact of the whole reply (and its `also`) in front of the
// findings, as the debrief orders findings by place.
func (t *tally) addWhole(f *feature, pts, factor float64, note string) {
	whole := match{t0: -1, t1: -1}
	before := len(t.a.Features)
	t.add(f, &whole, pts, factor, true, note)
	added := slices.Clone(t.a.Features[before:])
	copy(t.a.Features[len(added):], t.a.Features[:before])
	copy(t.a.Features, added)
}

// worth is what a finding earns on each dimension: its points (or repeat
// points) and its `also`.
func worth(f *feature, pts, factor float64, withAlso bool) (emp, dee float64) {
	var w [2]float64
	w[dimIndex(f.Dimension)] = pts * factor
	if withAlso {
		for _, dim := range f.alsoDims {
			w[dimIndex(dim)] += f.Also[dim] * factor
		}
	}
	return round1(w[0]), round1(w[1])
}

// score turns the surviving findings into Features and the two scores, and
// the cancelled and reduced ones into Discounts.
func (r *Rubric) score(s *scratch, text, lang string, mood float64, ctx Context) Analysis {
	nf := len(r.features)
	s.flags = append(s.flags[:0], make([]bool, 3*nf)...)
	present, seen, hurt := s.flags[:nf], s.flags[nf:2*nf], s.flags[2*nf:]
	for i := range s.matches {
		if !s.matches[i].dead {
			present[s.matches[i].f] = true
		}
	}
	// The findings are gathered in the scratch's memory and copied out
	// once at their final number: the analysis owns exactly what it holds.
	a := Analysis{Text: text, Language: lang, Features: s.features[:0], Missing: []Missing{}}
	t := &tally{a: &a, lang: lang, text: text}
	sy := sympathyCount{hollow: r.hollowFeature()}
	echo := r.onlyEcho(present)
	substance := r.anyPresent(present, r.substance) && echo == nil
	sy.empty = sy.hollow != nil && !substance
	sy.waits = r.anyPresent(present, r.requests) && !r.anyPresent(present, r.done)
	sy.stands = sy.waits && (r.anyStands(s) || anyAdmission(s))
	stock := r.chargedStock(s)
	for i := range s.matches {
		m := &s.matches[i]
		if m.dead {
			continue
		}
		f := r.features[m.f]
		factor := r.factor(f, mood, present)
		first := !seen[f.idx]
		seen[f.idx] = true
		pts := f.RepeatPoints
		if first {
			pts = f.Points
		}
		factor *= r.stockShare(s, t, m, f, pts, factor, first, stock) // before the ceiling: a stock phrase not charged caps nothing
		if first && pts < 0 && factor >= 0.5 {
			hurt[f.idx] = true // it costs at least half its points here
		}
		if slices.Contains(r.sympathy, f.idx) {
			factor *= r.sympathyShare(&sy, s, t, m, f, pts, factor, first, mood)
		} else if f == echo {
			factor *= r.echoShare(s, t, m, f, pts, factor, first)
		} else if sy.waits && slices.Contains(r.waiting, f.idx) && !m.admits && !r.stands(s, m) && (f.Detector != "restates" || r.besideRequest(s, m)) {
			factor *= r.waitShare(s, t, m, f, pts, factor, first)
		}
		note := ""
		if (f.Detector == "misreading" || f.Detector == "disclosure") && m.aux > 0 && int(m.aux) <= len(ctx.Misreadings) {
			note = ctx.Misreadings[m.aux-1].Fact // the scenario's fact; a disclosure found by the rubric's own words has none
		} else if m.aux > 0 && int(m.aux) <= len(r.features) && (r.features[m.aux-1].Detector == "promotion" || r.features[m.aux-1].Detector == "internal" || r.features[m.aux-1].Detector == "defended_after_sorry" || r.features[m.aux-1].Detector == "under_rules" || r.features[m.aux-1].Detector == "isolated") {
			note = r.features[m.aux-1].label(t.lang) // a template because it is a sales pitch; an evasion because the look stays internal; a sorry taken back by a defence of the staff; blame because the customer is set apart
		}
		if note == "" && f.Detector == "other_case" {
			note = r.otherCaseNote(s, m, ctx, lang)
		}
		if note == "" {
			note = addressNote(f, ctx, lang)
		}
		t.add(f, r.shownSpan(s, f, m, lang), pts, factor, first, note)
	}
	if !substance {
		for _, f := range r.features {
			if f.Detector == "no_substance" && (r.applies(cmp.Or(f.When, "complaint"), mood) || (f.WhenAsked && s.asked)) {
				t.addWhole(f, f.Points, moodFactor(f, mood), "")
				hurt[f.idx] = moodFactor(f, mood) >= 0.5 // its cap holds as a finding's does
			}
		}
	}
	r.cancelledDiscounts(s, &a, text, lang, mood, present)
	r.quoteRestated(s, &a, text)
	r.padding(s, t, ctx, text, mood)
	a.BaseEmpathy, a.BaseDeescalation = r.baseEmpathy, r.baseDeescalation
	a.Empathy = round1(r.bound(r.baseEmpathy + t.sum[0]))
	a.Deescalation = round1(r.bound(r.baseDeescalation + t.sum[1]))
	r.ceilings(&a, hurt)
	r.missing(s, &a, present, ctx, lang, mood)
	greetByName(&a, ctx.CustomerName, lang)
	s.features = a.Features[:0]
	a.Features = append(make([]Feature, 0, len(a.Features)), a.Features...)
	return a
}

// sympathyCount follows the sympathy findings of one reply.
type sympathyCount struct {
	hollow *feature // the rubric's hollow_sympathy feature, nil if none
	empty  bool     // the reply has no substance
	n      int      // sympathy findings so far
	first  *match   // the first of them
	waits  bool     // the steps wait on details the customer must send first
	stands bool     // but one promise stands on its own: the sympathy does not wait
}

// sympathyShare is the share of its points a sympathy finding keeps, and
// records the rest as a discount.
//
// With substance, sympathy counts once in full: a second way of saying it
// ("sorry" beside "wat vervelend") keeps second_sympathy_factor, a third
// nothing. Without substance (the research doc: "I understand" with
// nothing offered) the first keeps hollow_factor and every further one
// nothing, and costs the hollow feature's points: a pile of sympathy is
// worth less than one.
func (r *Rubric) sympathyShare(sy *sympathyCount, s *scratch, t *tally, m *match, f *feature, pts, factor float64, first bool, mood float64) float64 {
	sy.n++
	keep, cause, by := 1.0, -1, (*match)(nil)
	switch {
	case sy.empty:
		keep, cause = r.hollowFactor, sy.hollow.idx
		if sy.n > 1 {
			keep = 0
			t.add(sy.hollow, m, sy.hollow.Points, moodFactor(sy.hollow, mood), true, "")
		}
	case sy.n == 1 && sy.waits && !sy.stands:
		sy.first = m
		keep, cause = r.requestFactor, r.requests[0]
		if c := r.firstMatch(s, r.requests); c != nil {
			cause, by = int(c.f), c
		}
	case sy.n == 1:
		sy.first = m
		return 1
	case sy.waits && !sy.stands:
		keep, cause, by = r.secondSympathy*r.requestFactor, int(sy.first.f), sy.first
		if sy.n > 2 {
			keep = 0
		}
	default:
		keep, cause, by = r.secondSympathy, int(sy.first.f), sy.first
		if sy.n > 2 {
			keep = 0
		}
	}
	e, d := worth(f, pts, factor, first)
	ke, kd := worth(f, pts, factor*keep, first)
	if e != ke || d != kd {
		t.a.Discounts = append(t.a.Discounts, r.discount(s, t.text, t.lang, m, f, e-ke, d-kd, cause, by))
	}
	return keep // 0: the finding stays visible, worth nothing
}

// waitShare is the share of its points a promise keeps when it waits on
// details the customer must send first ("DM me your number and I'll look
// into it": the looking waits), and records the rest as a discount.
func (r *Rubric) waitShare(s *scratch, t *tally, m *match, f *feature, pts, factor float64, first bool) float64 {
	by := r.firstMatch(s, r.requests)
	cause := r.requests[0]
	if by != nil {
		cause = int(by.f)
	}
	e, d := worth(f, pts, factor, first)
	ke, kd := worth(f, pts, factor*r.requestFactor, first)
	if e != ke || d != kd {
		t.a.Discounts = append(t.a.Discounts, r.discount(s, t.text, t.lang, m, f, e-ke, d-kd, cause, by))
	}
	return r.requestFactor
}

// firstMatch is the first live finding of one of the features ids.
func (r *Rubric) firstMatch(s *scratch, ids []int) *match {
	for i := range s.matches {
		if m := &s.matches[i]; !m.dead && slices.Contains(ids, int(m.f)) {
			return m
		}
	}
	return nil
}

// factor is the share of its points a finding earns: the customer's mood,
// and a softening feature beside it.
func (r *Rubric) factor(f *feature, mood float64, present []bool) float64 {
	factor := moodFactor(f, mood)
	if f.Points < 0 && f.HappyFactor <= 0 && mood > r.delightedAbove && factor > 0 {
		// One mood per decision: a customer the rubric reads as delighted
		// (an apology to them is misplaced) is not also an angry one for
		// whom a laugh is risky (playtest 13, P13-3: "Haha" to a laughing
		// customer cost -1 beside "you apologise to a delighted customer").
		factor = 0
	}
	for _, sb := range f.SoftenedBy {
		if present[sb] {
			return factor * f.SoftenFactor
		}
	}
	return factor
}

func (r *Rubric) anyPresent(present []bool, ids []int) bool {
	for _, id := range ids {
		if present[id] {
			return true
		}
	}
	return false
}

// hollowFeature is the rubric's feature for sympathy without substance,
// nil when the rubric has none (then sympathy always counts in full).
func (r *Rubric) hollowFeature() *feature {
	for _, f := range r.features {
		if f.Detector == "hollow" {
			return f
		}
	}
	return nil
}

// cancelledDiscounts lists every finding another one cancelled, with what
// it would have earned: nothing a reply wrote disappears unexplained.
func (r *Rubric) cancelledDiscounts(s *scratch, a *Analysis, text, lang string, mood float64, present []bool) {
	for i := range s.matches {
		m := &s.matches[i]
		if !m.dead || m.by == 0 {
			continue
		}
		f := r.features[m.f]
		by := &s.matches[m.by-1]
		cause := int(by.f)
		if by.aux > 0 && int(by.aux) <= len(r.features) && r.features[by.aux-1].Detector == "internal" && slices.Contains(r.features[by.aux-1].Cancels, f.idx) {
			cause = int(by.aux) - 1 // the step is no step because the look stays internal
		}
		first := !present[f.idx]
		pts := f.RepeatPoints
		if first {
			pts = f.Points
		}
		e, d := worth(f, pts, r.factor(f, mood, present), first)
		if e == 0 && d == 0 && m.whole() {
			continue // nothing lost and nothing to point at: nothing to explain
		}
		a.Discounts = append(a.Discounts, r.discount(s, text, lang, m, f, e, d, cause, by))
	}
}

// discount describes a finding that earned less than its points: lost is
// what it lost on each dimension, cause the feature that cancelled or
// reduced it (by its finding, nil for a fact of the whole reply).
func (r *Rubric) discount(s *scratch, text, lang string, m *match, f *feature, lostE, lostD float64, cause int, by *match) Discount {
	c := r.features[cause]
	d := Discount{ID: f.ID, Empathy: lostE, Deescalation: lostD, By: c.ID}
	if !m.whole() {
		d.Start, d.End, d.Text = int(m.r0), int(m.r1), text[m.b0:m.b1]
	}
	if by != nil && !by.whole() {
		d.ByStart, d.ByEnd, d.ByText = int(by.r0), int(by.r1), text[by.b0:by.b1]
	}
	d.Note = r.discountNote(d, lang)
	return d
}

// ceilings: some features sink a reply whatever else it says.
func (r *Rubric) ceilings(a *Analysis, hurt []bool) {
	for _, f := range r.features {
		// A ceiling holds only where the feature is a real fault in this
		// context, costing at least half its points ("!!!" to a delighted
		// customer is enthusiasm).
		if !hurt[f.idx] || len(f.capDims) == 0 {
			continue
		}
		for _, dim := range f.capDims {
			score := &a.Empathy
			if dim == Deescalation {
				score = &a.Deescalation
			}
			if max := f.Cap[dim]; *score > max {
				*score = max
				a.Caps = append(a.Caps, Cap{ID: f.ID, Dimension: dim, Max: max})
			}
		}
	}
}

// missing lists what the situation called for but the reply lacks.
func (r *Rubric) missing(s *scratch, a *Analysis, present []bool, ctx Context, lang string, mood float64) {
	for _, e := range r.expect {
		if !r.applies(e.when, mood) {
			continue
		}
		if e.grievance && !r.namesGrievance(s, ctx, lang) {
			continue // "Kut-universiteit": nothing to apologise for yet
		}
		if len(e.any) == 0 || r.anyPresent(present, e.any) {
			continue
		}
		f := r.features[e.any[0]]
		dup := false
		for _, m := range a.Missing {
			dup = dup || m.ID == f.ID
		}
		// A reply that has the feature, cancelled ("sorry, but that's
		// the policy"), does not lack it: its discount says why it did
		// not count, and "no apology" beside it would contradict that.
		for _, d := range a.Discounts {
			dup = dup || d.ID == f.ID
		}
		if !dup {
			a.Missing = append(a.Missing, Missing{ID: f.ID, Dimension: f.Dimension, Label: f.missingLabel(lang), Tip: pick(f.Tip, lang)})
		}
	}
}

func (r *Rubric) applies(when string, mood float64) bool {
	switch when {
	case "always":
		return true
	case "complaint":
		return mood < 0
	case "angry":
		return mood <= r.angryBelow
	case "delighted":
		return mood >= r.delightedAbove
	}
	return false
}

func dimIndex(d string) int {
	if d == Deescalation {
		return 1
	}
	return 0
}

func clamp(x float64) float64 { return math.Max(0, math.Min(100, x)) }

// bound keeps a raw score within 0..100 without flattening its ends: up to
// soft_below and from soft_above on, every further point counts less and
// less (exponentially), so that a reply that does more still scores higher
// than one that does less, however good or bad both are. A hard clamp made
// two good replies tie at 100 (and two bad ones at 0), and a rule that
// rightly rewarded more (a fix already done) made the replies it should
// tell apart equal. Between the knees the score is the raw sum.
func (r *Rubric) bound(x float64) float64 {
	hi, lo := r.softAbove, r.softBelow
	switch {
	case x > hi && hi < 100:
		return hi + (100-hi)*(1-math.Exp(-(x-hi)/(100-hi)))
	case x < lo && lo > 0:
		return lo * math.Exp((x-lo)/lo)
	}
	return clamp(x)
}

// greetByName puts the customer's first name into the tips that show a
// greeting ("Hoi {customer}"), so a tip never greets another case's
// customer; without a name the tip says "the customer".
func greetByName(a *Analysis, name, lang string) {
	if f := strings.Fields(name); len(f) > 0 {
		name = f[0]
	} else if lang == "en" {
		name = "there"
	} else {
		name = "daar"
	}
	for i := range a.Missing {
		a.Missing[i].Tip = strings.ReplaceAll(a.Missing[i].Tip, "{customer}", name)
	}
}

func pick(m map[string]string, lang string) string {
	if v := m[lang]; v != "" {
		return v
	}
	if v := m["nl"]; v != "" {
		return v
	}
	return m["en"]
}

func (f *feature) label(lang string) string { return pick(f.Label, lang) }

func (f *feature) missingLabel(lang string) string {
	if v := pick(f.Missing, lang); v != "" {
		return v
	}
	return f.label(lang)
}

// quoteRestated gives a restatement's findings and discounts the customer's
// own words as their quote; their span and text still run from the first
// to the last of those words.
func (r *Rubric) quoteRestated(s *scratch, a *Analysis, text string) {
	if len(s.restated) == 0 {
		return
	}
	q := ""
	for i := range a.Features {
		if f := r.byID[a.Features[i].ID]; f != nil && f.Detector == "restates" && a.Features[i].Text != "" {
			if q == "" {
				q = s.restatedQuote(text)
			}
			a.Features[i].Quote = q
		}
	}
	for i := range a.Discounts {
		if f := r.byID[a.Discounts[i].ID]; f != nil && f.Detector == "restates" && a.Discounts[i].Text != "" {
			if q == "" {
				q = s.restatedQuote(text)
			}
			a.Discounts[i].Quote = q
		}
	}
}
