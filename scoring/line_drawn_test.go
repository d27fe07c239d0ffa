package scoring

import "testing"

// P16-7's rule (29d5291) read "mijn team idioten noemen is niet oké" as a
// line drawn, not an insult, but the same line said as the brand's view,
// "… noemen vind ik niet oké" or "… gaat te ver", was still the brand's
// insult (20/20 in the adversarial group nl8-scheldwoord-afwijzen). Both
// languages; "Jason, you idiot" stays an insult.
func TestALineDrawnAtTheCustomersWordIsNoInsultInEitherWording(t *testing.T) {
	post := map[string]string{
		"nl": "Tien dagen wachten op mijn bestelling en jullie klantenservice bestaat uit incompetente idioten.",
		"en": "Ten days waiting for my order and your customer service is a bunch of incompetent idiots.",
	}
	cases := []struct {
		lang, text string
		insult     bool
	}{
		{"nl", "Ruud, sorry voor de vertraging. Mijn team idioten noemen vind ik niet oké, ze doen hun best. Ik bel je vandaag. - Mike", false},
		{"nl", "Ruud, sorry voor de vertraging. Mijn collega's idioten noemen gaat te ver. Ik bel je vandaag. - Mike", false},
		{"en", "Ruud, sorry for the delay. Calling my team idiots goes too far, they do their best. I'll call you today. - Mike", false},
		{"en", "Ruud, sorry for the delay. Calling my team idiots isn't OK, they do their best. I'll call you today. - Mike", false},
		{"nl", "Ruud, de enige idioot hier ben jij. - Mike", true},
		{"en", "Ruud, the only idiot here is you. - Mike", true},
	}
	for _, c := range cases {
		a := Default().Analyze(c.text, Context{Language: c.lang, CustomerName: "Ruud", CustomerPost: post[c.lang], CustomerMood: -0.9})
		if a.Has("insult") != c.insult {
			t.Errorf("%s %q: insult %v, want %v (%v)", c.lang, c.text, a.Has("insult"), c.insult, ids(a))
		}
	}
}
