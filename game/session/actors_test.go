package session

import "testing"

// A threshold actor the scenario also scripts (the blog in the Sanoma storm)
// appears once in the feed, not twice.
func TestActorsPostOnce(t *testing.T) {
	for seed := uint64(1); seed <= 10; seed++ {
		s, err := Run(sanoma(t), Options{Seed: seed}, Historical{})
		if err != nil {
			t.Fatal(err)
		}
		seen := map[string]int{}
		for _, f := range s.Feed() {
			if _, ok := s.Scenario().Actor(f.By); ok {
				seen[f.By]++
			}
		}
		if seen["webcareblog"] != 1 {
			t.Errorf("seed %d: the blog posted %d times, want once", seed, seen["webcareblog"])
		}
		for id, n := range seen {
			if n > 1 {
				t.Errorf("seed %d: actor %s posted %d times", seed, id, n)
			}
		}
	}
}
