package scoring

import "testing"

// Playtest 18, P18-11: in the T-Mobile case a newcomer wrote the case's
// own mistake in their own words ("Het bereik in Fijnaart is bijna net zo
// matig als het stembereik van Frans Bauer", "Zo hoef je tenminste Frans
// Bauer niet te horen") and scored 71-91, the comparison even credited as
// restating the case. A comparison with, or a dig at, a person named in
// the sentence, in answer to a complaint, is humour at their expense with
// or without a wink; the same words about no one, or about a colleague,
// are not.
func TestAComparisonWithANamedPersonIsAJokeAtTheirExpense(t *testing.T) {
	nlPost := "Alweer nauwelijks bereik in Fijnaart. Binnen kan ik niet eens bellen. Waar betaal ik eigenlijk voor?"
	enPost := "Barely any signal in Fijnaart again. I can't even call indoors. What am I paying for?"
	cases := []struct {
		lang, post, text string
		joke             bool
	}{
		{"nl", nlPost, "@usurpia Sorry! Het bereik in Fijnaart is bijna net zo matig als het stembereik van Frans Bauer. We zoeken het voor je uit! ^Jacob", true},
		{"nl", nlPost, "@usurpia Sorry! Zo hoef je tenminste Frans Bauer niet te horen. We zoeken het voor je uit! ^Jacob", true},
		{"en", enPost, "@usurpia Sorry! The signal in Fijnaart is almost as limited as Frans Bauer's vocal range. We'll look into it for you! ^Jacob", true},
		{"en", enPost, "@usurpia Sorry! At least you don't have to hear Frans Bauer sing. We'll look into it! ^Jacob", true},
		{"nl", "Mijn pakket is al vijf dagen onderweg. @PostNL", "@mirjam Sorry! Ons depot is net zo vergeetachtig als Mark Rutte. Stuur je de code via DM? ^Femke", true},
		{"en", "My parcel has been in transit for five days. @DPD", "@mirjam Sorry! Our depot is slower than Boris Johnson on a Monday. DM us the code? ^Femke", true},
		// No one named, or a colleague: a plain comparison.
		{"nl", nlPost, "@usurpia Sorry! Het bereik in Fijnaart is net zo slecht als vorige week, dat klopt. Een monteur kijkt morgen naar de mast. ^Jacob", false},
		{"en", enPost, "@usurpia Sorry! The signal in Fijnaart is as poor as last week, you're right. An engineer checks the mast tomorrow. ^Jacob", false},
		{"nl", nlPost, "@usurpia Sorry! Onze monteur Jan Smit komt zo snel als hij kan naar de mast. ^Jacob", false},
		{"en", enPost, "@usurpia Sorry! Our engineer Jan Smit will get to the mast as soon as he can. ^Jacob", false},
	}
	for _, c := range cases {
		a := Default().Analyze(c.text, Context{Language: c.lang, CustomerPost: c.post, CustomerMood: -0.6})
		if a.Has("humour_at_expense") != c.joke {
			t.Errorf("%s %q: humour_at_expense %v, want %v (%v)", c.lang, c.text, a.Has("humour_at_expense"), c.joke, ids(a))
		}
		if c.joke && a.Has("restates_case") {
			t.Errorf("%s %q: a joke at someone's expense is credited as restating the case", c.lang, c.text)
		}
	}
}
