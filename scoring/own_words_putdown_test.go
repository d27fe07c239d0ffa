package scoring

import "testing"

// Playtest 22 (P22-10): "Marieke, you're right, that was a stupid question
// of me, please don't post your address here" owned the brand's own slip,
// yet it was read as "You insult or belittle the customer" (-31/-26) and
// failed the round, while the Dutch twin scored 80/66. A put-down word
// aimed at the brand's own words or acts ("my stupid question", "a dumb
// answer on my part", "I asked a stupid question") is ownership in both
// languages; aimed at the customer or their words it stays an insult.
func TestAPutDownOfTheBrandsOwnWordsIsOwnership(t *testing.T) {
	post := "Are you serious? You want my home address in the public comments?"
	for _, c := range []struct{ lang, text string }{
		{"en", "Marieke, you're right, that was a stupid question of me, please don't post your address here. Sorry."},
		{"en", "Sorry Tom, that was a dumb answer on my part: you'd said the router was dead. A new one goes out today."},
		{"en", "I asked a stupid question there, sorry Marieke. Send it by DM and I'll check today."},
		{"en", "Sorry for our clumsy reply, Marieke. Please send it by DM instead."},
		{"nl", "Marieke, je hebt gelijk, dat was een stomme vraag van mij, zet je adres hier niet neer. Sorry."},
		{"nl", "Sorry Tom, dat was een dom antwoord van mijn kant: je schreef al dat het modem kapot was."},
		{"nl", "Ik stelde een domme vraag, sorry Marieke. Stuur het via DM, dan kijk ik vandaag."},
	} {
		a := Default().Analyze(c.text, Context{Language: c.lang, CustomerPost: post, CustomerName: "Marieke", CustomerMood: -0.7})
		if a.Has("insult") || !a.Has("ownership") {
			t.Errorf("%s %q: %v; a put-down of the brand's own words owns them", c.lang, c.text, ids(a))
		}
	}
	for _, c := range []struct{ lang, text string }{
		{"en", "That was a stupid question, Marieke. We need the address."},
		{"en", "Stupid reply from you, Marieke. We need the address."},
		{"en", "Don't be stupid, Marieke, nobody will steal your address."},
		{"nl", "Doe niet zo dom, Marieke, niemand steelt je adres."},
	} {
		if a := Default().Analyze(c.text, Context{Language: c.lang, CustomerPost: post, CustomerName: "Marieke", CustomerMood: -0.7}); !a.Has("insult") {
			t.Errorf("%s %q: %v; a put-down of the customer is an insult", c.lang, c.text, ids(a))
		}
	}
}
