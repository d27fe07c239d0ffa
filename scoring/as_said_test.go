package scoring

import "testing"

// Playtest 18 (P18-12): "Nee, zoals ik al zei: hij gaat vandaag weg" cost
// -25 as blame and sent the gym to its worst ending. A reminder that the
// brand said it before, followed by the brand's own step or fix, is a
// little impatient, no correction; followed by what the customer did
// wrong, a rule or a refusal, it is a correction.
func TestAsISaidBeforeTheBrandsOwnPromiseIsNoCorrection(t *testing.T) {
	ctx := func(lang string) Context {
		return Context{Language: lang, CustomerName: "Nora", CustomerMood: -0.3,
			CustomerPost: "Komt de monteur nou morgen of niet? Ik heb er vrij voor genomen."}
	}
	for _, c := range []struct{ lang, text string }{
		{"nl", "Ja Nora, zoals ik al zei: de monteur komt morgen tussen 9:00 en 11:00. ^Pim"},
		{"nl", "Zoals gezegd, ik heb je afspraak vastgezet: morgen om 10:00 staat hij voor de deur."},
		{"nl", "Nora, zoals we eerder schreven: de monteur belt je morgen om 8:00 voordat hij komt."},
		{"en", "Yes Nora, as I said: the engineer comes tomorrow between 9 and 11. ^Pim"},
		{"en", "As mentioned, I've booked your appointment: tomorrow at 10:00 he'll be at your door."},
		{"en", "Nora, like we said, the engineer will call you tomorrow at 8:00 before he comes."},
	} {
		a := Default().Analyze(c.text, ctx(c.lang))
		if a.Has("blame_customer") || !a.Has("as_said") {
			t.Errorf("%q: %v; it repeats the brand's own promise", c.text, ids(a))
		}
	}
	for _, c := range []struct{ lang, text string }{
		{"nl", "Zoals ik al zei: je hebt zelf de verkeerde dag gekozen."},
		{"nl", "Zoals gezegd kunnen we daar helaas niets aan doen."},
		{"nl", "Nora, zoals we al aangaven moet een storing binnen 24 uur gemeld worden. Daar kunnen we helaas geen uitzondering op maken."},
		{"en", "As I said, you picked the wrong day yourself."},
		{"en", "As mentioned, unfortunately there's nothing we can do about that."},
		{"en", "Nora, as we explained, a fault must be reported within 24 hours. Unfortunately we can't make an exception."},
	} {
		if a := Default().Analyze(c.text, ctx(c.lang)); !a.Has("blame_customer") {
			t.Errorf("%q: want blame_customer, got %v", c.text, ids(a))
		}
	}
}

// "Zoals ik al zei" in a reply that does what it promises, or said to a
// pleased customer, corrects nothing (playtest 19, P19-13: HEMA's full
// repair went to the boycott ending, and a welcome to a returning guest
// ended "Niet fout, niet goed"). A bare reminder to an upset customer still
// tells them they did not listen.
func TestAsISaidInAReplyThatActsOrToAPleasedCustomerIsNoCorrection(t *testing.T) {
	for _, c := range []struct {
		lang, post, text string
		mood             float64
		blame            bool
	}{
		{"nl", "Wat gaan jullie doen zodat dit niemand meer overkomt?", "Zoals ik al zei: dit mag niemand meer overkomen. Daarom krijgen al onze beveiligers vanaf maandag uitleg over insulinepennen. - Marloes", -0.4, false},
		{"en", "What will you do so this never happens to anyone again?", "As I said: this must never happen to anyone again. From Monday all our guards are trained on insulin pens. - Marloes", -0.4, false},
		{"nl", "Ik ben teruggegaan en het was heerlijk!", "Zoals ik al zei: je bent altijd welkom, Anouk. Fijn dat het deze keer klopte! Joost", 0.8, false},
		{"en", "I went back and it was lovely!", "As I said, you're always welcome, Anouk. Glad it was right this time! Joost", 0.8, false},
		{"nl", "Waarom duurt het zo lang?", "Zoals ik al zei: het duurt nu eenmaal even.", -0.5, true},
		{"en", "Why is it taking so long?", "As I said, it just takes a while.", -0.5, true},
	} {
		a := Default().Analyze(c.text, Context{Language: c.lang, CustomerPost: c.post, CustomerMood: c.mood})
		if a.Has("blame_customer") != c.blame {
			t.Errorf("%s %q: blame_customer %v, want %v (%v)", c.lang, c.text, a.Has("blame_customer"), c.blame, ids(a))
		}
	}
}
