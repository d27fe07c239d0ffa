package scoring

import "testing"

// A rule for everyone with a negation is a wall when it withholds something
// from the customer ("Wie met spoed komt, krijgt geen korting", "can not be
// given a refund"), and a commitment when it spares them a burden: they
// will not be stopped, questioned or charged, they pay nothing, they need
// not explain (playtest 20, P20-18: "Wie zich in een pashokje terugtrekt
// voor medicatie, is welkom en wordt niet aangesproken" was scored as a
// wall and cancelled the thanks before it).
func TestSparedBurdenIsNoWall(t *testing.T) {
	r := Default()
	for _, c := range []struct {
		lang, reply string
		wall        bool
	}{
		{"nl", "Wie zich in een pashokje terugtrekt voor medicatie, is welkom en wordt niet aangesproken.", false},
		{"nl", "Klanten die een pashokje gebruiken voor medicatie, worden niet meer aangesproken.", false},
		{"nl", "Wie met spoed naar de SEH moet, betaalt voortaan niets voor het parkeren.", false},
		{"nl", "Wie medicatie gebruikt, hoeft niets uit te leggen.", false},
		{"nl", "Reizigers met een geleidehond worden bij de poortjes niet meer tegengehouden.", false},
		{"nl", "Wie met spoed naar de SEH moet, krijgt geen korting op het parkeren.", true},
		{"nl", "Afgeprijsde artikelen kunnen niet geruild worden.", true},
		{"nl", "Klanten die te laat komen, worden niet meer geholpen.", true},
		{"en", "Anyone who steps into a fitting room to take medication is welcome and won't be questioned.", false},
		{"en", "Customers who use a fitting room for medication will not be stopped or questioned.", false},
		{"en", "Anyone who has to rush to A&E pays nothing for parking from March.", false},
		{"en", "Carers who come with a visitor won't be charged from next month.", false},
		{"en", "Customers who use a fitting room for medication can not be given a refund.", true},
		{"en", "Orders placed after 22:00 cannot be cancelled.", true},
		{"en", "Claims that arrive late will not be paid.", true},
	} {
		a := r.Analyze(c.reply, Context{Language: c.lang, CustomerPost: "Ik werd aangesproken toen ik mijn insuline spoot.", CustomerMood: -0.6})
		if a.Has("refusal") != c.wall {
			t.Errorf("%s %q: refusal %v, want %v (%v)", c.lang, c.reply, a.Has("refusal"), c.wall, ids(a))
		}
	}
}
