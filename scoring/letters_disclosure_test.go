package scoring

import "testing"

// Playtest 21, P21-20: "we hebben je sinds juni drie brieven gestuurd over
// je premie", typed in public under the insurance case's pressure, was no
// disclosure (and scored as a fix done), so the round was not capped.
// Letters, reminders or mails the brand sent the customer about their
// payments name their payment history in public in either language; the
// brand's own act ("we sent your parcel") and an offer to take it to DM
// do not.
func TestLettersAboutPaymentsAreADisclosure(t *testing.T) {
	post := map[string]string{
		"nl": "@Polisvast zegt zomaar mijn autoverzekering op! Zonder waarschuwing! Ik rij nu onverzekerd.",
		"en": "@Polisvast just cancelled my car insurance! No warning! I'm driving uninsured now.",
	}
	for _, c := range []struct{ lang, text string }{
		{"nl", "We verstoppen niks, Marco: we hebben je sinds juni drie brieven gestuurd over je premie. Bel me even. ^Lisa"},
		{"nl", "Marco, we hebben je in maart en april gemaild over je premie."},
		{"nl", "We hebben je twee brieven over je termijnbedrag gestuurd, Marco."},
		{"en", "We're not hiding anything, Marco: we've sent you three letters about your premium since June. Call me. ^Lisa"},
		{"en", "Marco, we emailed you in March and April about your premium."},
		{"en", "We wrote to you twice about your instalments, Marco."},
	} {
		a := Default().Analyze(c.text, Context{Language: c.lang, CustomerPost: post[c.lang], CustomerMood: -0.8})
		if !a.Has("private_disclosure") {
			t.Errorf("%s %q: letters about his payments, named in public, are no disclosure (%v)", c.lang, c.text, ids(a))
		}
		if a.Has("resolved") {
			t.Errorf("%s %q: letters about his payments count as a fix done (%v)", c.lang, c.text, ids(a))
		}
	}
	for _, c := range []struct{ lang, text string }{
		{"nl", "Marco, ik stuur je nu een DM over je premie en je polis, dan lossen we het vandaag op. ^Lisa"},
		{"nl", "We hebben je pakket gisteren verstuurd, Marco."},
		{"nl", "Ik heb je de nieuwe polis vandaag gemaild."},
		{"en", "Marco, I'll DM you now about your premium and your policy, and we'll sort it today. ^Lisa"},
		{"en", "We sent your parcel yesterday, Marco."},
		{"en", "I've emailed you the new policy today."},
	} {
		a := Default().Analyze(c.text, Context{Language: c.lang, CustomerPost: post[c.lang], CustomerMood: -0.8})
		if a.Has("private_disclosure") {
			t.Errorf("%s %q: the brand's own act or a DM offer is read as a disclosure (%v)", c.lang, c.text, ids(a))
		}
	}
}
