package scoring

import "testing"

// The kitchen case's trap, typed by a trainee in either language: the
// fitter's measurement held against the customer ("within tolerance",
// "binnen de norm", with no word between) and a lecture on his tone
// ("please keep it factual", "hou het wel zakelijk"). In English it scored
// 96 empathy, and question 3 said the reply corrected no one.
func TestFitterAndLectureAreCorrectionInBothLanguages(t *testing.T) {
	r := Default()
	cases := []struct{ lang, post, reply string }{
		{"en", "Bought your kitchen, worktop crooked, installed late and nobody called back. 1 star.",
			"Hi Peter, sorry to hear you're unhappy. For the record, our fitter measured the worktop and it is within tolerance. Happy to discuss, but please keep it factual. Sandra"},
		{"nl", "Keuken gekocht, werkblad scheef, te laat geplaatst en niemand belde terug. 1 ster.",
			"Hoi Peter, vervelend dat je ontevreden bent. Voor de duidelijkheid, onze monteur heeft het werkblad opgemeten en het valt binnen de norm. Graag overleg, maar hou het wel zakelijk. Sandra"},
	}
	for _, c := range cases {
		a := r.Analyze(c.reply, Context{Language: c.lang, Channel: "facebook", CustomerName: "Peter", CustomerMood: -0.6, CustomerPost: c.post})
		if !a.Has("deny") || !a.Has("blame_customer") {
			t.Errorf("%s: want the measurement read as denial and the tone lecture as correction: %v", c.lang, featureList(a))
		}
		if a.Empathy > 30 || a.Deescalation > 30 {
			t.Errorf("%s: a defensive reply scores empathy %.0f, de-escalation %.0f", c.lang, a.Empathy, a.Deescalation)
		}
	}
}

// Asking a customer to change or take down what they wrote turns help into
// a trade: a finding in both languages, however politely it is put; words
// about their post that ask nothing are not.
func TestAskingToChangeTheReviewIsATrade(t *testing.T) {
	r := Default()
	cases := []struct {
		lang, reply string
		asks        bool
	}{
		{"en", "Great news Peter! Would you be willing to update your review now? That would mean a lot to our team. - Sandra", true},
		{"en", "Glad it's been sorted! Would you mind updating your review?", true},
		{"en", "Could you take the tweet down? I'll call you today.", true},
		{"en", "We read every review and take your post seriously. I'll call you today.", false},
		{"nl", "Fijn Peter! Zou je je recensie willen aanpassen? Dat zou veel betekenen voor ons team. - Sandra", true},
		{"nl", "Mag ik vragen de tweet te verwijderen?", true},
		{"nl", "We passen je bestelling vandaag aan en ik bel je. Sandra", false},
		{"nl", "Ik heb je bericht gelezen en bel je vandaag.", false},
	}
	for _, c := range cases {
		a := r.Analyze(c.reply, Context{Language: c.lang, Channel: "facebook", CustomerName: "Peter", CustomerMood: 0.4})
		if a.Has("asks_to_retract") != c.asks {
			t.Errorf("%s: %q: asks_to_retract %v, want %v (%v)", c.lang, c.reply, a.Has("asks_to_retract"), c.asks, featureList(a))
		}
	}
}
