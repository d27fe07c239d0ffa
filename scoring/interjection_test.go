package scoring

import "testing"

// Found in play (closing note of stop 16): "Oei," / "Oh no," earned the
// full acknowledge_emotion (+25/+9) and the real "Sorry" after it was then
// reduced as sympathy already shown; and "Hopefully it's back up soon" /
// "Hopelijk is het snel opgelost" was reported as a fix done (+42/+30). An
// exclamation is a little warmth, not an acknowledged feeling; a hope is
// no fix. Both languages alike.
func TestAnExclamationIsNoAcknowledgementAndAHopeNoFix(t *testing.T) {
	cases := []struct{ lang, name, post, oh, sorry, bare, hope string }{
		{"en", "Joe", "Three days without broadband and nobody has called me back. I work from home!!",
			"Oh no Joe, sorry! I'll check it today. ^Nina", "Sorry Joe! I'll check it today. ^Nina",
			"Oh no. Can you DM me your postcode? ^Nina", "Oh no, that sounds annoying! Hopefully it's back up soon. ^Nina"},
		{"nl", "Joris", "Al drie dagen geen internet en niemand belt me terug. Ik werk thuis!!",
			"Oei Joris, sorry! Ik kijk het vandaag na. ^Nina", "Sorry Joris! Ik kijk het vandaag na. ^Nina",
			"Oei. Stuur je je postcode via DM? ^Nina", "Oei, dat klinkt vervelend! Hopelijk is het snel opgelost. ^Nina"},
	}
	for _, c := range cases {
		ctx := Context{Language: c.lang, CustomerName: c.name, CustomerPost: c.post, CustomerMood: -0.8}
		oh, sorry := Default().Analyze(c.oh, ctx), Default().Analyze(c.sorry, ctx)
		if oh.Empathy < sorry.Empathy {
			t.Errorf("%s: %q empathy %.0f below %q %.0f: the exclamation took the apology's place", c.lang, c.oh, oh.Empathy, c.sorry, sorry.Empathy)
		}
		if bare := Default().Analyze(c.bare, ctx); bare.Has("acknowledge_emotion") || !bare.Has("interjection") {
			t.Errorf("%s %q: want an interjection, not an acknowledged emotion, got %v", c.lang, c.bare, ids(bare))
		}
		if hope := Default().Analyze(c.hope, ctx); hope.Has("resolved") || Overall(hope) > 50 {
			t.Errorf("%s %q: a hope is no fix done, got %.0f %v", c.lang, c.hope, Overall(hope), ids(hope))
		}
	}
}
