package scoring

import "testing"

// Closing note of stop 16: "Omboeken naar vanavond kan echt niet, sorry"
// was read as a refused apology ("niet sorry", commas are skipped): it is
// a no followed by an apology. "Niet sorry." and "we zijn niet sorry" still
// refuse the apology; English alike ("I'm afraid not, sorry" against "we're
// not sorry").
func TestANoFollowedBySorryIsNoRefusedApology(t *testing.T) {
	cases := []struct {
		lang, text string
		refused    bool
	}{
		{"nl", "Ilse, omboeken naar vanavond kan echt niet, sorry. Ik zet je op de eerste vlucht van morgen.", false},
		{"en", "Ella, tonight's flight? I'm afraid not, sorry. I've put you on the first flight tomorrow.", false},
		{"nl", "Sorry? Niet sorry. Je had zelf moeten opletten.", true},
		{"nl", "We zijn niet sorry, zo zijn de regels.", true},
		{"en", "We're not sorry, those are the rules.", true},
	}
	for _, c := range cases {
		a := Default().Analyze(c.text, Context{Language: c.lang, CustomerPost: "Mijn vlucht is geannuleerd / my flight is cancelled", CustomerMood: -0.6})
		if a.Has("refuse_apology") != c.refused {
			t.Errorf("%s %q: refuse_apology %v, want %v (%v)", c.lang, c.text, a.Has("refuse_apology"), c.refused, ids(a))
		}
	}
}
