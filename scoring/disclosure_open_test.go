package scoring

import "testing"

// A customer's unpaid bill said to be "open" is as private as one said to
// be "openstaand" or "outstanding" (met in play, the insurer's case:
// "There's an open payment on your policy, which is why your cover
// stopped" took the good path and scored 61). Only a counted or owned bill
// is read: the brand's own payment line "is open" discloses nothing.
func TestAnOpenBillInPlainWordsIsDisclosed(t *testing.T) {
	r := Default()
	nl := Context{Language: "nl", CustomerPost: "Mijn pas werd bij de deur geweigerd, met de hele rij erachter. Wat is dit?", CustomerMood: -0.7, CustomerName: "Sanne"}
	en := Context{Language: "en", CustomerPost: "My pass got refused at the door with the whole queue watching. What's going on?", CustomerMood: -0.7, CustomerName: "Sanne"}
	for _, c := range []struct {
		ctx          Context
		leak, silent string
	}{
		{nl, "Sorry Sanne, er staat nog een betaling open op je lidmaatschap. Stuur een DM, dan lossen we het vandaag op. ^Kim",
			"Sorry Sanne, stuur een DM, dan lossen we het vandaag op. ^Kim"},
		{nl, "Sorry Sanne, je pas werkt pas weer als de rekening die nog open staat betaald is. Stuur een DM. ^Kim",
			"Sorry Sanne, stuur een DM, dan kijk ik vandaag naar je pas. ^Kim"},
		{nl, "Sorry Sanne, je pas werd geweigerd omdat je contributie van maart niet binnenkwam. Stuur een DM. ^Kim",
			"Sorry Sanne, stuur een DM, dan kijk ik vandaag naar je pas. ^Kim"},
		{nl, "Hoi Sanne, er staat een openstaand saldo van €84 op je rekening. Stuur een DM. ^Kim",
			"Hoi Sanne, stuur een DM, dan kijk ik vandaag naar je pas. ^Kim"},
		{en, "Sorry Sanne, there's an open payment on your membership. DM me and we'll fix it today. ^Kim",
			"Sorry Sanne, DM me and we'll fix it today. ^Kim"},
		{en, "Sorry Sanne, your pass works again once the bill that is open has been paid. DM me. ^Kim",
			"Sorry Sanne, DM me and I'll look at your pass today. ^Kim"},
		{en, "Hi Sanne, there's an open balance of £84 on your account. DM me. ^Kim",
			"Hi Sanne, DM me and I'll look at your pass today. ^Kim"},
	} {
		leak, silent := r.Analyze(c.leak, c.ctx), r.Analyze(c.silent, c.ctx)
		if !leak.Has("private_disclosure") {
			t.Errorf("%q: %v; want private_disclosure", c.leak, ids(leak))
		}
		if Overall(leak) >= Overall(silent) {
			t.Errorf("%q (%.1f) ranks with %q (%.1f)", c.leak, Overall(leak), c.silent, Overall(silent))
		}
	}
	for _, c := range []struct {
		ctx  Context
		text string
	}{
		{en, "Sorry Sanne! Our payment line is open until 8 tonight, or DM me and I'll look at your pass now. ^Kim"},
		{en, "Sorry Sanne! Once the DM is open, send me your member number and I'll check your pass. ^Kim"},
		{nl, "Sorry Sanne! Onze betaallijn is tot 20:00 open, of stuur me een DM, dan kijk ik nu naar je pas. ^Kim"},
		{nl, "Sorry Sanne! Mijn DM staat open: stuur je lidnummer, dan kijk ik meteen naar je pas. ^Kim"},
	} {
		if a := r.Analyze(c.text, c.ctx); a.Has("private_disclosure") {
			t.Errorf("%q: %v; it discloses nothing", c.text, ids(a))
		}
	}
}
