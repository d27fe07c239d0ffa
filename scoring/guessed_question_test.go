package scoring

import "testing"

// Playtest 16, P16-14: to a student whose whole tweet said nothing of what
// was wrong, "Ligt de wifi weer eens plat? 😅 Daar wordt vandaag aan
// gewerkt" earned "+16 Je noemt een concrete volgende stap" for a fix to a
// problem the reply guessed. A closed question that guesses the cause is
// named, and the step after it counts for nothing; an open question
// ("Wat is er aan de hand?") guesses nothing. Both languages alike.
func TestAStepForAGuessedCauseIsNoStep(t *testing.T) {
	cases := []struct {
		lang, post, text string
		guess            bool
	}{
		{"nl", "Pff @hogeschoolwest. Echt weer top dit.", "Hoi Lisa! Ligt het rooster weer eens plat? Daar wordt vandaag aan gewerkt, sorry! ^Eva", true},
		{"en", "Ugh @citycollege. Great, just great.", "Hi Jake! Is the wifi down again? We're working on it today, sorry! ^Eva", true},
		{"nl", "Pff @hogeschoolwest. Echt weer top dit.", "Hoi Lisa, dat klinkt niet best. Wat is er aan de hand? Dan zoek ik het vandaag uit. ^Eva", false},
		{"en", "Ugh @citycollege. Great, just great.", "Hi Jake, that doesn't sound good. What's happened? I'll look into it today. ^Eva", false},
	}
	for _, c := range cases {
		a := Default().Analyze(c.text, Context{Language: c.lang, CustomerPost: c.post, CustomerMood: -0.6})
		if a.Has("guessed_cause") != c.guess || (c.guess && a.Has("next_step")) {
			t.Errorf("%s %q: guessed_cause %v (want %v), next_step %v", c.lang, c.text, a.Has("guessed_cause"), c.guess, a.Has("next_step"))
		}
	}
}
