package scoring

import "testing"

// A guarantee that it will never happen again, with no measure named, is
// a promise nobody can keep: it costs (playtest 22, P22-32: "We promise
// this will never happen again in any of our stores" cost nothing; groups
// nl34/en34). Beside a measure or a step it is the promise that backs it.
func TestAGuaranteeWithoutAMeasureCosts(t *testing.T) {
	r := Default()
	post := map[string]string{
		"nl": "Mijn dochter met een notenallergie reageerde op jullie notenvrije koekjes. Hoe kan dit?",
		"en": "My daughter with a nut allergy reacted to your nut-free biscuits. How can this happen?",
	}
	for _, c := range []struct{ lang, reply string }{
		{"en", "We promise this will never happen again in any of our stores. - Marloes"},
		{"nl", "We beloven dat dit nooit meer gebeurt in onze winkels. - Marloes"},
		{"en", "Our apologies, Yvonne. We guarantee you this won't happen again. ^Ruth"},
		{"nl", "Onze excuses, Yvonne. Wij garanderen je dat dit niet meer zal voorkomen. ^Ruth"},
	} {
		a := r.Analyze(c.reply, Context{Language: c.lang, CustomerPost: post[c.lang], CustomerMood: -0.6, CustomerName: "Yvonne"})
		if !hasNegative(a, "unbacked_guarantee") {
			t.Errorf("%s %q: %v; want unbacked_guarantee", c.lang, c.reply, ids(a))
		}
	}
	for _, c := range []struct{ lang, reply string }{
		{"en", "This is our fault, Yvonne. We're taking these biscuits out of every store today so this never happens again. I'll call you this afternoon. ^Ruth"},
		{"nl", "Dit is onze fout, Yvonne. We halen deze koekjes vandaag uit alle winkels, zodat dit nooit meer gebeurt. Ik bel je vanmiddag. ^Ruth"},
	} {
		a := r.Analyze(c.reply, Context{Language: c.lang, CustomerPost: post[c.lang], CustomerMood: -0.6, CustomerName: "Yvonne"})
		if a.Has("unbacked_guarantee") {
			t.Errorf("%s %q: %v; a guarantee backed by a measure costs nothing", c.lang, c.reply, ids(a))
		}
	}
}
