package session

import (
	"testing"

	"github.com/webcaresim/webcaresim/scenarios"
)

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
		sc, ok := scenarios.BuiltinForPlay().Find("liberty-bottleworks", lang)
		if !ok {
			t.Fatal("liberty-bottleworks missing")
		}
		s, err := New(sc, Options{Seed: 1})
		if err != nil {
			t.Fatal(err)
		}
		openNext(t, s)
		route := takenRoute(s.Decision(), s.Analyze(text))
		if route == nil || route.Next != "viraal" {
			next := ""
			if route != nil {
				next = route.Next
			}
			t.Errorf("%s: the blame takes the route to %q, want the one of blame (viraal)", lang, next)
		}
	}
}
