package scoring

import (
	"math"
	"testing"
)

// A rule told as the brand's practice ("Reparaties plannen we in volgorde
// van urgentie", "We schedule repairs in order of urgency": "we", a verb
// in the present, a whole class as its object) is a rule for everyone, no
// act for this customer, in both languages; the complaint only read back
// in reported speech ("Je zegt dat…", "I read that…") costs, and ranks
// below such a wall, as the leads rank it (nl97/en97 pair97-repair-urgency,
// nl105/en105). Fails before: the Dutch practice was the brand's own act
// (45 against the English passive's 13-35), and the parroting reply
// ranked above the wall in both languages.
func TestPracticeIsARuleAndParrotingRanksBelowIt(t *testing.T) {
	r := Default()
	for _, c := range []struct{ lang, post, wall, parrot string }{
		{"nl", "Al negen dagen geen warm water en de cv doet het niet. Mijn vader van 80 woont bij me. Wanneer komt er iemand?",
			"Reparaties plannen we in volgorde van urgentie. Je melding staat in het systeem.",
			"Je zegt dat je al negen dagen geen warm water hebt en dat je cv het niet doet. Je vader van 80 woont bij je."},
		{"en", "Nine days without hot water and the heating doesn't work. My dad of 80 lives with me. When is someone coming?",
			"We schedule repairs in order of urgency. Your report is in the system.",
			"You say you've had no hot water for nine days and your heating doesn't work. Your dad of 80 lives with you."},
		{"nl", "Al een week kiespijn en ik kan pas over zes weken terecht. Ik slaap er niet van.",
			"Afspraken geven we uit in volgorde van aanmelding.",
			"Ik lees dat je al een week kiespijn hebt en pas over zes weken terecht kunt."},
		{"en", "A week of toothache and the first appointment is in six weeks. I can't sleep.",
			"We give out appointments in the order people sign up.",
			"I read that you've had toothache for a week and can't be seen for six weeks."},
	} {
		ctx := Context{Language: c.lang, CustomerPost: c.post, CustomerMood: -0.8}
		w, p := r.Analyze(c.wall, ctx), r.Analyze(c.parrot, ctx)
		if !w.Has("states_rule") {
			t.Errorf("%q: want states_rule (the brand's practice is a rule), got %v", c.wall, ids(w))
		}
		if Overall(p) >= Overall(w) {
			t.Errorf("parroting %q (%.1f) ranks at or above the wall %q (%.1f)", c.parrot, Overall(p), c.wall, Overall(w))
		}
	}
	// Dutch and English practice score alike.
	nl := r.Analyze("Abonnementen bevriezen we alleen met een doktersverklaring.", Context{Language: "nl",
		CustomerPost: "Ik heb mijn enkel gebroken en mag drie maanden niet sporten. Kan mijn abonnement niet even stil?", CustomerMood: -0.6})
	en := r.Analyze("We only freeze memberships with a doctor's note.", Context{Language: "en",
		CustomerPost: "I've broken my ankle and can't train for three months. Can't my membership be paused?", CustomerMood: -0.6})
	if !nl.Has("refusal") || !en.Has("refusal") || math.Abs(Overall(nl)-Overall(en)) > 10 {
		t.Errorf("a restricted practice is a wall in both: nl %.1f %v, en %.1f %v", Overall(nl), ids(nl), Overall(en), ids(en))
	}
	// This customer's case, or a day, is an act, not a practice; and the
	// customer's words read back beside a step cost nothing.
	for _, c := range []struct{ lang, post, text string }{
		{"nl", "Al negen dagen geen warm water.", "We plannen je reparatie morgen om 8:00 in."},
		{"en", "Nine days without hot water.", "We replace boilers today, yours first at 8:00."},
	} {
		if a := r.Analyze(c.text, Context{Language: c.lang, CustomerPost: c.post, CustomerMood: -0.8}); a.Has("states_rule") {
			t.Errorf("%q: this customer's act is no rule, got %v", c.text, ids(a))
		}
	}
	a := r.Analyze("Je zegt dat je al negen dagen geen warm water hebt. De monteur komt morgen om 8:00.", Context{Language: "nl",
		CustomerPost: "Al negen dagen geen warm water en de cv doet het niet.", CustomerMood: -0.8})
	for _, f := range a.Features {
		if f.ID == "echoes_post" && f.Points < 0 {
			t.Errorf("%q: reading back beside a fix costs nothing, got %v", a.Text, featureList(a))
		}
	}
}
