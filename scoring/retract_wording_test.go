package scoring

import "testing"

// Playtest 14 (P14-17): "Would you mind changing your one-star review now?"
// scored 91/94 and led to the best ending, because only the case's own
// words ("updating your review") were read as asking the customer to take
// back what they wrote. Any request to change, remove or raise a review or
// rating is that trade, whatever words stand between the verb and the
// review; the brand's own thanks for an update asks nothing.
func TestAnyRequestToChangeAReviewIsAskingToRetract(t *testing.T) {
	asks := []struct{ lang, text string }{
		{"en", "Glad it's sorted, Peter! Would you mind changing your one-star review now? That would really help our small business. - Sandra"},
		{"en", "Great, Keith! Would you mind changing your two-star review now that it's fixed? ^Anna"},
		{"en", "Lovely, Miriam! Maybe you could bump up your rating on Booking? It really helps us. ^Tom"},
		{"en", "Good. Then that one-star rating can come down now too, right?"},
		{"nl", "Fijn, Kees! Zou je je recensie van twee sterren misschien willen bijwerken nu het is opgelost? ^Anna"},
		{"nl", "Fijn Mirjam! Misschien kun je je beoordeling op Booking dan ook wat ophogen? ^Tom"},
		{"nl", "Mooi. Dan kan die review van één ster nu ook wel offline, toch?"},
	}
	for _, c := range asks {
		a := Default().Analyze(c.text, Context{Language: c.lang, CustomerMood: 0.7})
		if !a.Has("asks_to_retract") {
			t.Errorf("%q: want asks_to_retract, got %v", c.text, ids(a))
		}
		plain := map[string]string{"en": "Glad it's sorted! Enjoy it. - Sandra", "nl": "Fijn dat het geregeld is! Veel plezier ermee. - Sandra"}[c.lang]
		if o, p := Overall(a), Overall(Default().Analyze(plain, Context{Language: c.lang, CustomerMood: 0.7})); o >= p {
			t.Errorf("%q: overall %.0f, not below the plain close %q (%.0f); a repair traded for a review is the worse close", c.text, o, plain, p)
		}
	}
	for _, c := range []struct{ lang, text string }{
		{"en", "Thanks for your update, Peter, and the star off is fair. Enjoy your new kitchen! - Sandra"},
		{"en", "So glad it's in, Keith, and sorry again for the hassle before. ^Anna"},
		{"nl", "Dank voor je update, Peter, en die ster eraf is terecht. Veel plezier van je keuken! - Sandra"},
	} {
		if a := Default().Analyze(c.text, Context{Language: c.lang, CustomerMood: 0.7}); a.Has("asks_to_retract") {
			t.Errorf("%q: asks_to_retract %v; it asks nothing", c.text, ids(a))
		}
	}
}
