package scoring

import "testing"

// A payment of the customer's that failed, bounced or was declined, and
// what they ordered or sent back are theirs to keep private, as
// their arrears are (playtest 24, P24-15: "your policy was stopped after the
// direct debit for your premium failed a few times" scored 67/82, the Dutch
// twin 96/99, in the very case about keeping it private). The brand's own
// failure, a DM offered to talk about it, and what the customer posted
// themselves are no disclosure.
func TestFailedPaymentsAndOrderHistoryAreDisclosed(t *testing.T) {
	r := Default()
	post := "Jullie hebben zomaar mijn contract stopgezet! Schandalig."
	postEN := "You just stopped my contract without warning! Disgraceful."
	for _, c := range []struct {
		lang, post, reply string
		disclosed         bool
	}{
		{"nl", post, "Hoi Marco, je polis is stopgezet nadat de incasso van je premie een paar keer mislukte. Stuur je me een DM?", true},
		{"nl", post, "Ilse, je laatste twee betalingen zijn door de bank geweigerd, daarom staat je nummer stil.", true},
		{"nl", post, "Je betalingen kwamen de afgelopen maanden niet door, Ilse.", true},
		{"nl", post, "Ik zie in je bestelgeschiedenis dat je dit jaar bijna alles hebt teruggestuurd.", true},
		{"nl", post, "Sorry, onze betaalpagina gaf vanochtend een fout. Het is nu opgelost.", false},
		{"nl", post, "Stuur je me een DM? Dan leg ik je daar uit wat er met je contract is gebeurd.", false},
		{"nl", "Eén keer mislukt de incasso van mijn premie en jullie zeggen meteen op?!", "Sorry Bas, één mislukte incasso had nooit tot opzeggen mogen leiden. Je polis staat weer aan.", false},
		{"en", postEN, "Hi Marco, your policy was stopped after the direct debit for your premium failed a few times. Could you DM me?", true},
		{"en", postEN, "Owen, your number was barred because your card was declined for the last two payments.", true},
		{"en", postEN, "Your last two direct debits bounced, Kate, so the line was suspended.", true},
		{"nl", post, "Ik heb je pas geblokkeerd en een nieuwe besteld, die ligt dinsdag bij je.", false},
		{"nl", post, "Onze fout: ik heb je abonnement stopgezet en de drie afschrijvingen teruggestort.", false},
		{"en", postEN, "Our mistake: I have reversed your last two payments today.", false},
		{"en", postEN, "I can see from your order history that you've returned most of your orders this year.", true},
		{"en", postEN, "Sorry, our payment page failed this morning. It's fixed now.", false},
		{"en", postEN, "Could you DM me? I'll explain there what happened with your contract.", false},
		{"en", "My direct debit failed ONCE and you cancel my insurance?!", "Sam, one failed direct debit should never have meant a cancellation, sorry. Your policy is active again.", false},
	} {
		a := r.Analyze(c.reply, Context{Language: c.lang, CustomerPost: c.post, CustomerMood: -0.7})
		if a.Has("private_disclosure") != c.disclosed {
			t.Errorf("%s %q: private_disclosure %v, want %v (%v)", c.lang, c.reply, a.Has("private_disclosure"), c.disclosed, ids(a))
		}
	}
}
