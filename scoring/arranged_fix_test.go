package scoring

import "testing"

// A fix already arranged, told in the passive or the progressive, by
// someone else of the brand with a day or a time, or with the customer
// booked in, is a fix done (resolved) in both languages and ranks above a
// request for details with a promise (blind15/blind16: "A new pair is being
// made", "You're now booked in for Thursday at 8am", "Zijn leidinggevende
// spreekt hem er vandaag op aan"; groups nl52/en52). A wait, a rule, a
// route, a question or a promise in the same forms is none. Fails before:
// no arrangement was found as a fix, and the request ranked above it.
func TestAFixArrangedWithADayIsAFixDone(t *testing.T) {
	for _, c := range []struct{ lang, post, arranged, request string }{
		{"en", "Picked up my new glasses, the left lens is the wrong prescription. Headache all day.",
			"Sorry, that's our lab's error. A new left lens is being made now and your glasses will be ready at the store on Friday at 10am.",
			"Sorry, that shouldn't happen. DM me your order number and I'll ask the lab to remake the lens today."},
		{"en", "No heating for 5 days and your engineer has not turned up twice.",
			"Five days and two no-shows is not acceptable. You're now booked in as the first call tomorrow at 8am with a senior engineer.",
			"That's not good enough. DM me your postcode and I'll get an engineer booked for you as soon as I can."},
		{"en", "The guy at the till rolled his eyes at me and said 'some of us have work to do'. Rude.",
			"That's not how anyone should be served. The branch manager is speaking to him about it today.",
			"That's not OK. Could you DM me what time you were there? I'll pass it on to the manager."},
		{"en", "Claim for my stolen bike rejected because there's 'no receipt'. I sent the bank statement.",
			"A bank statement is proof of purchase. I've overturned the decision and the claim will be paid this week.",
			"A bank statement should be enough. DM me your claim number and I'll ask the team to look again."},
		{"nl", "Kassamedewerker riep door de hele winkel dat mijn pinpas 'weer' geweigerd werd. Zo vernederend.",
			"Zo hoort niemand aangesproken te worden. Zijn leidinggevende spreekt hem er vandaag op aan.",
			"Dat hoort niet. Stuur je via DM hoe laat je er was? Dan geef ik het door aan de teamleider."},
		{"nl", "Al 3 weken een lekkende leiding in de stoep, 2x gemeld. Nu ligt er ijs.",
			"Drie weken is veel te lang. Er wordt vanmiddag gestrooid en de ploeg graaft het lek woensdag om 7:00 open.",
			"Dat had allang opgelost moeten zijn. Stuur je je meldnummers via DM? Dan zet ik er spoed achter."},
		{"nl", "Nieuwe bril opgehaald, links is alles wazig. Verkeerde sterkte.",
			"Dat is een fout van ons lab. Er wordt nu een nieuw glas geslepen en je bril is donderdag om 10:00 voor je klaar.",
			"Dat hoort niet. Stuur je je ordernummer via DM? Dan vraag ik het lab om een nieuw glas."},
		{"nl", "Claim voor mijn gestolen fiets afgewezen omdat ik 'geen aankoopbon' heb. Ik heb het bankafschrift van €1.100 gestuurd.",
			"Een bankafschrift is een geldig aankoopbewijs. De €1.100 wordt donderdag uitbetaald op je rekening.",
			"Een bankafschrift zou genoeg moeten zijn. Stuur je je claimnummer via DM? Dan laat ik er opnieuw naar kijken."},
	} {
		r := Default()
		ctx := Context{Language: c.lang, CustomerPost: c.post, CustomerMood: -0.6}
		a, q := r.Analyze(c.arranged, ctx), r.Analyze(c.request, ctx)
		if !a.Has("resolved") {
			t.Errorf("%q: want resolved, got %v", c.arranged, ids(a))
		}
		if Overall(a) <= Overall(q) {
			t.Errorf("%q (%.1f) ranks at or below the request %q (%.1f)", c.arranged, Overall(a), c.request, Overall(q))
		}
	}
	for _, c := range []struct{ lang, post, reply string }{
		{"en", "Where is my refund? You cancelled my flight two weeks ago.", "Your complaint will be reviewed by our team tomorrow."},
		{"en", "The shop was shut when I came to collect my order.", "The store is closed on Sunday."},
		{"en", "My parcel is 9 days late.", "I'll ask the hub to look for it today and tell you by 6pm whether it'll make Saturday."},
		{"en", "My Sunday headliner was moved to Friday.", "Sunday still has an amazing line-up with 14 acts across 3 stages."},
		{"en", "My passport appointment was cancelled.", "You can come to the desk tomorrow from 8:30."},
		{"nl", "Waar blijft mijn terugbetaling?", "Je melding wordt morgen beoordeeld."},
		{"nl", "Mijn e-tickets zijn er nog niet.", "E-tickets worden uiterlijk 24 uur voor aanvang verstuurd."},
		{"nl", "Mijn afspraak bij de balie is geannuleerd.", "Anders kun je morgen vanaf 8:30 langskomen bij de balie."},
		{"nl", "Mijn bestelling komt niet.", "De winkel is zondag gesloten."},
	} {
		a := Default().Analyze(c.reply, Context{Language: c.lang, CustomerPost: c.post, CustomerMood: -0.6})
		if a.Has("resolved") {
			t.Errorf("%q: read as a fix done (%v)", c.reply, ids(a))
		}
	}
}
