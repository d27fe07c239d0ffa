package scoring

import "testing"

// The customer's case read back in another form of their words restates
// it in both languages: an English irregular form meets its base ("paid
// double" and "the double payment"), as a Dutch participle meets its noun
// ("dubbel betaald", "de dubbele betaling").
func TestIrregularFormRestatedByItsBase(t *testing.T) {
	r := Default()
	cases := []struct{ lang, post, text string }{
		{"nl", "@eten Mijn bestelling van gisteravond is twee keer afgeschreven. €38,50 dubbel betaald.",
			"Ik zorg dat de dubbele betaling vandaag wordt teruggedraaid."},
		{"en", "@food My order from last night was taken twice. £38.50 paid double.",
			"I'll make sure the double payment is reversed today."},
	}
	for _, c := range cases {
		a := r.Analyze(c.text, Context{Language: c.lang, CustomerPost: c.post, CustomerMood: -0.6})
		if !a.Has("restates_case") {
			t.Errorf("%s %q: the case is not read back (%v)", c.lang, c.text, ids(a))
		}
	}
	// A base of a form the post does not hold restates nothing.
	a := r.Analyze("I'll make sure the double payment is reversed today.",
		Context{Language: "en", CustomerPost: "@food My order was charged double last night.", CustomerMood: -0.6})
	if a.Has("restates_case") {
		t.Errorf("restated without the irregular form in the post (%v)", ids(a))
	}
}

// "Snap ik," acknowledges as "I get it," does; "Snap ik het goed…?" asks.
func TestShortIGetItAcknowledgesInBothLanguages(t *testing.T) {
	r := Default()
	post := map[string]string{"nl": "@shop Ik zie nergens hoe ik mijn geld terugkrijg.", "en": "@shop I can't see anywhere how I get my money back."}
	for _, c := range []struct {
		lang, text string
		want       bool
	}{
		{"nl", "Snap ik, het hoort duidelijk te zijn. Ik zet de terugbetaling vandaag in gang.", true},
		{"en", "I get it, it should be clear. I'll get the refund started today.", true},
		{"nl", "Snap ik het goed dat je vier kaartjes had? Ik zet de terugbetaling vandaag in gang.", false},
	} {
		a := r.Analyze(c.text, Context{Language: c.lang, CustomerPost: post[c.lang], CustomerMood: -0.6})
		if a.Has("acknowledge_emotion") != c.want {
			t.Errorf("%s %q: acknowledgement %v, want %v (%v)", c.lang, c.text, a.Has("acknowledge_emotion"), c.want, ids(a))
		}
	}
}
