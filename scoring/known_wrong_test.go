package scoring

import "testing"

// A reply in English to a Dutch case keeps its "wrong language" penalty
// but is read in its own words: the step it promises still counts, and it
// scores above the same reply without the step.
func TestWrongLanguageReplyIsReadInItsOwnLanguage(t *testing.T) {
	post := "Ik heb al drie keer gebeld en nog steeds geen internet. Belachelijk."
	cases := []struct{ caseLang, step, bare string }{
		{"nl", "Sorry Dorien, we're reversing the charge and I'll call you today about the outage.", "Sorry Dorien, that is annoying to hear about the outage."},
		{"en", "Sorry Dorien, we draaien de kosten terug en ik bel je vandaag over de storing.", "Sorry Dorien, wat vervelend om te horen van de storing."},
	}
	for _, c := range cases {
		ctx := Context{Language: c.caseLang, CustomerMood: -0.7, CustomerName: "Dorien", CustomerPost: post}
		a := Default().Analyze(c.step, ctx)
		if !a.Has("wrong_language") {
			t.Errorf("%q in a %s case: no wrong_language", c.step, c.caseLang)
		}
		if !a.Has("next_step") || a.Has("no_way_forward") {
			t.Errorf("%q in a %s case: its step is not read (next_step %v, no_way_forward %v)", c.step, c.caseLang, a.Has("next_step"), a.Has("no_way_forward"))
		}
		if b := Default().Analyze(c.bare, ctx); Overall(b) >= Overall(a) {
			t.Errorf("in a %s case the reply with a step (%.0f) does not beat the bare one (%.0f)", c.caseLang, Overall(a), Overall(b))
		}
	}
}

// Separable Dutch verbs of undoing ("draaien we terug", "zetten we terug",
// "boeken we terug") are steps, as "we're reversing" is in English.
func TestDutchSeparableStepsMatchEnglish(t *testing.T) {
	pairs := [][2]string{
		{"Sorry Dorien, de kosten draaien we voor dit jaar terug.", "Sorry Dorien, we're reversing the charge for this year."},
		{"Sorry Dorien, ik boek het bedrag vandaag nog terug.", "Sorry Dorien, I'm refunding the amount today."},
		{"Sorry Dorien, we zetten je abonnement terug naar het oude tarief.", "Sorry Dorien, we're switching your plan back to the old rate."},
		{"Sorry Dorien, de kosten worden teruggedraaid.", "Sorry Dorien, the charge will be reversed."},
		{"Sorry Dorien, we schelden de boete kwijt.", "Sorry Dorien, we're waiving the fine."},
	}
	for _, p := range pairs {
		nl := Default().Analyze(p[0], Context{Language: "nl", CustomerMood: -0.6, CustomerName: "Dorien"})
		en := Default().Analyze(p[1], Context{Language: "en", CustomerMood: -0.6, CustomerName: "Dorien"})
		for _, a := range []Analysis{nl, en} {
			if !a.Has("next_step") && !a.Has("resolved") {
				t.Errorf("%q: no step", a.Text)
			}
		}
		if d := Overall(nl) - Overall(en); d > 10 || d < -10 {
			t.Errorf("%q %.0f vs %q %.0f", p[0], Overall(nl), p[1], Overall(en))
		}
	}
}
