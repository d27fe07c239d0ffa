package scoring

import (
	"strings"
	"testing"
)

// Playtest 16, P16-1: "Noami" for Naomi cost the greeting's credit without
// a word in the debrief (a 0-point finding is not listed there, only in
// `score --explain`): the reply read all green. A misspelt name costs a
// little of its own, so the debrief shows it in red with who the customer
// is, in both languages, and the reply stays above one with a wrong name.
func TestAMisspeltNameIsShownAndCostsALittle(t *testing.T) {
	cases := []struct{ lang, post, right, slip, wrong, note string }{
		{"en", "Searched by security because I was injecting insulin in the fitting room.",
			"Naomi, being searched for injecting insulin is wrong, and I'm sorry. I'll call you today before 5 pm. - Marloes",
			"Noami, being searched for injecting insulin is wrong, and I'm sorry. I'll call you today before 5 pm. - Marloes",
			"Hi Nina, being searched for injecting insulin is wrong, and I'm sorry. I'll call you today before 5 pm. - Marloes",
			"The customer's name is Naomi."},
		{"nl", "Door de beveiliging gefouilleerd omdat ik insuline spoot in de paskamer.",
			"Naomi, gefouilleerd worden omdat je insuline spoot is fout, en het spijt me. Ik bel je vandaag voor 17:00. - Marloes",
			"Noami, gefouilleerd worden omdat je insuline spoot is fout, en het spijt me. Ik bel je vandaag voor 17:00. - Marloes",
			"Hoi Nina, gefouilleerd worden omdat je insuline spoot is fout, en het spijt me. Ik bel je vandaag voor 17:00. - Marloes",
			"De klant heet Naomi."},
	}
	for _, c := range cases {
		ctx := Context{Language: c.lang, CustomerName: "Naomi", CustomerPost: c.post, CustomerMood: -0.8}
		right, slip, wrong := Default().Analyze(c.right, ctx), Default().Analyze(c.slip, ctx), Default().Analyze(c.wrong, ctx)
		shown := false
		for _, f := range slip.Features {
			shown = shown || f.ID == "misspelt_name" && f.Points <= -0.5 && strings.Contains(f.Note, c.note)
		}
		if !shown {
			t.Errorf("%s: want a misspelt_name that costs points and says %q, got %+v", c.lang, c.note, slip.Features)
		}
		if !(Overall(right) > Overall(slip) && Overall(slip) > Overall(wrong)) {
			t.Errorf("%s: right %.1f, misspelt %.1f, wrong name %.1f: want them in that order", c.lang, Overall(right), Overall(slip), Overall(wrong))
		}
	}
}
