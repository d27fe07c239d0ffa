package scoring

import "testing"

// A wall needs no "helaas niet" or "policy": the cost put on the customer
// ("dat is voor eigen rekening", "at your own expense"), a fee that
// simply applies ("the late fee applies", "the fee remains payable"), the
// complaint declared closed ("Hiermee is je klacht afgehandeld", "we
// consider the matter closed"), the service declared no right ("Een
// leenauto is geen recht", "isn't an entitlement") refuse as plainly. The
// released blind18's writers ranked such replies below hollow sympathy and
// a bare route (9 of its 93 misranked pairs were walls told as facts), and
// the rubric read some of them as the case restated or even as a fix done.
// The brand taking a cost on itself, and a case closed because it was put
// right, are no wall.
func TestAWallToldAsAFactRefuses(t *testing.T) {
	post := "I was charged a fee I shouldn't pay / Ik moet kosten betalen die niet kloppen"
	walls := []struct{ lang, text string }{
		{"en", "Damage caused by limescale isn't covered, so the new heating element is at your own expense. ^Sam"},
		{"en", "The £30 late return fee applies to all rentals, whatever the reason. ^Sam"},
		{"en", "Your balance remains payable until the end of the minimum term. ^Sam"},
		{"en", "We have reviewed your case and now consider the matter closed. ^Sam"},
		{"en", "A replacement handset is not an entitlement under your plan. ^Sam"},
		{"nl", "Schade door kalk valt buiten de dekking, dus het nieuwe verwarmingselement is voor eigen rekening. ^Sam"},
		{"nl", "De boete van €30 voor te laat inleveren is op alle huren van toepassing, wat de reden ook is. ^Sam"},
		{"nl", "Het openstaande bedrag blijft verschuldigd tot het einde van de minimale looptijd. ^Sam"},
		{"nl", "We hebben je zaak bekeken en beschouwen deze als afgehandeld. ^Sam"},
		{"nl", "Een vervangend toestel is geen recht binnen je abonnement. ^Sam"},
	}
	for _, c := range walls {
		a := Default().Analyze(c.text, Context{Language: c.lang, CustomerMood: -0.6, CustomerPost: post})
		if !a.Has("refusal") {
			t.Errorf("%q: %v; a wall told as a fact is a refusal", c.text, ids(a))
		}
	}
	fine := []struct{ lang, text string }{
		{"en", "That repair is at our expense, Jo: the engineer comes Thursday at 9am. ^Sam"},
		{"en", "I've refunded the £30 today, so your complaint is closed with the money back. ^Sam"},
		{"nl", "Die reparatie is voor onze rekening, Jo: de monteur komt donderdag om 9:00. ^Sam"},
		{"nl", "Ik heb de €30 vandaag teruggestort; daarmee is je klacht opgelost. ^Sam"},
	}
	for _, c := range fine {
		a := Default().Analyze(c.text, Context{Language: c.lang, CustomerMood: -0.6, CustomerPost: post})
		if a.Has("refusal") {
			t.Errorf("%q: %v; the brand's own cost or a fix is no wall", c.text, ids(a))
		}
	}
}
