package scoring

import "testing"

// Playtest 24, P24-13 (the gym poster): a sneer at the people who object
// ("you know how Twitter works, some people just love being offended",
// "je weet hoe Twitter werkt, sommige mensen zijn nu eenmaal snel
// beledigd") and the hurt waved away ("a bit of self-mockery never hurt
// anyone", "heeft nog nooit iemand kwaad gedaan") were unseen: the round
// ended "From criticism to campaign — You listened". The sneer is a dig
// wherever it is said; the waving away belittles a complaint. The everyday
// "it never hurts to check" / "het kan geen kwaad om…" is neither.
func TestASneerAtCriticsAndTheHurtWavedAway(t *testing.T) {
	fan := map[string]string{
		"nl": "Jammer dat jullie die poster weghalen, ik vond hem juist grappig!",
		"en": "Gutted you're taking that poster down, I thought it was funny!",
	}
	for _, c := range []struct{ lang, text string }{
		{"en", "I liked it too Mark! But you know how Twitter works, some people just love being offended. New poster coming soon ^Tom"},
		{"en", "Thanks Mark! Some people are just easily offended, nothing we can do about that. ^Tom"},
		{"en", "Cheers Mark, but you know what the internet is like. Some people can't take a joke. ^Tom"},
		{"nl", "Ik vond hem ook leuk Mark! Maar je weet hoe Twitter werkt, sommige mensen zijn nu eenmaal snel beledigd. Er komt een nieuwe ^Tom"},
		{"nl", "Dank je Mark! Sommige mensen zijn gewoon snel gekwetst. ^Tom"},
		{"nl", "Dank je Mark, tja, sommige mensen kunnen niet tegen een grapje. ^Tom"},
	} {
		a := Default().Analyze(c.text, Context{Language: c.lang, CustomerPost: fan[c.lang], CustomerMood: 0.3})
		if !a.Has("sarcasm") {
			t.Errorf("%q: want the dig found, got %v (%.0f/%.0f)", c.text, ids(a), a.Empathy, a.Deescalation)
		}
	}
	hurt := map[string]string{
		"nl": "Die poster waarop jullie dikke mensen uitlachen is gewoon kwetsend. Schaam je.",
		"en": "That poster laughing at overweight people is just hurtful. Shame on you.",
	}
	for _, c := range []struct{ lang, text string }{
		{"en", "I hear you all, the poster comes down today. Honestly though, a bit of self-mockery never hurt anyone in the gym world :) ^Tom"},
		{"en", "The poster comes down today. A bit of banter does no harm, but we get it. ^Tom"},
		{"nl", "Ik hoor jullie, de poster gaat vandaag weg. Al heeft een beetje zelfspot in de sportschool nog nooit iemand kwaad gedaan ;) ^Tom"},
		{"nl", "De poster gaat vandaag weg. Een grapje moet toch kunnen, maar we snappen het. ^Tom"},
	} {
		ctx := Context{Language: c.lang, CustomerPost: hurt[c.lang], CustomerMood: -0.7}
		a := Default().Analyze(c.text, ctx)
		if !a.Has("belittle") {
			t.Errorf("%q: want the hurt waved away (belittle), got %v (%.0f/%.0f)", c.text, ids(a), a.Empathy, a.Deescalation)
		}
	}
	idiom := map[string]string{
		"nl": "Mijn retour staat al tien dagen op 'in behandeling'. Hoe lang nog?",
		"en": "My return has said 'processing' for ten days now. How much longer?",
	}
	for _, c := range []struct{ lang, text string }{
		{"en", "Sorry Tess, I've just approved your return: the money is in your account on Thursday. It never hurts to check your banking app on Friday. ^Lisa"},
		{"nl", "Sorry Tessa, ik heb je retour net goedgekeurd: het geld staat donderdag op je rekening. Het kan geen kwaad om vrijdag even je bankapp te checken. ^Lisa"},
	} {
		a := Default().Analyze(c.text, Context{Language: c.lang, CustomerPost: idiom[c.lang], CustomerMood: -0.5})
		if a.Has("belittle") || a.Has("sarcasm") {
			t.Errorf("%q: an everyday idiom, got %v", c.text, ids(a))
		}
	}
}
