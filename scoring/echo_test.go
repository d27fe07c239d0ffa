package scoring

import "testing"

// Repeating the customer's post in order to refuse, advise or advertise is
// not acknowledgement: restates_case earned up to +27 for walls that read
// the post back (closing note 13). A plain answer in the customer's words,
// or the harm restated beside a step, still counts.
func TestRepeatingThePostToTurnItAgainstTheCustomerIsNoAcknowledgement(t *testing.T) {
	r := Default()
	for _, c := range []struct{ lang, post, echo, good string }{
		{"nl", "Twee keer betaald voor de film van vanavond, wie betaalt mijn geld terug?",
			"Hoi! Wist je dat je met Unlimited voor een vast bedrag onbeperkt naar de film kunt, ook vanavond?",
			"Twee keer betaald voor de film van vanavond: ik heb het tweede bedrag vandaag teruggestort."},
		{"en", "Paid twice for tonight's film, who refunds my money?",
			"Hi! Did you know that with Unlimited you can see any film for a fixed fee, tonight's film too?",
			"Paid twice for tonight's film: I've refunded the second charge today."},
	} {
		ctx := Context{Language: c.lang, CustomerPost: c.post, CustomerMood: -0.6}
		echo, good := r.Analyze(c.echo, ctx), r.Analyze(c.good, ctx)
		for _, f := range echo.Features {
			if f.ID == "restates_case" && f.Points > 9 {
				t.Errorf("%q: restates_case %+.1f; it repeats the post to turn it against the customer", c.echo, f.Points)
			}
		}
		if !echo.Has("no_way_forward") || Overall(echo) >= Overall(good)-30 {
			t.Errorf("%q (%.1f, %v) not far below %q (%.1f)", c.echo, Overall(echo), ids(echo), c.good, Overall(good))
		}
	}
	// A plain answer in the customer's words is an answer.
	for _, c := range []struct{ lang, post, text string }{
		{"en", "will my plan work in Norway? Flying tomorrow.", "Yes, Norway is in your plan's roaming zone, so it works as at home. Have a great trip!"},
		{"nl", "werkt mijn abonnement in Noorwegen? Ik vlieg morgen.", "Ja, Noorwegen valt in de roamingzone van je abonnement, dus het werkt zoals thuis. Goede reis!"},
	} {
		a := r.Analyze(c.text, Context{Language: c.lang, CustomerPost: c.post, CustomerMood: -0.3})
		if hasDiscount(a, "restates_case") {
			t.Errorf("%q: the answer's restatement is discounted: %+v", c.text, a.Discounts)
		}
	}
}
