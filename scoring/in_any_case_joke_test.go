package scoring

import "testing"

// "Dan hoef je in elk geval geen Frans Bauer te horen" is the same joke at
// a named person's expense as "tenminste" and English "at least you won't
// have to hear" (playtest 22, P22-35: the Dutch was read as hedging and no
// step, the English as humour_at_expense).
func TestAJokeWithInAnyCaseIsAtTheirExpense(t *testing.T) {
	post := "@TMobile Al dagen geen bereik in Fijnaart. / No signal in Fijnaart for days."
	for _, c := range [][2]string{
		{"nl", "@usurpia Sorry voor het slechte bereik! Misschien maar goed ook, dan hoef je in Fijnaart in elk geval geen Frans Bauer te horen. ^Jacob"},
		{"en", "@usurpia Sorry about the bad signal! Maybe just as well, in any case you won't have to hear Frans Bauer in Fijnaart. ^Jacob"},
		{"nl", "@usurpia Sorry! Dan hoef je in ieder geval geen Jan Smit meer te horen op de radio. ^Jacob"},
		{"en", "@usurpia Sorry! At any rate you won't have to hear Ed Sheeran on the radio any more. ^Jacob"},
	} {
		if a := Default().Analyze(c[1], Context{Language: c[0], CustomerPost: post, CustomerMood: -0.6}); !a.Has("humour_at_expense") {
			t.Errorf("%q: want a joke at the singer's expense, got %v", c[1], ids(a))
		}
	}
	for _, c := range [][2]string{
		{"nl", "@usurpia Sorry! De monteur is vandaag in Fijnaart, dan hoef je in elk geval niet lang meer te wachten. ^Jacob"},
		{"en", "@usurpia Sorry! The engineer is in Fijnaart today, so in any case you won't have to wait long. ^Jacob"},
	} {
		if a := Default().Analyze(c[1], Context{Language: c[0], CustomerPost: post, CustomerMood: -0.6}); a.Has("humour_at_expense") {
			t.Errorf("%q: no joke, got %v", c[1], ids(a))
		}
	}
}
