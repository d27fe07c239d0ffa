package scoring

import "testing"

// The lead's round of the university case (L25-9): to a customer who says
// sorry, "no need to apologise" waves the apology away kindly; it was read
// as the brand refusing to apologise. Without the customer's apology the
// same words still refuse one.
func TestNoNeedToApologiseToACustomerWhoSaidSorry(t *testing.T) {
	for _, c := range []struct{ lang, post, text string }{
		{"en", "My adviser rang, my resit is on. Sorry for the shitty tweet @UniZuidhaven, and thanks!", "No need to apologise Bram, glad it's sorted. Good luck with the resit! ^Eva"},
		{"nl", "Mijn adviseur belde, mijn herkansing gaat door. Sorry voor de kuttweet @UniZuidhaven, en bedankt!", "Geen excuses nodig Bram, fijn dat het geregeld is. Succes met je herkansing! ^Eva"},
		{"en", "Apologies for my rant yesterday, it was a long day.", "You don't need to apologise at all, Sam. Glad we could help. ^Jo"},
	} {
		a := Default().Analyze(c.text, Context{Language: c.lang, CustomerPost: c.post, CustomerName: "Bram", CustomerMood: 0.8})
		if a.Has("refuse_apology") || a.Empathy < 50 {
			t.Errorf("%q: %v, empathy %.0f; want the customer's apology waved away kindly", c.text, ids(a), a.Empathy)
		}
	}
	for _, c := range []struct{ lang, post, text string }{
		{"en", "Your guard called me a junkie in front of everyone.", "No need to apologise, our guard followed procedure."},
		{"nl", "Jullie beveiliger noemde me een junk waar iedereen bij stond.", "Geen excuses nodig, onze beveiliger volgde de procedure."},
	} {
		if a := Default().Analyze(c.text, Context{Language: c.lang, CustomerPost: c.post, CustomerMood: -0.8}); !a.Has("refuse_apology") {
			t.Errorf("%q: %v; without the customer's apology it refuses one", c.text, ids(a))
		}
	}
}
