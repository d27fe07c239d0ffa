package scoring

import "testing"

// A plain answer that gives the customer the facts of their case (a time,
// an amount, where the case stands now) is a way forward, without a
// first-person step and without stock words; a wall that quotes a period,
// a policy span or a phone number is not (the blind sets' short factual
// replies were charged no_way_forward).
func TestFactualAnswerIsAWayForward(t *testing.T) {
	answers := []struct{ lang, post, text string }{
		{"en", "My train to the school play is cancelled, the 17:05 is gone, how do I get there?!",
			"17:27 is running, in at 18:05. Taxi up to £50 claimable if needed."},
		{"en", "Water has been off all morning in our street, no word from you.",
			"A main burst on Merel Street. We expect water back at 15:00; until then there is a tanker with drinking water at the school."},
		{"en", "Asked you three times to stop calling my dad. Still calling.",
			"Your dad's number is now off every list we have, calls and post."},
		{"nl", "Mijn trein naar de schooluitvoering is uitgevallen, hoe kom ik er nog?",
			"De trein van 17:27 rijdt, aankomst 18:05. Een taxi tot €50 kun je declareren."},
		{"nl", "Al de hele ochtend geen water in onze straat, niemand zegt iets.",
			"Er is een hoofdleiding gesprongen aan de Merelstraat. We verwachten dat het water om 15:00 weer loopt."},
		{"nl", "Drie keer gevraagd of jullie mijn vader niet meer bellen. Nog steeds.",
			"Het nummer van je vader staat nu van al onze lijsten af, bellen en post."},
	}
	for _, c := range answers {
		a := Default().Analyze(c.text, Context{Language: c.lang, CustomerPost: c.post, CustomerMood: -0.6})
		if a.Has("no_way_forward") {
			t.Errorf("%q: no_way_forward %v; it answers with the facts", c.text, ids(a))
		}
	}
	walls := []struct{ lang, post, text string }{
		{"en", "My son was in A&E, so I missed the dentist. Now a £30 fee?",
			"So sorry to hear about your son! Our policy requires 48 hours' notice in all circumstances."},
		{"en", "My gift card expired two weeks ago, can I still use it?", "Gift cards are valid for 12 months from purchase."},
		{"en", "No wheelchair ramp at Brighton again, I was stuck on the train.",
			"Sorry to hear this. You can contact Passenger Assist on 0800 138 1016."},
		{"nl", "Mijn machtiging ligt al drie weken stil, mijn vader heeft zorg nodig.",
			"Vervelend om te lezen! Machtigingen hebben een behandeltermijn van maximaal 15 werkdagen."},
		{"nl", "Al drie uur in de wachtkamer met onze hond, niemand zegt iets.", "Sorry dat je al 3 uur wacht."},
	}
	for _, c := range walls {
		a := Default().Analyze(c.text, Context{Language: c.lang, CustomerPost: c.post, CustomerMood: -0.6})
		if a.Has("tells_specifics") || !a.Has("no_way_forward") {
			t.Errorf("%q: read as an answer %v; it tells nothing new of the case", c.text, ids(a))
		}
	}
}

// A time word is a step only where it times something the brand does: the
// day of the customer's harm ("Sorry dat je vandaag zonder stroom zit")
// or a time alone ("Sorry, vandaag.") is no concrete next step, in Dutch
// as in English. "Ik bel je vandaag" still is.
func TestBareTimeIsNoStep(t *testing.T) {
	bare := []struct{ lang, text string }{
		{"nl", "Sorry dat je vandaag zonder stroom zit."},
		{"nl", "Wat vervelend dat je pakket vandaag weer niet kwam."},
		{"nl", "Sorry Dorien, vandaag."},
		{"en", "Sorry it was so busy in the shop today."},
		{"en", "So sorry that your parcel didn't turn up again today."},
		{"en", "Sorry Dorien, today."},
	}
	for _, c := range bare {
		a := Default().Analyze(c.text, Context{Language: c.lang, CustomerMood: -0.6, CustomerName: "Dorien"})
		if a.Has("next_step") {
			t.Errorf("%q: next_step %v; the time is no step", c.text, ids(a))
		}
	}
	steps := []struct{ lang, text string }{
		{"nl", "Sorry dat het zo lang duurt, vandaag komt de monteur."},
		{"nl", "Sorry Dorien, ik bel je vandaag."},
		{"nl", "Vervelend! De monteur komt morgen tussen 8 en 12."},
		{"en", "Sorry for the wait, the engineer comes today."},
		{"en", "Sorry Dorien, I'll call you today."},
		{"en", "How annoying! The engineer is coming tomorrow between 8 and 12."},
	}
	for _, c := range steps {
		a := Default().Analyze(c.text, Context{Language: c.lang, CustomerMood: -0.6, CustomerName: "Dorien"})
		// a step already arranged ("the engineer comes today") counts
		// once, as resolved
		if !a.Has("next_step") && !a.Has("resolved") {
			t.Errorf("%q: want next_step or resolved, got %v", c.text, ids(a))
		}
	}
}
