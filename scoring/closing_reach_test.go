package scoring

import "testing"

// English has the reach of Dutch for what the closing decisions' replies
// say to a pleased customer: "het lag niet aan ons" / "it wasn't us" deny,
// "jammer dat je…" / "shame you…" commiserates over a complaint the
// customer does not have, "naar de klantenservice" / "to customer service"
// sends them on. Each pair is found in both languages.
func TestEnglishHasTheReachOfDutchInTheClosingReplies(t *testing.T) {
	r := Default()
	for _, c := range []struct {
		feature, nl, en string
		mood            float64
	}{
		{"deny", "Zie je wel, het lag niet aan ons.", "See, it wasn't us.", -0.3},
		{"deny", "Dat lag niet bij ons.", "That wasn't down to us.", -0.3},
		{"misplaced_sympathy", "Jammer dat je zo lang moest wachten!", "Shame you had to wait so long!", 0.8},
		{"deflect", "Een telefoontje naar de klantenservice had ook gewerkt.", "A call to customer service would have worked too.", -0.3},
	} {
		nl := r.Analyze(c.nl, Context{Language: "nl", CustomerMood: c.mood})
		en := r.Analyze(c.en, Context{Language: "en", CustomerMood: c.mood})
		if !nl.Has(c.feature) || !en.Has(c.feature) {
			t.Errorf("%s: nl %q %v, en %q %v", c.feature, c.nl, ids(nl), c.en, ids(en))
		}
	}
}
