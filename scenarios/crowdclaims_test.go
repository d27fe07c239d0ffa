package scenarios

import (
	"os"
	"strings"
	"testing"
)

// An ending that says how big the crowd's reaction was ("weinig ophef",
// "hundreds of posts") is shown beside the round's own numbers; the checker
// warns unless the ending's turns make the claim true.
func TestEndingsThatClaimACrowdSizeAreWarnedAbout(t *testing.T) {
	data, err := os.ReadFile("testdata/example.nl.toml")
	if err != nil {
		t.Fatal(err)
	}
	src := string(data)
	replace := func(old, new string) string {
		if !strings.Contains(src, old) {
			t.Fatalf("the example has no %q", old)
		}
		return strings.Replace(src, old, new, 1)
	}
	const calm = `outcome = "Een klant die geholpen is, niet gewonnen."`
	const angry = `outcome = "Een reeks boze tweets en een consumentenblog."`
	cases := []struct {
		name, src, field string
		warned           bool
	}{
		{"a small claim on an ending the path reaches", replace(calm, `outcome = "Weinig ophef, een klant die niet gewonnen is."`), "ending[2].outcome", true},
		{"a big claim on an ending the path reaches", replace(angry, `outcome = "Honderden boze berichten en een consumentenblog."`), "ending[3].outcome", true},
		{"an English small claim in the text", replace(`text = "Sam heeft zijn pakket, maar voelt zich niet gehoord."`, `text = "Sam has his parcel. No fuss, but no warmth."`), "ending[2].text", true},
		{"outrage called great is a big claim", replace(angry, `outcome = "De verontwaardiging was groot, maar ebde weg."`), "ending[3].outcome", true},
		{"an English outrage called great", replace(angry, `outcome = "The outrage was great, but ebbed away in a few days."`), "ending[3].outcome", true},
		{"no storm is a small claim, not a big one", replace(calm, `outcome = "Geen storm, wel een klant die niet gewonnen is."`), "ending[2].outcome", true},
		{"a small claim with a turn that leaves when the story spreads", replace(calm,
			"outcome = \"Weinig ophef, een klant die niet gewonnen is.\"\n\n  [[ending.turn]]\n  when = { reach_at_least = 0.3 }\n  next = \"boos\""),
			"ending[2].outcome", false},
		{"the example as written", src, "ending[2].outcome", false},
	}
	for _, c := range cases {
		_, ps := Parse("case.nl.toml", []byte(c.src))
		p := findProblem(ps, c.field, "about the crowd")
		switch {
		case c.warned && p == nil:
			t.Errorf("%s: no warning; got %v", c.name, ps)
		case c.warned && !p.Warning:
			t.Errorf("%s: an error, want a warning: %v", c.name, p)
		case !c.warned && p != nil:
			t.Errorf("%s: warned: %v", c.name, p)
		}
	}
	// the ending the turn leads to is reached both directly and by a turn
	// that sets no minimum: its big claim is still not guaranteed
	turned := strings.Replace(replace(angry, `outcome = "Honderden boze berichten en een consumentenblog."`), calm,
		calm+"\n\n  [[ending.turn]]\n  when = { critics_at_least = 0.5 }\n  next = \"boos\"", 1)
	_, ps := Parse("case.nl.toml", []byte(turned))
	if p := findProblem(ps, "ending[3].outcome", "about the crowd"); p == nil {
		t.Errorf("a big claim reached by a turn on critics only: no warning; got %v", ps)
	}
}

// No built-in ending claims a crowd size its turns do not guarantee.
func TestBuiltinEndingsClaimNoUnguardedCrowdSize(t *testing.T) {
	set := Builtin()
	if len(set.Scenarios) == 0 {
		t.Fatal("no built-in scenarios")
	}
	for _, p := range set.Problems {
		if strings.Contains(p.Message, "about the crowd") {
			t.Errorf("%s:%d: %s: %s", p.File, p.Line, p.Field, p.Message)
		}
	}
}
