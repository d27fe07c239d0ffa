package scoring

import "testing"

// Playtest 18, P18-10: "Maybe pick a quieter night this time ;)" to a
// guest who had complained about a busy Friday and was now pleased was
// only "a hedge": advice on when to come back tells her that her choice of
// night was the problem, a correction, in both languages. An answer to a
// customer who asks when it is quiet is no such correction.
func TestAdviceToComeOnAQuieterNightIsACorrection(t *testing.T) {
	cases := []struct {
		lang, post, text string
		blame            bool
	}{
		{"en", "Well done, you refunded the water and called me. I'd be glad to come again.", "Great Anouk, see you soon! Maybe pick a quieter night this time ;) Joost", true},
		{"nl", "Netjes, het water is terugbetaald en jullie belden me. Ik kom graag nog eens.", "Top Anouk, tot snel! Kies misschien wel een rustiger avond deze keer ;) Joost", true},
		{"en", "Thanks for the voucher, happy to give you another go.", "Lovely Claire! Come on a calmer evening than Saturday and it'll be perfect. ^Joe", true},
		{"nl", "Dank voor de bon, ik geef jullie graag nog een kans.", "Leuk Ineke! Kom dan op een rustigere avond dan zaterdag, dan is het perfect. ^Joost", true},
		{"en", "When is it usually quiet? I'd like to come with my elderly mum.", "Hi Anouk! Tuesday and Wednesday evenings are our quietest; we'd happily save you a table by the window. Joost", false},
		{"nl", "Wanneer is het meestal rustig? Ik wil met mijn moeder komen.", "Hoi Anouk! Dinsdag- en woensdagavond zijn het rustigst; we houden graag een tafel bij het raam voor jullie vrij. Joost", false},
	}
	for _, c := range cases {
		a := Default().Analyze(c.text, Context{Language: c.lang, CustomerPost: c.post, CustomerMood: 0.6})
		if a.Has("blame_customer") != c.blame {
			t.Errorf("%s %q: blame_customer %v, want %v (%v)", c.lang, c.text, a.Has("blame_customer"), c.blame, ids(a))
		}
	}
}
