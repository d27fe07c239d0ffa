package session

import (
	"strings"
	"testing"
)

// HEMA's boycott ending said "HEMA denied without apologising, or stayed
// silent and posted a discount offer" to every round that reached it, also
// to a trainee who had said sorry and then, in the same reply, put part of
// it on Naomi: the ending told a round that was not played. The story now
// says the sorry was there, and what undid it; the round that never said
// sorry still hears the historical story.
func TestHemaBoycottEndingKnowsTheSorryWasSaid(t *testing.T) {
	cases := []struct {
		lang, reply   string
		mustNot, must string
	}{
		{"en", "Naomi, we're sorry this happened. But injecting in a fitting room does look suspicious, so you can understand our guard's reaction. - Marloes",
			"denied without apologising", "did say sorry"},
		{"nl", "Naomi, het spijt ons dat dit gebeurd is. Maar spuiten in een paskamer ziet er nu eenmaal verdacht uit, dus je begrijpt de reactie van onze beveiliger wel. - Marloes",
			"ontkende zonder excuses", "zei wel sorry"},
		{"en", "According to the first findings of our store, the security staff acted according to procedure. We are awaiting the full investigation.",
			"did say sorry", "denied without apologising"},
		{"nl", "Volgens de eerste bevindingen van onze winkel heeft de beveiliging volgens de procedure gehandeld. We wachten het volledige onderzoek af.",
			"zei wel sorry", "ontkende zonder excuses"},
	}
	for _, c := range cases {
		s, r := playSteps(t, "hema-insuline", c.lang, 5, Practice, []Step{{At: 25, Text: c.reply}})
		if !strings.HasPrefix(r.Ending, "boycot") {
			t.Fatalf("%s, after %q: the round ended %q via %v, want a boycott", c.lang, c.reply, r.Ending, r.Path)
		}
		text := s.Ending().Text
		if strings.Contains(text, c.mustNot) || !strings.Contains(text, c.must) {
			t.Errorf("%s, after %q: the ending (%s) says:\n%s\nwant %q in it and not %q", c.lang, c.reply, r.Ending, text, c.must, c.mustNot)
		}
	}
}
