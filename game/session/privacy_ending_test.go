package session

import (
	"strings"
	"testing"

	"github.com/webcaresim/webcaresim/scenarios"
)

// Polisvast: after a reply that put Marco's arrears in public, even the
// best recovery (an apology, a call, a warm close) does not end on the
// good ending that praises keeping his payments private ("zijn betalingen
// gaan niemand anders iets aan"); the ending it reaches says the arrears
// were named in public. Playtest 12 (P12-5). The best path without the
// disclosure still ends on the good ending.
func TestAfterNamingTheArrearsTheEndingDoesNotPraiseDiscretion(t *testing.T) {
	replies := map[string][]string{
		"nl": {"@marco_rijdt Vervelend dat je zo schrikt, Marco! Maar eerlijk is eerlijk: je hebt vier maanden niet betaald en drie herinneringen gekregen, dus helemaal zomaar is het niet. Stuur je me een DM? Dan kijken we samen. ^Lisa",
			"@marco_rijdt Hoi Marco, ik zie dat de premie vier maanden niet betaald is. Stuur je me een DM, dan zoeken we samen een oplossing. ^Lisa"},
		"en": {"@marco_rijdt Sorry you got such a fright, Marco! But to be fair: you didn't pay for four months and got three reminders, so it didn't come out of nowhere. Can you DM me? Then we'll look at it together. ^Lisa",
			"@marco_rijdt Hi Marco, I can see the premium wasn't paid for four months. Send me a DM and we'll find a solution together. ^Lisa"},
	}
	public := map[string]string{"nl": "in het openbaar", "en": "in public"}
	for lang, list := range replies {
		sc, ok := scenarios.BuiltinForPlay().Find("wanbetaler-privacy", lang)
		if !ok {
			t.Fatal("wanbetaler-privacy missing")
		}
		for _, reply := range list {
			s, err := Run(sc, Options{Seed: 1, Mode: Practice}, TypedAt{Decision: "opgezegd", Reply: reply})
			if err != nil {
				t.Fatal(err)
			}
			e := s.Ending()
			if e == nil {
				t.Fatalf("%s: no ending after %v", lang, s.history)
			}
			if e.Kind == "good" || !strings.Contains(strings.ToLower(e.Text), public[lang]) {
				t.Errorf("%s: after %q and the best recovery (%v) the ending is %s %q: %s", lang, reply, s.history, e.Kind, e.Title, e.Text)
			}
		}
		best, err := Run(sc, Options{Seed: 1, Mode: Practice}, Best{})
		if err != nil {
			t.Fatal(err)
		}
		if e := best.Ending(); e == nil || e.Kind != "good" {
			t.Errorf("%s: the best path no longer ends well: %v", lang, best.history)
		}
	}
}
