package scoring

import "testing"

// Playtest 24 (P24-7): Liberty's COO answered "my team answered each of your
// three emails within a day, so 'fobbing you off' isn't quite accurate. The
// delay is down to our supplier, not to anyone here" and scored 92/85: the
// hedged correction cost nothing, "down to our [supplier]" was read as
// ownership and the past "within a day" as a next step. The customer's
// account called not quite right, and the fault passed to a supplier "not
// us", dispute the complaint in both languages.
func TestNotQuiteAccurateAndTheSuppliersFaultDispute(t *testing.T) {
	for _, c := range []struct{ lang, post, text string }{
		{"en", "Ten days waiting for my order and every email gets me a fob-off. Clowns.", "Jason, my team answered each of your three emails within a day, so 'fobbing you off' isn't quite accurate. The delay is down to our supplier, not to anyone here. ^Rob"},
		{"nl", "Tien dagen wachten op mijn bestelling en steeds een afscheepmailtje. Prutsers.", "Jason, mijn team heeft elk van je drie mails binnen een dag beantwoord, dus 'afschepen' klopt niet helemaal. De vertraging ligt aan onze leverancier, niet aan iemand hier. ^Rob"},
		{"en", "My sofa was due last week. Nobody calls, nobody knows anything.", "Jason, the delay is down to our carrier, not us. We expect your sofa next week. ^Mila"},
		{"nl", "Mijn bank zou vorige week komen. Niemand belt, niemand weet iets.", "Jason, de vertraging ligt bij onze transporteur, niet bij ons. We verwachten je bank volgende week. ^Mila"},
	} {
		a := Default().Analyze(c.text, Context{Language: c.lang, CustomerPost: c.post, CustomerName: "Jason", CustomerMood: -0.8, BrandName: "Brand"})
		if !a.Has("deny") {
			t.Errorf("%q: no dispute found: %v", c.text, ids(a))
		}
		if a.Has("ownership") || a.Has("next_step") {
			t.Errorf("%q: ownership or a step credited to the dispute: %v", c.text, ids(a))
		}
		if o := Overall(a); o >= 45 {
			t.Errorf("%q: overall %.0f; disputing the complaint is no good reply", c.text, o)
		}
	}
	// The brand's own mistake keeps its ownership.
	a := Default().Analyze("Sorry Jason, the delay is down to our mistake. Your order ships tomorrow before noon. ^Rob",
		Context{Language: "en", CustomerPost: "Ten days waiting for my order.", CustomerName: "Jason", CustomerMood: -0.8, BrandName: "Brand"})
	if !a.Has("ownership") || a.Has("deny") {
		t.Errorf("the brand's own mistake not owned: %v", ids(a))
	}
}

// The lead's round of the sofa case (L25-6): "De schade is bij de bezorger
// ontstaan, niet bij ons" cost nothing (88), while its English twin with
// "courier" was a dispute: the Dutch list of others to blame lacked the
// everyday word for the one who delivers.
func TestTheCourierBlamedNotUsInBothLanguages(t *testing.T) {
	for _, c := range []struct{ lang, post, text string }{
		{"nl", "Zes weken gewacht op mijn bank, komt hij beschadigd binnen.", "Marieke, je nieuwe bank komt vandaag nog. De schade is bij de bezorger ontstaan, niet bij ons, maar we lossen het natuurlijk voor je op. - Joyce"},
		{"en", "Waited six weeks for my sofa, it arrived damaged.", "Marieke, your new sofa arrives today. The damage happened with the courier, not with us, but of course we'll sort it out for you. - Joyce"},
	} {
		a := Default().Analyze(c.text, Context{Language: c.lang, CustomerPost: c.post, CustomerName: "Marieke", CustomerMood: -0.7, BrandName: "Zitcomfort"})
		if !a.Has("deny") {
			t.Errorf("%q: the blame passed to the courier not found: %v", c.text, ids(a))
		}
	}
}
