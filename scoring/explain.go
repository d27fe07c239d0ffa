package scoring

import (
	"fmt"
	"math"
	"slices"
	"strings"
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
	t := func(nl, en string) string {
		if lang == "en" {
			return en
		}
		return nl
	}
	dimName := func(d string) string {
		if d == Deescalation {
			return t("de-escalatie", "de-escalation")
		}
		return t("empathie", "empathy")
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%s: %q\n", t("Reactie", "Reply"), a.Text)
	fmt.Fprintf(&b, "%s %.0f/100, %s %.0f/100, %s %.0f/100\n",
		t("Empathie", "Empathy"), a.Empathy, t("de-escalatie", "de-escalation"), a.Deescalation,
		t("samen", "overall"), Overall(a))
	fmt.Fprintf(&b, "%s: %s %.0f, %s %.0f\n", t("Basis", "Baseline"),
		t("empathie", "empathy"), r.baseEmpathy, t("de-escalatie", "de-escalation"), r.baseDeescalation)
	labels := r.labelsIn(lang)
	if len(a.Features) == 0 {
		fmt.Fprintf(&b, "%s\n", t("Niets gevonden dat punten oplevert of kost.", "Nothing found that earns or costs points."))
	} else {
		fmt.Fprintf(&b, "%s:\n", t("Gevonden", "Found"))
	}
	// One line per finding: the entries of a feature at one span (its own
	// dimension and `also`) are shown together.
	tipped := map[string]bool{}
	for i := 0; i < len(a.Features); {
		f := a.Features[i]
		j := i + 1
		for j < len(a.Features) && a.Features[j].ID == f.ID && a.Features[j].Start == f.Start && a.Features[j].End == f.End {
			j++
		}
		var pts []string
		total := 0.0
		for _, g := range a.Features[i:j] {
			total += math.Abs(g.Points)
			if g.Points != 0 {
				pts = append(pts, fmt.Sprintf("%+.1f %s", g.Points, dimName(g.Dimension)))
			}
		}
		if total == 0 {
			pts = []string{t("0 (herhaling telt niet opnieuw)", "0 (a repeat does not count again)")}
		}
		where := t("hele reactie", "whole reply")
		if f.End > f.Start {
			where = fmt.Sprintf("[%d:%d] %q", f.Start, f.End, f.Text)
		}
		label := labels[f.ID]
		if label == "" {
			label = f.Label
		}
		fmt.Fprintf(&b, "  %-20s %s: %s\n", f.ID, where, strings.Join(pts, ", "))
		if label != "" {
			fmt.Fprintf(&b, "    %s\n", label)
		}
		if f.Note != "" {
			fmt.Fprintf(&b, "    %s\n", r.featureNote(f, lang))
		}
		// What to do instead, once per feature that cost points.
		if rf := r.byID[f.ID]; rf != nil && rf.Points < 0 && !tipped[f.ID] {
			tipped[f.ID] = true
			if tip := pick(rf.Tip, lang); tip != "" {
				fmt.Fprintf(&b, "    %s: %s\n", t("Tip", "Tip"), tip)
			}
		}
		i = j
	}
	// The arithmetic, so every point can be traced: baseline plus the
	// findings, clamped to 0..100.
	var sum [2]float64
	for _, f := range a.Features {
		sum[dimIndex(f.Dimension)] += f.Points
	}
	for k, dim := range []string{Empathy, Deescalation} {
		base := r.baseEmpathy
		score := a.Empathy
		if k == 1 {
			base, score = r.baseDeescalation, a.Deescalation
		}
		raw := base + sum[k]
		line := fmt.Sprintf("  %s: %.0f %+.1f = %.1f", dimName(dim), base, sum[k], raw)
		capped := ""
		for _, c := range a.Caps {
			if c.Dimension == dim && c.Max == score {
				capped = c.ID
			}
		}
		switch {
		case capped != "":
			line += fmt.Sprintf(" → %.0f (%s %s)", score, t("plafond door", "capped by"), capped)
		case math.Abs(clamp(raw)-raw) > 0.05:
			line += fmt.Sprintf(" → %.0f (%s)", score, t("begrensd op 0–100", "clamped to 0–100"))
		}
		fmt.Fprintln(&b, line)
	}
	if len(a.Discounts) > 0 {
		fmt.Fprintf(&b, "%s:\n", t("Telt niet of minder mee", "Not counted, or counted less"))
		for _, d := range a.Discounts {
			where := t("hele reactie", "whole reply")
			if d.End > d.Start {
				where = fmt.Sprintf("[%d:%d] %q", d.Start, d.End, d.Text)
			}
			var lost []string
			if d.Empathy != 0 {
				lost = append(lost, fmt.Sprintf("%+.1f %s", -d.Empathy, dimName(Empathy)))
			}
			if d.Deescalation != 0 {
				lost = append(lost, fmt.Sprintf("%+.1f %s", -d.Deescalation, dimName(Deescalation)))
			}
			if len(lost) == 0 {
				lost = []string{"0"}
			}
			fmt.Fprintf(&b, "  %-20s %s: %s %s\n", d.ID, where, t("verliest", "loses"), strings.Join(lost, ", "))
			fmt.Fprintf(&b, "    %s\n", r.discountNote(d, lang))
		}
	}
	if len(a.Missing) > 0 {
		fmt.Fprintf(&b, "%s:\n", t("Ontbreekt", "Missing"))
		for _, m := range a.Missing {
			label, tip := m.Label, m.Tip
			if f := r.byID[m.ID]; f != nil {
				label, tip = f.missingLabel(lang), pick(f.Tip, lang)
			}
			fmt.Fprintf(&b, "  - %-20s %s\n", m.ID, label)
			if tip != "" {
				fmt.Fprintf(&b, "    %s: %s\n", t("Tip", "Tip"), tip)
			}
		}
	}
	return b.String()
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
	note := pick(c.CancelNote, lang)
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
	if rf := r.byID[f.ID]; rf != nil && rf.Detector == "misreading" {
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
	return f.Note
}

// shorten cuts s to about n code points, at a word, with an ellipsis.
func shorten(s string, n int) string {
	rs := []rune(s)
	if len(rs) <= n {
		return s
	}
	cut := n
	for cut > n/2 && rs[cut] != ' ' {
		cut--
	}
	return strings.TrimRight(string(rs[:cut]), " ,.;:") + "…"
}
