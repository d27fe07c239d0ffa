package session

import (
	"testing"

	"github.com/webcaresim/webcaresim/scenarios"
)

// TestTheCrowdCountsAnAdmissionAsAnApology: a reply that owns the fault in
// so many words, without the word sorry, takes a route's apology branch
// (scenarios.MetBy), and calms the crowd as an apology does: the crowd
// reads the reply through scenarios.FeatureMet, as the routes do.
func TestTheCrowdCountsAnAdmissionAsAnApology(t *testing.T) {
	for lang, text := range map[string]string{
		"en": "Dorien, you are right, that was wrong of us: you wrote that you had already called. Could you DM me your customer number? I will sort it out today. ^Lotte",
		"nl": "Dorien, je hebt gelijk, dat ligt bij ons: je schreef dat je al had gebeld. Stuur je me je klantnummer via DM? Dan regel ik het vandaag. ^Lotte",
	} {
		sc, ok := scenarios.Builtin().Find("sanoma-juf", lang)
		if !ok {
			t.Fatalf("sanoma-juf (%s) missing", lang)
		}
		s, err := New(sc, Options{Seed: 1})
		if err != nil {
			t.Fatal(err)
		}
		a := s.Analyze(text)
		if a.Has("apology") || !a.AdmitsFault() {
			t.Fatalf("%s: the reply should admit the fault without an apology (apology %v, admits %v)",
				sc.Key(), a.Has("apology"), a.AdmitsFault())
		}
		if !StimulusOf(a).Apology {
			t.Errorf("%s: a reply that admits the fault meets a route's apology but is no apology for the crowd", sc.Key())
		}
	}
}
