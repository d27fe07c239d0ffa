package scoring

import "testing"

// The customer's own word for what happened, taken back only to call it
// too strong or to wave it off, disputes how they feel: it is found in both
// languages, whether the word is quoted, opens the sentence or is asked
// back, and such a reply ranks below a bare route (the released blind12
// and blind13). Taking the word up to grant it, asking it back to
// reassure beside a fix, or a verdict on something else is no dispute.
func TestTheCustomersOwnWordDisputed(t *testing.T) {
	r := Default()
	posts := map[string]string{
		"nl": "@KabelNoord vijf dagen geen tv en internet, drie keer een monteur beloofd, niemand gekomen. Dit is echt een schande.",
		"en": "@CableNorth five days without TV or internet, an engineer promised three times, nobody came. This is an absolute shambles.",
	}
	route := map[string]string{
		"nl": "@kees Een storing kun je melden via Mijn KabelNoord, onder 'storingen'.",
		"en": "@kees You can report a fault in My CableNorth, under 'faults'.",
	}
	for _, c := range []struct{ lang, text string }{
		{"nl", "@kees 'Een schande' vinden wij wat overdreven. Monteurs hebben het erg druk in deze periode."},
		{"nl", "@kees Een schande? Kom op, de monteurs doen hun best. Het kan even duren."},
		{"nl", "@kees Schande is wel een groot woord. Monteurs hebben het erg druk in deze periode."},
		{"en", "@kees 'A shambles' is a bit much. Our engineers are very busy at the moment."},
		{"en", "@kees A shambles? Come on, our engineers are doing their best. It can take a while."},
		{"en", "@kees Shambles is a strong word. Our engineers are very busy at the moment."},
	} {
		a := r.Analyze(c.text, Context{Language: c.lang, CustomerMood: -0.8, CustomerPost: posts[c.lang]})
		b := r.Analyze(route[c.lang], Context{Language: c.lang, CustomerMood: -0.8, CustomerPost: posts[c.lang]})
		if !a.Has("disputes_wording") || Overall(a) >= Overall(b) {
			t.Errorf("%s %q: disputed word found %v, %.1f against a bare route's %.1f: %v", c.lang, c.text, a.Has("disputes_wording"), Overall(a), Overall(b), ids(a))
		}
	}
	for _, c := range []struct{ lang, text string }{
		{"nl", "@kees Een schande is het juiste woord: vijf dagen zonder tv en internet. De monteur komt morgen om 9:00. ^Femke"},
		{"nl", "@kees 'Een schande' schreef je, en je hebt gelijk. De monteur komt morgen om 9:00. ^Femke"},
		{"nl", "@kees Nog een keer wachten op een monteur? Nee hoor: ik heb de storing op je adres vandaag zelf opgelost. ^Femke"},
		{"nl", "@kees De rekening voor die vijf dagen was overdreven hoog, ik heb hem teruggestort. ^Femke"},
		{"en", "@kees A shambles is the right word: five days without TV or internet. The engineer comes tomorrow at 9am. ^Femke"},
		{"en", "@kees 'A shambles', you wrote, and you're right. The engineer comes tomorrow at 9am. ^Femke"},
		{"en", "@kees Waiting for an engineer again? Not at all: I've fixed the fault on your line myself today. ^Femke"},
		{"en", "@kees The bill for those five days was over the top, so I've refunded it. ^Femke"},
	} {
		a := r.Analyze(c.text, Context{Language: c.lang, CustomerMood: -0.8, CustomerPost: posts[c.lang]})
		if a.Has("disputes_wording") {
			t.Errorf("%s %q: read as disputing the customer's word: %v", c.lang, c.text, ids(a))
		}
	}
}
