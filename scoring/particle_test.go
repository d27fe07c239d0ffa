package scoring

import "testing"

// A "maar" that softens ("kijk maar even", "ik gokte maar wat") or means
// "only" ("dat was maar een gok"), an "alleen" inside a clause, and an
// English "but" that means "except" ("nothing but a guess", "anything but
// easy") take nothing back: the apology or the understanding before them
// counts (P14-10). A "maar", "alleen" or "but" that opens a clause still
// withdraws it, with or without a comma.
func TestAParticleMaarTakesNoApologyBack(t *testing.T) {
	r := Default()
	kept := []struct{ lang, text, sympathy string }{
		{"nl", "Sorry Bram, ik gokte maar wat en daar had je niets aan. Ik bel je adviseur nu zelf.", "apology"},
		{"nl", "Sorry Bram, dat was maar een gok van mij. Ik bel je adviseur vandaag.", "apology"},
		{"nl", "Sorry Ilse! Kijk maar even in je DM, ik heb je een nieuwe code gestuurd.", "apology"},
		{"nl", "Sorry, zeg het maar: wanneer kan ik je bellen?", "apology"},
		{"nl", "Sorry Noor, het was alleen een verwachting van ons. Ik zet je vergoeding vandaag klaar.", "apology"},
		{"nl", "Ik snap dat je het even niet meer weet, laat het maar aan mij over: ik bel je vandaag.", "acknowledge_emotion"},
		{"en", "Sorry Ben, that was nothing but a guess on my part. I'll call your adviser today.", "apology"},
		{"en", "I understand these weeks have been anything but easy with a baby at home. An engineer comes tomorrow at 8.", "acknowledge_emotion"},
	}
	for _, c := range kept {
		a := r.Analyze(c.text, Context{Language: c.lang, CustomerMood: -0.6})
		if a.Has("apology_withdrawn") || !a.Has(c.sympathy) {
			t.Errorf("%s %q: read as an apology taken back: %v", c.lang, c.text, ids(a))
		}
	}
	withdrawn := []struct{ lang, text string }{
		{"nl", "Sorry, maar zo werkt het nu eenmaal."},
		{"nl", "Sorry maar een terugbetaling zit er niet in."},
		{"nl", "Sorry dat het zo liep maar we kunnen niets doen."},
		{"nl", "Sorry dat het zo lang duurde maar zo is het beleid."},
		{"nl", "Sorry, alleen kunnen we daar niets aan doen."},
		{"nl", "Ik snap het, maar we doen er niets aan."},
		{"en", "Sorry, but that's our policy."},
		{"en", "I understand your frustration but our engineers are very busy."},
	}
	for _, c := range withdrawn {
		a := r.Analyze(c.text, Context{Language: c.lang, CustomerMood: -0.6})
		if !a.Has("apology_withdrawn") {
			t.Errorf("%s %q: the contrast is not found: %v", c.lang, c.text, ids(a))
		}
	}
}
