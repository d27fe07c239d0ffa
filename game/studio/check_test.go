package studio

import (
	"os"
	"strings"
	"testing"
)

// The checker's warning about a route whose follow-up presumes words its
// condition does not require (scenarios/followup.go) reaches the route's
// field in the studio, and a written choice gets its score with spans.
func TestCheckShowsTheFollowUpWarningBesideTheRoute(t *testing.T) {
	data, err := os.ReadFile("../../scenarios/builtin/universiteit-kut.nl.toml")
	if err != nil {
		t.Fatal(err)
	}
	const old = "en dít is jullie antwoord?"
	if !strings.Contains(string(data), old) {
		t.Skip("the university case was reworded; see scenarios/followup_test.go")
	}
	c, err := Decode([]byte(strings.Replace(string(data), old, "en jullie beginnen over mijn taalgebruik?", 1)))
	if err != nil {
		t.Fatal(err)
	}
	rep := Check(Pair{"nl": c}, nil)
	found := false
	for _, p := range rep.Problems["nl"] {
		if strings.Contains(p.Message, "sends typed replies to") && strings.HasPrefix(p.Field, "decision[") &&
			strings.Contains(p.Field, ".route[") && strings.HasSuffix(p.Field, ".next") && p.Warning {
			found = true
		}
	}
	if !found {
		t.Fatalf("no follow-up warning on a route's next field: %+v", rep.Problems["nl"])
	}
	if rep.State["nl"] != "loads" {
		t.Errorf("a case with warnings only is %q, want loads", rep.State["nl"])
	}
	best := 0
	for key, s := range rep.Scores["nl"] {
		if !strings.HasPrefix(key, "decision[1].choice[") {
			continue
		}
		if s.Best {
			best++
		}
		for _, f := range s.Features {
			if f.End > f.Start && f.Text == "" {
				t.Errorf("%s: a span without its text", key)
			}
		}
	}
	if best != 1 {
		t.Errorf("the first decision has %d best choices, want 1", best)
	}
}
