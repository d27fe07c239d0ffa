package session

import (
	"testing"

	"github.com/webcaresim/webcaresim/scenarios"
)

// HEMA, after the call: Naomi thanks HEMA, and the press and the people
// under the post ask what HEMA will change. A vague "we'll take it further
// internally" was judged as a reply to a thank-you (mood 0.3): no
// evasion, the baselines and no red, and the round graded 8.6, while its
// ending says "Decent, but vague". The decision answers an open demand:
// the evasion is found, and the concrete change still leads on.
func TestHEMAAVagueAnswerToWhatWillChangeIsAnEvasion(t *testing.T) {
	vague := map[string]string{
		"en": "Thanks Naomi for talking to us. We are looking at our procedures and will take this further internally. We will share more when we can. - Sanne",
		"nl": "Dank je Naomi dat je met ons wilde praten. We kijken naar onze procedures en nemen dit intern mee. We laten meer weten zodra dat kan. - Sanne",
	}
	for lang, reply := range vague {
		sc, ok := scenarios.BuiltinForPlay().Find("hema-insuline", lang)
		if !ok {
			t.Fatal("hema-insuline missing")
		}
		s, err := Run(sc, Options{Seed: 3, Mode: Practice}, TypedAt{Decision: "gesprek", Reply: reply})
		if err != nil {
			t.Fatalf("%s: %v", lang, err)
		}
		if !s.visitedAny([]string{"gesprek"}) {
			t.Fatalf("%s: the best path did not reach the decision after the call: %v", lang, s.history)
		}
		for _, r := range s.replies {
			if r.Text == reply && !r.Analysis.Has("evasion") {
				t.Errorf("%s: the vague answer to 'what will HEMA change' is no evasion (%.0f/%.0f)", lang, r.Analysis.Empathy, r.Analysis.Deescalation)
			}
		}
		if s.visitedAny([]string{"nazorg"}) {
			t.Errorf("%s: the vague answer leads on as a concrete one (path %v)", lang, s.history)
		}
		best, err := Run(sc, Options{Seed: 3, Mode: Practice}, Best{})
		if err != nil {
			t.Fatalf("%s: %v", lang, err)
		}
		if !best.visitedAny([]string{"nazorg"}) {
			t.Errorf("%s: the concrete change no longer leads on (path %v)", lang, best.history)
		}
	}
}
