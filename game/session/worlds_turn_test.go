package session

import (
	"testing"

	"github.com/webcaresim/webcaresim/scenarios"
)

// TestHistoricalEndingIsTheMostCommonNotTheOnly: the real handling of a
// case ends, in most worlds, where its path leads; where the case lets the
// crowd turn that ending (an [[ending.turn]] for a case whose outcome was
// luck), some worlds end otherwise. Liberty's COO's reply went viral in
// the real case, and the article calls it a gamble: it must go by
// unnoticed in some worlds and not in most.
func TestHistoricalEndingIsTheMostCommonNotTheOnly(t *testing.T) {
	const worlds = 40
	for _, sc := range scenarios.Builtin().Scenarios {
		if !hasHistorical(sc) || sc.Language != "nl" {
			continue
		}
		counts := map[string]int{}
		path := ""
		for seed := uint64(1); seed <= worlds; seed++ {
			s, err := Run(sc, Options{Seed: seed, Quiet: true}, Historical{})
			if err != nil {
				t.Fatal(err)
			}
			counts[s.ending.ID]++
			if s.turnedFrom != nil {
				path = s.turnedFrom.ID
			} else {
				path = s.ending.ID
			}
		}
		t.Logf("%s historical: %v", sc.ID, counts)
		for id, n := range counts {
			if n > counts[path] {
				t.Errorf("%s: the historical path leads to %q (%d of %d worlds), but %q is more common (%d)", sc.ID, path, counts[path], worlds, id, n)
			}
		}
		if sc.ID == "liberty-bottleworks" && counts[path] == worlds {
			t.Errorf("liberty: the COO's gamble ends %q in all %d worlds: luck never shows", path, worlds)
		}
	}
}
