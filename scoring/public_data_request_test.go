package scoring

import "testing"

// Playtest 22 (P22-11): "Can you put your order number and home address
// here in the comments?" scored 99/96, all green, and a bystander praised
// it. A request that the customer publish private details (address, phone,
// bank or account number, date of birth) under the public post is a
// privacy finding with the cap of the brand's own leak, in both languages;
// the same request by DM, and a warning not to post them here, are not.
func TestARequestToPostPrivateDetailsInPublicIsAPrivacyFinding(t *testing.T) {
	post := "Three emails, no answer, and my sofa arrived torn six weeks ago."
	for _, c := range []struct{ lang, text string }{
		{"en", "Marieke, sorry, three emails without an answer is not OK. Can you put your order number and home address here in the comments? Then I will check with our delivery team today. - Joyce"},
		{"en", "Sorry Priya! Could you reply below with your IBAN and date of birth? Then I'll push the refund through today."},
		{"en", "Could you share your phone number here so we can call you back today?"},
		{"en", "Please leave your address details below and we'll send a new cover this week."},
		{"nl", "Marieke, sorry, drie mails zonder antwoord kan echt niet. Kun je je ordernummer en je huisadres hier in de reacties zetten? Dan vraag ik het vandaag na. - Joyce"},
		{"nl", "Sorry Priya! Kun je hieronder even je IBAN en geboortedatum zetten? Dan zet ik het geld vandaag door."},
		{"nl", "Deel je telefoonnummer in de reacties, dan bellen we je vandaag nog."},
		{"nl", "Zet je adres en ordernummer even hieronder, dan sturen we deze week een nieuwe hoes."},
	} {
		a := Default().Analyze(c.text, Context{Language: c.lang, CustomerPost: post, CustomerName: "Marieke", CustomerMood: -0.7})
		if !a.Has("public_data_request") || a.Deescalation > 40 || a.Empathy > 45 {
			t.Errorf("%s %q: %v (%.0f/%.0f); a request to post private details in public is a privacy finding, capped", c.lang, c.text, ids(a), a.Empathy, a.Deescalation)
		}
	}
	for _, c := range []struct{ lang, text string }{
		{"en", "Could you DM me your address and order number? I'll check today."},
		{"en", "Marieke, please don't post your address here. Send me your order number by private message."},
		{"en", "Can you post a photo of the damage here?"},
		{"nl", "Stuur je me je adres via DM? Dan kijk ik het vandaag na."},
		{"nl", "Marieke, zet je adres hier alsjeblieft niet neer. Stuur me je ordernummer via DM."},
		{"nl", "Kun je een foto van de schade hier plaatsen?"},
	} {
		if a := Default().Analyze(c.text, Context{Language: c.lang, CustomerPost: post, CustomerName: "Marieke", CustomerMood: -0.7}); a.Has("public_data_request") {
			t.Errorf("%s %q: %v; a request by DM, or a warning, asks nothing in public", c.lang, c.text, ids(a))
		}
	}
}
