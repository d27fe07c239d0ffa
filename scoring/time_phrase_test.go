package scoring

import "testing"

// "As soon as", "as quickly as they can", "zo snel als ze kunnen" name a
// time, never a comparison with the department or colleague beside them:
// "Our Student Desk will call you as soon as possible, at the latest by 3
// pm today" was humour at someone's expense and failed a round of the
// university case (playtest 24, P24-10). Fails before: all four were
// humour_at_expense. A comparison with a named person stays a joke at
// their expense.
func TestATimePhraseIsNoJokeAtAnyonesExpense(t *testing.T) {
	r := Default()
	for _, c := range []struct{ lang, post, reply string }{
		{"en", "Shitty university", "Our Student Desk will call you as soon as possible, at the latest by 3 pm today."},
		{"en", "Shitty university", "I've asked Mr de Vries to call you back as soon as he is out of his meeting."},
		{"en", "Shitty university", "The Service Centre will call you as quickly as they can."},
		{"nl", "Kut-universiteit", "Het Studenten Service Centrum belt je zo snel als ze kunnen."},
	} {
		a := r.Analyze(c.reply, Context{Language: c.lang, CustomerPost: c.post, CustomerMood: -0.5})
		if a.Has("humour_at_expense") {
			t.Errorf("%q: a time phrase read as a joke at someone's expense: %v", c.reply, ids(a))
		}
	}
	for _, c := range []struct{ lang, reply string }{
		{"nl", "Het bereik in Fijnaart is bijna net zo matig als het stembereik van Frans Bauer."},
		{"en", "Coverage in Fijnaart is almost as limited as Frans Bauer's vocal range."},
	} {
		a := r.Analyze(c.reply, Context{Language: c.lang, CustomerPost: "Geen bereik in Fijnaart", CustomerMood: -0.5})
		if !a.Has("humour_at_expense") {
			t.Errorf("%q: the comparison with a named person is a joke at his expense, got %v", c.reply, ids(a))
		}
	}
}
