package session

import (
	"testing"

	"github.com/webcaresim/webcaresim/scenarios"
)

// Found by a newcomer: in Liberty's case a plain reply that owns the delay
// and ships the order today, without the word sorry, scored 91/85 and was
// answered with "Jason hasn't been helped: his order still isn't on its
// way". Solving it is solving it: such a reply leads where an apology with
// a step does, in both languages, and the story there no longer presumes
// a call.
func TestLibertyAFixWithoutSorryIsAFix(t *testing.T) {
	fixes := map[string]string{
		"en": "Jason, your order is ten days late because our supplier let us down. That is on us. I am shipping it by express today and refunding your shipping costs. - Mike, COO",
		"nl": "Jason, je bestelling is tien dagen te laat omdat onze leverancier ons liet zitten. Dat is onze fout. Ik verstuur hem vandaag per express en betaal je verzendkosten terug. - Mike, COO",
	}
	for lang, text := range fixes {
		if next := libertyFirstRoute(t, lang, text); next != "gesprek" {
			t.Errorf("%s: the fix takes the route to %q, want the conversation (gesprek)", lang, next)
		}
	}
}

// libertyFirstRoute is where a reply typed at Liberty's first decision
// leads ("" for no route).
func libertyFirstRoute(t *testing.T, lang, text string) string {
	t.Helper()
	sc, ok := scenarios.BuiltinForPlay().Find("liberty-bottleworks", lang)
	if !ok {
		t.Fatal("liberty-bottleworks missing")
	}
	s, err := New(sc, Options{Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	openNext(t, s)
	if route := takenRoute(s.Decision(), s.Analyze(text)); route != nil {
		return route.Next
	}
	return ""
}
