package scoring

import "testing"

// "That isn't how it should be" owns the failure as "dat is niet de
// bedoeling" does: the negation inside the English verb is no reason to
// miss it (pair96-gym-pass scored 12 points apart on empathy).
func TestNegatedVerbSaysItIsNotHowItShouldBe(t *testing.T) {
	r := Default()
	cases := []struct{ lang, post, text string }{
		{"nl", "@fitcity Al twee weken doet mijn pas het niet bij het poortje.",
			"Twee weken aan de balie staan is niet de bedoeling. Ik laat het vandaag nakijken. ^Mila"},
		{"en", "@puregym My pass hasn't worked at the gate for two weeks.",
			"Two weeks of queuing at the desk isn't how it should be. I'll get it checked today. ^Mila"},
		{"en", "@puregym My pass hasn't worked at the gate for two weeks.",
			"That wasn't how it's supposed to go. I'll get it checked today. ^Mila"},
	}
	for _, c := range cases {
		a := r.Analyze(c.text, Context{Language: c.lang, CustomerPost: c.post, CustomerMood: -0.6})
		if !a.Has("ownership") {
			t.Errorf("%s %q: no ownership (%v)", c.lang, c.text, ids(a))
		}
	}
	a := r.Analyze("The gate isn't how you get in after 10pm; use the side door. ^Mila",
		Context{Language: "en", CustomerPost: "@puregym How do I get in late?", CustomerMood: 0})
	if a.Has("ownership") {
		t.Errorf("a way in described is no ownership (%v)", ids(a))
	}
}
