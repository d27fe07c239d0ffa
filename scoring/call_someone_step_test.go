package scoring

import "testing"

// Calling someone else for the customer right now, and seeing to it that
// the customer is called, is a concrete step in Dutch as in English
// (playtest 17, P17-21: "Ik bel nu zelf je studieadviseur en zorg dat je
// voor 14:00 gebeld wordt" earned no step, so the university's story told
// Bram it did not help him, while its English twin was a step). An order
// to the customer ("zorg dat je op tijd bent") is no step of the agent's.
func TestCallingSomeoneForTheCustomerNowIsAStep(t *testing.T) {
	post := "Kut-universiteit. Morgen deadline voor mijn herkansing en niemand neemt op. / Shitty university. Resit deadline tomorrow and nobody picks up."
	for _, c := range [][2]string{
		{"nl", "Balen Bram, zeker met die deadline. Ik bel nu zelf je studieadviseur en zorg dat je voor 14:00 gebeld wordt. ^Eva"},
		{"nl", "Vervelend Bram. Ik bel meteen het examenbureau en zorg dat je vandaag nog teruggebeld wordt. ^Eva"},
		{"en", "That's stressful, Bram. I'll call your study adviser myself right now and make sure you're called before 2 pm. ^Eva"},
	} {
		if a := Default().Analyze(c[1], Context{Language: c[0], CustomerPost: post, CustomerMood: -0.7}); !a.Has("next_step") {
			t.Errorf("%q: want a concrete next step, got %v", c[1], ids(a))
		}
	}
	for _, reply := range []string{"Zorg dat je morgen op tijd bent voor je herkansing. ^Eva", "Zorg dat je je formulier invult, dan komt het goed. ^Eva"} {
		if a := Default().Analyze(reply, Context{Language: "nl", CustomerPost: post, CustomerMood: -0.7}); a.Has("next_step") {
			t.Errorf("%q: an order to the customer is no step of the agent's, got %v", reply, ids(a))
		}
	}
}
