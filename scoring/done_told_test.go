package scoring

import "testing"

// A fix already done, told as what the customer now has or as the time it
// is back, without "ik heb"/"I've", is reported done (resolved) in both
// languages and ranks above a request for details with a promise (the
// retired blind10; groups nl9/en9-gedaan/done). Fails before: none of
// these was found as a fix, and the request ranked above them.
func TestAFixToldAsItsResultIsDone(t *testing.T) {
	for _, c := range []struct{ lang, post, done, request string }{
		{"nl", "Al mijn spaarpunten zijn weg sinds de update van de app. Twee jaar gespaard!",
			"Door de update zag de app je account als nieuw. Je 1.800 punten staan er weer op, ververs de app even.",
			"Stuur je je klantnummer via DM? Dan zet ik je punten vandaag terug."},
		{"nl", "Geen water in de hele straat sinds zeven uur en ik moet om elf uur open met mijn café.",
			"Er is een leiding gesprongen bij werk in de straat. Het water is om 10:15 terug, op tijd voor je opening.",
			"Stuur je je postcode via DM? Dan vraag ik vandaag bij de ploeg na hoe lang het duurt."},
		{"nl", "Ik krijg een aanmaning terwijl mijn premie elke maand is afgeschreven.",
			"Je premie is elke maand betaald; de aanmaning is door een fout verstuurd. Er komt geen incasso.",
			"Stuur je je klantnummer via DM? Dan kijk ik het vandaag na."},
		{"en", "All my loyalty points vanished after the app update. Two years of saving!",
			"The update read your account as new. Your 1,800 points are back in your account now, just refresh the app.",
			"Could you DM me your customer number? Then I'll put your points back today."},
		{"en", "No water in the whole street since seven and I have to open my cafe at eleven.",
			"A main burst during roadworks in the street. The water will be back by 10:15, in time for your opening.",
			"Could you DM me your postcode? Then I'll ask the crew today how long it will take."},
		{"en", "I keep getting reminders although I cancelled my contract in March.",
			"Your cancellation was logged but not processed, our error. The contract is closed and no more payments will be taken.",
			"Could you DM me your account number? Then I'll check it today."},
	} {
		r := Default()
		ctx := Context{Language: c.lang, CustomerPost: c.post, CustomerMood: -0.6}
		d, q := r.Analyze(c.done, ctx), r.Analyze(c.request, ctx)
		if !d.Has("resolved") {
			t.Errorf("%q: want resolved, got %v", c.done, ids(d))
		}
		if Overall(d) <= Overall(q) {
			t.Errorf("%q (%.1f) ranks at or below the request %q (%.1f)", c.done, Overall(d), c.request, Overall(q))
		}
	}
}
