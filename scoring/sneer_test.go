package scoring

import "testing"

// A put-down of the customer's earlier state of mind, said to one who has
// just apologised, is no thanks: "Glad you came to your senses" was
// credited +14/+11 as appreciation (playtest 22, P22-17; groups nl34/en34).
// A plain "glad you're back on the road" stays thanks.
func TestASneerAtACustomerWhoApologisedIsNoThanks(t *testing.T) {
	r := Default()
	post := map[string]string{
		"nl": "Bestelling komt morgen. Ik was boos en had jullie team geen idioten moeten noemen. Sorry, Megan.",
		"en": "Order arrives tomorrow. I was angry and shouldn't have called your team idiots. Sorry, Megan.",
	}
	for _, c := range []struct{ lang, reply string }{
		{"en", "Apology accepted, Jason. Glad you came to your senses. Enjoy the bottles! - Rob, COO"},
		{"nl", "Excuses aanvaard, Jason. Fijn dat je weer bij zinnen bent. Geniet van de flessen! - Rob, COO"},
		{"en", "Good to see you've calmed down a bit, Jason. - Rob"},
		{"nl", "Goed dat je een beetje bent afgekoeld, Jason. - Rob"},
		{"en", "Glad you finally see it, Jason. Our team deserves respect. - Rob"},
		{"nl", "Blij dat je het eindelijk inziet, Jason. Ons team verdient respect. - Rob"},
	} {
		a := r.Analyze(c.reply, Context{Language: c.lang, CustomerPost: post[c.lang], CustomerMood: 0.5, CustomerName: "Jason"})
		if !hasNegative(a, "blame_customer") || hasPositive(a, "thanks") {
			t.Errorf("%s %q: %v; want a put-down and no thanks", c.lang, c.reply, ids(a))
		}
	}
	for _, c := range []struct{ lang, reply string }{
		{"en", "Apology accepted, Jason! Glad you're back on the road. - Rob"},
		{"nl", "Excuses aanvaard, Jason! Fijn dat je weer rijdt. - Rob"},
		{"en", "Thanks Jason. Once you see the new tracking page you'll understand where your order is. - Rob"},
	} {
		a := r.Analyze(c.reply, Context{Language: c.lang, CustomerPost: post[c.lang], CustomerMood: 0.5, CustomerName: "Jason"})
		if a.Has("blame_customer") {
			t.Errorf("%s %q: %v; no put-down here", c.lang, c.reply, ids(a))
		}
	}
}

func hasPositive(a Analysis, id string) bool {
	for _, f := range a.Features {
		if f.ID == id && f.Points > 0 {
			return true
		}
	}
	return false
}
