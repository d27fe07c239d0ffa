package session

import (
	"testing"

	"github.com/webcaresim/webcaresim/scenarios"
)

// A HEMA round left to silence at the first decision carries every lesson
// the debrief shows: the silence and how long it lasted, the ending and its
// cost, the real and a model reply at each decision met, and the case's
// 6,100 beside the round's own number.
func TestReportCarriesTheLessonsOfAHEMARoundWithSilence(t *testing.T) {
	sc, ok := scenarios.Builtin().Find("hema-insuline", "nl")
	if !ok {
		t.Fatal("hema-insuline missing")
	}
	s, err := Run(sc, Options{Seed: 1}, Historical{})
	if err != nil {
		t.Fatal(err)
	}
	r := s.Report()
	var silence *Fact
	for i, f := range r.Facts {
		if f.What == "silence" {
			silence = &r.Facts[i]
		}
	}
	if silence == nil || silence.Decision != "bericht" || silence.To-silence.From != sc.Decisions[0].Timeout.Minutes() {
		t.Fatalf("no silence of %g minutes at the first decision among the facts: %+v", sc.Decisions[0].Timeout.Minutes(), r.Facts)
	}
	if r.EndingKind != "bad" {
		t.Fatalf("the historical path ended %q", r.EndingKind)
	}
	cost := false
	for _, f := range r.Facts {
		cost = cost || (f.What == "ending" && f.Points < 0)
	}
	if !cost {
		t.Errorf("the bad ending's cost is not among the facts: %+v", r.Facts)
	}
	if len(r.Lessons) != len(r.Path)-1 {
		t.Errorf("%d lessons for the path %v", len(r.Lessons), r.Path)
	}
	for _, l := range r.Lessons {
		d, _ := sc.Decision(l.Decision)
		if l.Model == "" || l.ModelOverall <= 0 {
			t.Errorf("decision %q: no model reply", l.Decision)
		}
		if i := HistoricalChoice(d); i >= 0 && l.Historical != d.Choices[i].Text {
			t.Errorf("decision %q: historical %q, want %q", l.Decision, l.Historical, d.Choices[i].Text)
		}
		// HEMA really said nothing in its first hours: the lesson says so
		// rather than leaving the real brand out.
		if silent := l.Decision == "bericht"; l.HistoricalSilent != silent || (silent && l.Historical != "") {
			t.Errorf("decision %q: historically silent %v (historical %q), want %v", l.Decision, l.HistoricalSilent, l.Historical, silent)
		}
	}
	c, ok := r.Comparison()
	if !ok || c.Recorded != 6100 || c.Label == "" || c.Round != r.Measured(sc.Debrief.HistoricalMeasure) {
		t.Errorf("comparison %+v (ok %v), want 6100 beside the round's own number", c, ok)
	}
}

// A decision the real brand never met (HEMA's talk with Naomi) records
// nothing of what it did there: it is not called silent.
func TestOnlyTheRealStorysDecisionsAreCalledSilent(t *testing.T) {
	sc, ok := scenarios.Builtin().Find("hema-insuline", "en")
	if !ok {
		t.Fatal("hema-insuline missing")
	}
	for id, want := range map[string]bool{"bericht": true, "stilte": false, "gesprek": false, "korting-storm": false} {
		if got := historicallySilent(sc, id); got != want {
			t.Errorf("%s: historically silent %v, want %v", id, got, want)
		}
	}
}

// TestAMixedEndingIsAFactToo: a round that ends mixed (Sanoma: the juf
// reply, then an apology) lists its ending among the facts, adding and
// taking off nothing, so that the debrief can say what it cost.
func TestAMixedEndingIsAFactToo(t *testing.T) {
	sc, ok := scenarios.Builtin().Find("sanoma-juf", "nl")
	if !ok {
		t.Fatal("sanoma-juf missing")
	}
	s, err := Run(sc, Options{Seed: 1}, Choices{1, 1})
	if err != nil {
		t.Fatal(err)
	}
	r := s.Report()
	if r.EndingKind != "mixed" {
		t.Fatalf("the juf reply and an apology ended %q (%s), want a mixed ending", r.Ending, r.EndingKind)
	}
	var ending []Fact
	for _, f := range r.Facts {
		if f.What == "ending" {
			ending = append(ending, f)
		}
	}
	if len(ending) != 1 || ending[0].Points != 0 {
		t.Errorf("the mixed ending among the facts: %+v, want one fact of 0 points", ending)
	}
}
