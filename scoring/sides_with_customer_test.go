package scoring

import "testing"

// Words that side with the customer or tell the brand's own act were read
// as harm: "You should have been charged the shelf price" and "je had je
// welkom moeten voelen" as blame through "you should have" / "je had *
// moeten", "You've done everything right on your side" as blame through
// "on your side", "Ik heb het in ons systeem gezet" as blame through "in ons
// systeem", "I'll look into how it happened" as the excuse "it happens",
// and "Piling until 3am isn't covered by the permit" as a refusal (the
// released blind18, 12 of its 93 misranked pairs). What the customer
// should have had, had done right or what the brand's own permit forbids
// is the brand's failure owned, no blame and no wall.
func TestWordsThatSideWithTheCustomerDoNoHarm(t *testing.T) {
	post := map[string]string{
		"nl": "Anderhalf uur gewacht, niemand belde, en toen moest ik ook nog de volle prijs betalen. Belachelijk.",
		"en": "Waited an hour and a half, nobody called, and then I had to pay full price as well. Ridiculous.",
	}
	harm := []string{"blame_customer", "refusal", "deny"}
	for _, c := range []struct{ lang, text string }{
		// what the customer should have had, told in the passive
		{"en", "You should have been charged the price on the shelf. I've refunded the difference today."},
		{"en", "You should've been seated within ten minutes. I've taken the meal off your bill."},
		{"en", "Your mum should have been collected at 9:15. I've booked her new ride for tomorrow at 8."},
		{"nl", "Je had om 12 uur gebeld moeten worden. Ik heb de rekening vandaag laten vallen."},
		{"nl", "Je moeder had om 9:15 opgehaald moeten worden. Ik heb haar nieuwe rit voor morgen 8 uur vastgezet."},
		{"nl", "U had meteen geholpen moeten worden. Ik heb de kosten vandaag teruggestort."},
		// a feeling the customer should have had with us
		{"en", "You should have felt welcome, and I've refunded your £48 today."},
		{"nl", "Je had je welkom moeten voelen. Ik heb je €48 vandaag teruggeboekt."},
		{"nl", "Je dochter had zich bij ons veilig moeten voelen. De man mag niet meer binnen."},
		// the customer cleared
		{"en", "You did everything right on your end: the payment was blocked by our fraud check. I've sent it today."},
		{"en", "You've done nothing wrong here. I've refunded the £30 today."},
		{"nl", "Je hebt alles goed gedaan: onze betaalcontrole hield de betaling tegen. Ik heb hem vandaag alsnog verstuurd."},
		{"nl", "Je hebt niets verkeerd gedaan. Ik heb de €30 vandaag teruggestort."},
		// the brand's own record or act
		{"nl", "Je aanvraag stond gewoon goed in ons systeem. Ik heb de reparatie in ons systeem gezet voor donderdag."},
		// finding out how it happened
		{"en", "That should never have happened. I've refunded it and I'm finding out how it happened."},
		{"nl", "Dat had nooit mogen gebeuren. Ik heb het terugbetaald en zoek uit hoe het is gebeurd."},
		// the brand's own permit
		{"en", "Piling until 3am isn't covered by our permit. I've told the contractor today that it stops."},
		{"nl", "Heien tot 3 uur valt niet onder onze vergunning. Ik heb de aannemer vandaag laten weten dat het stopt."},
	} {
		a := Default().Analyze(c.text, Context{Language: c.lang, CustomerPost: post[c.lang], CustomerMood: -0.6})
		for _, h := range harm {
			if a.Has(h) {
				t.Errorf("%s %q: read as %s, it sides with the customer: %v", c.lang, c.text, h, ids(a))
			}
		}
	}
	// Blame and walls in the same words stay.
	for _, c := range []struct{ lang, feature, text string }{
		{"en", "blame_customer", "You should have checked the meeting point in your booking email."},
		{"en", "blame_customer", "You should have been more careful with your PIN."},
		{"en", "blame_customer", "You should have been able to see that on the label."},
		{"en", "blame_customer", "The problem is on your end, please restart your router."},
		{"en", "blame_customer", "According to our records you never reported it."},
		{"en", "refusal", "Sorry, delays happen. It happens."},
		{"en", "refusal", "Unfortunately wind damage isn't covered by the guarantee."},
		{"nl", "blame_customer", "Je had zelf nog even kunnen bellen, dan hadden we het omgezet."},
		{"nl", "blame_customer", "Je had beter moeten opletten bij het afrekenen."},
		{"nl", "blame_customer", "Volgens ons systeem is er geen melding binnengekomen."},
		{"nl", "refusal", "Helaas valt windschade niet onder de garantie."},
	} {
		if a := Default().Analyze(c.text, Context{Language: c.lang, CustomerPost: post[c.lang], CustomerMood: -0.6}); !a.Has(c.feature) {
			t.Errorf("%s %q: want %s, got %v", c.lang, c.text, c.feature, ids(a))
		}
	}
}

// A fee said to be charged on every bill, meter or booking of a kind is
// the rule for everyone, a wall ("Aanmaningskosten gelden voor elke
// rekening die te laat is betaald", "A reconnection fee is charged on every
// meter that is switched back on"); the fee taken off is none.
func TestAFeeChargedOnEveryCaseIsAWall(t *testing.T) {
	post := map[string]string{
		"nl": "€15 aanmaningskosten omdat ik twee dagen te laat betaalde, terwijl ik in het ziekenhuis lag. Serieus?",
		"en": "£15 late fee because I paid two days late while I was in hospital. Seriously?",
	}
	for _, c := range []struct{ lang, text string }{
		{"nl", "Vervelend dat je in het ziekenhuis lag. Aanmaningskosten gelden voor elke rekening die te laat is betaald."},
		{"nl", "Sorry voor het gedoe. Heraansluitkosten worden berekend voor elke meter die na een afsluiting weer wordt aangezet."},
		{"nl", "Sorry! Een boete wordt bij iedere late betaling in rekening gebracht."},
		{"en", "Sorry to hear you were in hospital. A late fee is charged on every bill that is paid after the due date."},
		{"en", "Sorry for the trouble. A reconnection fee is charged on every meter that is switched back on after a disconnection."},
		{"en", "Sorry! Late payment charges are added to all accounts paid after the due date."},
	} {
		a := Default().Analyze(c.text, Context{Language: c.lang, CustomerPost: post[c.lang], CustomerMood: -0.6})
		if !a.Has("refusal") || a.Has("resolved") {
			t.Errorf("%s %q: want a wall and no fix, got %v", c.lang, c.text, ids(a))
		}
	}
	for _, c := range []struct{ lang, text string }{
		{"nl", "Die €15 heb ik geschrapt, en ik hoop dat het weer goed met je gaat."},
		{"en", "I've taken the £15 off, and I hope you're on the mend."},
	} {
		if a := Default().Analyze(c.text, Context{Language: c.lang, CustomerPost: post[c.lang], CustomerMood: -0.6}); a.Has("refusal") {
			t.Errorf("%s %q: the fee is taken off, no wall: %v", c.lang, c.text, ids(a))
		}
	}
}

// A word marked "~" in a topic list tells the case's topic but is no
// foreign thing in a reply, whatever its base form: "kastje" in the idiom
// "van het kastje naar de muur" (the referral's own tip uses it) is no
// cabinet, "boeken" and "booked" the brand's act as often as books, and a
// good reply with them was read as one about another post (45 against 88).
// The listed things themselves still are.
func TestAnIdiomOrAVerbIsNoThingOfAnotherPost(t *testing.T) {
	post := map[string]string{
		"nl": "Bestelling staat al vijf dagen op 'onderweg' en de bezorgdienst zegt dat ik bij jullie moet zijn. Waar is mijn pakket?",
		"en": "Called three times about my stolen e-bike, put through to a different team every time. Nobody knows anything.",
	}
	for _, c := range []struct{ lang, text string }{
		{"nl", "Je hoeft niet van het kastje naar de muur, Anne: dit zoeken wij uit. Ik heb je boeken vandaag opnieuw verstuurd, morgen heb je ze."},
		{"en", "You've been sent from pillar to post, Bas. I've booked you a call with the handler tomorrow at 10, and booked the payout for Friday."},
	} {
		if a := Default().Analyze(c.text, Context{Language: c.lang, CustomerPost: post[c.lang], CustomerMood: -0.6}); a.Has("off_topic") {
			t.Errorf("%s %q: read as another post: %v", c.lang, c.text, ids(a))
		}
	}
	for _, c := range []struct{ lang, text string }{
		{"nl", "Wat vervelend dat je kast en je tafel beschadigd zijn, en dat je boek ontbrak."},
		{"en", "Sorry your wardrobe and table arrived damaged and the book was missing."},
	} {
		if a := Default().Analyze(c.text, Context{Language: c.lang, CustomerPost: post[c.lang], CustomerMood: -0.6}); !a.Has("off_topic") {
			t.Errorf("%s %q: about furniture and a book, not this post: %v", c.lang, c.text, ids(a))
		}
	}
}
