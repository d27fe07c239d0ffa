package scoring

import "testing"

// Playtest 18 (P18-21): "we helpen je graag, maar dan wel graag zonder
// scheldwoorden" / "happy to help, but without the swearing please" had no
// finding (E 62 / D 68, the good branch): help offered on condition of the
// customer's language is the same correction as "let op je taalgebruik",
// politely worded. A promise with a condition on the case is no correction.
func TestHelpOnConditionOfTheCustomersLanguageIsACorrection(t *testing.T) {
	ctx := func(lang string) Context {
		return Context{Language: lang, CustomerName: "Sem", CustomerMood: -0.9, CustomerPost: "Klotebedrijf, mijn internet ligt er weer uit."}
	}
	for _, c := range []struct{ lang, text string }{
		{"nl", "Hoi Sem, we kijken er graag naar, maar dan wel zonder gescheld. Sinds wanneer ligt het eruit?"},
		{"nl", "Sem, we helpen je, als je het tenminste netjes vraagt. Wat is je postcode?"},
		{"nl", "Sem, als je normaal blijft praten, zoeken we het uit."},
		{"en", "Hi Sem, happy to look into it, but without the swearing. Since when has it been down?"},
		{"en", "Sem, we'll help, as long as you ask politely. What's your postcode?"},
		{"en", "Sem, if you keep it civil, we'll sort it out."},
	} {
		if a := Default().Analyze(c.text, ctx(c.lang)); !a.Has("blame_customer") {
			t.Errorf("%q: want blame_customer, got %v", c.text, ids(a))
		}
	}
	for _, c := range []struct{ lang, text string }{
		{"nl", "Hoi Sem, als je internet morgen nog niet werkt, stuur ik een monteur."},
		{"en", "Hi Sem, if your internet is still down tomorrow, I'll send an engineer."},
	} {
		if a := Default().Analyze(c.text, ctx(c.lang)); a.Has("blame_customer") {
			t.Errorf("%q: %v; a condition on the case is no correction", c.text, ids(a))
		}
	}
}
