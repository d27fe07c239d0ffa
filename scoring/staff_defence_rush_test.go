package scoring

import "testing"

// Playtest 22 (P22-7): in the Service Police case "Onze ober bedoelde het
// niet verkeerd, hij was gewoon eerlijk: het was die avond echt heel druk
// in de keuken. Het water halen we natuurlijk van de rekening" scored
// 83/62, all green, while the English twin scored 34/15; and the water
// taken off the bill was credited as the customer's case restated, not as
// a step. The staff defended ("bedoelde het niet verkeerd", "was gewoon
// eerlijk", "meant no harm", "was just being honest") is a denial and the
// rush with words between ("het was die avond echt heel druk") an excuse,
// in both languages; a charge taken off the bill is a step.
func TestTheStaffDefendedWithTheRushIsNoApology(t *testing.T) {
	post := "Een uur gewacht op ons eten, we moesten betalen voor kraanwater en de ober zei dat we lastig waren."
	for _, c := range []struct{ lang, text string }{
		{"nl", "Onze ober bedoelde het niet verkeerd, hij was gewoon eerlijk: het was die avond echt heel druk in de keuken. Het water halen we natuurlijk van de rekening. - Joost, eigenaar"},
		{"en", "Our waiter meant no harm, he was just being honest: it was a really busy night in the kitchen. We'll take the water off the bill, of course. - Joost, owner"},
	} {
		a := Default().Analyze(c.text, Context{Language: c.lang, CustomerPost: post, CustomerName: "Anouk", CustomerMood: -0.7})
		if !a.Has("deny") || !a.Has("refusal") || a.Empathy > 40 {
			t.Errorf("%s %q: %v (%.0f/%.0f); the waiter defended and the rush are no apology", c.lang, c.text, ids(a), a.Empathy, a.Deescalation)
		}
	}
	for _, c := range []struct{ lang, text string }{
		{"nl", "Sorry Anouk, dat was fout van ons. Het water halen we natuurlijk van de rekening."},
		{"en", "Sorry Anouk, that was wrong of us. We'll take the water off the bill, of course."},
	} {
		a := Default().Analyze(c.text, Context{Language: c.lang, CustomerPost: post, CustomerName: "Anouk", CustomerMood: -0.7})
		if !a.Has("next_step") || a.Has("deny") {
			t.Errorf("%s %q: %v; the water taken off the bill is a step", c.lang, c.text, ids(a))
		}
	}
}
