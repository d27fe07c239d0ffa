package scoring

import "testing"

// Playtest 20, P20-5: T-Mobile's apology to Frans Bauer, "Die grap was
// onnodig en ging ten koste van jou. Sorry! @usurpia heeft sinds
// gisteravond weer bereik", scored 35/37 and took the case's worst ending:
// judging the brand's own joke unnecessary was no admission, and the
// customer's coverage back was no fix, so the apology stood hollow. The
// brand's own earlier words judged ("die grap was onnodig", "that joke was
// uncalled for") own the mistake, and what the customer has again
// ("heeft weer bereik", "has signal again") reports the fix, in both
// languages alike.
func TestOwnJokeJudgedAndServiceBackCount(t *testing.T) {
	posts := map[string]string{
		"nl": "Zorg nou eerst maar eens dat die klant in Fijnaart gewoon kan bellen, in plaats van grappen over mijn stembereik te maken.",
		"en": "How about making sure that customer in Fijnaart can simply make calls, instead of making jokes about my vocal range.",
	}
	for _, c := range []struct{ lang, text string }{
		{"nl", "@fransbauer_ Terecht, Frans. Die grap was onnodig en ging ten koste van jou. Sorry! @usurpia heeft sinds gisteravond weer bereik, en daar ging het om. ^Jacob"},
		{"en", "@fransbauer_ Fair point, Frans. That joke was uncalled for and came at your expense. Sorry! @usurpia has had signal again since last night, and that's what mattered. ^Jacob"},
	} {
		ctx := Context{Language: c.lang, CustomerPost: posts[c.lang], CustomerName: "Frans", CustomerMood: -0.5}
		a := Default().Analyze(c.text, ctx)
		if !a.Has("ownership") || !a.Has("resolved") {
			t.Errorf("%q: want the admission and the fix found; got %v", c.text, ids(a))
		}
		if o := Overall(a); o < 70 {
			t.Errorf("%q: a sincere apology with the fix scores %.0f, want at least 70; found %v", c.text, o, ids(a))
		}
	}
}
