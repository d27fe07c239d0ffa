package scoring

import "testing"

// The customer's arrears named in public in plain words, without a word
// for arrears, are a disclosure of private details as "betalingsachterstand"
// is (playtest 19, P19-12: "er zijn vier maanden geen premie betaald" scored
// 84/85 in the very case about keeping it private). Another's payment, or
// the customer's form, is no disclosure.
func TestArrearsInPlainWordsAreDisclosed(t *testing.T) {
	r := Default()
	for _, c := range []struct {
		lang, reply string
		disclosed   bool
	}{
		{"nl", "Hoi Tim, er zijn al drie maanden geen premies betaald, daarom is je polis gestopt.", true},
		{"nl", "Er is sinds januari niet betaald, Tim. Daarom staat je abonnement stil.", true},
		{"nl", "Tim, je huur van april en mei is niet binnengekomen. DM ons voor een regeling.", true},
		{"nl", "Je premie is sinds april niet meer binnengekomen, daarom is de polis gestopt.", true},
		{"nl", "We missen vier premiebetalingen van je, Tim.", true},
		{"nl", "We missen je hier in de winkel, Tim!", false},
		{"nl", "Er is niet betaald door de verzekeraar, dus wij betalen je nu zelf uit.", false},
		{"en", "Hi Tim, no premiums have been paid since January, so the policy lapsed.", true},
		{"en", "Tim, we haven't received a payment from you since March. DM us for a plan.", true},
		{"en", "Nothing has been paid on this account for months, Tim.", true},
		{"en", "Your premium hasn't come in since April, which is why the policy stopped.", true},
		{"en", "We're missing three payments from you, Tim.", true},
		{"en", "Your parcel hasn't arrived yet? I'm so sorry, Tim.", false},
		{"en", "We haven't received your payment details form yet, could you resend it?", false},
		{"en", "We haven't received payment from the insurer yet, so I've paid you out myself today.", false},
	} {
		a := r.Analyze(c.reply, Context{Language: c.lang, CustomerPost: "Jullie zeggen zomaar mijn abonnement op!", CustomerMood: -0.7})
		if a.Has("private_disclosure") != c.disclosed {
			t.Errorf("%s %q: private_disclosure %v, want %v (%v)", c.lang, c.reply, a.Has("private_disclosure"), c.disclosed, ids(a))
		}
	}
}
