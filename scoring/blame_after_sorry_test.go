package scoring

import "testing"

// Playtests 14 and 15 (P14-16, P15-4): "we are sorry Anouk had an
// unpleasant evening … our waiter says the guest was difficult … the
// bottle of water was therefore rightly charged" scored 91/72 and took the
// Servicepolitie case to its good column. Calling the guest difficult is
// blame, calling the charge rightful disputes the complaint, and either
// takes back the sorry before it; most of the 91 was "the case in their own
// words" credited to "Police, we are sorry Anouk": the names of the paper
// and the customer, not what happened to her.
func TestBlameAfterSorryTakesItBackAndNamesRestateNothing(t *testing.T) {
	column := "Message to Brasserie Kade 12 from the Service Police (Het Parool): guest Anouk writes that last Friday she waited fifty minutes for her main course, that it was lukewarm, that the waiter said 'it's Friday, madam' when she complained, and that a bottle of water she sent back was still on the bill."
	rubriek := "Bericht aan Brasserie Kade 12 van de Servicepolitie (Het Parool): gast Anouk schrijft dat ze vorige vrijdag vijftig minuten op haar hoofdgerecht wachtte, dat het lauw was, dat de ober 'het is vrijdag, mevrouw' zei toen ze klaagde, en dat een fles water die ze terugstuurde toch op de rekening stond."
	for _, c := range []struct{ lang, post, text string }{
		{"en", column, "Dear Service Police, we are sorry Anouk had an unpleasant evening. Fridays are always very busy for us and our waiter says the guest was difficult from the start. The bottle of water had been opened and was therefore rightly charged. Kind regards, Brasserie Kade 12"},
		{"nl", rubriek, "Beste Servicepolitie, het spijt ons dat Anouk een vervelende avond had. Vrijdag is het altijd erg druk en volgens onze ober was de gast vanaf het begin lastig. De fles water was al geopend en is dus terecht in rekening gebracht. Met vriendelijke groet, Brasserie Kade 12"},
		{"en", "£60 parking charge while the pay machine was broken. I even took a photo.", "Sorry for the inconvenience, Tom. The charge was correctly issued, as there was no valid session on your registration. ^Lee"},
		{"nl", "Veertig euro naheffing terwijl de betaalpaal kapot was. Ik heb er een foto van.", "Sorry voor het ongemak, Tim. De naheffing is terecht opgelegd, want er stond geen geldig parkeerrecht op je kenteken. ^Lies"},
	} {
		a := Default().Analyze(c.text, Context{Language: c.lang, CustomerPost: c.post, CustomerName: "Anouk", CustomerMood: -0.5, BrandName: "Brasserie Kade 12"})
		if !a.Has("blame_customer") && !a.Has("deny") {
			t.Errorf("%q: no blame or denial found: %v", c.text, ids(a))
		}
		if a.Has("apology") || a.Has("restates_case") {
			t.Errorf("%q: the apology or the restatement still counts beside the blame: %v", c.text, ids(a))
		}
		if o := Overall(a); o >= 40 {
			t.Errorf("%q: overall %.0f; sorry wrapped round blame is no good reply", c.text, o)
		}
	}
	a := Default().Analyze("Dear Service Police, we are sorry Anouk had an unpleasant evening.",
		Context{Language: "en", CustomerPost: column, CustomerName: "Anouk", CustomerMood: -0.5, BrandName: "Brasserie Kade 12"})
	if a.Has("restates_case") {
		t.Errorf("the paper's and the customer's names credited as restating the case: %v", ids(a))
	}
}
