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

// The same for an outcome of the brand's own handling ("processed",
// "approved", "refunded"; "verwerkt", "goedgekeurd", "teruggestort"): "we
// will be in touch as soon as your request has been processed" is a
// promise for later, not a refund done (the released blind11: a padded
// reply earned resolved +70 for it). Fails before. Said as done, it is.
func TestAHandlingStillToComeIsNotResolved(t *testing.T) {
	r := Default()
	for _, c := range []struct{ lang, text string }{
		{"en", "We'll email you as soon as your claim has been processed."},
		{"en", "You'll hear from us once the refund is approved."},
		{"nl", "We mailen je zodra je claim is verwerkt."},
		{"nl", "Je hoort van ons als de terugbetaling is goedgekeurd."},
	} {
		if a := r.Analyze(c.text, Context{Language: c.lang, CustomerMood: -0.5}); a.Has("resolved") {
			t.Errorf("%q: %v; the handling is still to come", c.text, ids(a))
		}
	}
	for _, c := range []struct{ lang, text string }{
		{"en", "Your claim has been processed and the money is in your account."},
		{"nl", "Je claim is verwerkt en het geld staat op je rekening."},
	} {
		if a := r.Analyze(c.text, Context{Language: c.lang, CustomerMood: -0.5}); !a.Has("resolved") {
			t.Errorf("%q: %v; the handling is done", c.text, ids(a))
		}
	}
}
