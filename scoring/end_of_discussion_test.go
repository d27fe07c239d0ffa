package scoring

import "testing"

// Playtest 18 (P18-18): "sorry mark, decision is made. poster comes down,
// end of discussion" scored E 90 / D 70: the sorry and the decision counted,
// shutting the member out in public did not. Closing the conversation in
// so many words is a wall, and cancels the sorry before it; a decision
// that is good news is no wall.
func TestClosingTheDiscussionIsAWall(t *testing.T) {
	ctx := func(lang string) Context {
		return Context{Language: lang, CustomerName: "Ilse", CustomerMood: -0.4,
			CustomerPost: "Waarom stoppen jullie met de late yogales? Ik kom er al drie jaar."}
	}
	for _, c := range []struct{ lang, text string }{
		{"nl", "Sorry Ilse, de late yogales stopt per 1 maart. Einde discussie. ^Sven"},
		{"nl", "Sorry Ilse, het besluit is genomen. De late les stopt, punt uit."},
		{"nl", "Sorry Ilse, daar valt niet over te praten: de late les stopt in maart."},
		{"en", "Sorry Ilse, the late yoga class stops on 1 March. End of discussion. ^Sven"},
		{"en", "Sorry Ilse, the decision has been made. The late class stops, full stop."},
		{"en", "Sorry Ilse, it's not up for discussion: the late class stops in March."},
	} {
		a := Default().Analyze(c.text, ctx(c.lang))
		if !a.Has("refusal") || a.Has("apology") {
			t.Errorf("%q: %v; it shuts the conversation, the sorry does not count", c.text, ids(a))
		}
	}
	for _, c := range []struct{ lang, text string }{
		{"nl", "Goed nieuws Ilse: het besluit is genomen om de late les te houden. Tot dinsdag!"},
		{"en", "Good news Ilse: the decision has been taken to keep the late class. See you Tuesday!"},
	} {
		if a := Default().Analyze(c.text, ctx(c.lang)); a.Has("refusal") {
			t.Errorf("%q: %v; good news is no wall", c.text, ids(a))
		}
	}
}
