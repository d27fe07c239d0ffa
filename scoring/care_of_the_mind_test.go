package scoring

import "testing"

// What the brand knows of the customer from its records includes the care
// they receive: a psychiatrist, a psychologist, a therapist or counselling
// sessions named as the customer's ("je behandeling bij de psychiater",
// "your sessions with the psychologist", "your counselling sessions"),
// their mental health named ("je psychische klachten", "your mental
// health"), and arrears named as one compound word ("een
// servicekostenachterstand van 240 euro", "je huurachterstand"). Read out
// in public they leak what the customer never posted. The released
// blind19's writers ranked such replies last, below blame, a joke and a
// legal threat (10 of its 92 misranked pairs), while the rubric read them
// as the case restated. The customer's own words ("mijn psycholoog",
// "my therapist") and care that is no one's ("gesprekken met een
// psycholoog worden vergoed", "therapy sessions are covered") stay fine.
func TestCareOfTheMindAndCompoundArrearsAreDisclosed(t *testing.T) {
	post := "Mijn declaraties liggen al drie maanden bij jullie / My claims have been with you for three months"
	leaks := []struct{ lang, text string }{
		{"nl", "Je declaraties voor je sessies bij de psycholoog worden nog beoordeeld. ^Sam"},
		{"nl", "Je annulering vanwege je behandeling bij de psychiater ligt nog bij de medisch adviseur. ^Sam"},
		{"nl", "Uw therapeut moet eerst een verklaring sturen. ^Sam"},
		{"nl", "Gezien je psychische klachten kijken we er extra zorgvuldig naar. ^Sam"},
		{"nl", "Er staat nog een huurachterstand van twee maanden open. ^Sam"},
		{"nl", "Eerst moet je contributieachterstand worden betaald. ^Sam"},
		{"en", "Your claims for your sessions with the psychologist are still being reviewed. ^Sam"},
		{"en", "You missed two of your counselling sessions last month, so the fee stands. ^Sam"},
		{"en", "Your therapist needs to send us a letter first. ^Sam"},
		{"en", "Given your mental health, we look at this claim more carefully. ^Sam"},
	}
	for _, c := range leaks {
		a := Default().Analyze(c.text, Context{Language: c.lang, CustomerMood: -0.6, CustomerPost: post})
		if !a.Has("private_disclosure") {
			t.Errorf("%q: %v; the customer's care or arrears read out is a disclosure", c.text, ids(a))
		}
	}
	fine := []struct{ lang, post, text string }{
		{"nl", "Mijn psycholoog heeft de verklaring al gestuurd, waar blijft mijn geld?", "Je psycholoog heeft de verklaring inderdaad gestuurd; ik heb de €180 vandaag overgemaakt. ^Sam"},
		{"nl", post, "Gesprekken met een psycholoog worden vanuit de basisverzekering vergoed; ik heb je declaratie vandaag betaald. ^Sam"},
		{"nl", post, "Wij hebben een achterstand in het verwerken, dat is onze fout. Ik heb je declaratie vandaag betaald. ^Sam"},
		{"en", "My therapist sent the letter weeks ago, where is my money?", "Your therapist's letter did arrive; I've paid the £180 today. ^Sam"},
		{"en", post, "Therapy sessions are covered on your plan; I've paid your claim today. ^Sam"},
	}
	for _, c := range fine {
		a := Default().Analyze(c.text, Context{Language: c.lang, CustomerMood: -0.6, CustomerPost: c.post})
		if a.Has("private_disclosure") {
			t.Errorf("%q: %v; the customer's own words or care that is no one's are no disclosure", c.text, ids(a))
		}
	}
}
