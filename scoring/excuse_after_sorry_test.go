package scoring

import "testing"

// Playtest 24, P24-5 (P23-9 family): an excuse after the sorry without a
// "but" ("In our defence, we were two staff short that night and the team
// did their very best", "Eerlijk is eerlijk: we stonden met twee man te
// weinig") scored 95/89 as ownership. The understaffing or the staff's
// effort told after an apology takes it back, whatever opens it. Told to
// a customer who asked why, or owned in its own sentence, it is the
// explanation and keeps the sorry.
func TestAnExcuseAfterTheSorryTakesItBack(t *testing.T) {
	posts := map[string]string{
		"nl": "Vijftig minuten op een lauw hoofdgerecht gewacht bij jullie. Nooit meer.",
		"en": "Fifty minutes for a lukewarm main course at your place. Never again.",
	}
	for _, c := range []struct{ lang, text string }{
		{"en", "We're sorry you had to wait so long. In our defence, we were two staff short that night and the team did their very best. We'll take the main course off the bill."},
		{"en", "Sorry about the wait. We were short-staffed that evening and everyone was doing their absolute best. Your next visit is on us."},
		{"en", "Apologies for the long wait. The kitchen was two chefs down and the team worked flat out. We'll refund your main."},
		{"nl", "Sorry dat je zo lang moest wachten. Eerlijk is eerlijk: we stonden die avond met twee man te weinig en het team heeft echt alles gegeven. Het hoofdgerecht halen we van de rekening."},
		{"nl", "Excuses voor het wachten. Ter verdediging: we waren onderbezet en iedereen deed zijn uiterste best. Je volgende bezoek is van ons."},
		{"nl", "Sorry voor het lange wachten. De keuken stond met twee koks minder en het team heeft keihard gewerkt. Je hoofdgerecht betalen we terug."},
	} {
		ctx := Context{Language: c.lang, CustomerPost: posts[c.lang], CustomerMood: -0.7}
		a := Default().Analyze(c.text, ctx)
		if !a.Has("apology_withdrawn") || a.Has("apology") {
			t.Errorf("%q: want the apology withdrawn and none left, got %v (%.0f/%.0f)", c.text, ids(a), a.Empathy, a.Deescalation)
		}
	}
	// The cause the customer asked for, and one owned in its sentence,
	// keep the sorry.
	asked := map[string]string{
		"nl": "Een uur op ons hoofdgerecht gewacht. Waarom duurde het zo lang?",
		"en": "We waited an hour for our mains. Why did it take so long?",
	}
	for _, c := range []struct{ lang, post, text string }{
		{"en", asked["en"], "Sorry, an hour is far too long. We were two chefs short that night. I'll send you a voucher today."},
		{"nl", asked["nl"], "Sorry, een uur is veel te lang. We stonden die avond met twee koks minder. Ik stuur je vandaag een bon."},
		{"en", posts["en"], "Sorry for the wait. We were two staff short that night, and that's our fault for planning it badly. I'll send you a voucher today."},
		{"nl", posts["nl"], "Sorry voor het wachten. We hadden die avond twee man te weinig ingeroosterd, dat is onze fout. Ik stuur je vandaag een bon."},
	} {
		a := Default().Analyze(c.text, Context{Language: c.lang, CustomerPost: c.post, CustomerMood: -0.5})
		if a.Has("apology_withdrawn") || !a.Has("apology") {
			t.Errorf("%q: the explanation should keep the apology, got %v", c.text, ids(a))
		}
	}
}
