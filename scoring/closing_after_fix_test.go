package scoring

import "testing"

// The lead's round of the T-Mobile case (L25-3): the customer reports the
// signal back and thanks the brand; a close that is glad it works again and
// says sorry for the week of trouble read the post. It was charged as an
// apology to a delighted customer ("you did not read what they wrote"), and
// in Dutch "fijn dat het weer werkt" was no news at all: 47 against 74.
func TestSorryForTheTroubleInACloseAfterTheFix(t *testing.T) {
	for _, c := range []struct{ lang, post, text string }{
		{"nl", "Bereik is terug in Fijnaart! Netjes opgepakt door @tmobile_webcare, dank.", "Mooi zo, fijn dat het weer werkt! Sorry dat je er een week last van had. ^Jacob"},
		{"en", "Signal is back in Fijnaart! Nicely handled by @tmobile_webcare, thanks.", "Great, glad it works again! Sorry you had to put up with it for a week. ^Jacob"},
		{"en", "Heating is back on! Thanks for sorting it.", "Glad it works again, Sam! Sorry you were without heating for a week. ^Jo"},
	} {
		a := Default().Analyze(c.text, Context{Language: c.lang, CustomerPost: c.post, CustomerMood: 0.8})
		if a.Has("misplaced_apology") || !a.Has("resolved") {
			t.Errorf("%q: %v; want the apology for the trouble kept and the news read", c.text, ids(a))
		}
	}
	// A stock apology to praise is still misplaced.
	a := Default().Analyze("Sorry voor het eventuele ongemak! Stuur ons een DM.", Context{Language: "nl", CustomerPost: "Beste pizza ooit, bedankt!", CustomerMood: 0.9})
	if !a.Has("misplaced_apology") {
		t.Errorf("stock apology to praise: %v; want misplaced_apology", ids(a))
	}
}
