package scoring

import (
	"math"
	"testing"
)

// Playtest 21, P21-6: the corporate wall "Wij nemen dit zeer serieus …
// over individuele gevallen kunnen we verder niets zeggen. Team HEMA"
// scored 32/50, its English twin ("we cannot comment further on
// individual cases") 16/18: refusing to speak about the case is a
// brush-off in both languages, within the translation pairs' 10 points.
// Saying what cannot be said yet beside a step is none.
func TestNothingToSayOnIndividualCasesIsAWall(t *testing.T) {
	pairs := []struct{ post, nl, en string }{{
		"Hoe kan het dat een diabetespatiënt door jullie beveiliging wordt vastgepakt? Wat gaat HEMA veranderen?",
		"Wij nemen dit zeer serieus. Veiligheid van onze klanten en medewerkers staat bij HEMA altijd voorop. We evalueren onze procedures, maar over individuele gevallen kunnen we op dit moment verder niets zeggen. Team HEMA",
		"We take this very seriously. The safety of our customers and staff always comes first at HEMA. We are evaluating our procedures, but we cannot comment further on individual cases at this time. Team HEMA",
	}}
	for _, p := range pairs {
		nl := Default().Analyze(p.nl, Context{Language: "nl", CustomerPost: p.post, CustomerMood: -0.6})
		en := Default().Analyze(p.en, Context{Language: "en", CustomerPost: p.post, CustomerMood: -0.6})
		if !nl.Has("deflect") {
			t.Errorf("nl %q: refusing to speak about the case is no brush-off (%v)", p.nl, ids(nl))
		}
		if d := math.Abs(nl.Deescalation - en.Deescalation); d > 10 {
			t.Errorf("%q: de-escalation nl %.0f, en %.0f, %.0f apart", p.nl, nl.Deescalation, en.Deescalation, d)
		}
	}
	for _, wall := range []string{
		"Wij begrijpen je vraag. Over individuele klanten kunnen wij niets kwijt.",
		"Dank voor je bericht. Daar kunnen we inhoudelijk niets over zeggen.",
	} {
		if a := Default().Analyze(wall, Context{Language: "nl", CustomerPost: "Waarom is mijn abonnement opgezegd? Niemand legt het uit.", CustomerMood: -0.6}); !a.Has("deflect") {
			t.Errorf("nl %q: refusing to speak about the case is no brush-off (%v)", wall, ids(a))
		}
	}
	step := "Ik kan nu nog niets zeggen over de levertijd, maar ik bel je vandaag voor 17:00 met nieuws."
	if a := Default().Analyze(step, Context{Language: "nl", CustomerPost: "Waar blijft mijn bank?", CustomerMood: -0.5}); a.Has("deflect") {
		t.Errorf("nl %q: not knowing yet, beside a step, read as a brush-off (%v)", step, ids(a))
	}
}
