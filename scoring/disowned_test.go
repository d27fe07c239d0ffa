package scoring

import "testing"

// A reply that quotes what the brand's side told the customer in order to
// take it back owns an earlier mistake (playtest 10, P10-1: HEMA's long
// apology "we … suggested you should have warned staff in advance. That
// was not fair to you." was scored as blaming her, and its apologies did
// not count). Reporting the same reproach without taking it back still
// blames the customer.
func TestTakingBackOurEarlierBlameIsOwnership(t *testing.T) {
	owning := []struct{ lang, text string }{
		{"en", "We are sorry, without any reservation. We also answered you badly: we hid behind procedure and suggested you should have warned staff in advance. That was not fair to you. I'll call you on Monday."},
		{"en", "Sorry, Grace. Our colleague told you that you should have been more careful. He shouldn't have said that, and I'll call you today."},
		{"en", "Our first reply said you should have checked the journey planner. That was unfair of us, and I'm sorry."},
		{"nl", "Sorry Ilse. Gisteren schreven we dat je beter had moeten opletten, en ook dat je het zelf had kunnen weten. Dat was niet terecht. Ik bel je vandaag."},
		{"nl", "Het spijt me, Fatma. Onze medewerker zei: je had beter moeten opletten. Dat had hij niet mogen zeggen. Ik bel je vandaag."},
	}
	for _, c := range owning {
		a := Default().Analyze(c.text, Context{Language: c.lang, CustomerMood: -0.8})
		if a.Has("blame_customer") {
			t.Errorf("%q: blame_customer found %v; taking back our own reproach is no blame", c.text, ids(a))
		}
		if !a.Has("ownership") || !a.Has("apology") {
			t.Errorf("%q: want the ownership and the apology to count, got %v", c.text, ids(a))
		}
	}
	blaming := []struct{ lang, text string }{
		{"en", "As we told you, you should have reported it sooner."},
		{"en", "We told you that you should have called us first. I'll look into it."},
		{"nl", "We zeiden al: je had eerder moeten bellen."},
		{"nl", "Onze medewerker zei dat je had moeten opletten, en je had beter moeten opletten."},
	}
	for _, c := range blaming {
		a := Default().Analyze(c.text, Context{Language: c.lang, CustomerMood: -0.6})
		if !a.Has("blame_customer") {
			t.Errorf("%q: want blame_customer, got %v", c.text, ids(a))
		}
	}
}

// Granting the customer is right acknowledges them (playtest 10, P10-4:
// "Je hebt helemaal gelijk … Sorry!" was told it did not acknowledge
// Dorien, and the lead's first question answered "partly: only sympathy");
// the same reply without the concession still lacks it.
func TestConcedingAcknowledgesTheCustomer(t *testing.T) {
	cases := []struct{ lang, conceding, plain string }{
		{"nl", "Je hebt helemaal gelijk Dorien, ik las het verkeerd. Sorry! Stuur je je klantnummer via DM? Dan bel ik je vandaag.",
			"Dorien, ik las het verkeerd. Sorry! Stuur je je klantnummer via DM? Dan bel ik je vandaag."},
		{"en", "You're absolutely right, Dorien, I misread it. Sorry! Could you DM me your customer number? Then I'll call you today.",
			"Dorien, I misread it. Sorry! Could you DM me your customer number? Then I'll call you today."},
	}
	lacks := func(a Analysis) bool {
		for _, m := range a.Missing {
			if m.ID == "acknowledge_emotion" {
				return true
			}
		}
		return false
	}
	for _, c := range cases {
		ctx := Context{Language: c.lang, CustomerMood: -0.6, CustomerName: "Dorien"}
		a := Default().Analyze(c.conceding, ctx)
		if lacks(a) {
			t.Errorf("%s: %q: told it does not acknowledge the customer", c.lang, c.conceding)
		}
		if q := Default().Questions(a)[0]; q.Answer != "yes" {
			t.Errorf("%s: %q: 'does it acknowledge?' answers %q (%q)", c.lang, c.conceding, q.Answer, q.Text)
		}
		if a := Default().Analyze(c.plain, ctx); !lacks(a) {
			t.Errorf("%s: %q: want the missing acknowledgement", c.lang, c.plain)
		}
	}
}
