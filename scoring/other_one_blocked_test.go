package scoring

import "testing"

// Blocking the other card, the fraudster's account or the other number is
// a fix done for the customer, no threat: Dutch "de andere" shares its
// stem with "anders" ("otherwise"), which opens a threat ("anders
// blokkeren we je"). Both languages alike.
func TestBlockingTheOtherOneIsNoThreat(t *testing.T) {
	r := Default()
	post := map[string]string{
		"nl": "@simyo Iemand heeft mijn nummer op een andere simkaart laten zetten!",
		"en": "@giffgaff Someone has moved my number to another SIM!",
	}
	fixes := []struct{ lang, text string }{
		{"nl", "Je nummer staat weer op jouw simkaart en de andere is geblokkeerd. ^Nadia"},
		{"nl", "De andere simkaart hebben we geblokkeerd, je nummer werkt weer. ^Nadia"},
		{"en", "Your number is back on your SIM and the other one is blocked. ^Nadia"},
		{"en", "We've blocked the other SIM, your number works again. ^Nadia"},
	}
	for _, c := range fixes {
		a := r.Analyze(c.text, Context{Language: c.lang, CustomerPost: post[c.lang], CustomerMood: -0.8})
		if a.Has("threaten_customer") {
			t.Errorf("%s %q: read as a threat (%v)", c.lang, c.text, ids(a))
		}
	}
	threats := []struct{ lang, text string }{
		{"nl", "Pas je toon aan, anders blokkeren we je account."},
		{"en", "Mind your tone, otherwise we'll block your account."},
	}
	for _, c := range threats {
		a := r.Analyze(c.text, Context{Language: c.lang, CustomerPost: post[c.lang], CustomerMood: -0.8})
		if !a.Has("threaten_customer") {
			t.Errorf("%s %q: the threat is not found (%v)", c.lang, c.text, ids(a))
		}
	}
}
