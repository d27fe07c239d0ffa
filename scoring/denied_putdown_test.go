package scoring

import "testing"

// Play of stop 28: a customer who wrote "sorry voor het gezeur" was told
// "Je zeurt helemaal niet, Bram" and the reply was read as an insult
// (20/20), while the English "You're not moaning at all" was not: Dutch
// puts the negation after the verb, where the negation before a pattern
// cannot reach. "Gezeur? Welnee" and "Moaning? Not at all" were an insult
// and a dispute of the customer's word. The customer's own put-down,
// echoed only to deny it, is no insult; the word turned on them stays one.
func TestDenyingTheCustomersOwnPutDownIsNoInsult(t *testing.T) {
	post := map[string]string{
		"nl": "Sorry voor het gezeur, maar mijn tentamen is overmorgen en mijn studieadviseur neemt niet op.",
		"en": "Sorry for moaning, but my exam is the day after tomorrow and my adviser doesn't pick up.",
	}
	for _, c := range []struct{ lang, text string }{
		{"nl", "Je zeurt helemaal niet, Bram. Ik bel je adviseur nu zelf."},
		{"nl", "Gezeur? Welnee, Bram. Ik bel je adviseur nu zelf."},
		{"nl", "Zeuren? Helemaal niet. Ik bel je adviseur nu zelf."},
		{"en", "You're not moaning at all, Bram. I'm calling your adviser myself now."},
		{"en", "Moaning? Not at all, Bram. I'm calling your adviser myself now."},
		{"en", "Whinging? Of course not. I'm calling your adviser myself now."},
	} {
		a := Default().Analyze(c.text, Context{Language: c.lang, CustomerPost: post[c.lang], CustomerMood: -0.5})
		if a.Has("insult") || a.Has("disputes_wording") {
			t.Errorf("%s %q: denying the customer's own put-down read as harm: %v", c.lang, c.text, ids(a))
		}
	}
	for _, c := range []struct{ lang, text string }{
		{"nl", "Een beetje minder zeuren zou al helpen, Bram."},
		{"nl", "Tja, jij zeurt inderdaad vaker."},
		{"en", "A bit less moaning would help, Bram."},
		{"en", "Well, you do whinge a lot."},
	} {
		if a := Default().Analyze(c.text, Context{Language: c.lang, CustomerPost: post[c.lang], CustomerMood: -0.5}); !a.Has("insult") {
			t.Errorf("%s %q: the word turned on the customer is an insult: %v", c.lang, c.text, ids(a))
		}
	}
}
