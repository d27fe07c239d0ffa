package scoring

import "testing"

// A fix already made is read from the grammar of the reply, whatever its
// verb: the commonest misranking of the released blind11 and blind12 was
// a reply that had put things right in words of its own ranked below "DM
// me your number and I'll sort it today" (groups nl18/en18). Fails before
// on every fix below: none of them was resolved.
func TestAFixToldInOwnWordsIsDone(t *testing.T) {
	r := Default()
	for _, c := range []struct{ lang, post, text string }{
		{"nl", "Over 6 dagen op vakantie en mijn paspoort is verlopen. Eerste afspraak over 3 weken.",
			"Morgen om 9:20 kun je terecht bij balie 4; die tijd heb ik voor je vastgezet."},
		{"nl", "Jullie rekenen 34 cent per kWh in plaats van de afgesproken 26 cent.",
			"Ik heb je tarief vandaag op 26 cent gezet."},
		{"nl", "Ik krijg een boete van €18 voor boeken die ik in de inleverbus heb gedaan.",
			"De boeken zijn van je pas afgeschreven."},
		{"nl", "Sinds de update springt de verwarming steeds uit.",
			"Hij staat nu weer op 20 graden."},
		{"en", "Renewed my season ticket, charged twice and the app says no valid ticket.",
			"Your ticket is now active in the app."},
		{"en", "Another letter for my late husband's appointment. He died in March.",
			"His record is now closed across every department."},
		{"en", "My permit never arrived and I've had 2 parking tickets outside my own house.",
			"Both tickets have been cancelled today."},
		{"en", "Your app has locked me out and won't take my passcode.",
			"I've just reset your passcode attempts."},
		// a verb of state is no stock verb: "werkt weer" is not "we werken eraan"
		{"nl", "Sinds vanochtend is mijn nummer afgesloten, mijn moeder kan me niet bereiken.",
			"Je nummer werkt sinds 10:40 weer."},
		{"en", "My broadband has been down since Monday and I work from home.",
			"Your connection works again."},
	} {
		a := r.Analyze(c.text, Context{Language: c.lang, CustomerPost: c.post, CustomerMood: -0.6})
		if !a.Has("resolved") {
			t.Errorf("%q: %v; the fix is done", c.text, ids(a))
		}
	}
	// No fix: noting or passing on, a class, a promise, a question, the
	// failure read back, sympathy for it, luck, a price.
	for _, c := range []struct{ lang, post, text string }{
		{"en", "Reported a leaking roof three weeks ago.", "Your repair has been logged as a priority."},
		{"en", "Boiler broken for 6 days with a baby.", "Non-emergency repairs are attended within 28 days."},
		{"en", "Boiler broken for 6 days with a baby.", "Repairs are booked in order of urgency."},
		{"en", "My parcel arrived damaged, the box was crushed.", "Your parcel has now been damaged twice."},
		{"nl", "Mijn pakket is beschadigd aangekomen.", "Je pakket is nu al twee keer beschadigd."},
		{"en", "My order is late again.", "We're sorry that your order has been delayed by 3 days."},
		{"en", "My order is late again.", "The driver should be back with your order now."},
		{"en", "My order is late again.", "Has your order been delivered now?"},
		{"en", "You put my plan up by £3 and added ads.", "The ad-free plan is now £7.99."},
		{"nl", "Mijn zoon kreeg pinda en moest zijn EpiPen gebruiken.", "Gelukkig is hij weer in orde!"},
		{"nl", "Al twee dagen geen internet.", "Je melding is doorgezet naar onze technische afdeling."},
		{"nl", "Al twee dagen geen internet.", "Je klacht is geregistreerd en wordt meegenomen."},
		{"nl", "Al twee dagen geen internet.", "Het internet kan morgen weer werken."},
	} {
		a := r.Analyze(c.text, Context{Language: c.lang, CustomerPost: c.post, CustomerMood: -0.6})
		if a.Has("resolved") {
			t.Errorf("%q: %v; no fix is done", c.text, ids(a))
		}
	}
}

// What a lead ranks: the fix done above the request for details with a
// promise, in both languages (groups nl18/en18, blind12's paspoort and
// season ticket). Fails before: the request ranked first.
func TestAFixDoneOutranksARequestWithAPromise(t *testing.T) {
	r := Default()
	for _, c := range []struct{ lang, post, done, request string }{
		{"nl", "Over 6 dagen op vakantie en net gezien dat mijn paspoort verlopen is. Online eerste vrije afspraak over 3 weken. Is er nog iets mogelijk?",
			"Ja, met een spoedaanvraag. Je kunt morgen om 9:20 terecht in het stadskantoor, balie 4; die tijd heb ik voor je vastgezet. Neem je oude paspoort en een pasfoto mee. ^Noor",
			"Dat kan nog met een spoedaanvraag! Stuur je naam en telefoonnummer even via DM, dan belt een collega je vandaag voor een tijd morgen. ^Noor"},
		{"en", "Renewed my annual season ticket online, got charged TWICE and the app still says no valid ticket. Rent is due Friday.",
			"Your ticket is now active in the app, and the second payment is on its way back to your card today. ^Nina",
			"Could you DM me your order reference? I'll get the duplicate refunded today and your ticket working. ^Nina"},
	} {
		ctx := Context{Language: c.lang, CustomerPost: c.post, CustomerMood: -0.6}
		done, req := Overall(r.Analyze(c.done, ctx)), Overall(r.Analyze(c.request, ctx))
		if done <= req {
			t.Errorf("%s: the fix done scores %.1f, the request with a promise %.1f", c.lang, done, req)
		}
	}
}
