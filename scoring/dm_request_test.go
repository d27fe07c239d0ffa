package scoring

import "testing"

// TestDMRequestInBothLanguages: "DM me your order number" asked for the
// customer's details in English, but Dutch "DM me je ordernummer" did not
// (the Dutch request verbs were stuur, app and mail), so the promise after
// it waited in one language and stood in the other.
func TestDMRequestInBothLanguages(t *testing.T) {
	r := Default()
	for _, c := range []struct{ lang, text string }{
		{"nl", "DM me je ordernummer, dan stuur ik morgen een nieuwe box."},
		{"en", "DM me your order number and I'll send a new box tomorrow."},
	} {
		a := r.Analyze(c.text, Context{Language: c.lang, CustomerPost: "box never came", CustomerMood: -0.5})
		if !a.Has("details_request") {
			t.Errorf("%s %q: no details_request\n      %s", c.lang, c.text, featureList(a))
		}
	}
}
