package session

import (
	"strings"
	"testing"
)

// TestServicePoliceEndingRetellsTheRoundPlayed: after a first reply the
// column printed as lukewarm ("Vervelend dat Anouk het zo heeft
// ervaren…") or as a defence, and a sorry only under the column, the
// good ending said "Je greep de kans op verweer om grootmoedig sorry te
// zeggen" / "You used the chance to respond to apologise generously"
// (playtest 22, P22-9): a round the trainee did not play. The ending now
// says what the first reply was; the path that apologised in the paper
// keeps its text.
func TestServicePoliceEndingRetellsTheRoundPlayed(t *testing.T) {
	tookTheChance := map[string]string{"nl": "greep de kans op verweer", "en": "used the chance to respond"}
	firstReply := map[string]map[string]string{
		"nl": {"lukewarm": "lauw", "defence": "betwistte"},
		"en": {"lukewarm": "lukewarm", "defence": "disputed"},
	}
	paths := map[string]Choices{"lukewarm": {3, 1, 1}, "defence": {1, 2, 1}, "apology in the paper": {2, 1, 1}}
	for _, lang := range []string{"nl", "en"} {
		sc := builtin(t, "servicepolitie", lang)
		for name, path := range paths {
			for seed := uint64(1); seed <= 3; seed++ {
				s, err := Run(sc, Options{Seed: seed, Mode: Practice}, path)
				if err != nil {
					t.Fatalf("%s %s seed %d: %v", lang, name, seed, err)
				}
				e := s.Ending()
				if e == nil || !strings.HasPrefix(e.ID, "tweede-kans") {
					t.Fatalf("%s %s seed %d: path %v; the test needs the second-chance ending", lang, name, seed, s.history)
				}
				says := strings.Contains(e.Text, tookTheChance[lang])
				if want, ok := firstReply[lang][name]; ok {
					if says || !strings.Contains(e.Text, want) {
						t.Errorf("%s %s seed %d (%v): after a %s first reply the ending says %q", lang, name, seed, s.history, name, e.Text)
					}
				} else if e.ID == "tweede-kans" && !says {
					t.Errorf("%s %s seed %d: the apology in the paper no longer reads as taking the chance: %q", lang, name, seed, e.Text)
				}
			}
		}
	}
}
