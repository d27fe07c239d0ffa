package scoring

import "testing"

// Playtest 25 (P25-9): "sorry for what happened" apologises for what
// happened; only "Sorry for what?" asked back questions the apology.
func TestSorryForWhatHappenedIsAnApology(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"en", "Naomi, we're so sorry for what happened to you in our store. I'll call you today. ^Marloes"},
		{"nl", "Naomi, het spijt ons en sorry voor wat er in onze winkel gebeurd is. Ik bel je vandaag. ^Marloes"},
	} {
		a := Default().Analyze(c.text, Context{Language: c.lang, CustomerPost: "Your guard called me a junkie.", CustomerMood: -0.8})
		if a.Has("questioned_apology") || !a.Has("apology") {
			t.Errorf("%q: %v; want the apology, not a questioned one", c.text, ids(a))
		}
	}
	for _, c := range []struct{ lang, text string }{
		{"en", "Sorry for what? Our guard followed procedure."},
		{"nl", "Sorry voor wat? Onze beveiliger volgde de procedure."},
	} {
		if a := Default().Analyze(c.text, Context{Language: c.lang, CustomerPost: "Your guard called me a junkie.", CustomerMood: -0.8}); !a.Has("questioned_apology") {
			t.Errorf("%q: %v; want the apology questioned", c.text, ids(a))
		}
	}
}
