package session

import "testing"

// A typed round of Liberty's case: "Sorry about the wait, Jason", a step,
// and then the customer blamed ("But you were quite rude to my team, and
// that's on you") took the route of an apology with a step, the
// conversation, and the round reached the best ending (8.9). The blame
// takes the sorry back, the sorry for the slip included: the round goes
// where blame goes, in both languages.
func TestLibertyBlameAfterASorryForTheWaitIsNoApology(t *testing.T) {
	replies := map[string]string{
		"en": "Sorry about the wait, Jason. I'll ship your order by express today. But you were quite rude to my team, and that's on you. – COO, Liberty Bottleworks",
		"nl": "Sorry voor het wachten, Jason. Ik verstuur je bestelling vandaag per express. Maar je was wel erg onbeleefd tegen mijn team, en dat ligt aan jou. – COO, Liberty Bottleworks",
	}
	for lang, text := range replies {
		if next := libertyFirstRoute(t, lang, text); next != "viraal" {
			t.Errorf("%s: the blame takes the route to %q, want the one of blame (viraal)", lang, next)
		}
	}
}
