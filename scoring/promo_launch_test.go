package scoring

import "testing"

// Playtest 21, P21-12: a sales pitch under a guest's public thanks ("vanaf
// volgende week ons nieuwe vrijdagmenu … Reserveer snel!") earned "+15 a
// concrete next step" and no finding. The launch of something new on sale
// is an offer's time, not a step for this customer, and "Reserveer snel" /
// "Book fast" is a call to buy, in both languages; a time the brand gives
// its own act still is a step.
func TestAMenuLaunchUnderThanksIsNoStep(t *testing.T) {
	post := map[string]string{
		"nl": "@BrasserieKade Na mijn klacht nog een keer geweest: nu was alles top. Dank jullie wel voor de tweede kans!",
		"en": "@BrasserieQuay Went back after my complaint: this time everything was great. Thank you for the second chance!",
	}
	for _, c := range []struct{ lang, text string }{
		{"nl", "Fijn Anouk, welkom! En voor iedereen die meeleest: vanaf volgende week ons nieuwe vrijdagmenu, drie gangen voor 39,50 euro. Reserveer snel! - Joost"},
		{"en", "Great, Anouk, welcome! And for everyone reading: from next week our new Friday menu, three courses for 39.50. Book fast! - Joost"},
	} {
		a := Default().Analyze(c.text, Context{Language: c.lang, CustomerPost: post[c.lang], CustomerMood: 0.6})
		if a.Has("next_step") {
			t.Errorf("%s %q: a menu launch counts as a step for the guest (%v)", c.lang, c.text, ids(a))
		}
		if !a.Has("canned") {
			t.Errorf("%s %q: the call to book is no sales pitch (%v)", c.lang, c.text, ids(a))
		}
	}
	for _, c := range []struct{ lang, text string }{
		{"nl", "Dank je, Anouk! Ik bel je vanaf volgende week zelf voor je vaste tafel. - Joost"},
		{"en", "Thanks, Anouk! I'll call you myself from next week about your regular table. - Joost"},
	} {
		if a := Default().Analyze(c.text, Context{Language: c.lang, CustomerPost: post[c.lang], CustomerMood: 0.6}); !a.Has("next_step") {
			t.Errorf("%s %q: the brand's own step with a time is no longer read (%v)", c.lang, c.text, ids(a))
		}
	}
}
