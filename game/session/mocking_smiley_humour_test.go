package session

import "testing"

// T-Mobile: a playful reply with only a ":)" that laughs at the
// customer's own village ("Fijnaart ligt ook wel ver van de bewoonde
// wereld :)") is found as mocks_customer, but ":)" is no `humour`, so the
// case's routes for a joke ("the customer is not in the mood for jokes")
// were not taken: the reply went to the route for a useless answer, and
// the round could pass. A laugh at the customer is a joke for the story
// and an attack in public for the verdict, as a joke at a third party's
// expense is.
func TestHumourRouteFollowsAMockingSmiley(t *testing.T) {
	mock := map[string]string{
		"nl": "@usurpia Fijnaart ligt ook wel een beetje ver van de bewoonde wereld :) ^Jacob",
		"en": "@usurpia Fijnaart is a bit far from civilisation anyway :) ^Jacob",
	}
	for lang, reply := range mock {
		s, err := New(builtin(t, "tmobile-fransbauer", lang), Options{Seed: 3})
		if err != nil {
			t.Fatal(err)
		}
		openNext(t, s)
		if err := s.Publish(reply); err != nil {
			t.Fatal(err)
		}
		openNext(t, s)
		if d := s.Decision(); d == nil || d.ID != "grap" {
			id := "an ending"
			if d != nil {
				id = d.ID
			}
			t.Errorf("%s: after a smiley at the customer's village the story went to %s, not to the joke's route", lang, id)
		}
		_, r := playSteps(t, "tmobile-fransbauer", lang, 3, Practice, []Step{{Text: reply}, {Choice: 1}, {Choice: 1}, {Choice: 1}})
		if f, failed := failsRoundFact(r); !failed || f.What != "attack" || Passes(r.Scores.Overall) {
			t.Errorf("%s: a laugh at the customer's village did not fail the round as an attack (%s, %+v)", lang, r.Grade, f)
		}
	}
	// A smile after a step is friendly: no joke's route.
	friendly := map[string]string{
		"nl": "@usurpia Vervelend, binnen niet kunnen bellen! Ik zoek het voor je uit. Waar in Fijnaart merk je het en sinds wanneer? :) ^Jacob",
		"en": "@usurpia Annoying, not being able to call indoors! I'll look into it for you. Where in Fijnaart do you notice it and since when? :) ^Jacob",
	}
	for lang, reply := range friendly {
		s, err := New(builtin(t, "tmobile-fransbauer", lang), Options{Seed: 3})
		if err != nil {
			t.Fatal(err)
		}
		openNext(t, s)
		if err := s.Publish(reply); err != nil {
			t.Fatal(err)
		}
		openNext(t, s)
		if d := s.Decision(); d != nil && d.ID == "grap" {
			t.Errorf("%s: a friendly smile after a step took the joke's route", lang)
		}
	}
}
