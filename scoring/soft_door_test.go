package scoring

import "testing"

// The door shown in soft words, as advice, is the same act as "find
// another shop", in both languages: it ends the relationship in public
// and puts the customer down (playtest 23, P23-6: "kun je misschien beter
// ergens anders je flessen bestellen" scored 72/79 and reached Liberty's
// best ending; groups nl55/en55). Advice about a product or a version, and
// "this isn't the place for your order number", show no one the door.
func TestTheDoorShownInSoftWordsEndsTheRelationship(t *testing.T) {
	r := Default()
	post := "Stelletje incompetente idioten! Tien dagen wachten op mijn flessen."
	for _, c := range []struct{ lang, reply string }{
		{"nl", "Maar als je mijn team zo noemt, kun je misschien beter ergens anders je flessen bestellen. Je geld krijg je vandaag terug."},
		{"nl", "Dan kun je je flessen voortaan beter elders kopen. Je geld krijg je vandaag terug."},
		{"nl", "Als je zo over mijn team praat, zijn wij misschien niet de juiste winkel voor jou."},
		{"nl", "Dan ben je misschien beter af bij een andere leverancier."},
		{"nl", "Misschien passen we gewoon niet bij elkaar, Jason."},
		{"en", "But if you call my team that, maybe you'd better order your bottles somewhere else. You'll get your money back today."},
		{"en", "If that's how you talk about my team, perhaps we're not the shop for you."},
		{"en", "You might be better off with another supplier, Jason."},
		{"en", "Maybe we're just not a good fit for each other."},
		{"en", "You may want to get your bottles elsewhere in future."},
	} {
		a := r.Analyze(c.reply, Context{Language: c.lang, CustomerPost: post, CustomerMood: -0.8})
		if !a.Has("ends_relationship") || !a.Has("insult") {
			t.Errorf("%s %q: %v; want ends_relationship and insult", c.lang, c.reply, ids(a))
		}
	}
	for _, c := range []struct{ lang, reply string }{
		{"nl", "Je bent beter af met de nieuwe versie van de app; ik kijk vandaag ook even naar je account."},
		{"en", "You'd be better off with the new version of the app: update it and I'll check your account today."},
		{"nl", "Sorry! Hier is niet de juiste plek voor je ordernummer, stuur het via DM, dan zoek ik het vandaag uit."},
		{"en", "Sorry! This isn't the right place for your order number, please DM it and I'll track it down today."},
	} {
		a := r.Analyze(c.reply, Context{Language: c.lang, CustomerPost: "De app crasht steeds en mijn pakket is zoek.", CustomerMood: -0.5})
		if a.Has("ends_relationship") || a.Has("insult") {
			t.Errorf("%s %q: %v; advice or a pointer to DM shows no door", c.lang, c.reply, ids(a))
		}
	}
}
