package session

import (
	"strings"
	"testing"
)

// The kitchen studio: a veiled threat in the first reply ("otherwise we'll
// unfortunately have to consider other steps") fails the round, but after
// the written repair the round ended "Repaired instead of threatened"
// (playtest 21, P21-25, grade 8.4 then). The ending the repair reaches no
// longer says the repair came instead of a threat, and names the threat;
// without the threat the title stays.
func TestAfterAVeiledThreatTheEndingDoesNotSayInsteadOfThreatened(t *testing.T) {
	threats := map[string]string{
		"nl": "Peter, we begrijpen je frustratie, maar sommige uitspraken in je review kloppen gewoon niet. We vragen je vriendelijk om die aan te passen; anders moeten we helaas andere stappen overwegen. - Sandra",
		"en": "Peter, we understand your frustration, but some statements in your review are simply not true. We kindly ask you to change them; otherwise we will unfortunately have to consider other steps. - Sandra",
	}
	instead := map[string]string{"nl": "in plaats van gedreigd", "en": "instead of threatened"}
	threat := map[string]string{"nl": "dreig", "en": "threat"}
	for lang, reply := range threats {
		sc := builtin(t, "advocatenbrief", lang)
		reached := false
		for seed := uint64(1); seed <= 6; seed++ {
			s, err := Run(sc, Options{Seed: seed, Mode: Practice}, TypedAt{Decision: "recensie", Reply: reply})
			if err != nil {
				t.Fatalf("%s seed %d: %v", lang, seed, err)
			}
			e := s.Ending()
			if e == nil {
				t.Fatalf("%s seed %d: no ending (%v)", lang, seed, s.history)
			}
			if strings.Contains(strings.ToLower(e.Title+" "+e.Text), instead[lang]) {
				t.Errorf("%s seed %d: after the veiled threat the round ends %q: %s", lang, seed, e.Title, e.Text)
			}
			if e.ID == "opgelost" {
				reached = true
				if !strings.Contains(strings.ToLower(e.Title+" "+e.Text), threat[lang]) {
					t.Errorf("%s seed %d: the ending does not name the threat: %q: %s", lang, seed, e.Title, e.Text)
				}
			}
		}
		if !reached {
			t.Errorf("%s: the repair after the threat never reached the repaired ending in 6 worlds", lang)
		}
		best, err := Run(sc, Options{Seed: 1, Mode: Practice}, Best{})
		if err != nil {
			t.Fatal(err)
		}
		if e := best.Ending(); e == nil || (e.ID == "opgelost" && !strings.Contains(strings.ToLower(e.Title), instead[lang])) {
			t.Errorf("%s: the best path without a threat lost its title: %v", lang, e)
		}
	}
}
