package scoring

import "testing"

// The complaint read back as reported speech ("you write that …", "je
// schrijft dat …", "we read that …") with only "sorry to hear that" after
// it is the textbook hollow reply: the echo is no acknowledgement that
// lifts the sympathy, and no way forward (playtest 22, P22-16: "Peter, you
// write that your kitchen was installed three weeks late, the worktop is
// crooked … We're sorry to hear that." scored 98/77 in the round, 94/74
// alone, while "Peter, we're sorry to hear that." scored 35/37).
func TestAParrotedComplaintDoesNotLiftHollowSympathy(t *testing.T) {
	post := map[string]string{
		"nl": "Mijn keuken is drie weken te laat geplaatst, het werkblad zit scheef, er zit een kras in de ovendeur en de monteurs lieten hun rommel achter.",
		"en": "My kitchen was installed three weeks late, the worktop is crooked, there's a scratch in the oven door and the fitters left their mess behind.",
	}
	parrots := [][2]string{
		{"en", "Peter, you write that your kitchen was installed three weeks late, the worktop is crooked, there's a scratch in the oven door and the fitters left their mess behind. We're sorry to hear that. - Sandra"},
		{"nl", "Peter, je schrijft dat je keuken drie weken te laat is geplaatst, het werkblad scheef zit, er een kras in de ovendeur zit en de monteurs hun rommel lieten liggen. Vervelend om te horen. - Sandra"},
		{"en", "Peter, we read that your kitchen was installed three weeks late and the worktop is crooked, with a scratch in the oven door. How disappointing to hear. - Sandra"},
		{"nl", "Peter, we lezen dat je keuken drie weken te laat is geplaatst en het werkblad scheef zit, met een kras in de ovendeur. Wat naar om te horen. - Sandra"},
	}
	for _, c := range parrots {
		a := Default().Analyze(c[1], Context{Language: c[0], CustomerPost: post[c[0]], CustomerMood: -0.7})
		if Overall(a) > 50 {
			t.Errorf("%q: a parrot with a hollow line scores %.0f/%.0f, want it hollow: %v", c[1], a.Empathy, a.Deescalation, ids(a))
		}
	}
	// The harm restated in the reply's own words beside an apology and a
	// step stays a good reply, with or without the echo.
	for _, c := range [][2]string{
		{"en", "Peter, a crooked worktop and a scratched oven door after three weeks' delay is not OK, and I'm sorry. Our fitter comes on Thursday to fix both. - Sandra"},
		{"nl", "Peter, een scheef werkblad en een kras in de ovendeur na drie weken wachten: dat is niet goed, sorry. Donderdag komt onze monteur beide herstellen. - Sandra"},
		{"en", "Peter, you write that the worktop is crooked and the oven door scratched. I'm sorry: our fitter comes on Thursday to fix both. - Sandra"},
	} {
		if a := Default().Analyze(c[1], Context{Language: c[0], CustomerPost: post[c[0]], CustomerMood: -0.7}); Overall(a) < 80 {
			t.Errorf("%q: a good reply scores %.0f/%.0f: %v", c[1], a.Empathy, a.Deescalation, ids(a))
		}
	}
}
