package scoring

import "testing"

// Play of stop 28: "ik beloof je dat je inschrijving gewoon doorgaat" and
// "I promise your registration will go through" were read as the brand's
// own act or as the case restated (94/72 in English), and "the exam board
// will definitely accept it" as nothing at all. The brand cannot promise
// what another team, board or company decides: by its form, a promise
// whose clause has another party or a thing of the case as its subject,
// or another party's act said to be certain, is a guaranteed outcome, no
// step and no acknowledgement. The writer's own act promised is a step.
func TestAPromiseOfAnotherPartysOutcomeIsAnOverpromise(t *testing.T) {
	post := map[string]string{
		"nl": "Mijn inschrijving voor de herkansing staat al een week op 'in behandeling' en morgen sluit de termijn.",
		"en": "My resit registration has said 'processing' for a week and the deadline is tomorrow.",
	}
	for _, c := range []struct{ lang, text string }{
		{"nl", "Geen zorgen Sanne, ik beloof je dat je inschrijving gewoon doorgaat!"},
		{"nl", "Ik garandeer je dat de examencommissie akkoord gaat."},
		{"nl", "Maak je geen zorgen, de examencommissie gaat zeker akkoord."},
		{"nl", "Ik beloof je dat hij je vandaag nog belt."},
		{"nl", "De verzekeraar zal het zeker vergoeden."},
		{"en", "Don't worry Sanne, I promise your registration will go through!"},
		{"en", "I guarantee the exam board will accept it."},
		{"en", "Don't worry, the exam board will definitely accept it."},
		{"en", "I promise he'll call you today."},
		{"en", "The insurer will definitely pay out for a new worktop."},
	} {
		a := Default().Analyze(c.text, Context{Language: c.lang, CustomerPost: post[c.lang], CustomerMood: -0.7})
		if !a.Has("guaranteed_outcome") {
			t.Errorf("%s %q: no guaranteed outcome found: %v", c.lang, c.text, ids(a))
		}
		for _, f := range []string{"restates_case", "brand_acts", "next_step", "resolved"} {
			if a.Has(f) {
				t.Errorf("%s %q: the promise of another's outcome counts as %s: %v", c.lang, c.text, f, ids(a))
			}
		}
	}
	// The writer's own act, promised, is a step and no overpromise.
	for _, c := range []struct{ lang, text string }{
		{"nl", "Ik beloof je dat ik je vandaag voor 16:00 bel."},
		{"nl", "Ik loop vanmiddag zelf langs bij de administratie en laat het je voor 16:00 weten."},
		{"en", "I promise I'll call you before 4pm today."},
		{"en", "I'm going over to the administration myself this afternoon and will let you know before 4pm."},
	} {
		a := Default().Analyze(c.text, Context{Language: c.lang, CustomerPost: post[c.lang], CustomerMood: -0.7})
		if a.Has("guaranteed_outcome") || !a.Has("next_step") {
			t.Errorf("%s %q: the writer's own act is a step, no overpromise: %v", c.lang, c.text, ids(a))
		}
	}
}
