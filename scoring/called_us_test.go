package scoring

import "testing"

// Playtest 21, P21-2: "Our own professors have called us worse" was read as
// a referral ("call us"), and the debrief said the reply hid behind rules.
// Only the imperative refers the customer on.
func TestCalledUsIsNoReferral(t *testing.T) {
	ctx := Context{Language: "en", CustomerPost: "Shitty university", CustomerMood: -0.8}
	if a := Default().Analyze("@brampost Ouch, Bram! Our own professors have called us worse. What happened? ^Eva", ctx); a.Has("deflect") {
		t.Errorf("'have called us worse' is read as a referral (%v)", ids(a))
	}
	if a := Default().Analyze("@brampost For questions, please call us on 0800 1234.", ctx); !a.Has("deflect") {
		t.Errorf("'please call us' is no longer a referral (%v)", ids(a))
	}
}
