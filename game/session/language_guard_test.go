package session

import (
	"strings"
	"testing"
)

// TestAReplyInTheOtherLanguageIsWarnedOfBeforeItGoesOut: the case model's
// reply to Rick typed in Dutch in Liberty's English round went out without
// a word and was read as a reply that neither helped nor stood up for the
// team (playtest 22, P22-18). Before a typed reply in another language
// than the customer's is published, the core says so, in the trainee's
// language and naming the customer; a reply in the customer's language
// gets no warning.
func TestAReplyInTheOtherLanguageIsWarnedOfBeforeItGoesOut(t *testing.T) {
	cases := []struct{ lang, other, own, word string }{
		{"en", "Hoi Rick, sorry dat je pakket een dag later is, morgen heb je het. Maar trage amateurs klopt niet, en zo praten we hier niet tegen elkaar. - Rob, COO",
			"Hi Rick, sorry your parcel is a day late, you'll have it tomorrow. But slow amateurs isn't right, and we don't talk to each other like that here. - Rob, COO", "another language"},
		{"nl", "Hi Jason, sorry your order is ten days late. It goes out today by express, on us. - Rob, COO",
			"Hoi Jason, sorry dat je bestelling tien dagen te laat is. Hij gaat vandaag nog met express de deur uit, op onze kosten. - Rob, COO", "andere taal"},
	}
	for _, c := range cases {
		s, err := New(builtin(t, "liberty-bottleworks", c.lang), Options{Seed: 1, Mode: Practice})
		if err != nil {
			t.Fatal(err)
		}
		s.AdvanceTo(s.NextStop())
		for s.Decision() == nil {
			s.AdvanceTo(s.NextStop())
		}
		warn := s.LanguageWarning(c.lang, c.other)
		if !strings.Contains(warn, c.word) || !strings.Contains(warn, s.Asker()) {
			t.Errorf("%s: before %q goes out the warning is %q", c.lang, c.other, warn)
		}
		if warn := s.LanguageWarning(c.lang, c.own); warn != "" {
			t.Errorf("%s: a reply in the customer's language is warned of: %q", c.lang, warn)
		}
	}
}
