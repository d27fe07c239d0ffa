package scoring

import "testing"

// The customer's payments, arrears or file named in public is a privacy
// breach in any case and any wording, not only in the words a scenario
// lists (playtest 13, P13-34: "I can see in your file that a few payments
// are still open" scored 56/86 and took the good path). What the customer
// said in public themselves, and the brand's own fix, disclose nothing.
// A bill said to be "open" is as private as one "openstaand" or
// "outstanding"; the brand's own payment line "is open" is not.
func TestThePaymentsOrFileNamedInPublicAreDisclosed(t *testing.T) {
	r := Default()
	nl := Context{Language: "nl", CustomerPost: "Bericht gekregen dat mijn autoverzekering is stopgezet?! Ik ben al jaren klant.", CustomerMood: -0.7, CustomerName: "Marco"}
	en := Context{Language: "en", CustomerPost: "Got a message my car insurance has been cancelled?! I've been a customer for years.", CustomerMood: -0.7, CustomerName: "Marco"}
	gymNL := Context{Language: "nl", CustomerPost: "Mijn pas werd bij de deur geweigerd, met de hele rij erachter. Wat is dit?", CustomerMood: -0.7, CustomerName: "Sanne"}
	gymEN := Context{Language: "en", CustomerPost: "My pass got refused at the door with the whole queue watching. What's going on?", CustomerMood: -0.7, CustomerName: "Sanne"}
	for _, c := range []struct {
		ctx          Context
		leak, silent string
	}{
		{nl, "Hoi Marco, ik snap de stress! Ik zie in je dossier dat er nog een paar betalingen openstaan. DM me en we zorgen dat je vandaag weer verzekerd bent. ^Lisa",
			"Hoi Marco, ik snap de stress! DM me en we zorgen dat je vandaag weer verzekerd bent. ^Lisa"},
		{nl, "Hoi Marco, de laatste vier premies zijn niet betaald. DM me, dan lossen we het vandaag op. ^Lisa",
			"Hoi Marco, DM me, dan lossen we het vandaag op. ^Lisa"},
		{nl, "Klopt Marco, je hebt een betalingsachterstand en we stuurden je drie herinneringen. DM me. ^Lisa",
			"Marco, dat wil je meteen uitgezocht hebben. DM me. ^Lisa"},
		{en, "Hi Marco, I get the stress! I can see in your file that a few payments are still open. DM me and we'll get you insured again today. ^Lisa",
			"Hi Marco, I get the stress! DM me and we'll get you insured again today. ^Lisa"},
		{en, "Hi Marco, I can see that your last four premiums were not paid. DM me and we'll sort it today. ^Lisa",
			"Hi Marco, DM me and we'll sort it today. ^Lisa"},
		{en, "That's right Marco, you have an outstanding balance of £310 and we sent you two reminders. DM me. ^Lisa",
			"Marco, you'll want that sorted at once. DM me. ^Lisa"},
		// a bill said to be "open", as "openstaand" (met in play: "There's
		// an open payment on your policy" took the good path and scored 61)
		{gymNL, "Sorry Sanne, er staat nog een betaling open op je lidmaatschap. Stuur een DM, dan lossen we het vandaag op. ^Kim",
			"Sorry Sanne, stuur een DM, dan lossen we het vandaag op. ^Kim"},
		{gymNL, "Sorry Sanne, je pas werkt pas weer als de rekening die nog open staat betaald is. Stuur een DM. ^Kim",
			"Sorry Sanne, stuur een DM, dan kijk ik vandaag naar je pas. ^Kim"},
		{gymNL, "Sorry Sanne, je pas werd geweigerd omdat je contributie van maart niet binnenkwam. Stuur een DM. ^Kim",
			"Sorry Sanne, stuur een DM, dan kijk ik vandaag naar je pas. ^Kim"},
		{gymNL, "Hoi Sanne, er staat een openstaand saldo van €84 op je rekening. Stuur een DM. ^Kim",
			"Hoi Sanne, stuur een DM, dan kijk ik vandaag naar je pas. ^Kim"},
		{gymEN, "Sorry Sanne, there's an open payment on your membership. DM me and we'll fix it today. ^Kim",
			"Sorry Sanne, DM me and we'll fix it today. ^Kim"},
		{gymEN, "Sorry Sanne, your pass works again once the bill that is open has been paid. DM me. ^Kim",
			"Sorry Sanne, DM me and I'll look at your pass today. ^Kim"},
		{gymEN, "Hi Sanne, there's an open balance of £84 on your account. DM me. ^Kim",
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
		{Context{Language: "en", CustomerPost: "I missed one payment and you cancel my insurance?", CustomerMood: -0.7}, "Sorry, one missed payment shouldn't cancel your insurance. DM me and I'll reinstate it today."},
		{Context{Language: "nl", CustomerPost: "Ik mis één betaling en jullie zeggen mijn verzekering op? De betaling staat nog open, ja.", CustomerMood: -0.7}, "Sorry, één betaling die openstaat mag je verzekering niet stoppen. Ik zet hem vandaag weer aan."},
		{en, "I've refunded the double payment to your account today."},
		{en, "I've written off the late fees on your bill."},
		{nl, "De dubbele incasso is teruggeboekt, maandag staat het op je rekening."},
		{nl, "De gemiste €1.100 staat dinsdag op je rekening."},
		{en, "The 'did not attend' has been removed from your record."},
		{en, "You're right, the number in your file is correct and our typesetter changed it."},
		// the brand's own line or DM "is open"
		{gymEN, "Sorry Sanne! Our payment line is open until 8 tonight, or DM me and I'll look at your pass now. ^Kim"},
		{gymEN, "Sorry Sanne! Once the DM is open, send me your member number and I'll check your pass. ^Kim"},
		{gymNL, "Sorry Sanne! Onze betaallijn is tot 20:00 open, of stuur me een DM, dan kijk ik nu naar je pas. ^Kim"},
		{gymNL, "Sorry Sanne! Mijn DM staat open: stuur je lidnummer, dan kijk ik meteen naar je pas. ^Kim"},
	} {
		if a := r.Analyze(c.text, c.ctx); a.Has("private_disclosure") {
			t.Errorf("%q: %v; it discloses nothing", c.text, ids(a))
		}
	}
}
