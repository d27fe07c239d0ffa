package scoring

import "testing"

// Money sent back by transfer is a step the customer can hold the brand
// to, in both languages (met in play, the restaurant case: "dat bedrag
// maken we naar haar over" drew "no concrete next step" in the debrief).
// Worry "over" something is no transfer.
func TestARefundByTransferIsANextStep(t *testing.T) {
	r := Default()
	nl := Context{Language: "nl", CustomerPost: "De teruggestuurde fles water stond toch op de rekening.", CustomerMood: -0.5}
	en := Context{Language: "en", CustomerPost: "The bottle of water I sent back was still on the bill.", CustomerMood: -0.5}
	for _, c := range []struct {
		ctx  Context
		text string
		step bool
	}{
		{nl, "Dat klopt niet, sorry. Dat bedrag maken we naar je over.", true},
		{nl, "Sorry! Ik ga het bedrag overmaken.", true},
		{nl, "Sorry, wij maken ons zorgen over je ervaring.", false},
		{en, "That's wrong, sorry. We'll transfer that amount to you.", true},
		{en, "Sorry! I will transfer the money back.", true},
		{en, "Sorry, we're worried about your experience.", false},
	} {
		if got := r.Analyze(c.text, c.ctx).Has("next_step"); got != c.step {
			t.Errorf("%s %q: next_step %v, want %v", c.ctx.Language, c.text, got, c.step)
		}
	}
}
