package scoring

import "testing"

// Asking the customer to remove their post or review, with words between
// the request and the post, is asking them to retract it; and "Could
// you…" then opens no conversation (playtest 22, P22-33: "Could you
// perhaps remove your original post now that it's been resolved?" scored
// 57/64 with "Could you" credited +8/+4; groups nl34/en34).
func TestAskingToRemoveThePostIsARetractRequest(t *testing.T) {
	r := Default()
	post := map[string]string{
		"nl": "HEMA heeft me gebeld en excuses aangeboden. Dat waardeer ik.",
		"en": "HEMA called me and apologised. I appreciate that.",
	}
	for _, c := range []struct{ lang, reply string }{
		{"en", "Thanks Naomi! Could you perhaps remove your original post now that it's been resolved?"},
		{"nl", "Dank je Naomi! Zou je je oorspronkelijke bericht misschien willen verwijderen nu het is opgelost?"},
		{"en", "Thanks, Ben! Would you mind deleting your first review now?"},
		{"nl", "Dank je, Bart! Zou je je eerste recensie nu willen weghalen?"},
		{"en", "Great. So you'll take yesterday's tweet down then?"},
		{"nl", "Mooi. Kun je die tweet van gisteren dan ook weghalen?"},
	} {
		a := r.Analyze(c.reply, Context{Language: c.lang, CustomerPost: post[c.lang], CustomerMood: 0.3, CustomerName: "Naomi"})
		if !hasNegative(a, "asks_to_retract") || hasPositive(a, "invite_dialogue") {
			t.Errorf("%s %q: %v; want asks_to_retract and no invitation", c.lang, c.reply, ids(a))
		}
	}
	for _, c := range []struct{ lang, reply string }{
		{"en", "Thanks Naomi! Could you send me your number by DM? I'll call you today."},
		{"nl", "Dank je Naomi! Zou je je nummer via DM willen sturen? Dan bel ik je vandaag."},
		{"nl", "We halen je bericht niet weg, Naomi: het mag blijven staan."},
	} {
		a := r.Analyze(c.reply, Context{Language: c.lang, CustomerPost: post[c.lang], CustomerMood: 0.3, CustomerName: "Naomi"})
		if a.Has("asks_to_retract") {
			t.Errorf("%s %q: %v; asks nothing to be removed", c.lang, c.reply, ids(a))
		}
	}
}
