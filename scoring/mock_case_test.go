package scoring

import "testing"

// Playtest 13 (P13-4): words of the complaint in the sentence of a laugh at
// it mock the case ("Haha, Fijnaart is ook wel erg ver weg he ;)"); they
// earned +25 as "you name the customer's case in their own words". And the
// lead's L6: an intensifier inside "wat naar" ("wat ontzettend naar dat…")
// is still acknowledgement, as "how truly awful" is.
func TestALaughAtTheComplaintAcknowledgesNothing(t *testing.T) {
	r := Default()
	for _, c := range []struct{ lang, post, text string }{
		{"nl", "Alweer nauwelijks bereik in Fijnaart. Binnen kan ik niet eens bellen. Waar betaal ik eigenlijk voor?",
			"Haha, Fijnaart is ook wel erg ver weg he ;) Probeer het eens op het dak, daar is het bereik top! ^Jacob"},
		{"en", "Barely any signal in Fijnaart again. I can't even call indoors. What am I paying for?",
			"Haha, Fijnaart really is far away ;) Try calling from the roof, the signal is great up there! ^Jacob"},
	} {
		a := r.Analyze(c.text, Context{Language: c.lang, CustomerPost: c.post, CustomerMood: -0.7})
		for _, f := range a.Features {
			if (f.ID == "restates_case" || f.ID == "acknowledge_emotion") && f.Points > 0 {
				t.Errorf("%q: %s %+.1f for words it laughs at", c.text, f.ID, f.Points)
			}
		}
	}
	for _, c := range []struct{ lang, text string }{
		{"nl", "Naomi, wat ontzettend naar dat je zo bent behandeld."},
		{"en", "Naomi, how truly awful that you were treated like that."},
	} {
		if a := r.Analyze(c.text, Context{Language: c.lang, CustomerMood: -0.8}); !a.Has("acknowledge_emotion") {
			t.Errorf("%q: no acknowledged emotion: %v", c.text, ids(a))
		}
	}
}
