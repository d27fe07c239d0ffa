package scoring

import "testing"

// A reply posted again to the same customer, word for word or with a word
// changed, is a template to them; a new reply that reuses their name and
// the promise is not, and neither is a short one.
func TestRepeatedReply(t *testing.T) {
	r := Default()
	earlier := map[string]string{
		"nl": "Wat vervelend, dat is echt onze fout. Sorry! Ik bel je vandaag om het op te lossen. ^Sam",
		"en": "How annoying, that really is our mistake. Sorry! I'll call you today to sort it out. ^Sam",
	}
	cases := []struct {
		lang, reply string
		repeat      bool
	}{
		{"nl", "Wat vervelend, dat is echt onze fout. Sorry! Ik bel je vandaag om het op te lossen. ^Sam", true},
		{"nl", "Wat vervelend, dat is echt onze fout. Sorry! Ik bel je morgen om het op te lossen. ^Sam", true},
		{"nl", "Dank je voor je geduld, Dorien. Het abonnement staat nu goed; ik bel je vandaag nog even om het na te lopen. ^Sam", false},
		{"nl", "Sorry, ik bel je vandaag. ^Sam", false},
		{"en", "How annoying, that really is our mistake. Sorry! I'll call you today to sort it out. ^Sam", true},
		{"en", "Thanks for bearing with us, Dorien. The subscription is fixed now; I'll call you today to check it with you. ^Sam", false},
	}
	for _, c := range cases {
		ctx := Context{Language: c.lang, Channel: "twitter", CustomerName: "Dorien", CustomerMood: -0.6,
			CustomerPost: "Nog steeds niks geregeld met mijn abonnement.", Earlier: []string{earlier[c.lang]}}
		a := r.Analyze(c.reply, ctx)
		if a.Has("repeated_reply") != c.repeat {
			t.Errorf("%s: %q: repeated_reply %v, want %v", c.lang, c.reply, a.Has("repeated_reply"), c.repeat)
		}
		ctx.Earlier = nil
		if first := r.Analyze(c.reply, ctx); c.repeat && first.Empathy <= a.Empathy {
			t.Errorf("%s: %q: the repeat scores empathy %.0f, the first time %.0f: want less", c.lang, c.reply, a.Empathy, first.Empathy)
		}
	}
}
