package scoring

import "testing"

// A rule said to hold for everyone, whatever this customer's case, is a
// wall in both languages, after any sympathy, and ranks below a request
// for details with a promise to set it aside (blind16's walls: "apply to
// every family", "Dat is voor iedere klant zo", "wij mogen daar niet van
// afwijken"; groups nl53/en53). An offer to everyone is none. Fails
// before: none of these walls was found, and each ranked above the
// request on the credit of its sympathy.
func TestARuleSaidToHoldForEveryoneIsAWall(t *testing.T) {
	for _, c := range []struct{ lang, post, wall, request string }{
		{"en", "Carer's parking permit refused because I care for my dad 3 days a week and the scheme says 4.",
			"We're sorry to hear this, it sounds really hard. Unfortunately the criteria are set by the council and apply to every applicant.",
			"Twenty minutes every visit is a lot. DM me your application number and I'll ask the team to look at it again."},
		{"en", "Broke my leg, no gym for 3 months. I was told a freeze needs a month's notice. Notice for an accident?",
			"We do understand. Our terms require a month's notice for all freezes, whatever the reason.",
			"Notice for an accident doesn't make sense. DM me your member number and I'll put the freeze on."},
		{"en", "My business account is frozen for a review since the 3rd and nobody can tell me how long.",
			"We understand this is difficult. We carry out these reviews for all accounts; it's the same for every customer.",
			"With wages due this can't wait. DM me your account number and I'll ask the team where it stands."},
		{"nl", "Mantelzorgvergunning afgewezen omdat ik 3 dagen per week voor mijn vader zorg en de regeling 4 zegt.",
			"Wat mooi dat je zo voor je vader zorgt. De regeling is door de gemeenteraad vastgesteld en wij mogen daar niet van afwijken.",
			"Dat is veel naast de zorg voor je vader. Stuur je het nummer van je aanvraag via DM? Dan vraag ik het team er opnieuw naar te kijken."},
		{"nl", "Jullie hebben onze reis geannuleerd en we willen ons geld terug, geen voucher.",
			"We begrijpen je frustratie. Bij geannuleerde reizen geven wij een voucher, en dat geldt voor alle klanten.",
			"Als wij annuleren heb je recht op geld terug. Stuur je je boekingsnummer via DM? Dan zet ik het om."},
		{"nl", "Zakelijke rekening geblokkeerd voor onderzoek en niemand weet hoe lang het duurt.",
			"We begrijpen dat dit lastig is. Dit onderzoek doen we bij elke klant op dezelfde manier.",
			"Met salarissen op vrijdag kan dit niet wachten. Stuur je je rekeningnummer via DM? Dan vraag ik hoe het ervoor staat."},
	} {
		r := Default()
		ctx := Context{Language: c.lang, CustomerPost: c.post, CustomerMood: -0.6}
		w, q := r.Analyze(c.wall, ctx), r.Analyze(c.request, ctx)
		if !w.Has("refusal") {
			t.Errorf("%q: want refusal, got %v", c.wall, ids(w))
		}
		if Overall(w) >= Overall(q) {
			t.Errorf("%q (%.1f) ranks at or above the request %q (%.1f)", c.wall, Overall(w), c.request, Overall(q))
		}
	}
	for _, c := range []struct{ lang, post, reply string }{
		{"nl", "Ik zeg mijn abonnement op.", "Niet doen! Blijf en je krijgt drie maanden gratis. Geldt voor iedereen die blijft."},
		{"en", "I'm cancelling my membership.", "Don't! Stay and get three months free. This applies to everyone who stays this month."},
		{"en", "School transport refused, we live 2.7 miles away and the limit is 3.", "The 3-mile limit doesn't apply to a child who can't walk the route, so I've sent it back for review."},
	} {
		a := Default().Analyze(c.reply, Context{Language: c.lang, CustomerPost: c.post, CustomerMood: -0.4})
		if a.Has("refusal") {
			t.Errorf("%q: read as a wall (%v)", c.reply, ids(a))
		}
	}
}
