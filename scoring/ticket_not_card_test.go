package scoring

import "testing"

// "Dat staat op je kaartje" points the customer to the small print on a
// ticket ("it says so on your ticket"); it reports no money put on their
// card. The stemmer reads "kaartje" as "kaart", so the fix's pattern
// names the card exactly.
func TestSmallPrintOnATicketIsNoMoneyOnTheCard(t *testing.T) {
	r := Default()
	ctx := Context{Language: "nl", CustomerMood: -0.6, CustomerPost: "Mijn jas kwam uit jullie garderobe terug met een scheur. Aan de balie haalden ze hun schouders op."}
	if a := r.Analyze("Schade aan spullen in de garderobe vergoeden we niet. Dat staat op je kaartje.", ctx); a.Has("resolved") {
		t.Errorf("the ticket's small print read as a fix: %v", ids(a))
	}
	if a := r.Analyze("Het bedrag voor je jas staat sinds vanochtend op je kaart.", ctx); !a.Has("resolved") {
		t.Errorf("money on the card not read as a fix: %v", ids(a))
	}
}
