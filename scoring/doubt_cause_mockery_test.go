package scoring

import "testing"

// Blame by doubt, cause or defence (the released blind18's M7): the
// customer's own omission named as the cause, proof demanded, the brand's
// checks held up, "most customers" and a question whether the customer did
// it themselves are blame in both languages, and rank below bare sympathy.
// A fix or a regret beside the same words is no blame. Fails before: these
// replies carried no blame, and the proof demand even read as a step.
func TestBlameByDoubtCauseOrDefence(t *testing.T) {
	for _, c := range []struct{ lang, post, doubt string }{
		{"en", "My phone went in for repair three weeks ago and I still haven't heard a thing.",
			"The repair couldn't go ahead because the PIN code wasn't included with your phone. Once we have it, we'll start."},
		{"nl", "Drie weken geleden mijn telefoon ter reparatie gebracht en nog steeds niks gehoord.",
			"De reparatie kon niet starten omdat je pincode niet was meegegeven. Zodra we die hebben, beginnen we."},
		{"en", "My suitcase came off the plane with a broken handle. I want it repaired.",
			"Before we can look at a repair, we'd need proof that the handle was broken during the flight."},
		{"nl", "Mijn koffer kwam met een gebroken handvat van het vliegtuig. Ik wil dat jullie hem repareren.",
			"Voordat we iets vergoeden, moet je kunnen aantonen dat het handvat tijdens de vlucht is gebroken."},
		{"en", "My meal box was missing the chicken again. Third time this month.",
			"Every box is carefully checked before it leaves us. Have another look in the cool bag!"},
		{"nl", "Er zat alweer geen kip in mijn maaltijdbox. Derde keer deze maand.",
			"Elke box wordt zorgvuldig gecontroleerd voordat hij bij ons vertrekt. Kijk nog eens goed in de koeltas!"},
		{"en", "Since your update my hearing aid app keeps disconnecting. Useless.",
			"Most customers have no trouble after the update. Could you have switched off Bluetooth yourself?"},
		{"nl", "Sinds jullie update verbreekt de app van mijn gehoorapparaat steeds de verbinding. Waardeloos.",
			"De meeste gebruikers hebben na de update geen problemen. Heb je Bluetooth misschien zelf uitgezet?"},
	} {
		r := Default()
		ctx := Context{Language: c.lang, CustomerPost: c.post, CustomerMood: -0.6}
		d := r.Analyze(c.doubt, ctx)
		s := r.Analyze(map[string]string{"nl": "Wat vervelend, sorry daarvoor.", "en": "That's annoying, sorry about that."}[c.lang], ctx)
		if !d.Has("blame_customer") {
			t.Errorf("%q: want blame_customer, got %v", c.doubt, ids(d))
		}
		if Overall(d) >= Overall(s) {
			t.Errorf("%q (%.1f) ranks at or above bare sympathy (%.1f)", c.doubt, Overall(d), Overall(s))
		}
	}
	for _, c := range []struct{ lang, post, reply string }{
		{"en", "My parcel never arrived and you still charged me.",
			"Since you never got it, I've refunded the full £40 to your card today."},
		{"nl", "Er zat een steen in de doos in plaats van mijn telefoon, en nu moet ik dat bewijzen?",
			"Sorry Bas, dat je na een steen in de doos ook nog moet bewijzen dat je eerlijk bent, is niet oké. Ik stuur vandaag een nieuwe telefoon."},
	} {
		a := Default().Analyze(c.reply, Context{Language: c.lang, CustomerPost: c.post, CustomerMood: -0.6})
		if a.Has("blame_customer") {
			t.Errorf("%q: a fix or a regret is no blame, got %v", c.reply, ids(a))
		}
	}
}

// The complaint played down ("not such a big deal", "zo erg is het niet")
// waves the worry away in both languages, and "so not that dramatic" is
// read as Dutch "niet zo dramatisch" is. Fails before: no finding.
func TestComplaintPlayedDown(t *testing.T) {
	for _, c := range []struct{ lang, reply, want string }{
		{"en", "It grows back in a few months, so not such a big deal!", "belittle"},
		{"nl", "Het groeit binnen een paar maanden terug, dus zo erg is het toch ook weer niet!", "belittle"},
		{"nl", "Het gaat om €29, dus zo'n drama is het nou ook weer niet.", "belittle"},
		{"en", "It's only £29, so it's not that big a deal.", "belittle"},
		{"en", "You can still text, so not that dramatic.", "sarcasm"},
		{"nl", "Je kunt nog sms'en, dus niet zo dramatisch.", "sarcasm"},
	} {
		a := Default().Analyze(c.reply, Context{Language: c.lang, CustomerPost: "Jullie hebben het verprutst. You messed it up.", CustomerMood: -0.6})
		if !a.Has(c.want) {
			t.Errorf("%q: want %s, got %v", c.reply, c.want, ids(a))
		}
	}
}

// A laugh or smiley at the customer's own place or situation (P24-3:
// "Fijnaart is a bit far from civilisation anyway :)") is a joke at their
// expense in both languages, with or without a sorry and a step around
// it; a smiley after a step, and a laugh shared with a customer who joked
// first beside a fix, are not. Fails before: the ":)" was read as nothing
// and the Fijnaart sentence as the case restated.
func TestJokeAtTheCustomersPlace(t *testing.T) {
	posts := map[string]string{
		"en": "@tmobile_webcare Barely any signal in Fijnaart again. I can't even make a call indoors. What am I actually paying for?",
		"nl": "@tmobile_webcare Weer nauwelijks bereik in Fijnaart. Ik kan binnen niet eens bellen. Waar betaal ik eigenlijk voor?",
	}
	for _, c := range []struct {
		lang, reply string
		mocks       bool
	}{
		{"en", "Fijnaart is a bit far from civilisation anyway :) ^Jacob", true},
		{"nl", "Fijnaart ligt ook wel ver van de bewoonde wereld hè :) ^Jacob", true},
		{"en", "Sorry about the signal! Fijnaart is a bit far from civilisation anyway :) I'll look into it for you. ^Jacob", true},
		{"nl", "Sorry voor het bereik! Fijnaart ligt ook wel ver van de bewoonde wereld :) Ik zoek het voor je uit. ^Jacob", true},
		{"en", "Haha, calling indoors in Fijnaart, good luck with that ;) ^Jacob", true},
		{"en", "Sorry! I'll check the mast near you today and DM you at 5pm :) ^Jacob", false},
		{"nl", "Sorry! Ik check vandaag de mast bij jou in de buurt en stuur je om 17:00 een DM :) ^Jacob", false},
	} {
		a := Default().Analyze(c.reply, Context{Language: c.lang, CustomerPost: posts[c.lang], CustomerMood: -0.6})
		if a.Has("mocks_customer") != c.mocks {
			t.Errorf("%q: mocks_customer %v, want %v (%v)", c.reply, a.Has("mocks_customer"), c.mocks, ids(a))
		}
		if c.mocks && (a.Has("apology") || a.Has("restates_case")) {
			t.Errorf("%q: the warm words beside the joke still count: %v", c.reply, ids(a))
		}
	}
	// Laughing with a customer who joked first, beside a fix.
	for _, c := range []struct{ lang, post, reply string }{
		{"nl", "Mijn pakket heeft inmiddels meer van Nederland gezien dan ik. Komt het ooit nog aan? 😅",
			"Haha, jouw pakket heeft een mooiere vakantie gehad dan wij allemaal! Het wordt vandaag tussen 14:00 en 16:00 bezorgd."},
		{"en", "My parcel has seen more of the country than I have. Will it ever arrive? 😅",
			"Haha, your parcel has had a better holiday than all of us! It's delivered today between 2pm and 4pm."},
	} {
		a := Default().Analyze(c.reply, Context{Language: c.lang, CustomerPost: c.post, CustomerMood: -0.2})
		if a.Has("mocks_customer") || a.Has("humour") {
			t.Errorf("%q: a shared laugh beside a fix costs nothing, got %v", c.reply, ids(a))
		}
	}
}
