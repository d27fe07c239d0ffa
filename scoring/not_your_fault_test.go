package scoring

import "testing"

// TestFaultDeniedAfterIsNoBlame: Dutch may put the negation after the
// fault ("Het was uw schuld niet", "dat is jouw fout niet"); that clears
// the customer as English "it wasn't your fault" does, while the fault
// laid on them stays blame.
func TestFaultDeniedAfterIsNoBlame(t *testing.T) {
	r := Default()
	post := map[string]string{"nl": "@Kaasboer mijn bestelling kwam een week te laat en nu is de kaas bedorven.",
		"en": "@CheeseShop my order came a week late and now the cheese has gone off."}
	cases := []struct {
		lang, reply string
		blame       bool
	}{
		{"nl", "@anna_k Het was jouw schuld niet, Anna: wij hebben het pakket te laat verstuurd. Ik stuur vandaag een nieuwe kaas. ^Jeroen", false},
		{"nl", "@anna_k Dat is uw fout niet, mevrouw. Ik stuur vandaag een nieuwe kaas. ^Jeroen", false},
		{"en", "@anna_k It wasn't your fault, Anna: we sent the parcel late. I'm sending a new cheese today. ^Jeroen", false},
		{"nl", "@anna_k Dat is jouw schuld, Anna: je was niet thuis. ^Jeroen", true},
		{"en", "@anna_k That's your fault, Anna: you weren't home. ^Jeroen", true},
	}
	for _, c := range cases {
		a := r.Analyze(c.reply, Context{Language: c.lang, CustomerPost: post[c.lang], CustomerName: "Anna", CustomerMood: -0.6})
		if a.Has("blame_customer") != c.blame {
			t.Errorf("%s: blame found %v, want %v: %s", c.reply, a.Has("blame_customer"), c.blame, featureList(a))
		}
	}
}
