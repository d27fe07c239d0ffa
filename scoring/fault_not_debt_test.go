package scoring

import "testing"

// Dutch "schuld" is fault as well as debt. Fault, owned by the brand or
// lifted off the customer ("niet jouw schuld", "de schuld ligt bij ons",
// "jij hebt er geen schuld aan"), is no private detail made public; a debt
// with an amount, "schulden", a debt that stands open or is paid off is
// (playtest 20, P20-16: "dit is niet jouw schuld maar die van ons" lost 28
// points as a disclosure and failed the round; its English twin scored
// 71/92). English "fault" is never a debt either.
func TestFaultIsNoDebt(t *testing.T) {
	r := Default()
	for _, c := range []struct {
		lang, reply string
		disclosed   bool
	}{
		{"nl", "Sorry Peter, dit is niet jouw schuld maar die van ons. Ik bel je vandaag om het op te lossen. ^Sandra", false},
		{"nl", "Dat is vier keer een fout van ons, en geen enkele daarvan is jouw schuld.", false},
		{"nl", "De schuld ligt helemaal bij ons, Peter. Ik bel je morgen.", false},
		{"nl", "Jij hebt hier geen schuld aan: wij hebben je verbruik verkeerd ingeschat.", false},
		{"nl", "Het was uw schuld niet, meneer Jansen; onze monteur had het moeten zien.", false},
		{"nl", "Dat het een week duurde is onze schuld, en we betalen de bezorgkosten terug.", false},
		{"nl", "Je bestelling is tegengehouden omdat er nog een schuld van €85 openstaat.", true},
		{"nl", "Je hebt nog een schuld bij ons van een eerdere bestelling, Ruud.", true},
		{"nl", "Je maandbedrag is verhoogd omdat je schulden bij ons zijn opgelopen.", true},
		{"nl", "Zodra je schuld is afgelost, zetten we je abonnement weer aan.", true},
		{"en", "Sorry Peter, this is not your fault but ours. I'll call you today to fix it. ^Sandra", false},
		{"en", "None of this is your fault, Dan: our system took your payment twice.", false},
		{"en", "The fault is entirely ours, Megan.", false},
		{"en", "Your membership was frozen because you still owe us €78.", true},
		{"en", "Once your debt is paid off we'll switch the account back on.", true},
	} {
		a := r.Analyze(c.reply, Context{Language: c.lang, CustomerPost: "Keuken drie weken te laat geplaatst en niemand belt terug.", CustomerMood: -0.7})
		if a.Has("private_disclosure") != c.disclosed {
			t.Errorf("%s %q: private_disclosure %v, want %v (%v)", c.lang, c.reply, a.Has("private_disclosure"), c.disclosed, ids(a))
		}
	}
}
