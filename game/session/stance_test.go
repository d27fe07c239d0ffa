package session

import (
	"slices"
	"testing"

	"github.com/webcaresim/webcaresim/scenarios"
)

// What the trainee sees on the meter follows the side the crowd takes: a
// round on the brand's side never looks like a storm, a storm against it
// still does.

const stanceSeeds = 40

// peakHeat is the highest heat of the round's curve (negative posts an
// hour per 10,000 watching; 10 is a storm).
func peakHeat(s *Session) float64 {
	peak := 0.0
	for _, p := range s.Curve() {
		peak = max(peak, p.Heat)
	}
	return peak
}

// TestPraiseWellAnsweredIsNoStorm: in every case whose opening post is
// praise, the best path that ends well never shows a storm in any world,
// and more bystanders cheer than criticise.
func TestPraiseWellAnsweredIsNoStorm(t *testing.T) {
	tried := 0
	for _, sc := range scenarios.Builtin().Scenarios {
		if sc.Customer.Mood <= 0 {
			continue
		}
		var heats []float64
		cheered := 0
		for seed := uint64(1); seed <= stanceSeeds; seed++ {
			s, err := Run(sc, Options{Seed: seed, Quiet: true}, Best{})
			if err != nil {
				t.Fatal(err)
			}
			r := s.Report()
			if r.EndingKind != "good" {
				t.Fatalf("%s.%s seed %d: the best path ended %q (%s)", sc.ID, sc.Language, seed, r.Ending, r.EndingKind)
			}
			heats = append(heats, peakHeat(s))
			if r.Positive > r.Negative {
				cheered++
			}
		}
		tried++
		slices.Sort(heats)
		t.Logf("%s.%s best path: peak heat median %.1f, highest %.1f; more cheers than criticism in %d of %d worlds",
			sc.ID, sc.Language, heats[len(heats)/2], heats[len(heats)-1], cheered, stanceSeeds)
		if top := heats[len(heats)-1]; top >= 10 {
			t.Errorf("%s.%s: a well-answered compliment reached heat %.1f in one world: a storm", sc.ID, sc.Language, top)
		}
		if cheered*4 < stanceSeeds*3 {
			t.Errorf("%s.%s: more cheers than criticism in only %d of %d worlds", sc.ID, sc.Language, cheered, stanceSeeds)
		}
	}
	if tried == 0 {
		t.Fatal("no case opens with praise; dominos-sorry should")
	}
}

// TestComplaintsHistoricalStormsStay: a complaint case whose real
// handling ended badly still drives the meter into its upper half (heat 5,
// half a storm's rate, shows at 38 of 100 on the bar) in the median world,
// and the sharpest of them to a storm.
func TestComplaintsHistoricalStormsStay(t *testing.T) {
	storms := 0.0
	for _, sc := range scenarios.Builtin().Scenarios {
		if sc.Customer.Mood >= 0 || !hasHistorical(sc) || sc.Language != "nl" {
			continue
		}
		var heats []float64
		bad := 0
		for seed := uint64(1); seed <= stanceSeeds; seed++ {
			s, err := Run(sc, Options{Seed: seed, Quiet: true}, Historical{})
			if err != nil {
				t.Fatal(err)
			}
			if s.Report().EndingKind == "bad" {
				bad++
			}
			heats = append(heats, peakHeat(s))
		}
		slices.Sort(heats)
		med := heats[len(heats)/2]
		t.Logf("%s historical: %d of %d worlds end badly; peak heat median %.1f", sc.ID, bad, len(heats), med)
		if bad*2 > len(heats) {
			storms = max(storms, med)
			if med < 5 {
				t.Errorf("%s: the real handling ends badly in %d of %d worlds, but the median peak heat is %.1f", sc.ID, bad, len(heats), med)
			}
		}
	}
	if storms < 10 {
		t.Errorf("no complaint case's real handling shows a storm (heat 10) in the median world; the highest median peak is %.1f", storms)
	}
}
