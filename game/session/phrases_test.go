package session

import (
	"slices"
	"strings"
	"testing"

	"github.com/webcaresim/webcaresim/scenarios"
)

// What a bystander quotes of a reply is something it said: not its
// signature, and not a clause too short to stand on its own.
func TestBystandersQuoteWhatTheReplySaid(t *testing.T) {
	sc, ok := scenarios.Builtin().Find("servicepolitie", "nl")
	if !ok {
		t.Fatal("servicepolitie (nl) missing")
	}
	s, err := New(sc, Options{Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	text := "Anouk heeft gelijk: vijftig minuten wachten is niet wat wij willen. Het water hadden we niet mogen rekenen. We nodigen haar graag opnieuw uit, als onze gast. – Joost, eigenaar"
	got := replyPhrases(text, s.Analyze(text), "", "")
	if !slices.Contains(got, "Het water hadden we niet mogen rekenen.") {
		t.Errorf("a whole sentence of the reply is not quoted: %q", got)
	}
	for _, p := range got {
		if strings.Contains(p, "Joost") || p == "als onze gast." {
			t.Errorf("bystanders would quote %q, which the reply did not say as a message (all: %q)", p, got)
		}
	}
}
