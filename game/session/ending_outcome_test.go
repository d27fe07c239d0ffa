package session

import (
	"encoding/json"
	"testing"
)

// After a threat and then the repair, the kitchen case's story said
// "Anyone who reads the whole thread also sees that threat", and beside
// it the debrief's outcome line said "A review that builds trust": the
// line the scenario gave the ending, not the one the round read. The
// report keeps the outcome line of the variant the replies picked, in
// both languages, through the store; a round without a threat keeps the
// scenario's.
func TestTheOutcomeLineFollowsTheEndingsVariant(t *testing.T) {
	for lang, threat := range kitchenThreats {
		sc := builtin(t, "advocatenbrief", lang)
		e, _ := sc.Ending("opgelost")
		var variant string
		for _, v := range e.Variants {
			variant = v.Outcome
		}
		if variant == "" || variant == e.Outcome {
			t.Fatalf("%s: the repaired ending's variant has no outcome line of its own", lang)
		}
		var threatened Report
		for seed := uint64(1); seed <= 40 && threatened.Ending != "opgelost"; seed++ {
			s, err := Run(sc, Options{Seed: seed, Mode: Practice}, TypedAt{Decision: "recensie", Reply: threat})
			if err != nil {
				t.Fatal(err)
			}
			threatened = s.Report()
		}
		if threatened.Ending != "opgelost" {
			t.Fatalf("%s: in 40 worlds no round ended repaired after the threat", lang)
		}
		if got := threatened.EndingOutcomeLine(sc); got != variant {
			t.Errorf("%s: after a threat the outcome line reads %q, want the variant's %q", lang, got, variant)
		}
		b, err := json.Marshal(threatened)
		if err != nil {
			t.Fatal(err)
		}
		var stored Report
		if err := json.Unmarshal(b, &stored); err != nil || stored.EndingOutcomeLine(sc) != variant {
			t.Errorf("%s: the stored round's outcome line reads %q (%v), want %q", lang, stored.EndingOutcomeLine(sc), err, variant)
		}

		best, err := Run(sc, Options{Seed: 1, Mode: Practice}, Best{})
		if err != nil {
			t.Fatal(err)
		}
		if r := best.Report(); r.Ending == "opgelost" && r.EndingOutcomeLine(sc) != e.Outcome {
			t.Errorf("%s: without a threat the outcome line reads %q, want the ending's own %q", lang, r.EndingOutcomeLine(sc), e.Outcome)
		}
	}
}
