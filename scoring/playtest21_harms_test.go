package scoring

import "testing"

// A newcomer's own words for the mistake a case teaches (playtest 21):
// complainers belittled as a kind of people (P21-19: "some people just love
// complaining online", said to a fan with the critic reading along), the
// staff's other memory set against the customer's (P21-23: "our waiter
// remembers the conversation differently"), and other steps held out if the
// customer does not change a review (P21-25: "anders moeten we helaas
// andere stappen overwegen"). Each was green or neutral in one language or
// both; a reply that does the same in plain words is not harmed.
func TestANewcomersOwnWordsForTheCasesMistake(t *testing.T) {
	harms := []struct{ lang, id, text string }{
		{"en", "insult", "Honestly Mark, I agree with you, but some people just love complaining online. The poster goes! ^Tom"},
		{"nl", "insult", "Eerlijk Mark, ik ben het met je eens, maar sommige mensen klagen gewoon graag online. De poster gaat! ^Tom"},
		{"en", "deny", "Sorry for your evening, Anouk. Our waiter remembers the conversation differently, but the water will be refunded. - Joost"},
		{"nl", "deny", "Sorry voor je avond, Anouk. Onze ober herinnert zich het gesprek anders, maar het water wordt terugbetaald. - Joost"},
		{"nl", "deny", "Peter, we begrijpen je frustratie, maar sommige uitspraken in je review kloppen gewoon niet. - Sandra"},
		{"nl", "threaten_customer", "We vragen je vriendelijk je review aan te passen; anders moeten we helaas andere stappen overwegen. - Sandra"},
		{"en", "threaten_customer", "We kindly ask you to change your review; otherwise we'll unfortunately have to consider other steps. - Sandra"},
	}
	for _, c := range harms {
		a := Default().Analyze(c.text, Context{Language: c.lang, CustomerMood: -0.5})
		if !a.Has(c.id) {
			t.Errorf("%s %q: want %s, got %v", c.lang, c.text, c.id, ids(a))
		}
	}
	plain := []struct{ lang, text string }{
		{"en", "Some people love the poster, others don't: we're taking it down today and making a new one with real members. ^Tom"},
		{"nl", "Sommige mensen vinden de poster mooi, anderen niet: we halen hem vandaag weg en maken een nieuwe met echte leden. ^Tom"},
		{"en", "You remember it right, Anouk: our waiter should never have said that. The water will be refunded. - Joost"},
		{"nl", "Je hebt gelijk, Anouk: dat had onze ober nooit mogen zeggen, en het moet anders. Het water wordt terugbetaald. - Joost"},
		{"nl", "Sorry Peter. Dat had anders gemoeten: we komen donderdag het blad rechtzetten. - Sandra"},
	}
	for _, c := range plain {
		a := Default().Analyze(c.text, Context{Language: c.lang, CustomerMood: -0.5})
		for _, id := range []string{"insult", "deny", "threaten_customer"} {
			if a.Has(id) {
				t.Errorf("%s %q: %s; it does no such harm", c.lang, c.text, id)
			}
		}
	}
}
