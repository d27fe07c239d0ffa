package session

import (
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/webcaresim/webcaresim/scenarios"
)

// An ending's post counts what the round did: Marieke's "80 comments now
// from people with the same story" stood beside rounds with 116 to 189
// fellow complaints. Her post now gives the round's number so far: never
// more than the round ends with, and not the same in every world.
func TestEndingPostsTakeTheRoundsNumbers(t *testing.T) {
	number := regexp.MustCompile(`\d[\d.,]*`)
	for _, lang := range []string{"en", "nl"} {
		sc, _ := scenarios.Builtin().Find("facebook-verwijderen", lang)
		seen := map[int]bool{}
		for seed := uint64(1); seed <= 3; seed++ {
			s, err := Run(sc, Options{Seed: seed}, Historical{})
			if err != nil {
				t.Fatal(err)
			}
			if s.Ending().ID != "storm" {
				t.Fatalf("%s seed %d: the historical path ends in %q, not the storm", lang, seed, s.Ending().ID)
			}
			var post string
			for _, f := range s.Feed() {
				if f.By == "customer" && (strings.Contains(f.Text, "same story") || strings.Contains(f.Text, "hetzelfde verhaal")) {
					post = f.Text
				}
			}
			digits := strings.NewReplacer(".", "", ",", "").Replace(number.FindString(post))
			n, err := strconv.Atoi(digits)
			if final := s.Report().FellowComplaints; err != nil || n <= 0 || n > final || strings.ContainsAny(post, "{}") {
				t.Errorf("%s seed %d: %q beside a round that ends with %d fellow complaints", lang, seed, post, final)
			}
			seen[n] = true
		}
		if len(seen) < 2 {
			t.Errorf("%s: the post gives the same number in every world: %v", lang, seen)
		}
	}
}
