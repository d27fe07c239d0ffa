package scoring

import "testing"

// Playtest 16 (P16-7): Liberty's COO draws the line the case asks for,
// "But calling my team incompetent idiots is not OK" / "Maar mijn team
// incompetente idioten noemen is niet oké", and was scored as insulting
// the customer (20/20, ending "You abused him back"). Quoting the
// customer's word to turn it down is no insult; calling the customer a
// name in the same sentence still is.
func TestTurningDownNameCallingIsNoInsult(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"en", "Jason, I'm sorry your order is late. But calling my team incompetent idiots is not OK. I'll sort your order myself today and call you before 17:00. - Mike, COO"},
		{"nl", "Jason, sorry dat je bestelling te laat is. Maar mijn team incompetente idioten noemen is niet oké. Ik regel je bestelling vandaag zelf en bel je voor 17:00. - Mike, COO"},
	} {
		a := Default().Analyze(c.text, Context{Language: c.lang, CustomerName: "Jason", CustomerMood: -0.8})
		if a.Has("insult") || !a.Has("apology") {
			t.Errorf("%q: %v; it turns the customer's word down, it insults no one", c.text, ids(a))
		}
	}
	for _, c := range []struct{ lang, text string }{
		{"en", "Jason, you idiot, calling my team incompetent is not OK."},
		{"nl", "Jason, jij idioot, mijn team incompetent noemen is niet oké."},
	} {
		if a := Default().Analyze(c.text, Context{Language: c.lang, CustomerName: "Jason", CustomerMood: -0.8}); !a.Has("insult") {
			t.Errorf("%q: want insult, got %v", c.text, ids(a))
		}
	}
}
