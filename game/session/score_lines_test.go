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
		lines := append(FeatureLines(lang, feats), DiscountLines(lang, discounts, feats)...)
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

// A step that waits on details the customer must send first keeps half its
// points: the debrief shows "+8 de-escalation" for it above and the half
// it lost below. The line below says the rest counts above, so the two
// read as one step counted in part (playtest 29: "+8" and "8 not awarded"
// on the same words looked like a contradiction). And the lines start from
// where every reply's scores start, so that they add up to the scores.
func TestAStepCountedInPartSaysTheRestCountsAbove(t *testing.T) {
	post := "Zo @dominos_nl, wat vinden jullie zelf eigenlijk het lekkerst?"
	reply := "Vervelend om te horen Kevin, excuses daarvoor! Stuur je ordernummer even via DM, dan zoeken we het voor je uit. ^Mark"
	a := scoring.Default().Analyze(reply, scoring.Context{Language: "nl", CustomerPost: post, CustomerName: "Kevin", CustomerMood: 0.5})
	for lang, want := range map[string]struct{ partly, whole, base string }{
		"nl": {"niet toegekend, de rest telt hierboven mee: “zoeken we het voor je uit”", "niet toegekend: “DM”", "Elke reactie begint op empathie 35 en de-escalatie 50"},
		"en": {"not awarded, the rest counts above: “zoeken we het voor je uit”", "not awarded: “DM”", "Every reply starts at empathy 35 and de-escalation 50"},
	} {
		var got []string
		for _, l := range DiscountLines(lang, a.Discounts, a.Features) {
			got = append(got, l.Text)
		}
		all := strings.Join(got, "\n")
		if !strings.Contains(all, want.partly) || !strings.Contains(all, want.whole) {
			t.Errorf("%s: the discount lines read\n%s\nwant the step counted in part (%q) and the DM not at all (%q)", lang, all, want.partly, want.whole)
		}
		base, ok := BaselineLine(lang, a)
		if !ok || !strings.HasPrefix(base, want.base) {
			t.Errorf("%s: baseline line %q (%v), want it to start %q", lang, base, ok, want.base)
		}
	}
	if _, ok := BaselineLine("en", scoring.Analysis{Empathy: 40}); ok {
		t.Error("a result stored without its baselines shows a baseline line of zeros")
	}
}
