package session

import (
	"testing"

	"github.com/webcaresim/webcaresim/game/crowd"
	"github.com/webcaresim/webcaresim/scenarios"
)

// TestSharesOfAThankYouAreNotAgainstTheBrand: a plain share of a post
// repeats it, so a retweet of the customer's thank-you is never against the
// brand. In every case, on the historical and the best path, in 4 worlds,
// the customer's scripted posts that are for the brand (their stance, or
// the mood of their decision, says so) have no share that counts against
// it. Bram's "OK, thanks. Check your DMs." went out while the crowd's mood
// was still below zero, and 7 of its 23 retweets over 100 worlds counted
// against the brand.
func TestSharesOfAThankYouAreNotAgainstTheBrand(t *testing.T) {
	shares := 0
	for _, sc := range scenarios.Builtin().Scenarios {
		thanks := thankYous(sc)
		if len(thanks) == 0 {
			continue
		}
		for _, path := range []Strategy{Historical{}, Best{}} {
			for seed := uint64(1); seed <= 4; seed++ {
				s, err := Run(sc, Options{Seed: seed}, path)
				if err != nil {
					t.Fatal(err)
				}
				roots := map[int]string{}
				for root, i := range s.rootItem {
					if it := s.feed[i]; it.By == "customer" && thanks[it.Text] {
						roots[root] = it.Text
					}
				}
				against := map[int]int{}
				for _, e := range s.crowd.Events() {
					if text, ok := roots[e.Root]; ok && e.Reshare {
						shares++
						if e.Sentiment == crowd.Negative {
							against[e.Root]++
							if against[e.Root] == 1 {
								t.Errorf("%s %s seed %d: a share of %q counts against the brand (minute %.0f)",
									sc.Key(), pathName(path), seed, text, e.Minute)
							}
						}
					}
				}
			}
		}
	}
	t.Logf("%d shares of a thank-you", shares)
	if shares < 20 {
		t.Fatalf("only %d shares of a thank-you in all worlds: the test tells little", shares)
	}
}

// thankYous are the texts of sc's scripted customer posts that are for the
// brand: stance "for", or a decision whose mood is above zero.
func thankYous(sc *scenarios.Scenario) map[string]bool {
	out := map[string]bool{}
	for i := range sc.Decisions {
		d := &sc.Decisions[i]
		for _, p := range withStances(d) {
			if p.By != "customer" || p.Stance != scenarios.StanceFor {
				continue
			}
			out[p.Text] = true
			for _, v := range p.Variants {
				out[v.Text] = true
			}
		}
	}
	return out
}
