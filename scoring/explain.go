package scoring

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strings"
	"unicode/utf8"
)

// Overall is a reply's combined quality, 0..100, used to order replies
// (the best written choice, the agreement test on the labelled set):
//
//	0.35 × empathy + 0.35 × de-escalation + 0.30 × min(empathy, de-escalation)
//
// The mean of the two dimensions, with extra weight on the weaker one: a
// warm reply that also mocks the customer (T-Mobile's ^Jacob) is a bad
// reply, not an average one. Speed is not part of it: it belongs to the
// round, not to the text.
func Overall(a Analysis) float64 {
	o := 0.35*a.Empathy + 0.35*a.Deescalation + 0.30*math.Min(a.Empathy, a.Deescalation)
	return math.Round(o*10) / 10
}

// Explain writes the analysis in words, in Dutch ("nl") or English ("en"):
// each feature found with its span and points, each expected feature that
// is missing with its tip, and the resulting scores. This is the text of
// `webcaresim score --explain` and of the debrief.
func (r *Rubric) Explain(a Analysis, lang string) string {
	if lang != "en" {
		lang = "nl"
	}
	e := &explainer{r: r, a: a, lang: lang}
	fmt.Fprintf(&e.b, "%s: %q\n", e.t("Reactie", "Reply"), a.Text)
	fmt.Fprintf(&e.b, "%s %.0f/100, %s %.0f/100, %s %.0f/100\n",
		e.t("Empathie", "Empathy"), a.Empathy, e.t("de-escalatie", "de-escalation"), a.Deescalation,
		e.t("samen", "overall"), Overall(a))
	fmt.Fprintf(&e.b, "%s: %s %.0f, %s %.0f\n", e.t("Basis", "Baseline"),
		e.t("empathie", "empathy"), r.baseEmpathy, e.t("de-escalatie", "de-escalation"), r.baseDeescalation)
	e.questions()
	e.findings()
	e.arithmetic()
	e.discounts()
	e.missing()
	return e.b.String()
}

// explainer writes one analysis out in one language.
type explainer struct {
	r    *Rubric
	a    Analysis
	lang string
	b    strings.Builder
}

func (e *explainer) t(nl, en string) string {
	if e.lang == "en" {
		return en
	}
	return nl
}

func (e *explainer) dimName(d string) string {
	if d == Deescalation {
		return e.t("de-escalatie", "de-escalation")
	}
	return e.t("empathie", "empathy")
}

func (e *explainer) where(start, end int, text string) string {
	if end > start {
		return fmt.Sprintf("[%d:%d] %q", start, end, text)
	}
	return e.t("hele reactie", "whole reply")
}

// findings writes one line per finding: the entries of a feature at one
// span (its own dimension and `also`) are shown together, with the label,
// the note and, once per feature that cost points, what to do instead.
func (e *explainer) findings() {
	feats := e.a.Features
	if len(feats) == 0 {
		fmt.Fprintf(&e.b, "%s\n", e.t("Niets gevonden dat punten oplevert of kost.", "Nothing found that earns or costs points."))
		return
	}
	fmt.Fprintf(&e.b, "%s:\n", e.t("Gevonden", "Found"))
	labels := e.r.labelsIn(e.lang)
	tipped, seen := map[string]bool{}, map[string]bool{}
	for _, run := range SpanRuns(feats) {
		f := run[0]
		var pts []string
		total := 0.0
		for _, g := range run {
			total += math.Abs(g.Points)
			if g.Points != 0 {
				pts = append(pts, fmt.Sprintf("%+.1f %s", g.Points, e.dimName(g.Dimension)))
			}
		}
		if total == 0 && f.Text == "" {
			continue // no span and no points: nothing the trainee could look at
		}
		if total == 0 {
			// Only a feature found before is a repeat; a first finding at
			// 0 is worth nothing in this context (a wink to a pleased
			// customer was called "a repeat", playtest 20, P20-11).
			pts = []string{e.t("0 (telt hier niet mee)", "0 (counts for nothing here)")}
			if seen[f.ID] {
				pts = []string{e.t("0 (herhaling telt niet opnieuw)", "0 (a repeat does not count again)")}
			}
			if rf := e.r.byID[f.ID]; rf != nil && rf.Points == 0 {
				pts = []string{e.t("0 (geen punten op zich)", "0 (no points of its own)")}
			}
			for _, d := range e.a.Discounts {
				if d.ID == f.ID && d.Start == f.Start && d.End == f.End {
					pts = []string{e.t("0 (telt niet, zie hieronder)", "0 (does not count, see below)")}
				}
			}
		}
		seen[f.ID] = true
		label := labels[f.ID]
		if label == "" {
			label = f.Label
		}
		fmt.Fprintf(&e.b, "  %-20s %s: %s\n", f.ID, e.where(f.Start, f.End, cmp.Or(f.Quote, f.Text)), strings.Join(pts, ", "))
		if label != "" {
			fmt.Fprintf(&e.b, "    %s\n", label)
		}
		if f.Note != "" {
			fmt.Fprintf(&e.b, "    %s\n", e.r.featureNote(f, e.lang))
		}
		if rf := e.r.byID[f.ID]; rf != nil && rf.Points < 0 && !tipped[f.ID] {
			tipped[f.ID] = true
			if tip := pick(rf.Tip, e.lang); tip != "" {
				fmt.Fprintf(&e.b, "    %s: %s\n", e.t("Tip", "Tip"), tip)
			}
		}
	}
}

// arithmetic writes how each score is made, so every point can be traced:
// baseline plus the findings, clamped to 0..100 or held by a ceiling.
func (e *explainer) arithmetic() {
	var sum [2]float64
	for _, f := range e.a.Features {
		sum[dimIndex(f.Dimension)] += f.Points
	}
	for k, dim := range []string{Empathy, Deescalation} {
		base, score := e.r.baseEmpathy, e.a.Empathy
		if k == 1 {
			base, score = e.r.baseDeescalation, e.a.Deescalation
		}
		raw := base + sum[k]
		line := fmt.Sprintf("  %s: %.0f %+.1f = %.1f", e.dimName(dim), base, sum[k], raw)
		capped := ""
		for _, c := range e.a.Caps {
			if c.Dimension == dim && c.Max == score {
				capped = c.ID
			}
		}
		switch {
		case capped != "":
			line += fmt.Sprintf(" → %.0f (%s %s)", score, e.t("plafond door", "capped by"), capped)
		case raw > e.r.softAbove && math.Abs(score-raw) > 0.05:
			line += fmt.Sprintf(" → %.0f (%s)", score, e.t(fmt.Sprintf("boven %.0f telt elk punt minder; nooit boven 100", e.r.softAbove),
				fmt.Sprintf("above %.0f each point counts less; never above 100", e.r.softAbove)))
		case raw < e.r.softBelow && math.Abs(score-raw) > 0.05:
			line += fmt.Sprintf(" → %.0f (%s)", score, e.t(fmt.Sprintf("onder %.0f telt elk punt minder; nooit onder 0", e.r.softBelow),
				fmt.Sprintf("below %.0f each point counts less; never below 0", e.r.softBelow)))
		}
		fmt.Fprintln(&e.b, line)
	}
}

// discounts writes what was said but counted less or not at all, and why.
func (e *explainer) discounts() {
	var shown []Discount
	for _, d := range e.a.Discounts {
		if d.Empathy != 0 || d.Deescalation != 0 || d.Text != "" {
			shown = append(shown, d) // else nothing lost and nothing to point at
		}
	}
	if len(shown) == 0 {
		return
	}
	fmt.Fprintf(&e.b, "%s:\n", e.t("Telt niet of minder mee", "Not counted, or counted less"))
	for _, d := range shown {
		var lost []string
		if d.Empathy != 0 {
			lost = append(lost, fmt.Sprintf("%+.1f %s", -d.Empathy, e.dimName(Empathy)))
		}
		if d.Deescalation != 0 {
			lost = append(lost, fmt.Sprintf("%+.1f %s", -d.Deescalation, e.dimName(Deescalation)))
		}
		if len(lost) == 0 {
			lost = []string{"0"}
		}
		loses := e.t("verliest", "loses")
		if d.KeptPoints(e.a.Features) > 0 {
			loses = e.t("verliest (de rest staat hierboven)", "loses (the rest counts above)")
		}
		fmt.Fprintf(&e.b, "  %-20s %s: %s %s\n", d.ID, e.where(d.Start, d.End, cmp.Or(d.Quote, d.Text)), loses, strings.Join(lost, ", "))
		fmt.Fprintf(&e.b, "    %s\n", e.r.discountNote(d, e.lang))
	}
}

// missing writes what the situation called for but the reply lacks.
func (e *explainer) missing() {
	if len(e.a.Missing) == 0 {
		return
	}
	fmt.Fprintf(&e.b, "%s:\n", e.t("Ontbreekt", "Missing"))
	for _, m := range e.a.Missing {
		label, tip := m.Label, m.Tip
		if f := e.r.byID[m.ID]; f != nil {
			label, tip = f.missingLabel(e.lang), withCustomer(pick(f.Tip, e.lang), pick(f.Tip, e.a.Language), m.Tip)
		}
		fmt.Fprintf(&e.b, "  - %-20s %s\n", m.ID, label)
		if tip != "" {
			fmt.Fprintf(&e.b, "    %s: %s\n", e.t("Tip", "Tip"), tip)
		}
	}
}

// labelsIn maps feature ids to their labels in lang, so that an analysis
// made in one language can be explained in the other.
func (r *Rubric) labelsIn(lang string) map[string]string {
	m := make(map[string]string, len(r.features))
	for _, f := range r.features {
		m[f.ID] = f.label(lang)
	}
	return m
}

// FeatureIDs lists the rubric's feature ids in file order.
func (r *Rubric) FeatureIDs() []string {
	ids := make([]string, len(r.features))
	for i, f := range r.features {
		ids[i] = f.ID
	}
	return ids
}

// Tip returns the tip of a feature in lang ("" if the feature is unknown).
func (r *Rubric) Tip(id, lang string) string {
	if f := r.byID[id]; f != nil {
		return pick(f.Tip, lang)
	}
	return ""
}

// discountNote explains in lang why a finding counts less or not at all,
// naming the words that cancelled it: "je medeleven telt niet mee: daarna
// weiger je ('helaas kunnen we…')".
func (r *Rubric) discountNote(d Discount, lang string) string {
	c := r.byID[d.By]
	if c == nil {
		return d.Note
	}
	if c.Points > 0 && d.ByEnd > d.Start && d.ByStart < d.End {
		// A finding that earns points took the same words: they count
		// once, above ("is refunded" is the fix reported, not a second
		// step; playtest 28, F8).
		note := "telt niet nog eens: dezelfde woorden tellen hierboven al mee"
		if lang == "en" {
			note = "not counted again: the same words already count above"
		}
		return note + " ('" + shorten(d.ByText, 40) + "')"
	}
	note := cmp.Or(r.stockNote(c, r.byID[d.ID], lang), pick(c.CancelNote, lang))
	if f := r.byID[d.ID]; f != nil && note != "" && r.stockNote(c, f, lang) == "" && !r.notedFor(c, f, d) {
		note = "" // the note speaks of sympathy; this finding is a step, a time, or the fault's own words
	}
	if slices.Contains(r.sympathy, c.idx) {
		note = "telt minder mee: je toonde al medeleven"
		if lang == "en" {
			note = "counts for less: you already showed sympathy"
		}
	}
	if note == "" {
		prefix := "telt niet mee: "
		if lang == "en" {
			prefix = "does not count: "
		}
		note = prefix + c.label(lang)
	}
	if d.ByText != "" {
		note += " ('" + shorten(d.ByText, 40) + "')"
	}
	return note
}

// featureNote explains a finding's note in lang: the fact a misreading
// gets wrong (in the scenario's language), or the words of padding.
func (r *Rubric) featureNote(f Feature, lang string) string {
	if rf := r.byID[f.ID]; rf != nil && f.Note != "" && (rf.Detector == "misreading" || rf.Detector == "disclosure") {
		if lang == "en" {
			return "The fact: " + f.Note
		}
		return "Het feit: " + f.Note
	}
	if rf := r.byID[f.ID]; rf != nil && rf.Detector == "padding" {
		n := 0
		fmt.Sscanf(f.Note, "%d", &n)
		if lang == "en" {
			return fmt.Sprintf("%d words that add nothing", n)
		}
		return fmt.Sprintf("%d woorden die niets toevoegen", n)
	}
	if rf := r.byID[f.ID]; rf != nil {
		if note, ok := translateAddressNote(rf.Detector, f.Note, lang); ok {
			return note
		}
		if note, ok := translateOtherCaseNote(f.Note, lang); ok && rf.Detector == "other_case" {
			return note
		}
	}
	return f.Note
}

// shorten cuts s to about n code points, at a word, with an ellipsis.
func shorten(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s // most are short: no copy of their runes
	}
	rs := []rune(s)
	cut := n
	for cut > n/2 && rs[cut] != ' ' {
		cut--
	}
	return strings.TrimRight(string(rs[:cut]), " ,.;:") + "…"
}

// withCustomer fills the customer's name into a tip in another language
// than the analysis: the name is what the analysis's own tip (made from
// the template in its language) has where the template says {customer}.
func withCustomer(tip, template, filled string) string {
	const slot = "{customer}"
	i := strings.Index(template, slot)
	if i < 0 || !strings.Contains(tip, slot) {
		return tip
	}
	prefix, suffix := template[:i], template[i+len(slot):]
	if !strings.HasPrefix(filled, prefix) || !strings.HasSuffix(filled, suffix) || len(filled) < len(prefix)+len(suffix) {
		return tip
	}
	return strings.ReplaceAll(tip, slot, filled[len(prefix):len(filled)-len(suffix)])
}

// notedFor reports whether the cancel_note of c, written for what c
// cancels, describes the cancelled finding d of feature f. A note about
// sympathy ("je medeleven telt niet mee: daarna weiger je") names only the
// sympathy it cancelled: a step or a fix the same wall cancels gets the
// wall's own label, and so do words that are themselves the fault ("a
// fitting room is not meant for injections" restates the post and is the
// blame). Playtest 12, P12-7: "'sofa arrives on Tuesday' — your sympathy
// does not count".
func (r *Rubric) notedFor(c, f *feature, d Discount) bool {
	if d.ByText != "" && d.Start < d.ByEnd && d.ByStart < d.End {
		return false
	}
	if r.acknowledges(f) {
		return true
	}
	for _, list := range c.cancelLists() {
		for _, g := range list {
			if r.acknowledges(r.features[g]) {
				return false // the note was written for the sympathy c cancels
			}
		}
	}
	return true
}

// acknowledges reports a feature that shows the customer was heard:
// sympathy, thanks, their harm restated, their point granted.
func (r *Rubric) acknowledges(f *feature) bool {
	return slices.Contains(r.sympathy, f.idx) || f.ID == "thanks" || f.Detector == "restates" || f.ID == "concedes" || f.ID == "share_joy"
}
