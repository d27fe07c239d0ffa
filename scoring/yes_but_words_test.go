package scoring

import "testing"

// Playtest 22 (P22-8): "sorry, je hebt gelijk dat vijftig minuten wachten
// te lang is. Alleen stonden we die vrijdag met twee zieke koks, dus
// helemaal eerlijk is het beeld ook niet" scored 95/89 as a full apology,
// while the same reply with "Maar we stonden" scored 50/55. "Alleen",
// "toch", "al moet ik zeggen", "wel", and English "only,", "that said",
// "though" before the rush or the staffing are the same "yes, but", and
// calling the customer's account unfair ("het beeld is niet eerlijk",
// "the picture isn't entirely fair") corrects them in public.
func TestYesButWithAnotherWordTakesTheSorryBack(t *testing.T) {
	post := "Vijftig minuten op ons hoofdgerecht en de ober zei dat ik lastig deed. Nooit meer."
	for _, c := range []struct{ lang, text string }{
		{"nl", "Anouk, sorry, je hebt gelijk dat vijftig minuten wachten te lang is. Alleen stonden we die vrijdag met twee zieke koks, dus helemaal eerlijk is het beeld ook niet. Het water betalen we terug. - Joost, eigenaar"},
		{"nl", "Sorry Ruben, dat is veel te laat. Al moet ik zeggen dat het met de regen een enorm drukke avond was. Ik heb de €32 teruggezet."},
		{"nl", "Sorry Anouk, dat was te lang. We hadden wel twee zieke koks die avond. De drankjes betalen we terug."},
		{"en", "Anouk, sorry, you're right that fifty minutes is too long. Only, we had two chefs off sick that Friday, so the picture isn't entirely fair either. We'll refund the drinks. - Joost, owner"},
		{"en", "Sorry Ruben, that's far too late. That said, it was an extremely busy evening with the rain. I've refunded the €32."},
		{"en", "Sorry Anouk, that was too long. We had two chefs off sick though. We'll refund the drinks."},
	} {
		a := Default().Analyze(c.text, Context{Language: c.lang, CustomerPost: post, CustomerName: "Anouk", CustomerMood: -0.7})
		if !a.Has("refusal") || a.Has("apology") {
			t.Errorf("%s %q: %v; the excuse after the sorry takes it back, whatever word stands for 'but'", c.lang, c.text, ids(a))
		}
	}
	for _, c := range []struct{ lang, text string }{
		{"nl", "Sorry Anouk, je hebt gelijk. Helemaal eerlijk is het beeld in de column niet. De drankjes betalen we terug."},
		{"nl", "Sorry Ruben. Het is niet helemaal eerlijk om het de bezorger te verwijten. Ik heb de €32 teruggezet."},
		{"en", "Sorry Anouk, you're right. The picture in the column isn't entirely fair though. We'll refund the drinks."},
		{"en", "Sorry Ruben. It isn't quite fair to blame the courier. I've refunded the €32."},
	} {
		if a := Default().Analyze(c.text, Context{Language: c.lang, CustomerPost: post, CustomerName: "Anouk", CustomerMood: -0.7}); !a.Has("blame_customer") {
			t.Errorf("%s %q: %v; calling the customer's account unfair corrects them", c.lang, c.text, ids(a))
		}
	}
	for _, c := range []struct{ lang, text string }{
		{"nl", "Sorry, alleen de drankjes kunnen we vandaag nog terugbetalen, de rest morgen."},
		{"nl", "Het is niet eerlijk dat je zo lang moest wachten, sorry. De drankjes betalen we terug."},
		{"en", "Sorry, we'll only be busy until 6, then I'll call you."},
		{"en", "It isn't fair that you had to wait so long, sorry. We'll refund the drinks."},
	} {
		if a := Default().Analyze(c.text, Context{Language: c.lang, CustomerPost: post, CustomerName: "Anouk", CustomerMood: -0.7}); a.Has("blame_customer") || a.Has("refusal") {
			t.Errorf("%s %q: %v; no excuse and no dispute here", c.lang, c.text, ids(a))
		}
	}
}
