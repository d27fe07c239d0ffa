package scoring

import "testing"

// The brand removing the customer's complaint, told in the past tense with
// "het"/"it" for the complaint and the page it was taken from, silences
// the customer as "we halen je bericht weg" does (playtest 22, P22-21: "Ik
// heb je bericht doorgezet naar onze klantenservice en het onder deze
// actie weggehaald" scored 83/80, and the English twin "taken it off this
// promotion post" 78/91).
func TestARemovalToldInThePastIsSilencing(t *testing.T) {
	post := "Zes weken gewacht op mijn bank, drie mails en geen antwoord. Koop hier niet! / Six weeks waiting for my sofa, three emails, no answer. Don't buy here!"
	silenced := [][2]string{
		{"nl", "Hoi Marieke, vervelend zeg! Ik heb je bericht doorgezet naar onze klantenservice en het onder deze actie weggehaald, dan kunnen zij je het snelst helpen. Je hoort vandaag nog van ze. Groetjes, Joyce"},
		{"en", "Hi Marieke, how annoying! I've passed your message on to our customer service and taken it off this promotion post, so they can help you fastest. You'll hear from them today. Cheers, Joyce"},
		{"nl", "Sorry Marieke. Ik heb hem hier verwijderd en naar onze klantenservice gestuurd, zij bellen je vandaag. - Joyce"},
		{"en", "Sorry Marieke. I've deleted it from this page and sent it to our customer service, they'll call you today. - Joyce"},
		{"nl", "Marieke, we hebben het van onze pagina gehaald, stuur ons een DM. - Joyce"},
		{"en", "Marieke, we've removed it from our timeline, please send us a DM. - Joyce"},
	}
	for _, c := range silenced {
		a := Default().Analyze(c[1], Context{Language: c[0], CustomerPost: post, CustomerMood: -0.7})
		if !a.Has("threaten_customer") || !a.Has("act_against_customer") {
			t.Errorf("%q: want the removal as silencing, got %v (%.0f/%.0f)", c[1], ids(a), a.Empathy, a.Deescalation)
		}
	}
	// The brand's own error taken out of its post, a charge taken off the
	// bill and a poster taken down are no silencing.
	fine := [][2]string{
		{"nl", "Daan, de prijs in onze post was fout. Ik heb die foute prijs uit de post gehaald en het verschil storten we vandaag terug. - Lotte"},
		{"en", "Ben, the price in our post was wrong. I've taken the wrong price out of the post and we're refunding the difference today. - Ella"},
		{"nl", "Sorry voor de dubbele afschrijving. Ik heb het van je rekening gehaald. - Lotte"},
		{"en", "Sorry for the double charge. I've taken it off your bill. - Ella"},
		{"en", "You're right about the poster. We've taken it down in every store today. - Ella"},
	}
	for _, c := range fine {
		if a := Default().Analyze(c[1], Context{Language: c[0], CustomerPost: post, CustomerMood: -0.7}); a.Has("threaten_customer") || a.Has("act_against_customer") {
			t.Errorf("%q: nothing of the customer's is removed, got %v", c[1], ids(a))
		}
	}
}
