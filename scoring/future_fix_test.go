package scoring

import "testing"

// The lead's L1 (found in play): a fix after "as soon as", "once",
// "until", "zodra", "totdat" is still to come, not a fix done. "I'll let
// you know as soon as it's fixed" earned resolved +39.
func TestAFixStillToComeIsNotResolved(t *testing.T) {
	r := Default()
	for _, c := range []struct{ lang, text string }{
		{"en", "I'll let you know as soon as it's fixed."},
		{"en", "We'll message you once the mast is back up."},
		{"en", "You won't pay for broadband until the line is working."},
		{"nl", "Ik laat het je weten zodra het opgelost is."},
		{"nl", "We sturen je een bericht als de mast weer werkt."},
		{"nl", "Je betaalt niets totdat de lijn weer werkt."},
	} {
		if a := r.Analyze(c.text, Context{Language: c.lang, CustomerMood: -0.5}); a.Has("resolved") {
			t.Errorf("%q: %v; the fix is still to come", c.text, ids(a))
		}
	}
	for _, c := range []struct{ lang, text string }{
		{"en", "The mast is fixed and calls work again."},
		{"nl", "De mast is gerepareerd en bellen werkt weer."},
	} {
		if a := r.Analyze(c.text, Context{Language: c.lang, CustomerMood: -0.5}); !a.Has("resolved") {
			t.Errorf("%q: %v; the fix is done", c.text, ids(a))
		}
	}
}
