package scoring

import "testing"

// An invitation to DM that asks for nothing and promises nothing ("Stuur
// ons gerust een DM als je vragen hebt", "Drop us a DM if we can help")
// leaves the customer to come back: it is no step, so sympathy beside it
// stays hollow, and a concrete step with a time and no stock words ranks
// above it (the retired blind10; groups nl9/en9). Fails before: the bare
// DM counted as a move to private, the sympathy beside it in full, and it
// ranked above the step. A DM that asks for what the case needs stays a
// move.
func TestABareDMIsNoStep(t *testing.T) {
	for _, c := range []struct{ lang, post, bare, step, asks string }{
		{"nl", "Al sinds zes uur geen stroom in onze straat en ik moet om twee uur taarten bakken voor een verjaardag. Hoe lang nog?",
			"Wat vervelend, en dat op zo'n dag! Sterkte. Stuur ons gerust een DM als je vragen hebt.",
			"Ik vraag nu bij de monteurs na hoe ver ze zijn en zet hier om 11:00 de verwachte hersteltijd.",
			"Stuur je je postcode via DM? Dan kijk ik welke storing het is."},
		{"en", "No power in our street since six and I have to bake cakes for a birthday at two. How much longer?",
			"How annoying, and on a day like this! Hang in there. Drop us a DM if we can help.",
			"I'm checking with the engineers now how far along they are and will post the expected repair time here at 11am.",
			"Could you DM me your postcode? Then I'll check which fault it is."},
	} {
		r := Default()
		ctx := Context{Language: c.lang, CustomerPost: c.post, CustomerMood: -0.7}
		b, s, a := r.Analyze(c.bare, ctx), r.Analyze(c.step, ctx), r.Analyze(c.asks, ctx)
		if !b.Has("bare_dm") || b.Has("move_private") {
			t.Errorf("%q: want bare_dm and no move to private, got %v", c.bare, ids(b))
		}
		if Overall(b) >= Overall(s) {
			t.Errorf("%q (%.1f) ranks at or above the step %q (%.1f)", c.bare, Overall(b), c.step, Overall(s))
		}
		if a.Has("bare_dm") || !a.Has("move_private") {
			t.Errorf("%q: a DM that asks for the postcode is a move, got %v", c.asks, ids(a))
		}
	}
}
