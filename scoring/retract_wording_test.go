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
		// softly, as a wish for a changed review (playtest 21, P21-18)
		{"en", "Thanks Peter, glad it's level now! The oven door follows next week. And if you feel like it, an updated review would make our fitters' day. - Sandra"},
		{"en", "Lovely, Miriam! A few more stars would mean the world to our small team. ^Tom"},
		{"nl", "Dank je Peter, fijn dat het blad nu recht ligt! De ovendeur volgt volgende week. En als je er zin in hebt: een aangepaste review zou onze monteurs heel blij maken. - Sandra"},
		{"nl", "Fijn, Mirjam! Een paar extra sterren zou ons kleine team heel blij maken. ^Tom"},
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
		{"en", "Thanks for the updated review, Peter! The oven door arrives next week. - Sandra"},
		{"nl", "Dank voor je aangepaste review, Peter! De ovendeur komt volgende week. - Sandra"},
	} {
		if a := Default().Analyze(c.text, Context{Language: c.lang, CustomerMood: 0.7}); a.Has("asks_to_retract") {
			t.Errorf("%q: asks_to_retract %v; it asks nothing", c.text, ids(a))
		}
	}
}
