package session

import (
	"testing"

	"github.com/webcaresim/webcaresim/scenarios"
)

// At HEMA's first question (written choices beside a reply field) a Space
// is writing, as a letter is: it picks no choice (P22-27: it pressed the
// framed written choice 1, and Enter published it). A choice's number picks
// it, until a reply is begun.
func TestASpaceAtADecisionIsWritingAndOnlyANumberPicks(t *testing.T) {
	sc, ok := scenarios.BuiltinForPlay().Find("hema-insuline", "nl")
	if !ok {
		t.Fatal("hema-insuline missing")
	}
	s, err := New(sc, Options{Seed: 2224})
	if err != nil {
		t.Fatal(err)
	}
	for s.Decision() == nil && s.Ending() == nil {
		s.AdvanceTo(s.NextStop())
	}
	d := s.Decision()
	if d == nil || !d.AllowFreeText || len(d.Choices) < 2 {
		t.Fatal("HEMA's first question has no written choices beside a reply field")
	}
	for _, c := range []struct {
		text, draft string
		want        Typed
	}{
		{" ", "", Typed{Choice: -1, Reply: true}},
		{"N", "", Typed{Choice: -1, Reply: true}},
		{"2", "", Typed{Choice: 1}},
		{"2", "Naomi, ", Typed{Choice: -1, Reply: true}},
		{"9", "", Typed{Choice: -1, Reply: true}}, // no ninth choice: a digit in the reply
		{"", "", Typed{Choice: -1}},
		{"\n", "", Typed{Choice: -1}}, // Enter as the browser's text input passes it: a key, not writing
		{"\t", "", Typed{Choice: -1}},
	} {
		if got := s.TypeAtDecision(c.text, c.draft); got != c.want {
			t.Errorf("%q typed with the draft %q: %+v, want %+v", c.text, c.draft, got, c.want)
		}
	}
}
