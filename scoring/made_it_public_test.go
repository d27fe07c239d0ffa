package scoring

import "testing"

// Playtest 24 (P24-6, P24-4, L24-7): three corrections that cost nothing
// because no "maar"/"but" carried them. The leak blamed on the
// customer for making it public himself ("Maar je riep zelf in het openbaar
// dat…, dus ik wilde het even rechtzetten") scored 84/92 after a sorry; the
// complaint declared within the brand's own terms ("Wel even ter info: onze
// levertijd is 6 tot 8 weken, dus acht weken valt daar nog binnen") 70/59;
// and "Just remember next time that there are real people behind this page",
// to a customer who had apologised, nothing at all.
func TestCorrectionsWithoutAButAreBlame(t *testing.T) {
	for _, c := range []struct{ lang, post, text string }{
		{"nl", "Jullie praten gewoon zo over mijn verzekering op Twitter?", "Sorry Marco, dat was niet handig van me. Maar je riep zelf in het openbaar dat we je zomaar opzegden, dus ik wilde het even rechtzetten. Bel je ons even? ^Lisa"},
		{"en", "You just talk about my insurance on Twitter like that?", "Sorry Marco, that wasn't smart of me. You brought it up in public yourself, so I wanted to set the record straight. Could you give us a call? ^Lisa"},
		{"nl", "Zes weken na mijn bestelling nog geen fiets, en niemand laat iets weten.", "Hoi Marco, wel even ter info: onze levertijd is 4 tot 8 weken, dus zes weken valt daar nog binnen. Stuur je je bestelnummer via DM? ^Emma"},
		{"en", "Six weeks after ordering and still no bike, and nobody tells me anything.", "Hi Marco, for your information: six weeks falls within our delivery time. Could you DM your order number? ^Emma"},
		{"en", "Sorry about my tweet yesterday, I shouldn't have called your staff idiots.", "Thanks, Marco. Just remember next time that there are real people behind this page. ^Megan"},
		{"nl", "Sorry voor mijn tweet van gisteren, ik had jullie medewerkers geen sukkels mogen noemen.", "Dank je, Marco. Bedenk wel dat er echte mensen achter deze pagina zitten. ^Megan"},
	} {
		a := Default().Analyze(c.text, Context{Language: c.lang, CustomerPost: c.post, CustomerName: "Marco", CustomerMood: -0.6, BrandName: "Brand"})
		if !a.Has("blame_customer") && !a.Has("deny") {
			t.Errorf("%q: no blame or denial found: %v", c.text, ids(a))
		}
		if a.Has("ownership") || a.Has("apology") {
			t.Errorf("%q: ownership or the apology still counts beside the correction: %v", c.text, ids(a))
		}
		if o := Overall(a); o >= 55 {
			t.Errorf("%q: overall %.0f; a correction in public is no good reply", c.text, o)
		}
	}
	// The same words agreeing or promising stay good: "as you said
	// yourself", "we want to put this right", and a bare "ter info" before
	// the customer's warranty.
	for _, c := range []struct{ lang, post, text string }{
		{"en", "You just talk about my insurance on Twitter like that?", "As you said yourself, this should never have happened. Sorry Marco, I'll call you today at 2pm. ^Lisa"},
		{"nl", "Jullie praten gewoon zo over mijn verzekering op Twitter?", "Zoals je zelf al zei: dit had niet mogen gebeuren. Sorry Marco, ik bel je vandaag om 14:00. ^Lisa"},
		{"nl", "Jullie praten gewoon zo over mijn verzekering op Twitter?", "Sorry Marco, dat willen we graag voor je rechtzetten. Ik bel je vandaag om 14:00. ^Lisa"},
		{"nl", "Mijn tafel heeft een scheur in het blad.", "Ter info: je tafel valt nog binnen de garantie, dus we vervangen het blad morgen tussen 9 en 12. ^Joyce"},
	} {
		a := Default().Analyze(c.text, Context{Language: c.lang, CustomerPost: c.post, CustomerName: "Marco", CustomerMood: -0.6, BrandName: "Brand"})
		if a.Has("blame_customer") || a.Has("deny") {
			t.Errorf("%q: agreement or a promise read as a correction: %v", c.text, ids(a))
		}
	}
}
