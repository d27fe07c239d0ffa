package scoring

import "testing"

// A fix told after the reply owns what the customer should have had ("You
// should have been told", "Je had een brief moeten krijgen") is a fix done
// in both languages: the blame that those words match for a moment is
// cancelled by them and no longer keeps the fix from being read (nl64's
// permit group, blind11/13 and en11). Fails before: the fix was not read.
func TestAFixAfterOwningWhatWasOwedIsAFixDone(t *testing.T) {
	for _, c := range []struct{ lang, post, reply string }{
		{"en", "The lift has been out for a week and nobody tells wheelchair users anything.",
			"You should have been told. From Thursday the lift is back in service."},
		{"en", "My parking permit went up by £30 and nobody sent me a letter.",
			"You should have been sent a letter. I've taken this quarter's rise off your account."},
		{"nl", "Parkeervergunning ineens €30 duurder en nergens een brief gehad.",
			"Je had een brief moeten krijgen. Ik heb de verhoging voor dit kwartaal van je rekening gehaald."},
		{"nl", "De lift is al een week kapot en niemand laat rolstoelgebruikers iets weten.",
			"Je had een bericht moeten krijgen. Vanaf donderdag is de lift weer in gebruik."},
	} {
		a := Default().Analyze(c.reply, Context{Language: c.lang, CustomerPost: c.post, CustomerMood: -0.6})
		if !a.Has("resolved") {
			t.Errorf("%q: want resolved, got %v", c.reply, ids(a))
		}
	}
}
