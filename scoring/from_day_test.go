package scoring

import "testing"

// A change that takes effect from a day on, told in the present tense
// ("vanaf morgen stopt de bus weer", "from Monday the 8:05 runs with six
// carriages again"), is a fix arranged (resolved) in both languages and
// ranks above a request for details with a promise (blind17 and earlier
// sets; groups nl64/en64). An instruction to the customer, a price or a
// rule, a possibility, a negation or the customer's duty from a day is
// none. Fails before: no change from a day was read as a fix, and the
// request ranked above it.
func TestAChangeFromADayOnIsAFixArranged(t *testing.T) {
	for _, c := range []struct{ lang, post, change, request string }{
		{"en", "Third time this month the 8:05 to Reading has been three carriages. Couldn't get on again.",
			"That's not good enough. The other unit was in the depot; from Monday the 8:05 runs with six carriages again.",
			"That's not good enough. DM me the dates and I'll raise it with the fleet team today."},
		{"en", "The lift at Stratford has been out for a week and nobody tells wheelchair users anything.",
			"Sorry for the silence. The part has arrived, and from Thursday the lift is back in service; until then step-free taxis wait at the station.",
			"Sorry for the silence. DM me your usual journey and I'll chase the lift repair for you."},
		{"en", "My mum's meals keep coming at 2pm, she's diabetic and needs them by noon.",
			"That's far too late for her. From tomorrow her meals come on the first round, before 11:30, every day.",
			"That's far too late for her. DM me her address and I'll ask the kitchen whether she can go earlier."},
		{"en", "I'm blind and my statements still come as PDFs my reader can't open. Asked three times.",
			"Your account was marked for accessible statements but never switched over; I've done that now, so from next month your statements come by email in plain text.",
			"Three times is too many. DM me your account number and I'll ask the team to switch you over."},
		{"nl", "Al twee weken rijdt bus 14 's ochtends de halte Dorpsstraat voorbij. Mijn zoon komt steeds te laat.",
			"Dat mag niet gebeuren. Vanaf morgen stopt de 7:20 weer gewoon bij de Dorpsstraat, de chauffeurs hebben de nieuwe route.",
			"Dat mag niet gebeuren. Stuur je via DM de tijden? Dan geef ik het vandaag door aan de planning."},
		{"nl", "Het containerpark is op zaterdag al om 12 uur dicht, terwijl er 16 uur op de site staat.",
			"Je hebt gelijk, dat klopte niet. Het park is vanaf deze zaterdag weer tot 16:00 open.",
			"Je hebt gelijk, dat klopt niet. Ik vraag het na bij de beheerder en laat het je weten."},
		{"nl", "De thuiszorg komt steeds pas om 11 uur terwijl mijn vader om 8 uur medicijnen moet.",
			"Dat is veel te laat. Vanaf maandag staat je vader om 7:45 bovenaan de route, elke dag.",
			"Dat is veel te laat. Stuur me via DM zijn adres, dan kijk ik met het team of het eerder kan."},
	} {
		r := Default()
		ctx := Context{Language: c.lang, CustomerPost: c.post, CustomerMood: -0.6}
		a, q := r.Analyze(c.change, ctx), r.Analyze(c.request, ctx)
		if !a.Has("resolved") {
			t.Errorf("%q: want resolved, got %v", c.change, ids(a))
		}
		if Overall(a) <= Overall(q) {
			t.Errorf("%q (%.1f) ranks at or below the request %q (%.1f)", c.change, Overall(a), c.request, Overall(q))
		}
	}
	for _, c := range []struct{ lang, post, reply string }{
		{"en", "Charged £40 at the gate for my bag, it fitted last time.", "From now on, weigh your bag at home before you travel."},
		{"en", "Why is there suddenly a £2 booking fee?", "From this month the booking fee applies to every class."},
		{"en", "My prescription wasn't ready again.", "Order your repeat prescription a week in advance from now on."},
		{"en", "The pool is always full of lessons in the morning.", "From next week you can book a lane online."},
		{"en", "The bus never stops at my stop.", "From Monday the bus doesn't stop there at all."},
		{"en", "My bill went up.", "From next month the price of your plan is £35."},
		{"nl", "Waarom is mijn vergunning ineens duurder?", "Vanaf 1 januari geldt het nieuwe tarief voor alle bewoners."},
		{"nl", "Mijn pas is ingeslikt door jullie automaat.", "Gebruik vanaf nu liever de automaat binnen in het filiaal."},
		{"nl", "Ik moest weer betalen voor de bus terwijl ik een abonnement heb.", "Vanaf volgende week moet je je pas bij elke rit laten zien."},
		{"nl", "De sportschool gaat steeds eerder dicht.", "Vanaf maandag kun je ook in het weekend terecht."},
		{"nl", "De trein naar Zwolle valt steeds uit.", "Vanaf morgen rijdt er helaas geen trein meer op dat uur."},
	} {
		a := Default().Analyze(c.reply, Context{Language: c.lang, CustomerPost: c.post, CustomerMood: -0.6})
		if a.Has("resolved") {
			t.Errorf("%q: read as a fix (%v)", c.reply, ids(a))
		}
	}
}
