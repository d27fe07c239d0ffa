package scoring

import "testing"

// Playtest 24, P24-2 (Sanoma): to a customer who rightly says her tweet
// was misread, "I did read your tweet, I just wanted to make sure you had
// tried all our channels first" scored exactly as the bare DM request
// (43/66), and the round ended in praise. Insisting the brand read or
// understood her denies what she pointed out. Admitting the misreading
// is no denial.
func TestDenyingTheMisreadingIsADenial(t *testing.T) {
	posts := map[string]string{
		"nl": "Ik schreef AL gebeld, niet VEEL gebeld. En ja, ik heb twee keer gemaild, dat staat er ook. Lezen is ook een vak.",
		"en": "I wrote ALREADY called, not called A LOT. And yes, I emailed twice, it says so too. Reading is a skill as well.",
	}
	bare := map[string]string{
		"nl": "Kun je me je klantnummer via DM sturen? ^Lotte",
		"en": "Could you DM me your customer number? ^Lotte",
	}
	for _, c := range []struct{ lang, text string }{
		{"en", "I did read your tweet, I just wanted to make sure you had tried all our channels first. Could you DM me your customer number? ^Lotte"},
		{"en", "We read your tweet properly, we just wanted to check you had tried everything. Could you DM me your customer number? ^Lotte"},
		{"en", "We understood you perfectly well, Dorien. Could you DM me your customer number? ^Lotte"},
		{"nl", "Ik heb je tweet heus wel goed gelezen hoor, ik wilde alleen zeker weten dat je alles had geprobeerd. Kun je me je klantnummer via DM sturen? ^Lotte"},
		{"nl", "We hebben je tweet wel degelijk gelezen, Dorien. Kun je me je klantnummer via DM sturen? ^Lotte"},
		{"nl", "Ik heb je bericht wel goed begrepen hoor. Kun je me je klantnummer via DM sturen? ^Lotte"},
	} {
		ctx := Context{Language: c.lang, CustomerPost: posts[c.lang], CustomerMood: -0.6}
		a, b := Default().Analyze(c.text, ctx), Default().Analyze(bare[c.lang], ctx)
		if !a.Has("deny") {
			t.Errorf("%q: want deny, got %v", c.text, ids(a))
		}
		if Overall(a) >= Overall(b)-10 {
			t.Errorf("%q scores %.1f, not clearly below the bare request (%.1f)", c.text, Overall(a), Overall(b))
		}
	}
	for _, c := range []struct{ lang, text string }{
		{"en", "You're right, I didn't read it properly. Sorry! Could you DM me your customer number? ^Lotte"},
		{"en", "I read your tweet again and you're right, you had already called. Sorry! ^Lotte"},
		{"nl", "Je hebt gelijk, ik heb het niet goed gelezen. Sorry! Kun je me je klantnummer via DM sturen? ^Lotte"},
		{"nl", "Ik had het beter moeten lezen, sorry Dorien. Ik bel je vandaag. ^Lotte"},
	} {
		a := Default().Analyze(c.text, Context{Language: c.lang, CustomerPost: posts[c.lang], CustomerMood: -0.6})
		if a.Has("deny") {
			t.Errorf("%q: admits the misreading, got deny: %v", c.text, ids(a))
		}
	}
}
