package scoring

import "testing"

// Playtest 21, P21-5: "ik heb je bericht gelezen" / "I've read your
// message" scored as a fix already made (91/92 and 71/88): Dutch took the
// noun "bericht" for a participle, English the noun "message" for
// "messaged". Reading or seeing the customer's message does nothing for
// them, in either language; a fix or a step beside it still counts.
func TestReadingAMessageIsNoFixDone(t *testing.T) {
	post := map[string]string{
		"nl": "Ik werd vastgepakt door de beveiliging. Ze dachten dat ik een junk was.",
		"en": "I was grabbed by security. They thought I was a junkie.",
	}
	for _, c := range []struct{ lang, text string }{
		{"nl", "Naomi, ik heb je bericht gelezen en ik schrik ervan. ^Marloes"},
		{"nl", "Ik heb je bericht een paar keer gelezen, Naomi."},
		{"nl", "We hebben je tweet gezien."},
		{"en", "Naomi, I've read your message and I'm shocked. ^Marloes"},
		{"en", "We've seen your tweet, Naomi."},
	} {
		a := Default().Analyze(c.text, Context{Language: c.lang, CustomerPost: post[c.lang], CustomerMood: -0.7})
		if a.Has("resolved") || a.Has("next_step") {
			t.Errorf("%s %q: reading the message counts as a fix or a step (%v)", c.lang, c.text, ids(a))
		}
		if a.Deescalation > 60 {
			t.Errorf("%s %q: de-escalation %.0f for reading the message, want at most 60", c.lang, c.text, a.Deescalation)
		}
	}
	for _, c := range []struct{ lang, text, want string }{
		{"nl", "Ik heb je plek voor morgen vastgezet.", "resolved"},
		{"nl", "Ik heb je tweet gelezen en de €74 net teruggestort.", "resolved"},
		{"en", "I've read your message and refunded the £74.", "resolved"},
		{"en", "I've read your message and I'll call you today.", "next_step"},
		{"en", "I've sent you an email with the new ticket.", "resolved"},
	} {
		a := Default().Analyze(c.text, Context{Language: c.lang, CustomerPost: post[c.lang], CustomerMood: -0.7})
		if !a.Has(c.want) {
			t.Errorf("%s %q: %s is no longer read (%v)", c.lang, c.text, c.want, ids(a))
		}
	}
}
