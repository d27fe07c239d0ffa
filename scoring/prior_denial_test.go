package scoring

import "testing"

// An apology followed by a denial ("For the record: the worktop is within
// tolerance") is taken back like the acknowledgement beside it, in both
// languages (P14-18); an apology after the denial owns the rest and
// counts.
func TestADenialTakesBackTheApologyBeforeIt(t *testing.T) {
	r := Default()
	post := map[string]string{
		"nl": "Keuken veertien dagen te laat, werkblad scheef, ovendeur hangt. Drie keer gebeld, nooit teruggebeld.",
		"en": "Kitchen fitted two weeks late, worktop crooked, oven door hanging. Called three times, never called back.",
	}
	for _, c := range []struct {
		lang, text string
		apology    bool
	}{
		{"en", "Peter, sorry for the late installation and for not calling you back. For the record: our fitter measured the worktop and it is within tolerance. - Sandra", false},
		{"nl", "Peter, sorry voor de late levering en dat we niet terugbelden. Voor de duidelijkheid: onze monteur heeft het werkblad nagemeten en het valt binnen de tolerantie. - Sandra", false},
		{"en", "Peter, our fitter found the worktop within tolerance, but we were two weeks late and never called you back. Sorry for that. - Sandra", true},
		{"nl", "Peter, onze monteur vond het werkblad binnen de tolerantie, maar we waren twee weken te laat en belden nooit terug. Sorry daarvoor. - Sandra", true},
	} {
		a := r.Analyze(c.text, Context{Language: c.lang, CustomerMood: -0.7, CustomerName: "Peter", CustomerPost: post[c.lang]})
		if !a.Has("deny") {
			t.Errorf("%s %q: no denial found: %v", c.lang, c.text, ids(a))
		}
		if a.Has("apology") != c.apology {
			t.Errorf("%s %q: apology counted %v, want %v: %v", c.lang, c.text, a.Has("apology"), c.apology, ids(a))
		}
	}
}
