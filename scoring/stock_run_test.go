package scoring

import "testing"

// Sanoma: "Sorry, vervelend, we begrijpen je frustratie, excuses, DM ons,
// we bellen je vandaag, ^Lotte" (and its English twin) scored 84/94 and
// beat the model reply. Stock words and short stock phrases strung with
// commas are no message however many of their pieces hold a "we" or a
// "je": nothing in them counts. A short real reply with a comma or two,
// and an enumeration of things, are messages (groups nl73/en73).
func TestStockPiecesStrungWithCommasAreNoMessage(t *testing.T) {
	posts := map[string]string{
		"nl": "@SanomaMediaNL Al twee keer gemaild en al gebeld over mijn abonnement, nog steeds niks geregeld. Kan iemand me nu eindelijk helpen?",
		"en": "@SanomaMediaNL Already emailed twice and already called about my subscription, still nothing sorted. Can someone finally help me?",
	}
	model := map[string]string{
		"nl": "Sorry Dorien, ik las het verkeerd! Stuur je me je klantnummer via DM? Dan regel ik het vandaag. ^Lotte",
		"en": "You're right, you wrote 'already called'. Sorry, I misread it! Could you DM me your customer number? Then I'll sort it today. ^Lotte",
	}
	for _, c := range []struct{ lang, text string }{
		{"nl", "Sorry, vervelend, we begrijpen je frustratie, excuses, DM ons, we bellen je vandaag, ^Lotte"},
		{"nl", "Excuses, balen, we horen je, heel frustrerend, bel ons, abonnement, vandaag nog geregeld, ^Lotte"},
		{"en", "Sorry, annoying, we understand your frustration, apologies, DM us, we'll call you today, ^Lotte"},
		{"en", "Apologies, so frustrating, we hear you, really sorry, call us, subscription, sorted today, ^Lotte"},
	} {
		ctx := Context{Language: c.lang, CustomerPost: posts[c.lang], CustomerName: "Dorien", CustomerMood: -0.6}
		a, good := Default().Analyze(c.text, ctx), Default().Analyze(model[c.lang], ctx)
		if !a.Has("not_a_message") || a.Has("apology") || a.Has("move_private") {
			t.Errorf("%q: want no message, nothing in it counted; got %v", c.text, ids(a))
		}
		if Overall(a) >= Overall(good)/2 {
			t.Errorf("%q scores %.1f beside the model reply's %.1f", c.text, Overall(a), Overall(good))
		}
	}
	for _, c := range []struct{ lang, text string }{
		{"nl", "Sorry, Dorien! We bellen je vandaag nog. ^Lotte"},
		{"nl", "Hoi Dorien, sorry, echt balen. Ik bel je vandaag, oké? ^Lotte"},
		{"nl", "Sorry Dorien, je krijgt je nieuwe pas, de sticker, de folder, de tas en de bon vandaag per post. ^Lotte"},
		{"en", "Sorry, Dorien! We'll call you today. ^Lotte"},
		{"en", "Hi Dorien, sorry, that's rubbish. I'll call you today, okay? ^Lotte"},
		{"en", "Sorry Dorien, your new card, the sticker, the leaflet, the bag, and the receipt go out in today's post. ^Lotte"},
	} {
		ctx := Context{Language: c.lang, CustomerPost: posts[c.lang], CustomerName: "Dorien", CustomerMood: -0.6}
		if a := Default().Analyze(c.text, ctx); a.Has("not_a_message") {
			t.Errorf("%q: a real reply is read as a list of words; got %v", c.text, ids(a))
		}
	}
}
