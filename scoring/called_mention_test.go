package scoring

import "testing"

// The name someone was called, reported in the passive, is the customer's
// word, not the brand's: "they don't deserve to be called idiots" stands
// up for the team (Liberty's COO), as Dutch "ze verdienen niet om idioten
// genoemd te worden" does (playtest 13, P13-38: −36/−30 as an insult and a
// bad ending in English, 98/97 in Dutch). Calling the customer one is
// still an insult.
func TestANameReportedInThePassiveIsNoInsult(t *testing.T) {
	r := Default()
	post := "My order is ten days late. Bunch of incompetent idiots."
	for _, c := range []struct {
		lang, reply string
		insult      bool
	}{
		{"en", "Jason, ten days is too long. My team answered you honestly every time; they don't deserve to be called idiots. Your order will be with you tomorrow. - Mike", false},
		{"en", "Jason, nobody deserves to be called an idiot for a supplier's delay. Your order arrives tomorrow. - Mike", false},
		{"nl", "Jason, tien dagen is te lang. Mijn team heeft je steeds eerlijk geantwoord; ze verdienen niet om idioten genoemd te worden. Je bestelling is morgen bij je. - Mike", false},
		{"en", "Jason, only idiots order that late. - Mike", true},
		{"en", "Jason, you are being an idiot about this. - Mike", true},
	} {
		a := r.Analyze(c.reply, Context{Language: c.lang, CustomerPost: post, CustomerMood: -0.9, CustomerName: "Jason"})
		if a.Has("insult") != c.insult {
			t.Errorf("%s %q: insult %v, want %v (%v)", c.lang, c.reply, a.Has("insult"), c.insult, ids(a))
		}
	}
}
