package session

import (
	"strings"
	"testing"
)

// TestNobodyNamesTheAdviserBeforeBramDoes: Kut-universiteit's lines about
// the study advisers wait until Bram has said his does not pick up. They
// joined when the round turned to the decision, a few minutes before his
// post: "Gaat dit weer over de studieadviseurs?" at 10:46, Bram's "Ik bel
// al de hele ochtend mijn studieadviseur" at 10:48 (playtest 15, P15-5).
// Measured over 60 worlds of each path to the three decisions where he
// says it, both languages.
func TestNobodyNamesTheAdviserBeforeBramDoes(t *testing.T) {
	words := map[string]string{"nl": "adviseur", "en": "adviser"}
	for _, lang := range []string{"nl", "en"} {
		sc := builtin(t, "universiteit-kut", lang)
		paths := map[string]Strategy{"asked": Choices{1, 1, 1, 1, 1}, "corrected": Choices{3, 1, 1, 1, 1},
			"referred": Choices{4, 1, 1, 1, 1}}
		early, heard := 0, 0
		for name, path := range paths {
			for seed := uint64(1); seed <= 60; seed++ {
				s, err := Run(sc, Options{Seed: seed}, path)
				if err != nil {
					t.Fatalf("%s %s seed %d: %v", lang, name, seed, err)
				}
				bramSaid := false
				for _, f := range s.Feed() {
					mentions := strings.Contains(strings.ToLower(f.Text), words[lang])
					switch {
					case f.By == "customer" && mentions:
						bramSaid = true
					case f.By != "customer" && f.By != "brand" && mentions && !bramSaid:
						early++
						t.Errorf("%s %s seed %d minute %.0f: %s speaks of the adviser before Bram did: %q",
							lang, name, seed, f.Minute, f.Name, f.Text)
					case f.By != "customer" && f.By != "brand" && mentions:
						heard++
					}
				}
			}
		}
		if heard == 0 {
			t.Errorf("%s: nobody spoke of the advisers after Bram either: the test sees nothing", lang)
		}
		t.Logf("%s: %d posts about the advisers after Bram named his, %d before", lang, heard, early)
	}
}
