package session

import (
	"strings"
	"testing"

	"github.com/webcaresim/webcaresim/scenarios"
)

// Domino's praise case on the model replies' path: no bystander speaks of
// a canned reply that was never posted, nor praises a brand for laughing at
// itself when no reply made a joke.
func TestDominosModelPathHearsNoPresumedAct(t *testing.T) {
	presumed := map[string][]string{
		"nl": {"standaardtekst staat er nog steeds", "om zichzelf kan lachen", "mooi hersteld"},
		"en": {"canned one is still up", "laugh at itself", "nicely recovered"},
	}
	for lang, words := range presumed {
		sc, ok := scenarios.BuiltinForPlay().Find("dominos-sorry", lang)
		if !ok {
			t.Fatal("dominos-sorry missing")
		}
		for seed := uint64(1); seed <= 20; seed++ {
			s, err := Run(sc, Options{Seed: seed, Mode: Practice}, Best{})
			if err != nil {
				t.Fatal(err)
			}
			joked := false
			for _, r := range s.replies {
				joked = joked || r.Analysis.Has("humour")
			}
			for _, f := range s.Feed() {
				low := strings.ToLower(f.Text)
				for _, w := range words {
					if strings.Contains(low, w) && !(joked && strings.Contains(w, "lach") || joked && strings.Contains(w, "laugh")) {
						t.Errorf("%s seed %d: %q on the model path: %s", lang, seed, w, f.Text)
					}
				}
			}
		}
	}
}
