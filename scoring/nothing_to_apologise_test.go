package scoring

import "testing"

// A post of abuse alone names nothing the brand did wrong: "Kut-
// universiteit", "KPN sucks". The right reply asks what is wrong (the
// university case's own lesson), and the debrief told the trainee who did
// that "Missing: no apology, while the customer is angry", with the tip
// "Got it wrong? Dare to apologise". The apology is expected where the case
// names a grievance: beside the abuse ("Shitty KPN, no internet for three
// days") or without it. Both languages, the same reach.
func TestNoApologyIsMissingWhereTheCaseNamesNothingToApologiseFor(t *testing.T) {
	r := Default()
	missesApology := func(a Analysis) bool {
		for _, m := range a.Missing {
			if m.ID == "apology" {
				return true
			}
		}
		return false
	}
	for _, c := range []struct {
		lang, brand, post, reply string
		want                     bool // the apology is missing
	}{
		{"nl", "Universiteit Zuidhaven", "Kut-universiteit", "@brampost Hoi Bram, dat klinkt alsof er iets flink misgaat. Wat is er gebeurd? Stuur me gerust een DM. ^Eva", false},
		{"en", "Zuidhaven University", "Shitty university", "@brampost Hi Bram, sounds like something's gone badly wrong. What happened? Feel free to DM me. ^Eva", false},
		{"nl", "KPN", "@KPN zuigt", "Hoi Sem, wat is er aan de hand? Stuur ons gerust een DM, dan kijken we mee. ^Lisa", false},
		{"en", "KPN", "@KPN sucks", "Hi Sem, what's going on? Feel free to send us a DM and we'll take a look. ^Lisa", false},
		{"nl", "KPN", "Waardeloze klotetent, @KPN", "Hoi Sem, wat is er aan de hand? Stuur ons gerust een DM, dan kijken we mee. ^Lisa", false},
		{"en", "KPN", "Useless fucking shambles, @KPN", "Hi Sem, what's going on? Feel free to send us a DM and we'll take a look. ^Lisa", false},
		// abuse beside a grievance: the apology is owed
		{"nl", "KPN", "Kut-KPN, al drie dagen geen internet", "Hoi Sem, wat is er aan de hand? Stuur ons gerust een DM, dan kijken we mee. ^Lisa", true},
		{"en", "KPN", "Shitty KPN, no internet for three days", "Hi Sem, what's going on? Feel free to send us a DM and we'll take a look. ^Lisa", true},
		// a grievance without abuse
		{"nl", "Sanoma Media", "Al twee keer gemaild en al gebeld over mijn abonnement, nog steeds niks geregeld.", "Hoi Dorien, stuur je je klantnummer via DM? Dan bel ik je vandaag. ^Lotte", true},
		{"en", "Sanoma Media", "Already emailed twice and already called about my subscription, still nothing sorted.", "Hi Dorien, could you DM me your customer number? Then I'll call you today. ^Lotte", true},
	} {
		a := r.Analyze(c.reply, Context{Language: c.lang, Channel: "twitter", CustomerPost: c.post, CustomerName: "Bram", CustomerMood: -0.5, BrandName: c.brand})
		if got := missesApology(a); got != c.want {
			t.Errorf("%s: to %q the debrief says the apology is missing: %v, want %v (missing: %+v)", c.lang, c.post, got, c.want, a.Missing)
		}
	}
}
