package scoring

import "testing"

// A typed round of the university case: "You'll definitely still get into
// your resit, I promise!" was read as no guarantee (the rule knew fix,
// delivery and refund words) and "I promise" as a step of the brand's own,
// so the English reply scored 51 where its Dutch twin scored 35. Any
// outcome the customer is told they will surely get ("you'll get in",
// "je komt er zeker nog in", "you'll get your money back for sure") is a
// guarantee the writer does not bring about, and "I promise" alone does
// nothing. A promise of the writer's own act is neither.
func TestAGuaranteeOfAnyOutcomeIsAnOverpromise(t *testing.T) {
	post := map[string]string{
		"nl": "Ik kan me niet inschrijven voor mijn herkansing, het systeem doet het niet. Morgen sluit de inschrijving.",
		"en": "I can't register for my resit, the system is down. Registration closes tomorrow.",
	}
	for _, c := range []struct{ lang, text string }{
		{"en", "Don't worry, you'll definitely still get into your resit, I promise!"},
		{"en", "Relax, you'll certainly get a place on the resit list."},
		{"en", "You'll get your money back for sure, don't worry about that."},
		{"en", "I promise you'll get in, there's always room."},
		{"nl", "Geen zorgen, je komt er zeker nog in bij je herkansing, beloofd!"},
		{"nl", "Rustig maar, je krijgt gegarandeerd nog een plek op de lijst."},
		{"nl", "Je geld krijg je zeker terug, maak je daar geen zorgen over."},
		{"nl", "Ik beloof je dat je erin komt, er is altijd plek."},
	} {
		a := Default().Analyze(c.text, Context{Language: c.lang, CustomerPost: post[c.lang], CustomerMood: -0.5})
		if !a.Has("guaranteed_outcome") || a.Has("brand_acts") {
			t.Errorf("%s %q: want the guarantee named and no step of the brand's own, got %v", c.lang, c.text, ids(a))
		}
	}
	for _, c := range []struct{ lang, text string }{
		{"en", "I promise I'll call you at 3 with the answer from the exam office."},
		{"en", "You'll definitely hear from me before 5pm today."},
		{"en", "I can't promise you'll get in, but I'll ask the exam office today and call you by 4."},
		{"nl", "Ik beloof je dat ik je om 15:00 bel met het antwoord van de examencommissie."},
		{"nl", "Je krijgt zeker vandaag nog een mail van me, voor 17:00."},
		{"nl", "Ik kan niet beloven dat je erin komt, maar ik vraag het vandaag na en bel je voor 16:00."},
	} {
		if a := Default().Analyze(c.text, Context{Language: c.lang, CustomerPost: post[c.lang], CustomerMood: -0.5}); a.Has("guaranteed_outcome") {
			t.Errorf("%s %q: %v; it guarantees no outcome", c.lang, c.text, ids(a))
		}
	}
}
