package scoring

import "testing"

// The lead's round of the T-Mobile case (L25-2): a guarantee of a repair,
// a delivery or a payout the writer does not bring about is an overpromise,
// not the fix done; a promise of the writer's own act and a guarantee
// refused are not.
func TestAGuaranteedOutcomeIsNoFixDone(t *testing.T) {
	for _, c := range []struct{ lang, post, text string }{
		{"nl", "@tmobile Alweer nauwelijks bereik in Fijnaart.", "Ze zijn bij Fijnaart met de mast bezig, morgen is het gegarandeerd opgelost. Beloofd! ^Jacob"},
		{"en", "@tmobile Barely any signal in Fijnaart again.", "They're working on the mast in Fijnaart, it's guaranteed to be fixed tomorrow. Promise! ^Jacob"},
		{"nl", "Al vier dagen 'onderweg'. Het is een cadeau voor zaterdag.", "Komt goed Koen! Je pakket is morgen gegarandeerd bij je, ik beloof het. ^Noor"},
		{"en", "'In transit' for four days. It's a present for Saturday.", "Don't worry Tom! Your parcel will definitely be with you tomorrow, guaranteed. ^Nora"},
	} {
		a := Default().Analyze(c.text, Context{Language: c.lang, CustomerPost: c.post, CustomerMood: -0.6})
		if !a.Has("guaranteed_outcome") || a.Has("resolved") {
			t.Errorf("%q: %v; want the guarantee named and no fix done", c.text, ids(a))
		}
	}
	for _, c := range []struct{ lang, post, text string }{
		{"nl", "Al vier dagen 'onderweg'.", "Ik beloof je dat ik je vandaag nog bel, Koen, zodra ik weet waar je pakket is. ^Noor"},
		{"en", "'In transit' for four days.", "I promise I'll ring you today, Tom, as soon as I know where your parcel is. ^Nora"},
		{"nl", "Twee weken geen wasmachine.", "Ik kan niet beloven dat het onderdeel er morgen is, maar ik bel je vanmiddag met de datum. ^Ruud"},
		{"en", "Two weeks without a washer.", "I can't promise the part will be fixed tomorrow, but I'll call you this afternoon with the date. ^Rob"},
	} {
		if a := Default().Analyze(c.text, Context{Language: c.lang, CustomerPost: c.post, CustomerMood: -0.6}); a.Has("guaranteed_outcome") {
			t.Errorf("%q: %v; it guarantees no outcome", c.text, ids(a))
		}
	}
}
