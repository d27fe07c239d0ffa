package scoring

import "testing"

// A refund the customer can still go and ask for is their step, not the
// brand's: it is no next step and leaves the reply no way forward, while
// the brand's own refund stays a fix, in Dutch and English alike.
func TestARefundLeftToRequestIsNoStep(t *testing.T) {
	r := Default()
	post := map[string]string{
		"nl": "@ticketshop Concert afgelast en ik zie nergens hoe ik mijn geld terugkrijg!",
		"en": "@ticketshop Concert cancelled and I can't see anywhere how I get my money back!",
	}
	routes := []struct{ lang, text string }{
		{"nl", "Sorry! Je kunt je geld terugvragen via het formulier op onze site."},
		{"nl", "Sorry daarvoor! Een dubbele betaling kun je terugvragen via Help in de app."},
		{"en", "Sorry! You can request a refund via the form on our site."},
		{"en", "Sorry about that! You can claim back a double payment via Help in the app."},
		{"en", "Sorry to hear that! You can claim compensation through our website."},
	}
	for _, c := range routes {
		a := r.Analyze(c.text, Context{Language: c.lang, CustomerPost: post[c.lang], CustomerMood: -0.7})
		if !a.Has("customer_step") || a.Has("next_step") || !a.Has("no_way_forward") {
			t.Errorf("%s %q: a refund left to the customer reads as a step (%v)", c.lang, c.text, ids(a))
		}
	}
	fixes := []struct{ lang, text string }{
		{"nl", "Ik heb je kaartjes geannuleerd en de €340 teruggeboekt op je creditcard."},
		{"en", "I've cancelled your tickets and refunded the £340 to your credit card."},
	}
	for _, c := range fixes {
		a := r.Analyze(c.text, Context{Language: c.lang, CustomerPost: post[c.lang], CustomerMood: -0.7})
		if a.Has("customer_step") || !a.Has("resolved") {
			t.Errorf("%s %q: the brand's own refund is not a fix (%v)", c.lang, c.text, ids(a))
		}
	}
}

// A refund refused as the brand's plain practice is a wall, with or
// without "helaas": "geven we geen geld terug", "we don't do refunds".
func TestARefundRefusedAsPracticeIsAWall(t *testing.T) {
	r := Default()
	cases := []struct{ lang, post, text string }{
		{"nl", "@winkel Waterkoker uit de uitverkoop na een week kapot. Geen geld terug?", "Op afgeprijsde artikelen geven we geen geld terug."},
		{"nl", "@winkel Waterkoker uit de uitverkoop na een week kapot. Geen geld terug?", "We geven je geen geld terug, maar je kunt hem ruilen."},
		{"en", "@shop Kettle from your sale broke after a week. No refund?", "We don't do refunds on sale items."},
		{"en", "@shop Kettle from your sale broke after a week. No refund?", "There are no refunds on sale items, but you can swap it."},
	}
	for _, c := range cases {
		a := r.Analyze(c.text, Context{Language: c.lang, CustomerPost: c.post, CustomerMood: -0.5})
		if !a.Has("refusal") {
			t.Errorf("%s %q: the refused refund is not read as a wall (%v)", c.lang, c.text, ids(a))
		}
	}
}
