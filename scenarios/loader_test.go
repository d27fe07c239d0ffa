package scenarios

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestBuiltinScenariosLoadWithoutErrors(t *testing.T) {
	set := Builtin()
	for _, p := range set.Errors() {
		t.Errorf("%s", p)
	}
	sc, ok := set.Find("sanoma-juf", "nl")
	if !ok {
		t.Fatalf("sanoma-juf (nl) missing; have %d scenarios", len(set.Scenarios))
	}
	historical := 0
	for _, d := range sc.Decisions {
		for _, c := range d.Choices {
			if c.Historical && c.Text == "Wat wil je nou? De juf uithangen of geholpen worden?" {
				historical++
			}
		}
	}
	if historical == 0 {
		t.Error("the historical Sanoma reply is not quoted exactly as a choice")
	}
}

// The broken example has a misspelt key, a choice leading nowhere and a text
// over Twitter's limit: each must be named with its file, line and field.
func TestCheckNamesFileLineAndField(t *testing.T) {
	file := filepath.Join("testdata", "broken", "three-problems.nl.toml")
	set := Load(file)
	if len(set.Scenarios) != 0 {
		t.Fatalf("a broken scenario was loaded as playable")
	}
	want := []struct {
		line  int
		field string
		says  string
	}{
		{35, "decision.choice.nxet", "unknown key"},
		{35, "decision.choice.nxet", `did you mean "next"`},
		{39, "decision[1].choice[2].next", `"bestaat-niet" is neither a decision nor an ending`},
		{42, "decision[1].choice[3].text", "over the twitter limit of 280"},
	}
	var got []string
	for _, p := range set.Problems {
		got = append(got, p.String())
	}
	all := strings.Join(got, "\n")
	for _, w := range want {
		prefix := fmt.Sprintf("%s:%d: %s: ", file, w.line, w.field)
		found := false
		for _, g := range got {
			if strings.HasPrefix(g, prefix) && strings.Contains(g, w.says) {
				found = true
			}
		}
		if !found {
			t.Errorf("no problem %q…%q; got:\n%s", prefix, w.says, all)
		}
	}
}

// A broken file never stops the others in the same folder from loading.
func TestBrokenFileDoesNotStopOthers(t *testing.T) {
	dir := t.TempDir()
	good, err := builtinFS.ReadFile("builtin/sanoma-juf.nl.toml")
	if err != nil {
		t.Fatal(err)
	}
	write(t, filepath.Join(dir, "a-good.nl.toml"), string(good))
	write(t, filepath.Join(dir, "b-syntax.nl.toml"), "id = \"x\"\ntitle = \"unterminated\n")
	write(t, filepath.Join(dir, "c-types.nl.toml"), "id = \"y\"\ndifficulty = \"hard\"\n")
	set := Load(dir)
	if len(set.Scenarios) != 1 || set.Scenarios[0].ID != "sanoma-juf" {
		t.Fatalf("want only the good scenario loaded, got %d", len(set.Scenarios))
	}
	var syntax, types bool
	for _, p := range set.Errors() {
		s := p.String()
		if strings.Contains(s, "b-syntax.nl.toml:2:") {
			syntax = true
		}
		if strings.Contains(s, "c-types.nl.toml:2: difficulty:") {
			types = true
		}
	}
	if !syntax || !types {
		t.Errorf("syntax error named: %v, type error named: %v; problems: %v", syntax, types, set.Problems)
	}
}

func write(t *testing.T, path, data string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestParseDuration(t *testing.T) {
	for in, want := range map[string]float64{"0m": 0, "3m": 3, "1h30m": 90, "1d2h": 1560, "90": 90, "2.5m": 2.5} {
		got, err := ParseDuration(in)
		if err != nil || got != want {
			t.Errorf("ParseDuration(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	for _, bad := range []string{"", "5", "5x", "h", "3m5"} {
		if bad == "5" {
			continue // a bare number is minutes
		}
		if _, err := ParseDuration(bad); err == nil {
			t.Errorf("ParseDuration(%q) accepted", bad)
		}
	}
}

func TestWallClockCountsFromTheStart(t *testing.T) {
	sc := &Scenario{StartClock: "za 11:00"}
	for m, want := range map[float64]string{0: "za 11:00", 13: "za 11:13", 1560: "zo 13:00", 14 * 1440: "za 11:00"} {
		if got := sc.WallClock(m, "nl"); got != want {
			t.Errorf("WallClock(%v, nl) = %q, want %q", m, got, want)
		}
	}
	if got := sc.WallClock(1560, "en"); got != "Sun 13:00" {
		t.Errorf("English wall clock %q", got)
	}
	if got := (&Scenario{}).WallClock(73, "nl"); got != "+1:13" {
		t.Errorf("without start_clock %q", got)
	}
	if _, _, err := startClock("zz 11:00"); err == nil {
		t.Error("an unknown day was accepted")
	}
}

// A choice's or route's crowd is checked like the scenario's [crowd]: shares
// between 0 and 1 and together at most 1, a branching factor between 0.2
// and 5, each named with its file, line and field.
func TestCrowdSideIsValidated(t *testing.T) {
	good, err := builtinFS.ReadFile("builtin/liberty-bottleworks.nl.toml")
	if err != nil {
		t.Fatal(err)
	}
	src := string(good)
	// no built-in choice sets a crowd (game/session/side.go decides where
	// the public stands): the test writes one on the historical choice and
	// on the blame_customer route of the first decision
	choice, route := "  historical_path = true\n  next = \"viraal\"\n", "  when = { has = [\"blame_customer\"] }\n  next = \"viraal\"\n"
	if !strings.Contains(src, choice) || !strings.Contains(src, route) {
		t.Fatalf("liberty-bottleworks.nl.toml no longer has the historical choice and the route this test sets a crowd on")
	}
	src = strings.Replace(src, choice, choice+"  crowd = { negative_share = 1.5 }\n", 1)
	src = strings.Replace(src, route, route+"  crowd = { negative_share = 0.6, positive_share = 0.7 }\n", 1)
	dir := t.TempDir()
	file := filepath.Join(dir, "liberty-bottleworks.nl.toml")
	write(t, file, src)
	set := Load(file)
	lines := strings.Split(src, "\n")
	lineOf := func(s string, n int) int {
		for i, l := range lines {
			if strings.Contains(l, s) {
				if n--; n == 0 {
					return i + 1
				}
			}
		}
		return 0
	}
	l1, l2 := lineOf("crowd = {", 1), lineOf("crowd = {", 2)
	// the route's number is counted, not written down: a route added above
	// it moved it from route[4] to route[5]
	first := strings.Index(src, "[[decision]]")
	nth := strings.Count(src[first:strings.Index(src, route)], "[[decision.route]]")
	for _, want := range []string{
		fmt.Sprintf("%s:%d: decision[1].choice[1].crowd.negative_share: is 1.5; a share lies between 0 and 1", file, l1),
		fmt.Sprintf("%s:%d: decision[1].route[%d].crowd.positive_share: is 0.7 with negative_share 0.6", file, l2, nth),
	} {
		found := false
		for _, p := range set.Problems {
			found = found || strings.HasPrefix(p.String(), want)
		}
		if !found {
			t.Errorf("no problem %q; got %v", want, set.Problems)
		}
	}
	if len(set.Scenarios) != 0 {
		t.Error("a scenario with a crowd share of 1.5 was loaded as playable")
	}
}

func TestTurnsLeadToEndings(t *testing.T) {
	good, err := builtinFS.ReadFile("builtin/sanoma-juf.nl.toml")
	if err != nil {
		t.Fatal(err)
	}
	src := string(good)
	for _, r := range [][2]string{
		{"when = { reach_at_least = 0.5 }\n  next = \"storm\"", "when = { reach_at_least = 1.5 }\n  next = \"escalatie\""},
		{"when = { reach_below = 0.25 }", "when = { }"},
		{"when = { reach_at_least = 0.5 }\n  next = \"herstel-rumoer\"", "when = { support_reach_below = -0.1 }\n  next = \"herstel-rumoer\""},
		{"when = { reach_at_least = 0.5 }\n  next = \"opgelost-rumoer\"", "when = { group_below = -1 }\n  next = \"opgelost-rumoer\""},
	} {
		if !strings.Contains(src, r[0]) {
			t.Fatalf("the built-in Sanoma has no %q to break", r[0])
		}
		src = strings.Replace(src, r[0], r[1], 1)
	}
	dir := t.TempDir()
	file := filepath.Join(dir, "sanoma-juf.nl.toml")
	write(t, file, src)
	set := Load(file)
	var got []string
	for _, p := range set.Problems {
		got = append(got, p.String())
	}
	for _, want := range []string{
		`turn[1].next: "escalatie" is not an ending in this file`,
		"turn[1].when.reach_at_least: is 1.5; a share lies between 0 and 1",
		"turn[1].when: sets nothing",
		"turn[1].when.support_reach_below: is -0.1; a share lies between 0 and 1",
		"turn[1].when.group_below: is -1; a group's followers are a count, never negative",
	} {
		found := false
		for _, g := range got {
			found = found || strings.Contains(g, want)
		}
		if !found {
			t.Errorf("no problem %q; got:\n%s", want, strings.Join(got, "\n"))
		}
	}
}

// A misreading needs what a reply that makes it says, in words, and the
// fact it gets wrong; the checker names the line of each problem.
func TestMisreadingIsValidated(t *testing.T) {
	good, err := builtinFS.ReadFile("builtin/sanoma-juf.nl.toml")
	if err != nil {
		t.Fatal(err)
	}
	src := string(good)
	const fact = `fact = "Dorien had al gebeld en al twee keer gemaild voordat ze op Twitter om hulp vroeg."`
	if !strings.Contains(src, fact) {
		t.Fatal("sanoma-juf.nl.toml should list the 'al gebeld' misreading")
	}
	if _, probs := Parse("sanoma-juf.nl.toml", good); len(probs) > 0 {
		t.Fatalf("the built-in file has problems: %v", probs)
	}
	src = strings.Replace(src, fact, `fact = ""`, 1)
	src = strings.Replace(src, `says = ["veel * gebeld|bellen",`, `says = ["re:(?i)gebeld", "",`, 1)
	_, probs := Parse("sanoma-juf.nl.toml", []byte(src))
	want := map[string]bool{"misreading[1].fact": false, "misreading[1].says[1]": false, "misreading[1].says[2]": false}
	for _, p := range probs {
		if _, ok := want[p.Field]; ok && p.Line > 0 {
			want[p.Field] = true
		}
	}
	for field, seen := range want {
		if !seen {
			t.Errorf("no problem with a line for %s; got %v", field, probs)
		}
	}
}
