package scoring

import "testing"

// Playtest 18, P18-2: "Vertel het me, dan kijk ik wat ik kan doen" and
// "Tell me and I'll see what I can do" earned "a concrete next step"
// (+16/+17 de-escalation). A promise with no what and no when is no step;
// it stays an offer of help, in both languages alike.
func TestSeeingWhatICanDoIsNoConcreteStep(t *testing.T) {
	cases := []struct{ lang, post, text string }{
		{"nl", "Kut-universiteit", "@brampost hoi bram, wat is er aan de hand? Vertel het me, dan kijk ik wat ik kan doen. ^Eva"},
		{"en", "Fucking university", "@brampost hi bram, what's going on? Tell me and I'll see what I can do. ^Eva"},
		{"nl", "Mijn tv-pakket is ineens duurder zonder bericht. @Ziggo", "@joris Laat maar weten wat er speelt, dan bekijk ik wat ik voor je kan doen. ^Dewi"},
		{"en", "My bill went up without any notice. @Vodafone", "@ellen Let me know the details and I'll see what I can do for you. ^Kai"},
	}
	for _, c := range cases {
		a := Default().Analyze(c.text, Context{Language: c.lang, CustomerPost: c.post, CustomerMood: -0.6})
		if a.Has("next_step") {
			t.Errorf("%s %q: a vague promise counts as a concrete next step (%v)", c.lang, c.text, ids(a))
		}
		if !a.Has("offer_help") {
			t.Errorf("%s %q: the offer of help is lost (%v)", c.lang, c.text, ids(a))
		}
	}
	// A what and a when make it a step.
	a := Default().Analyze("@ellen Send me your account number and I'll check your bill today and call you before 5pm. ^Kai",
		Context{Language: "en", CustomerPost: "My bill went up without any notice. @Vodafone", CustomerMood: -0.6})
	if !a.Has("next_step") {
		t.Errorf("a step with a what and a when is not a step (%v)", ids(a))
	}
}
