package session

import (
	"cmp"
	"fmt"
	"math"
	"strings"

	"github.com/webcaresim/webcaresim/assets/i18n"
	"github.com/webcaresim/webcaresim/scoring"
)

// ScoreLine is one line under a reply in a debrief: what a scored phrase
// earned or cost, or what a discount took off, with the reason. Both
// faces (the window and the browser player) show these same lines, so a
// penalty reads the same wherever the round was played.
type ScoreLine struct {
	Text string
	// Points is the line's net effect: below zero a penalty, above a bonus.
	// For a line that says what was not awarded, it is the points left
	// out, as a negative number; they are not in the score a second time.
	Points float64
	// NotAwarded marks a line about points the reply did not get (a
	// discount), rather than points it earned or lost.
	NotAwarded bool
}

// FeatureLines says what each scored phrase of a reply earned, in lang. A
// feature that counts on both dimensions at one span gets one line with
// its points per dimension; a repeat the rubric counted once (under half a
// point) teaches nothing and is left out.
func FeatureLines(lang string, feats []scoring.Feature) []ScoreLine {
	var out []ScoreLine
	for _, run := range scoring.SpanRuns(feats) {
		f := run[0]
		var pts []string
		sum := 0.0
		for _, g := range run {
			if math.Abs(g.Points) < 0.5 {
				continue
			}
			pts = append(pts, signedPoints(g.Points)+" "+dimensionName(lang, g.Dimension))
			sum += g.Points
		}
		if len(pts) == 0 {
			continue
		}
		label := f.Label
		if label == "" {
			label = f.ID
		}
		line := fmt.Sprintf("%s: %s", strings.Join(pts, ", "), label)
		if strings.TrimSpace(f.Text) != "" {
			// A missing feature (no step at all) has no words to quote.
			line += " — “" + cmp.Or(f.Quote, f.Text) + "”"
		}
		if f.Note != "" {
			line += " — " + f.Note // the fact a misreading gets wrong
		}
		out = append(out, ScoreLine{Text: line, Points: sum})
	}
	return out
}

// DiscountLines says, in lang, what was written but did not count or
// counted less, and why: sympathy a refusal cancelled, sympathy without
// substance. Each line names the score the points were not given on. The
// points above (FeatureLines) are already what was left after these, so a
// line says "19 empathy not awarded", not "−19 empathy": a newcomer who
// added a "−19" to the "+8" above it got a score the debrief did not show
// (playtest 13, P13-13). A finding that kept part of its points is also
// among awarded, at the same words; its line says the rest counts above,
// so that "+8 de-escalation" and "8 de-escalation not awarded" on the same
// words read as one finding counted in part, not as a contradiction.
func DiscountLines(lang string, ds []scoring.Discount, awarded []scoring.Feature) []ScoreLine {
	var out []ScoreLine
	for _, dc := range ds {
		var lost []string
		total := 0.0
		for _, p := range []struct {
			dim    string
			points float64
		}{{scoring.Empathy, dc.Empathy}, {scoring.Deescalation, dc.Deescalation}} {
			if p.points >= 0.5 {
				lost = append(lost, fmt.Sprintf("%.0f %s", p.points, dimensionName(lang, p.dim)))
				total -= p.points
			}
		}
		if len(lost) == 0 {
			continue
		}
		key := "debrief.not_awarded"
		if dc.KeptPoints(awarded) >= 0.5 { // a line above shows it (FeatureLines)
			key = "debrief.partly_awarded"
		}
		line := i18n.T(lang, key, strings.Join(lost, ", ")) + ": "
		if dc.Text != "" {
			line += "“" + cmp.Or(dc.Quote, dc.Text) + "” — "
		}
		line += dc.Note
		out = append(out, ScoreLine{Text: line, Points: total, NotAwarded: true})
	}
	return out
}

// BaselineLine says where every reply's scores start, so that the lines
// under a reply add up to its scores (playtest 29: a newcomer could not
// make "+10, −18, +8" come to empathy 36 without the 35 it starts from).
// A result stored before the analysis kept its baselines has none.
func BaselineLine(lang string, a scoring.Analysis) (string, bool) {
	if a.BaseEmpathy == 0 && a.BaseDeescalation == 0 {
		return "", false
	}
	return i18n.T(lang, "debrief.baseline", a.BaseEmpathy, a.BaseDeescalation), true
}

// signedPoints writes points with a real minus sign: "+12", "−27".
func signedPoints(x float64) string {
	if x < 0 {
		return fmt.Sprintf("−%.0f", -x)
	}
	return fmt.Sprintf("+%.0f", x)
}

// dimensionName is a score's name in running text ("empathy",
// "empathie"), from the catalogue the debriefs' headings use.
func dimensionName(lang, dim string) string {
	return strings.ToLower(i18n.T(lang, "score."+dim))
}
