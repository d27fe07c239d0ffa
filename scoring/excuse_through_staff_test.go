package scoring

import "testing"

// After an apology and an admission, an excuse after "maar"/"but" ("Fifty
// minutes is too long, but that Friday really was a madhouse") takes the
// admission back, and the customer's behaviour judged through a colleague
// ("our waiter felt the conversation was unfriendly from the start",
// "volgens onze ober was ze vanaf het begin onvriendelijk") is blame
// (playtest 20, P20-15: such a statement scored 91/86 and reached the
// best ending of the Service Police case). An admission followed by "but"
// and a step, or staff who felt bad about the evening, is neither.
func TestExcuseAndBlameThroughStaffAfterAnApology(t *testing.T) {
	r := Default()
	for _, c := range []struct {
		lang, reply   string
		excuse, blame bool
	}{
		{"en", "Fifty minutes is too long, but that Friday really was a madhouse.", true, false},
		{"en", "Forty minutes is too long, but we were badly short-staffed that day.", true, false},
		{"en", "A soaked parcel isn't good enough, but our drivers are under a lot of pressure this time of year.", true, false},
		{"nl", "Vijftig minuten is te lang, maar het was die vrijdag echt een gekkenhuis.", true, false},
		{"nl", "Veertig minuten is te lang, maar we hadden die dag veel te weinig personeel.", true, false},
		{"nl", "Een uur is te lang, maar we hadden die avond twee zieke koks.", true, false},
		{"en", "Our waiter felt the conversation was unfriendly from the start.", false, true},
		{"en", "Our stylist felt you were rather short with her from the start.", false, true},
		{"en", "Our receptionist did say you were quite aggressive at the desk, though.", false, true},
		{"nl", "Volgens onze ober was ze vanaf het begin onvriendelijk.", false, true},
		{"nl", "Onze ober vond het gesprek vanaf het begin onvriendelijk.", false, true},
		{"nl", "Onze monteur zegt dat je aan de telefoon erg ongeduldig was.", false, true},
		{"en", "Fifty minutes is too long, but I've refunded your drinks today.", false, false},
		{"en", "Our waiter was unfriendly to you, and that is on us.", false, false},
		{"en", "Our waiter felt terrible about how the evening went.", false, false},
		{"nl", "Vijftig minuten is te lang, maar ik heb je drankjes vandaag terugbetaald.", false, false},
		{"nl", "Onze ober was onvriendelijk tegen je; dat spreek ik met hem door.", false, false},
		{"nl", "Onze ober vond het zelf ook vervelend hoe de avond liep.", false, false},
	} {
		a := r.Analyze(c.reply, Context{Language: c.lang, CustomerPost: "Vijftig minuten op ons eten gewacht en de ober deed onvriendelijk.", CustomerMood: -0.6})
		if a.Has("refusal") != c.excuse || a.Has("blame_customer") != c.blame {
			t.Errorf("%s %q: excuse (refusal) %v, blame %v; want %v, %v (%v)", c.lang, c.reply, a.Has("refusal"), a.Has("blame_customer"), c.excuse, c.blame, ids(a))
		}
	}
	post := "Vijftig minuten op ons eten gewacht, en de ober deed alsof wij lastig waren."
	for lang, reply := range map[string]string{
		"en": "Anouk, sorry that your evening wasn't what it should have been. Fifty minutes is too long, but that Friday really was a madhouse, and our waiter felt the conversation was unfriendly from the start. We will of course refund the water. - Joost, owner",
		"nl": "Anouk, sorry dat je avond niet was wat hij had moeten zijn. Vijftig minuten is te lang, maar het was die vrijdag echt een gekkenhuis, en onze ober vond het gesprek vanaf het begin onvriendelijk. We vergoeden natuurlijk het water. - Joost, eigenaar",
	} {
		a := r.Analyze(reply, Context{Language: lang, CustomerName: "Anouk", CustomerPost: post, CustomerMood: -0.6})
		if a.Has("apology") || a.Has("restates_case") || a.Deescalation >= 60 {
			t.Errorf("%s: the apology and the restating count, de-escalation %.0f (%v)", lang, a.Deescalation, ids(a))
		}
	}
}

// A group of guests judged as the customer is ("volgens onze ober waren
// jullie vanaf het begin erg onbeleefd"), and impatience or curtness, are
// the same blame as "je was onvriendelijk".
func TestGuestsJudgedAsAGroupAreBlamed(t *testing.T) {
	r := Default()
	for _, c := range []struct {
		lang, reply string
		blame       bool
	}{
		{"nl", "Volgens onze ober waren jullie wel vanaf het begin erg onbeleefd tegen hem.", true},
		{"nl", "Jullie waren die avond ook behoorlijk ongeduldig tegen het personeel.", true},
		{"nl", "Je was aan de telefoon nogal kortaf.", true},
		{"en", "You were quite impatient with the staff that evening.", true},
		{"nl", "Jullie waren welkom, en dat hadden we moeten laten zien.", false},
		{"nl", "Onze ober was onbeleefd tegen jullie, en dat spijt me.", false},
	} {
		a := r.Analyze(c.reply, Context{Language: c.lang, CustomerPost: "Een uur gewacht en de ober deed onbeleefd.", CustomerMood: -0.6})
		if a.Has("blame_customer") != c.blame {
			t.Errorf("%s %q: blame %v, want %v (%v)", c.lang, c.reply, a.Has("blame_customer"), c.blame, ids(a))
		}
	}
}
