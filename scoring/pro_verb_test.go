package scoring

import "testing"

// A fix that was owed, named, and then said to be done with the verb "do"
// standing for it ("Your refund should have gone out on Monday. I've done
// that now", "Dat heb ik nu gedaan") is a fix done (resolved) in both
// languages and ranks above a request for details with a promise (blind16,
// groups nl65/en65). "Done" without a word that points back at the fix, or
// without a word of now beside it, is none. Fails before: "done"/"gedaan"
// was read as a verb that does nothing, and the request ranked above it.
func TestAFixNamedAndThenDoneIsAFixDone(t *testing.T) {
	for _, c := range []struct{ lang, post, done, request string }{
		{"en", "Returned the jacket three weeks ago, tracking says you have it, still no refund.",
			"Your refund should have gone out when the jacket arrived. I've done that now, with the £6 return postage added.",
			"Sorry about that. DM me your order number and I'll chase the refund today."},
		{"en", "Moved house in May and you're still sending letters to the old address. Told you twice.",
			"Your address should have been changed the first time. I've just done it, and every letter goes to your new home from here.",
			"Twice is too many. DM me your new address and I'll get it changed today."},
		{"nl", "Drie weken geleden de jas teruggestuurd, volgens de track & trace hebben jullie hem, nog geen geld terug.",
			"Je geld had terug moeten zijn toen de jas binnenkwam. Dat heb ik nu gedaan, met de €6 verzendkosten erbij.",
			"Sorry daarvoor. Stuur je je ordernummer via DM? Dan ga ik vandaag achter je terugbetaling aan."},
		{"nl", "In mei verhuisd en jullie sturen nog steeds post naar mijn oude adres. Al twee keer doorgegeven.",
			"Je adres had de eerste keer al aangepast moeten worden. Ik heb dat zojuist gedaan, alle post gaat nu naar je nieuwe huis.",
			"Twee keer is te vaak. Stuur je nieuwe adres via DM, dan pas ik het vandaag aan."},
	} {
		r := Default()
		ctx := Context{Language: c.lang, CustomerPost: c.post, CustomerMood: -0.6}
		a, q := r.Analyze(c.done, ctx), r.Analyze(c.request, ctx)
		if !a.Has("resolved") {
			t.Errorf("%q: want resolved, got %v", c.done, ids(a))
		}
		if Overall(a) <= Overall(q) {
			t.Errorf("%q (%.1f) ranks at or below the request %q (%.1f)", c.done, Overall(a), c.request, Overall(q))
		}
	}
	for _, c := range []struct{ lang, post, reply string }{
		{"en", "Still no refund after three weeks.", "We've done everything we can for you, I'm afraid."},
		{"en", "Why did my price go up?", "We've done that because our costs are rising now."},
		{"en", "The app logged me out again.", "I've done it myself before, just log in again."},
		{"nl", "Nog steeds geen geld terug.", "We hebben ons best gedaan, meer kunnen we niet doen."},
		{"nl", "Waarom is mijn prijs omhoog gegaan?", "Dat hebben we gedaan omdat de kosten nu hoger zijn."},
	} {
		a := Default().Analyze(c.reply, Context{Language: c.lang, CustomerPost: c.post, CustomerMood: -0.6})
		if a.Has("resolved") {
			t.Errorf("%q: read as a fix done (%v)", c.reply, ids(a))
		}
	}
}
