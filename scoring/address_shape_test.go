package scoring

import "testing"

// A customer's street address or e-mail address in a public reply is a
// leak by its shape, like their phone number (playtest 23, P23-17: "je
// nieuwe bank komt vanmiddag naar de Lindenlaan 14 in Breda" scored 92/97,
// all green; "I've also sent the details to your student mail
// bram.devries@student.zuidhaven.nl" 66/73). The brand's own shop or
// mailbox, a place to go to, and an address the customer posted stay fine.
func TestACustomersStreetOrEmailAddressIsFoundByItsShape(t *testing.T) {
	post := "Mijn nieuwe bank is beschadigd bezorgd. / My new sofa arrived damaged."
	leaks := [][2]string{
		{"nl", "Marieke, je nieuwe bank komt vanmiddag naar de Lindenlaan 14 in Breda. Sorry! - Joyce"},
		{"en", "Marieke, your new sofa will be delivered this afternoon to Lindenlaan 14 in Breda. Sorry! - Joyce"},
		{"nl", "Sorry! Onze monteur is morgen om 9.00 uur bij je op de Molenweg 7a in Zeist. ^Rob"},
		{"en", "Sorry! Our engineer is with you tomorrow at 9am at 7 Mill Lane, Bristol. ^Rob"},
		{"en", "Sorry! Our courier collects it tomorrow from your home at 23 Queen's Road, Norwich. ^Rob"},
		{"nl", "Gelukt: ik heb de gegevens ook naar je studentenmail bram.devries@student.zuidhaven.nl gestuurd. ^Eva"},
		{"en", "Done: I've also sent the details to your student mail bram.devries@student.zuidhaven.nl. ^Eva"},
		{"en", "Sorry Marieke, the confirmation went to marieke1984@gmail.com just now. ^Eva"},
	}
	for _, c := range leaks {
		a := Default().Analyze(c[1], Context{Language: c[0], CustomerPost: post, CustomerName: "Marieke", CustomerMood: -0.5})
		if !a.Has("private_disclosure") {
			t.Errorf("%q: want private_disclosure, got %v", c[1], ids(a))
		}
	}
	fine := [][2]string{
		{"nl", "Sorry! Breng hem naar onze winkel aan de Hoogstraat 12 in Zwolle, dan ruilen we meteen. ^Daan"},
		{"en", "Sorry! Bring it to our shop at 12 High Street in Leeds and we'll swap it on the spot. ^Daan"},
		{"nl", "Sorry! Je kunt je pakket ophalen bij het servicepunt aan de Stationsweg 4. ^Daan"},
		{"en", "Sorry! You can collect your parcel at 4 Station Road from tomorrow. ^Daan"},
		{"nl", "Sorry! Mail ons gerust op service@woonwinkel.nl, dan regel ik het. ^Daan"},
		{"en", "Sorry! Feel free to e-mail us at help@homestore.co.uk and I'll sort it. ^Daan"},
		{"nl", "Sorry! Onze monteur komt morgen om 9.00 uur op het adres van je contract. ^Rob"},
		{"en", "Sorry! I've sent your ticket again to the e-mail address you booked with. ^Rob"},
	}
	for _, c := range fine {
		if a := Default().Analyze(c[1], Context{Language: c[0], CustomerPost: post, CustomerName: "Marieke", CustomerMood: -0.5}); a.Has("private_disclosure") {
			t.Errorf("%q: no address of the customer's is made public, got %v", c[1], ids(a))
		}
	}
	// An address the customer posted is theirs to have made public.
	own := "Bezorg hem dan maar op de Lindenlaan 14, ik ben thuis. / Deliver it to Lindenlaan 14, I'm home."
	for _, c := range [][2]string{{"nl", "Doen we: je bank komt vanmiddag naar de Lindenlaan 14. - Joyce"}, {"en", "Will do: your sofa comes to Lindenlaan 14 this afternoon. - Joyce"}} {
		if a := Default().Analyze(c[1], Context{Language: c[0], CustomerPost: own, CustomerMood: -0.5}); a.Has("private_disclosure") {
			t.Errorf("%q: the customer posted this address himself, got %v", c[1], ids(a))
		}
	}
}
