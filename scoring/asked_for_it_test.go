package scoring

import "testing"

// Playtest 22 (P22-3): after a leak in public, "Sorry Marco, that came out
// wrong. I only wanted to explain why it happened, since you asked me to
// say it here" scored 88/66, all green: the leak is put on the customer's
// own request, which takes the sorry back as a correction does, in both
// languages. "Since you asked: the sofa arrives tomorrow" answers a
// question and blames no one.
func TestALeakBlamedOnTheCustomersRequestTakesTheSorryBack(t *testing.T) {
	post := "You just told the whole internet I didn't pay my premium?!"
	for _, c := range []struct{ lang, text string }{
		{"en", "@marco_rijdt Sorry Marco, that came out wrong. I only wanted to explain why it happened, since you asked me to say it here. Call me and we'll sort it out. ^Lisa"},
		{"nl", "@marco_rijdt Sorry Marco, dat kwam verkeerd over. Ik wilde alleen uitleggen waarom het gebeurde, omdat je vroeg om het hier te zeggen. Bel me even, dan lossen we het op. ^Lisa"},
	} {
		a := Default().Analyze(c.text, Context{Language: c.lang, CustomerPost: post, CustomerName: "Marco", CustomerMood: -0.9})
		if !a.Has("blame_customer") || a.Has("apology") {
			t.Errorf("%s %q: %v; the leak put on the customer's request takes the sorry back", c.lang, c.text, ids(a))
		}
	}
	for _, c := range []struct{ lang, text string }{
		{"en", "Since you asked: the sofa arrives tomorrow before 12."},
		{"en", "Sorry Marco, as you asked, I've deleted the tweet here."},
		{"nl", "Omdat je vroeg wanneer de bank komt: morgen voor 12 uur."},
		{"nl", "Sorry Marco, zoals je vroeg heb ik de tweet hier weggehaald."},
	} {
		if a := Default().Analyze(c.text, Context{Language: c.lang, CustomerPost: post, CustomerName: "Marco", CustomerMood: -0.9}); a.Has("blame_customer") {
			t.Errorf("%s %q: %v; answering what the customer asked blames no one", c.lang, c.text, ids(a))
		}
	}
}
