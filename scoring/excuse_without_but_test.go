package scoring

import "testing"

// A typed round of the Service Police case: after the sorry and a refund,
// "That said, our waiter remembers her as rather impatient, and Friday
// nights are simply very busy for us" scored 92 and reached the good
// ending. The rush told with a word of habit or degree between the verb
// and "busy" ("are simply very busy", "is always manic", "zijn bij ons
// gewoon heel druk") is the excuse "it was really busy" is, with or
// without "but"; a colleague's memory or description of the customer
// ("remembers her as impatient", "herinnert zich haar als ongeduldig",
// "weet nog dat u kortaf was") is blame through a colleague, as "our
// waiter felt she was rude" is. Both take the apology back.
func TestTheRushAndAColleaguesMemoryTakeTheSorryBack(t *testing.T) {
	post := map[string]string{
		"nl": "Vijftig minuten op een lauw hoofdgerecht gewacht, en de ober deed kortaf.",
		"en": "Fifty minutes for a lukewarm main course, and the waiter was short with us.",
	}
	for _, c := range []struct{ lang, text, want string }{
		{"en", "We're sorry you waited so long, and we're refunding your bill. That said, our waiter remembers you as rather impatient, and Friday nights are simply very busy for us.", ""},
		{"en", "Sorry about the wait. I've refunded your main. Saturday lunchtimes are always really hectic in our kitchen.", "apology_withdrawn"},
		{"en", "Sorry about the wait. I've refunded your main. Our head waiter recalls you being quite rude to him.", "blame_customer"},
		{"en", "Sorry for the wait. Your drinks are on us. Our manager describes you as rather pushy at the bar.", "blame_customer"},
		{"nl", "Het spijt ons dat je zo lang moest wachten, en we betalen je rekening terug. Dat gezegd hebbende: onze ober herinnert zich je als nogal ongeduldig, en vrijdagavonden zijn bij ons gewoon heel druk.", ""},
		{"nl", "Sorry voor het wachten. Je hoofdgerecht betalen we terug. Zaterdagmiddagen zijn in onze keuken altijd erg hectisch.", "apology_withdrawn"},
		{"nl", "Sorry voor het wachten. Je hoofdgerecht betalen we terug. Onze chef-ober weet nog dat je behoorlijk onbeleefd tegen hem was.", "blame_customer"},
		{"nl", "Sorry voor het wachten. Je drankjes zijn van ons. Onze bedrijfsleider omschrijft je als nogal opdringerig aan de bar.", "blame_customer"},
	} {
		a := Default().Analyze(c.text, Context{Language: c.lang, CustomerPost: post[c.lang], CustomerMood: -0.6})
		if a.Has("apology") || a.Deescalation >= 55 {
			t.Errorf("%s %q: the apology stands (%v, de-escalation %.0f)", c.lang, c.text, ids(a), a.Deescalation)
		}
		if c.want != "" && !a.Has(c.want) {
			t.Errorf("%s %q: want %s, got %v", c.lang, c.text, c.want, ids(a))
		}
	}
	// The rush owned, a colleague who remembers the customer kindly, and
	// a busy team at work on the fix are no excuse and no blame.
	for _, c := range []struct{ lang, text string }{
		{"en", "Sorry about the wait. Friday nights are always busy, and that's exactly why we should have had more staff on: that's on us. I've refunded your main."},
		{"en", "Sorry, Anouk. Our waiter remembers you well and felt awful about how the evening went. I've refunded your bill."},
		{"nl", "Sorry voor het wachten. Onze ober herinnert zich je nog goed en vond het zelf ook heel vervelend hoe de avond liep. Ik heb je rekening terugbetaald."},
		{"nl", "Sorry voor het wachten. Je hoofdgerecht betalen we vandaag terug."},
	} {
		a := Default().Analyze(c.text, Context{Language: c.lang, CustomerPost: post[c.lang], CustomerMood: -0.6})
		if !a.Has("apology") || a.Has("blame_customer") {
			t.Errorf("%s %q: the apology should stand, got %v", c.lang, c.text, ids(a))
		}
	}
}
