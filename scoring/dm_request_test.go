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

// TestSlipRequestInBothLanguages: "Stuur het bonnetje via DM" asked for a
// detail in Dutch, "DM me the slip" did not in English, so the promise
// after it waited in Dutch only.
func TestSlipRequestInBothLanguages(t *testing.T) {
	r := Default()
	for _, c := range []struct{ lang, text string }{
		{"nl", "Sorry! Stuur het bonnetje via DM, dan zorg ik dat de borg deze week terug is."},
		{"en", "Sorry! DM me the slip and I'll make sure the deposit is back this week."},
		{"nl", "Stuur je je factuur via DM? Dan zoek ik het vandaag uit."},
		{"en", "Could you DM me your invoice? I'll look into it today."},
	} {
		a := r.Analyze(c.text, Context{Language: c.lang, CustomerPost: "deposit still not back", CustomerMood: -0.5})
		if !a.Has("details_request") {
			t.Errorf("%s %q: no details_request\n      %s", c.lang, c.text, featureList(a))
		}
	}
}
