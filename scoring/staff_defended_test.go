package scoring

import "testing"

// The staff defended after the apology takes the sorry back as a "but"
// does, in both languages, whatever the connective (playtest 23, P23-9 and
// P23-1: "Dat neemt niet weg dat onze ober ook maar een mens is" scored
// 91/86 and the Service Police column printed it as an admission; groups
// nl55/en55). Without an apology before it there is no sorry to take back,
// and the customer's own difficulty is no defence of the staff.
func TestTheStaffDefendedAfterTheApologyTakesItBack(t *testing.T) {
	r := Default()
	post := "Vijftig minuten gewacht en de ober negeerde ons. Het water stond ook nog op de rekening."
	for _, c := range []struct{ lang, reply string }{
		{"nl", "Onze excuses aan Anouk, vijftig minuten wachten is te lang. Dat neemt niet weg dat onze ober ook maar een mens is, hij stond die avond in zijn eentje voor twintig tafels."},
		{"nl", "Dat was fout en daar bieden we onze excuses voor aan. Wel begrijpen we ook dat het voor een beveiliger lastig is om in een paar seconden te zien wat er gebeurt."},
		{"nl", "Sorry, dit had niet mogen gebeuren. Tegelijkertijd moeten onze controleurs wel kunnen ingrijpen als een kaart niet goed leest."},
		{"en", "Our apologies to Anouk, fifty minutes is too long to wait. That doesn't change the fact that our waiter is only human, he was alone serving twenty tables."},
		{"en", "What happened is unacceptable and we apologise unreservedly. At the same time, our security staff have to be able to act when something looks suspicious."},
		{"en", "We apologise, that was wrong. We do also understand that it's hard for a cashier to judge in a few seconds what's going on."},
	} {
		a := r.Analyze(c.reply, Context{Language: c.lang, CustomerPost: post, CustomerMood: -0.7})
		if !a.Has("apology_withdrawn") {
			t.Errorf("%s %q: %v; want apology_withdrawn", c.lang, c.reply, ids(a))
			continue
		}
		for _, f := range a.Features {
			if f.ID == "apology" && f.Points > 0 {
				t.Errorf("%s %q: the apology still earns %+.1f after the defence", c.lang, c.reply, f.Points)
			}
		}
	}
	for _, c := range []struct{ lang, reply string }{
		{"nl", "Onze ober is ook maar een mens, Anouk. Het water halen we van de rekening."},
		{"en", "Our waiter is only human, Anouk. We'll take the water off the bill."},
		{"nl", "Sorry voor het wachten, Anouk. Ik snap dat het lastig is met twee kleine kinderen aan tafel; het water halen we van de rekening."},
		{"en", "Sorry for the wait, Anouk. I get that it's hard with two small children at the table; we'll take the water off the bill."},
	} {
		a := r.Analyze(c.reply, Context{Language: c.lang, CustomerPost: post, CustomerMood: -0.7})
		if a.Has("apology_withdrawn") {
			t.Errorf("%s %q: %v; no apology taken back here", c.lang, c.reply, ids(a))
		}
	}
}
