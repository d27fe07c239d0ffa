package scoring

import "testing"

// Playtest 20, P20-14 (the family of playtest 21, P21-5): "we hebben je
// echt drie herinneringen gestuurd" / "we've sent you three reminders"
// scored as a fix already made (+39 de-escalation). Sending reminders, a
// notice or letters puts nothing right for the customer, in either
// language; a fix done in the same grammar still counts.
func TestSendingRemindersIsNoFixDone(t *testing.T) {
	post := map[string]string{
		"nl": "Ik werd vastgepakt door de beveiliging. Ze dachten dat ik een junk was.",
		"en": "I was grabbed by security. They thought I was a junkie.",
	}
	notDone := []struct{ lang, text string }{
		{"nl", "We hebben je echt drie herinneringen gestuurd, Naomi."},
		{"nl", "Vorige maand hebben we je al een aanmaning en twee brieven gestuurd."},
		{"en", "We've really sent you three reminders, Naomi."},
	}
	for _, c := range notDone {
		a := Default().Analyze(c.text, Context{Language: c.lang, CustomerPost: post[c.lang], CustomerMood: -0.7})
		if a.Has("resolved") {
			t.Errorf("%s %q: sending reminders counts as a fix done (%v)", c.lang, c.text, ids(a))
		}
	}
	done := []struct{ lang, text string }{
		{"nl", "Ik heb je de nieuwe pas vandaag gestuurd."},
		{"nl", "Ik heb de €74 net teruggestort."},
		{"en", "I've just refunded the £74."},
		{"en", "I've emailed you the new ticket."},
	}
	for _, c := range done {
		a := Default().Analyze(c.text, Context{Language: c.lang, CustomerPost: post[c.lang], CustomerMood: -0.7})
		if !a.Has("resolved") {
			t.Errorf("%s %q: a fix done is no longer read (%v)", c.lang, c.text, ids(a))
		}
	}
}

// Playtest 21, P21-11: "Sorry Anouk. Wordt geregeld." earned "a concrete
// next step" (+17). A bare passive promise names no who, what or when: no
// step, in both languages; a time beside it makes it one.
func TestBarePassivePromiseIsNoStep(t *testing.T) {
	post := map[string]string{
		"nl": "50 minuten gewacht op lauw eten en de ober zei 'het is vrijdag, mevrouw'.",
		"en": "Waited 50 minutes for lukewarm food and the waiter said 'it's Friday, madam'.",
	}
	for _, c := range []struct{ lang, text string }{
		{"nl", "Sorry Anouk. Wordt geregeld. - Joost"},
		{"nl", "Excuses, je klacht wordt opgepakt."},
		{"nl", "Sorry, het wordt bekeken."},
		{"en", "Sorry Anouk. Will be sorted. - Joost"},
		{"en", "Apologies, your complaint is being handled."},
		{"en", "Sorry, it'll be looked into."},
	} {
		a := Default().Analyze(c.text, Context{Language: c.lang, CustomerPost: post[c.lang], CustomerMood: -0.6})
		if a.Has("next_step") || a.Has("resolved") {
			t.Errorf("%s %q: a bare passive promise counts as a step (%v)", c.lang, c.text, ids(a))
		}
		if !a.Has("passive_promise") {
			t.Errorf("%s %q: the bare passive promise is not named (%v)", c.lang, c.text, ids(a))
		}
	}
	for _, c := range []struct{ lang, text string }{
		{"nl", "Sorry Anouk, het wordt vandaag nog geregeld."},
		{"en", "Sorry Anouk, it will be sorted today."},
	} {
		a := Default().Analyze(c.text, Context{Language: c.lang, CustomerPost: post[c.lang], CustomerMood: -0.6})
		if !a.Has("next_step") {
			t.Errorf("%s %q: a passive promise with a time is no step (%v)", c.lang, c.text, ids(a))
		}
	}
}

// Playtest 21, P21-16: to a contextless outburst, "Wat is er gebeurd?
// Vertel het me, dan kijk ik meteen wat ik kan doen" got "no way forward"
// and an empathy cap of 35, because a word between "kijk ik" and "wat ik
// kan doen" hid the offer of help. Asking what happened and offering help
// is the way forward when the post gives nothing to act on, in both
// languages alike.
func TestAskingWhatHappenedWithAnOfferIsAWayForward(t *testing.T) {
	for _, c := range []struct{ lang, post, text string }{
		{"nl", "Kut-universiteit", "@brampost Hoi Bram, dat klinkt als een rotdag. Wat is er gebeurd? Vertel het me, dan kijk ik meteen wat ik kan doen. ^Eva"},
		{"nl", "Waardeloos bedrijf", "@lotte Wat is er aan de hand? Laat het me weten, dan bekijk ik direct of ik iets kan regelen. ^Sanne"},
		{"en", "Shitty university", "@brampost Hi Bram, sounds like a rotten day. What happened? Tell me and I'll see straight away what I can do. ^Eva"},
		{"en", "Useless company", "@lotte What's going on? Let me know and I'll see right away what I can do. ^Sanne"},
	} {
		a := Default().Analyze(c.text, Context{Language: c.lang, CustomerPost: c.post, CustomerMood: -0.8})
		if a.Has("no_way_forward") || !a.Has("offer_help") {
			t.Errorf("%s %q: a question and an offer of help is no way forward (%v)", c.lang, c.text, ids(a))
		}
		if a.Empathy < 50 || a.Deescalation < 60 {
			t.Errorf("%s %q: scores %.0f/%.0f, want at least 50/60", c.lang, c.text, a.Empathy, a.Deescalation)
		}
	}
}
