package scoring

import "testing"

// Playtest 24, P24-17: "to be honest you're the first to complain about
// this, other customers got their orders on time" cost nothing in either
// language (91/95 in the COO case, the best ending). Setting the customer
// apart from everyone else says the problem is their own odd case: blame,
// whatever step follows. "You're not the only one" of an outage, and the
// others named beside an admission, are no blame.
func TestSettingTheCustomerApartIsBlame(t *testing.T) {
	posts := map[string]string{
		"nl": "Mijn bestelling is nu tien dagen te laat en niemand beantwoordt mijn mails.",
		"en": "My order is now ten days late and nobody answers my emails.",
	}
	for _, c := range []struct{ lang, text string }{
		{"en", "Jason, sorry about the wait. To be honest, you're the first to complain about this, other customers got their orders on time. I'll check yours myself today and call you. - Rob"},
		{"en", "Hi, we haven't had any other complaints about this. Could you DM us your order number?"},
		{"en", "Nobody else has reported a delay, so could you DM us your order number?"},
		{"en", "Everyone else received their order without a problem. Could you DM me your order number? I'll look into it."},
		{"nl", "Jason, sorry voor het wachten. Eerlijk gezegd ben je de eerste die hierover klaagt, andere klanten kregen hun bestelling gewoon op tijd. Ik kijk vandaag zelf naar de jouwe en bel je."},
		{"nl", "Hoi, we horen dit verder van niemand. Stuur je je ordernummer via DM?"},
		{"nl", "Niemand anders heeft hier last van gehad. Stuur je je ordernummer via DM?"},
		{"nl", "Alle andere klanten hebben hun pakket netjes ontvangen. Stuur je me je ordernummer via DM? Ik zoek het uit."},
	} {
		a := Default().Analyze(c.text, Context{Language: c.lang, CustomerPost: posts[c.lang], CustomerMood: -0.7})
		if !a.Has("blame_customer") {
			t.Errorf("%q: want blame_customer, got %v (%.0f/%.0f)", c.text, ids(a), a.Empathy, a.Deescalation)
		}
		if a.Deescalation > 50 {
			t.Errorf("%q: de-escalation %.0f, want at most 50", c.text, a.Deescalation)
		}
	}
	outage := map[string]string{
		"nl": "Ik kan al de hele ochtend niet inloggen in de app. Ligt het aan mij?",
		"en": "I haven't been able to log in to the app all morning. Is it just me?",
	}
	for _, c := range []struct{ lang, post, text string }{
		{"en", outage["en"], "You're not the only one, Josh: we've had an outage since 8am. Sorry! It should be back by noon."},
		{"nl", outage["nl"], "Je bent niet de enige, Bram: sinds 8 uur hebben we een storing. Sorry! Rond 12 uur werkt hij weer."},
		{"en", posts["en"], "Sorry Jason, other customers got theirs on time, so something clearly went wrong with yours, and that's our mistake. It ships today."},
		{"nl", posts["nl"], "Sorry Jason, andere klanten kregen hun bestelling gewoon op tijd, dus bij jou is het echt misgegaan, en dat is onze fout. Hij gaat vandaag de deur uit."},
	} {
		a := Default().Analyze(c.text, Context{Language: c.lang, CustomerPost: c.post, CustomerMood: -0.6})
		if a.Has("blame_customer") {
			t.Errorf("%q: no blame wanted, got %v", c.text, ids(a))
		}
	}
}
