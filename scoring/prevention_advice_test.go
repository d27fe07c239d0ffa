package scoring

import "testing"

// Advice on how the customer could have prevented what went wrong, given
// in answer to the complaint ("A good habit is to save your tickets the day
// before", "je kunt de code het beste vooraf controleren", "Always use the
// staffed hub", "Zo voorkom je dit"), tells them, without a word of blame,
// that the fault was theirs. The released blind18's writers ranked such a
// reply below hollow sympathy and below a bare route, in both languages
// (11 of its 93 misranked pairs); the rubric read most of them as an
// acknowledgement of the case. The brand's own prevention ("To avoid this
// in future, we've added a check at the depot", "Om dit te voorkomen
// bellen we je voortaan zelf") and a tip that is the way forward blame no
// one.
func TestAdviceOnPreventingItBlamesTheCustomer(t *testing.T) {
	blame := []struct{ lang, text string }{
		{"en", "Sorry about the wait, Dan. A good habit is to print your boarding pass the night before, so the kiosk queue can't hold you up. ^Mia"},
		{"en", "That's a shame. It's always wise to measure the doorway before ordering a large item. ^Joe"},
		{"en", "Sorry to hear it. It's best to book your slot a few days in advance during the holidays. ^Kim"},
		{"en", "Annoying, we know. Always keep the receipt with the box until the return is processed. ^Sam"},
		{"en", "Sorry for the hassle. To avoid this next time, please check the size chart before you order. ^Lee"},
		{"en", "Sorry, Ava. Please take more care with the PIN in future; the card blocks after three tries. ^Ola"},
		{"en", "That must be frustrating. Charge the scooter the night before and that way it won't happen to you again. ^Ben"},
		{"nl", "Sorry voor het wachten, Daan. Een goede gewoonte is om je instapkaart de avond ervoor te printen, dan houdt de rij bij de zuil je niet op. ^Mia"},
		{"nl", "Jammer. Het is altijd verstandig om de deuropening te meten voordat je een groot meubel bestelt. ^Joep"},
		{"nl", "Vervelend. In de vakantie kun je je tijdslot het beste een paar dagen van tevoren boeken. ^Kim"},
		{"nl", "Balen, dat snappen we. Bewaar de bon altijd bij de doos tot de retour verwerkt is. ^Sam"},
		{"nl", "Sorry voor het gedoe. Kijk volgende keer eerst even in de maattabel, zo voorkom je dit. ^Lex"},
		{"nl", "Sorry, Ava. Let voortaan beter op je pincode; de pas blokkeert na drie pogingen. ^Ola"},
		{"nl", "Vervelend hoor. Laad de scooter de avond ervoor op, dan overkomt het je niet meer. ^Ben"},
		{"en", "Sorry, Zoe. To prevent this happening again, remember to log out of the old device first. ^Tim"},
		{"nl", "Sorry, Zoë. Om dit te voorkomen kun je voortaan eerst uitloggen op het oude toestel. ^Tim"},
	}
	for _, c := range blame {
		a := Default().Analyze(c.text, Context{Language: c.lang, CustomerMood: -0.6})
		if !a.Has("blame_customer") && !a.Has("leaves_it_to_customer") {
			t.Errorf("%q: %v; advice on how the customer should have prevented it puts the fault on them", c.text, ids(a))
		}
	}
	noBlame := []struct{ lang, text string }{
		{"en", "Sorry, Dan, that queue was our fault. To avoid this in future, we've added two more kiosks, and I've refunded your £12 today. ^Mia"},
		{"en", "It's best to DM me your order number, then I can put the refund through today. ^Joe"},
		{"en", "Always happy to help, Kim. I've moved your slot to Thursday 10am. ^Kim"},
		{"nl", "Sorry Daan, die rij lag aan ons. Om dit te voorkomen zetten we er twee zuilen bij, en ik heb je €12 vandaag teruggestort. ^Mia"},
		{"nl", "Stuur me het beste even je ordernummer via DM, dan zet ik de terugbetaling vandaag in gang. ^Joep"},
		{"nl", "Sorry Kim, dat was onze fout. Voortaan bellen we je altijd zelf als een levering later komt. ^Kim"},
		{"en", "That was our mistake, Zoe. To prevent it happening again, we'll check every order by hand from now on. ^Tim"},
		{"nl", "Dat was onze fout, Zoë. Om dit te voorkomen kunnen we je voortaan een sms sturen voor de bezorger vertrekt. ^Tim"},
	}
	for _, c := range noBlame {
		a := Default().Analyze(c.text, Context{Language: c.lang, CustomerMood: -0.6})
		if a.Has("blame_customer") || a.Has("leaves_it_to_customer") {
			t.Errorf("%q: %v; the brand's own prevention or a route is no blame", c.text, ids(a))
		}
	}
}
