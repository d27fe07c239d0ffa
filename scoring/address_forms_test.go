package scoring

import "testing"

// A greeting to a title without a name ("Beste mevrouw,", "Dear Sir,") is
// the opening of a form letter and no personal address; with the
// customer's name, or a surname after the title, it is.
func TestTitleOnlyGreetingIsNoPersonalAddress(t *testing.T) {
	cases := []struct {
		lang, text string
		personal   bool
	}{
		{"nl", "Beste mevrouw, onze beveiliging handelt volgens vaste procedures.", false},
		{"nl", "Beste meneer, uw melding is ontvangen.", false},
		{"en", "Dear Sir, our security staff follow set procedures.", false},
		{"en", "Dear Madam, your complaint has been received.", false},
		{"nl", "Beste mevrouw De Boef, sorry voor het wachten.", true},
		{"en", "Dear Mrs Okafor, sorry for the wait.", true},
		{"nl", "Beste Naomi, sorry voor het wachten.", true},
		{"en", "Dear Naomi, sorry for the wait.", true},
	}
	for _, c := range cases {
		a := Default().Analyze(c.text, Context{Language: c.lang, CustomerName: "Naomi", CustomerMood: -0.6})
		if a.Has("personal_address") != c.personal {
			t.Errorf("%s: %q: personal_address %v, want %v (%v)", c.lang, c.text, a.Has("personal_address"), c.personal, ids(a))
		}
	}
}

// A role one person holds signs as that person ("– COO", "– Teamleider");
// a brand, a team or a board signs as no one.
func TestARoleSignsAsAPerson(t *testing.T) {
	person := []struct{ lang, text string }{
		{"en", "Hi Naomi, that should never have happened. Our director will call you today. – COO"},
		{"nl", "Hoi Naomi, dat had nooit mogen gebeuren. Onze directeur belt je vandaag. – COO"},
		{"nl", "Hoi Naomi, dat had nooit mogen gebeuren. Ik bel je vandaag. – Teamleider"},
		{"en", "Hi Naomi, that should never have happened. I'll call you today. – Manager"},
	}
	for _, c := range person {
		a := Default().Analyze(c.text, Context{Language: c.lang, CustomerName: "Naomi", BrandName: "HEMA", CustomerMood: -0.8})
		if a.Has("company_signature") || !a.Has("signature") {
			t.Errorf("%s: %q: want a personal signature, got %v", c.lang, c.text, ids(a))
		}
	}
	for _, c := range []struct{ lang, text string }{
		{"nl", "Hoi Naomi, dat had nooit mogen gebeuren. – Team HEMA"},
		{"en", "Hi Naomi, that should never have happened. – HEMA"},
		{"nl", "Hoi Naomi, dat had nooit mogen gebeuren. – de directie"},
	} {
		a := Default().Analyze(c.text, Context{Language: c.lang, CustomerName: "Naomi", BrandName: "HEMA", CustomerMood: -0.8})
		if !a.Has("company_signature") {
			t.Errorf("%s: %q: want company_signature, got %v", c.lang, c.text, ids(a))
		}
	}
}

// "Niet waar" denies the customer where "waar" means true, not where it
// means "where": the Wanbetaler case's own model reply ("Over je polis
// praten we liever niet waar iedereen meeleest") was scored as denying.
func TestWhereIsNoDenial(t *testing.T) {
	for _, c := range []struct {
		text string
		deny bool
	}{
		{"Over je polis praten we liever niet waar iedereen meeleest. Mag ik je bellen?", false},
		{"Dat bespreken we liever niet waar de hele tijdlijn meekijkt.", false},
		{"Dat is niet waar, we hebben je twee keer gebeld.", true},
		{"Niet waar wat je schrijft: de monteur is geweest.", true},
		{"Dat klopt niet. Niet waar.", true},
	} {
		a := Default().Analyze(c.text, Context{Language: "nl", CustomerMood: -0.6})
		if a.Has("deny") != c.deny {
			t.Errorf("%q: deny %v, want %v (%v)", c.text, a.Has("deny"), c.deny, ids(a))
		}
	}
}
