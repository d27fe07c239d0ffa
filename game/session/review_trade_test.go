package session

import (
	"testing"

	"github.com/webcaresim/webcaresim/scenarios"
)

// Kitchen case: once the fitter has been, a typed request that Peter change
// his review went on to "Peter updates his review of his own accord" and
// the good ending (found by playing). Asking for it is the written choice
// the case marks as a trade; typed, it goes where that choice goes.
func TestAskingPeterToChangeHisReviewIsNoGoodEnding(t *testing.T) {
	replies := map[string]string{
		"nl": "Fijn Peter! Zou je je recensie willen aanpassen? Dat zou veel betekenen voor ons team. - Sandra",
		"en": "Great news Peter! Would you be willing to update your review now? That would mean a lot to our team. - Sandra",
	}
	for lang, reply := range replies {
		sc, ok := scenarios.BuiltinForPlay().Find("advocatenbrief", lang)
		if !ok {
			t.Fatal("advocatenbrief missing")
		}
		s, err := Run(sc, Options{Seed: 1, Mode: Practice}, TypedAt{Decision: "bezoek", Reply: reply})
		if err != nil {
			t.Fatal(err)
		}
		if !s.visitedAny([]string{"bezoek"}) {
			t.Fatalf("%s: the best path did not reach the fitter's visit: %v", lang, s.history)
		}
		if s.visitedAny([]string{"update"}) {
			t.Errorf("%s: asking for the review to change led to Peter changing it of his own accord: %v", lang, s.history)
		}
	}
}
