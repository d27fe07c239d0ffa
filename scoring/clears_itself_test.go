package scoring

import "testing"

// The brand clearing itself in plain words, by a guessed other cause
// ("Kan het zijn dat…?", "Could someone else have…?"), a cause that is
// "usually" someone else's ("komt meestal door…", "usually caused by…")
// or its own routine ("Onze monteurs werken altijd volgens…", "Our
// drivers follow…"), puts the fault away from itself and on the customer
// or another: it is blame in both languages and ranks below bare sympathy
// (the released blind11, phenomenon A; groups nl14/en14-oorzaak/cause).
// Fails before: these replies had no finding and ranked above the
// sympathy. The same words beside the brand owning the fault or a fix
// done are an explanation, not blame.
func TestTheBrandClearingItselfIsBlame(t *testing.T) {
	for _, c := range []struct {
		lang, post, sympathy string
		clears               []string
		owns                 string
	}{
		{"nl", "Mijn nieuwe koelkast is na een week al kapot, al het eten is bedorven. Jullie hebben hem zelf geplaatst.",
			"Wat vervelend, sorry dat je hiermee zit.",
			[]string{
				"Zou het kunnen dat de deur niet goed dicht heeft gezeten?",
				"Dit soort storingen komt meestal door een te volle koelkast.",
				"Onze installateurs plaatsen elke koelkast volgens de richtlijnen van de fabrikant.",
				"Is het mogelijk dat iemand anders de stekker eruit heeft getrokken?",
			},
			"Dit komt meestal door een los stekkertje, en dat hadden wij bij het plaatsen moeten zien. Morgen om 9 uur komt er een nieuwe koelkast en we vergoeden je eten."},
		{"en", "My new fridge broke down after a week, all the food has gone off. You installed it yourselves.",
			"That's annoying, sorry you're dealing with this.",
			[]string{
				"Could it be that the door wasn't shut properly?",
				"Faults like this are usually caused by an overfilled fridge.",
				"Our installers fit every fridge to the manufacturer's guidelines.",
				"Is it possible that someone else pulled the plug out?",
			},
			"This is usually caused by a loose connector, and we should have spotted it when we fitted it. A new fridge arrives tomorrow at 9am and we'll pay for the food."},
	} {
		r := Default()
		ctx := Context{Language: c.lang, CustomerPost: c.post, CustomerMood: -0.7}
		sym := Overall(r.Analyze(c.sympathy, ctx))
		for _, text := range c.clears {
			a := r.Analyze(text, ctx)
			if !a.Has("blame_customer") {
				t.Errorf("%s %q: want blame_customer, got %v", c.lang, text, ids(a))
			}
			if Overall(a) >= sym {
				t.Errorf("%s %q (%.1f) ranks at or above bare sympathy %q (%.1f)", c.lang, text, Overall(a), c.sympathy, sym)
			}
		}
		if a := r.Analyze(c.owns, ctx); a.Has("blame_customer") {
			t.Errorf("%s %q: owns the fault, yet blame_customer (%v)", c.lang, c.owns, ids(a))
		}
	}
}
