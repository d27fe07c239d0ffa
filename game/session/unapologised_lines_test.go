package session

import (
	"strings"
	"testing"
)

// noApologyClaims are words by which a bystander says the brand has not
// apologised.
var noApologyClaims = []string{"geen excuus", "geen excuses", "geen sorry", "die sorry zegt?", "excuses aanbieden is gratis",
	"not an apology", "no apology", "say sorry in the paper", "saying sorry?", "an apology is free"}

// TestNoOneSaysTheBrandNeverApologisedAfterItDid: once the brand has
// apologised in public, no bystander says it did not, whatever its next
// reply is. After Brasserie Kade 12's owner said sorry in the paper a
// critic quoted his warm close and his thumbs-up as "'👍' is geen excuus"
// (playtest 11, P11-11).
func TestNoOneSaysTheBrandNeverApologisedAfterItDid(t *testing.T) {
	said := 0
	for _, path := range []Choices{{2, 1, 3}, {2, 1, 1}} {
		for _, lang := range []string{"nl", "en"} {
			sc := builtin(t, "servicepolitie", lang)
			for seed := uint64(1); seed <= 16; seed++ {
				s, err := Run(sc, Options{Seed: seed}, path)
				if err != nil {
					t.Fatal(err)
				}
				apologised := s.Replies()[0].Minute
				for _, it := range s.Feed() {
					if it.By == "brand" || it.By == "customer" || it.Minute <= apologised {
						continue
					}
					said++
					low := strings.ToLower(it.Text)
					for _, claim := range noApologyClaims {
						if strings.Contains(low, claim) {
							t.Errorf("%s %v seed %d minute %.0f: after the apology %q", lang, path, seed, it.Minute, it.Text)
						}
					}
				}
			}
		}
	}
	if said == 0 {
		t.Error("nobody said anything after the apology; this test sees nothing")
	}
}
