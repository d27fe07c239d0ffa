package scoring

import "testing"

// Naming one's own legal department as the one who wants the silence is
// hiding behind others, not a legal threat; "het ligt niet bij mij" and
// "not up to me" disown the answer (playtest 22, P22-28: HEMA's round
// failed as a threat; groups nl34/en34). A legal step held over the
// customer is still a threat.
func TestHidingBehindLegalIsNoThreat(t *testing.T) {
	r := Default()
	for _, c := range []struct{ lang, reply string }{
		{"nl", "Eerlijk gezegd wil onze juridische afdeling dat we niks zeggen tot het onderzoek klaar is. Het ligt niet bij mij. - Marloes"},
		{"en", "Honestly, our legal department wants us to say nothing until the investigation is finished. It's not up to me. - Marloes"},
		{"nl", "Onze juristen willen dat we hier niet op reageren, sorry. - Marloes"},
		{"en", "Legal won't let us comment on this, sorry. - Marloes"},
	} {
		a := r.Analyze(c.reply, Context{Language: c.lang, CustomerMood: -0.4, CustomerName: "Naomi"})
		if a.Has("legal_threat") || !hasNegative(a, "hides_behind_others") {
			t.Errorf("%s %q: %v; want hides_behind_others and no legal threat", c.lang, c.reply, ids(a))
		}
	}
	for _, c := range []struct{ lang, reply string }{
		{"nl", "Verwijder dit bericht, anders neemt onze juridische afdeling contact met je op."},
		{"en", "Remove this post, or our legal department will contact you."},
	} {
		if a := r.Analyze(c.reply, Context{Language: c.lang, CustomerMood: -0.4}); !hasNegative(a, "legal_threat") {
			t.Errorf("%s %q: %v; a legal step held over the customer is a threat", c.lang, c.reply, ids(a))
		}
	}
}
