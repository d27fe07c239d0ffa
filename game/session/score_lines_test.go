package session

import (
	"strings"
	"testing"

	"github.com/webcaresim/webcaresim/scoring"
)

// The lines under a reply say, in the debrief's language, how many points
// a phrase earned or cost on which score and why, and quote the words; a
// discount names the score it came off. Both faces show these lines.
func TestScoreLinesGiveEveryBonusAndPenaltyItsReason(t *testing.T) {
	feats := []scoring.Feature{
		{ID: "apology", Dimension: scoring.Empathy, Points: 28, Start: 0, End: 5, Text: "Sorry", Label: "You apologise."},
		{ID: "apology", Dimension: scoring.Deescalation, Points: 12, Start: 0, End: 5, Text: "Sorry", Label: "You apologise."},
		{ID: "sarcasm", Dimension: scoring.Deescalation, Points: -31, Start: 7, End: 20, Text: "What do you want", Label: "Sarcasm."},
		{ID: "repeat", Dimension: scoring.Empathy, Points: 0.2, Start: 22, End: 27, Text: "sorry", Label: "counted once"},
		{ID: "no_step", Dimension: scoring.Deescalation, Points: -15, Label: "No step."},
	}
	discounts := []scoring.Discount{
		{Text: "sorry to read", Note: "your sympathy counts for less", Empathy: 27, Deescalation: 6},
		{Note: "nothing lost", Empathy: 0.2},
	}
	for lang, want := range map[string][]string{
		"en": {"+28 empathy, +12 de-escalation: You apologise. — “Sorry”", "−31 de-escalation: Sarcasm. — “What do you want”", "−15 de-escalation: No step.",
			"27 empathy, 6 de-escalation not awarded: “sorry to read” — your sympathy counts for less"},
		"nl": {"+28 empathie, +12 de-escalatie: You apologise. — “Sorry”", "−31 de-escalatie: Sarcasm. — “What do you want”", "−15 de-escalatie: No step.",
			"27 empathie, 6 de-escalatie niet toegekend: “sorry to read” — your sympathy counts for less"},
	} {
		lines := append(FeatureLines(lang, feats), DiscountLines(lang, discounts)...)
		var got []string
		for _, l := range lines {
			got = append(got, l.Text)
		}
		if strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Errorf("%s: the lines read\n%s\nwant\n%s", lang, strings.Join(got, "\n"), strings.Join(want, "\n"))
			continue
		}
		for i, l := range lines {
			if penalty := strings.HasPrefix(l.Text, "−") || l.NotAwarded; penalty != (l.Points < 0) {
				t.Errorf("%s: line %d %q has net points %v", lang, i+1, l.Text, l.Points)
			}
		}
	}
}
