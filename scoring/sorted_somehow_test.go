package scoring

import "testing"

// "We will make sure this gets sorted!" was a concrete next step in
// English (+17 de-escalation) while its Dutch twin "We zorgen dat dit
// goedkomt!" was not: a promise that it will all work out names no what
// and no when, and is no step in either language (issue 12: a vague
// promise is not a concrete step). With a time or a named fix it is one.
func TestAPromiseThatItGetsSortedIsNoStep(t *testing.T) {
	post := map[string]string{
		"nl": "Verhuisd en jullie schrijven nog steeds af voor mijn oude adres. Twee keer gebeld.",
		"en": "Moved house and you're still billing my old address. Called twice.",
	}
	for _, c := range []struct{ lang, text string }{
		{"en", "So sorry! We will make sure this gets sorted!"},
		{"en", "Apologies, we'll make sure it all gets resolved."},
		{"nl", "Sorry! We zorgen dat dit goedkomt!"},
		{"nl", "Excuses, we zorgen ervoor dat alles in orde komt."},
	} {
		a := Default().Analyze(c.text, Context{Language: c.lang, CustomerPost: post[c.lang], CustomerMood: -0.6})
		if a.Has("next_step") || a.Has("brand_acts") || !a.Has("vague_promise") {
			t.Errorf("%s %q: want a vague promise and no step, got %v", c.lang, c.text, ids(a))
		}
	}
	for _, c := range []struct{ lang, text string }{
		{"en", "Sorry! I'll make sure your old account is closed today and call you by 5pm."},
		{"nl", "Sorry! Ik zorg dat je oude adres vandaag wordt afgesloten en bel je voor 17:00."},
	} {
		a := Default().Analyze(c.text, Context{Language: c.lang, CustomerPost: post[c.lang], CustomerMood: -0.6})
		if !a.Has("next_step") {
			t.Errorf("%s %q: a named fix with a time is a step, got %v", c.lang, c.text, ids(a))
		}
	}
}
