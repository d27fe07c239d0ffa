package scoring

import "testing"

// Telling a customer who is right to mind her tone is one act in both
// languages, in whatever friendly words (playtest 23, P23-3: "Laten we het
// wel gezellig houden he" scored 57/83 and the Sanoma round reached its
// best ending, while the English "let's keep it friendly though" was
// found; groups nl56/en56). An invitation to a pleased guest ("Laten we
// het gezellig houden: tot op ons terras!") tells no one off.
func TestTonePolicingInFriendlyWordsIsBlame(t *testing.T) {
	r := Default()
	post := "Ik schreef AL dat ik gebeld heb. Lezen is ook een vak."
	for _, c := range []struct{ lang, reply string }{
		{"nl", "Oeps, je hebt gelijk! Laten we het wel gezellig houden he. Stuur je je klantnummer via DM? Dan regel ik het vandaag."},
		{"nl", "Sorry! We blijven wel beleefd tegen elkaar, he? Stuur je me je klantnummer via DM?"},
		{"nl", "Hoi! Dat kan vast ook wat vriendelijker geformuleerd worden toch? Stuur je me je klantnummer via DM?"},
		{"nl", "Sorry! Een beetje respect mag wel, hoor. Stuur je me je klantnummer via DM?"},
		{"en", "Oops, you're right! Let's all stay civil though. DM me your customer number and I'll fix it today."},
		{"en", "Hi! I'm sure that could be phrased a bit more kindly, right? Could you DM me your customer number?"},
		{"en", "Sorry! A little kindness goes a long way, though. Could you DM me your customer number?"},
		{"en", "Sorry! A bit of respect wouldn't hurt. Could you DM me your customer number?"},
	} {
		a := r.Analyze(c.reply, Context{Language: c.lang, CustomerPost: post, CustomerMood: -0.6})
		if !a.Has("blame_customer") {
			t.Errorf("%s %q: %v; want blame_customer", c.lang, c.reply, ids(a))
		}
	}
	for _, c := range []struct{ lang, reply string }{
		{"nl", "Graag gedaan! Laten we het gezellig houden: tot de volgende keer op ons terras!"},
		{"en", "You're welcome! Let's keep in touch, see you on the terrace soon!"},
		{"nl", "Sorry! We houden je bestelling netjes voor je apart in de winkel tot zaterdag."},
	} {
		a := r.Analyze(c.reply, Context{Language: c.lang, CustomerPost: "Top geregeld, dank jullie!", CustomerMood: 0.5})
		if a.Has("blame_customer") {
			t.Errorf("%s %q: %v; no one is told off here", c.lang, c.reply, ids(a))
		}
	}
}
