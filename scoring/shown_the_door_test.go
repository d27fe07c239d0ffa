package scoring

import "testing"

// Showing the customer the door in a newcomer's words is the same act in
// both languages: "find another shop" / "kun je beter een andere winkel
// zoeken" ends the relationship and puts the customer down, "niemand
// verplicht je" belittles as "nobody's forcing you" does (playtest 22,
// P22-29: the first scored 48/70 with the refund as a step, in both
// languages; groups nl34/en34).
func TestShowingTheCustomerTheDoorInOtherWords(t *testing.T) {
	r := Default()
	for _, c := range []struct{ lang, reply, want string }{
		{"nl", "Jason, met dat soort taal kun je beter een andere winkel zoeken. Je geld krijg je vandaag terug.", "ends_relationship"},
		{"en", "Jason, with language like that you'd better find another shop. You'll get your money back today.", "ends_relationship"},
		{"nl", "Zoek dan een andere bouwmarkt, Patrick.", "insult"},
		{"en", "Try another DIY store then, Paddy.", "insult"},
		{"nl", "Niemand verplicht je om hier te sporten, Dave. De poster blijft.", "belittle"},
		{"en", "Nobody's forcing you to train here, Dave. The poster stays.", "belittle"},
		{"en", "If you don't like it, you know where the door is.", "insult"},
		{"nl", "Als het je niet bevalt, weet je waar de deur is.", "insult"},
	} {
		a := r.Analyze(c.reply, Context{Language: c.lang, CustomerPost: "Wat een waardeloze service, stelletje amateurs.", CustomerMood: -0.7})
		if !a.Has(c.want) {
			t.Errorf("%s %q: %v; want %s", c.lang, c.reply, ids(a), c.want)
		}
	}
	for _, c := range []struct{ lang, reply string }{
		{"nl", "Je kastje is er niet, maar ik heb een ander kastje voor je gezocht dat morgen klaarstaat. ^Kees"},
		{"en", "Your cabinet isn't in, but I've found you a different cabinet that's ready tomorrow. ^Kev"},
	} {
		a := r.Analyze(c.reply, Context{Language: c.lang, CustomerPost: "Mijn kastje is er nog steeds niet.", CustomerMood: -0.5})
		if a.Has("ends_relationship") || a.Has("insult") {
			t.Errorf("%s %q: %v; another product is no door", c.lang, c.reply, ids(a))
		}
	}
}
