package session

import (
	"math"
	"testing"

	"github.com/webcaresim/webcaresim/scoring"
)

// The analysis lists a finding once per dimension it costs points on (an
// insult: empathy and de-escalation, on the same words). The crowd sees one
// put-down: the provocation counts each finding once, with its larger cost.
func TestProvocationCountsAFindingOnce(t *testing.T) {
	one := func(id, dim string, pts float64, start, end int) scoring.Feature {
		return scoring.Feature{ID: id, Dimension: dim, Points: pts, Start: start, End: end}
	}
	for _, c := range []struct {
		name string
		fs   []scoring.Feature
		want float64
	}{
		{"an insult on two dimensions", []scoring.Feature{
			one("insult", scoring.Empathy, -18, 10, 20), one("insult", scoring.Deescalation, -15, 10, 20)}, 18.0 / 30},
		{"two insults in different places", []scoring.Feature{
			one("insult", scoring.Empathy, -9, 10, 20), one("insult", scoring.Empathy, -6, 30, 40)}, 15.0 / 30},
		{"sarcasm and an insult on the same words", []scoring.Feature{
			one("sarcasm", scoring.Deescalation, -6, 0, 8), one("insult", scoring.Empathy, -9, 0, 8)}, 15.0 / 30},
		{"a full put-down", []scoring.Feature{
			one("insult", scoring.Empathy, -36, 0, 8), one("insult", scoring.Deescalation, -30, 0, 8)}, 1},
		{"no provocation", []scoring.Feature{one("canned", scoring.Empathy, -15, 0, 8)}, 0},
	} {
		got := StimulusOf(scoring.Analysis{Features: c.fs}).Provocation
		if math.Abs(got-c.want) > 1e-9 {
			t.Errorf("%s: provocation %.3f, want %.3f", c.name, got, c.want)
		}
	}
	// The Liberty Bottleworks COO's reply: one insult, "zitten we niet te
	// wachten", on two dimensions.
	a := scoring.Default().Analyze("Op klanten die mijn mensen zo behandelen, zitten we niet te wachten.",
		scoring.Context{Language: "nl", CustomerMood: -0.9})
	var emp, de float64
	for _, f := range a.Features {
		if f.ID == "insult" {
			switch f.Dimension {
			case scoring.Empathy:
				emp = -f.Points
			case scoring.Deescalation:
				de = -f.Points
			}
		}
	}
	if emp == 0 || de == 0 {
		t.Fatalf("want the insult on both dimensions; features %+v", a.Features)
	}
	if got, want := StimulusOf(a).Provocation, math.Min(1, math.Max(emp, de)/30); math.Abs(got-want) > 1e-9 {
		t.Errorf("provocation %.3f, want %.3f (the insult once)", got, want)
	}
}
