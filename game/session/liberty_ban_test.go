package session

import (
	"slices"
	"testing"
)

// Showing Jason the door in public, politely and with his money back, is
// the historical move and goes round as the COO's reply did: it took the
// conversation path, which shipped the refunded order and kept him as a
// customer (playtest 19, P19-21). A refund with an apology and no ban still
// goes to the conversation.
func TestLibertyBanningTheCustomerTakesTheHistoricalPath(t *testing.T) {
	for lang, replies := range map[string][2]string{
		"en": {"Jason, your order is ten days late because a supplier let us down, and I'm sorry. I've refunded you in full today. But my team answered you politely three times, so we won't take orders from you again. - Rob, COO",
			"Jason, your order is ten days late because a supplier let us down, and I'm sorry. I've refunded you in full today and I'll call you this afternoon. - Rob, COO"},
		"nl": {"Jason, je bestelling is tien dagen te laat door een leverancier, en dat spijt me. Ik heb je vandaag je geld teruggestort. Maar mijn team antwoordde je drie keer netjes, dus je hoeft niet meer bij ons te bestellen. - Rob, COO",
			"Jason, je bestelling is tien dagen te laat door een leverancier, en dat spijt me. Ik heb je vandaag je geld teruggestort en ik bel je vanmiddag. - Rob, COO"},
	} {
		ban := storyAt(t, "liberty-bottleworks", lang, []move{{text: replies[0]}})
		if !slices.Contains(ban.history, "viraal") {
			t.Errorf("%s: the public ban went %v, want the historical 'viraal'", lang, ban.history)
		}
		plain := storyAt(t, "liberty-bottleworks", lang, []move{{text: replies[1]}})
		if slices.Contains(plain.history, "viraal") || !slices.Contains(plain.history, "gesprek") {
			t.Errorf("%s: the refund without a ban went %v, want the conversation", lang, plain.history)
		}
	}
}
