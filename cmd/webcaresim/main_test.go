package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

func runCmd(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

func TestCheckBuiltinsPass(t *testing.T) {
	code, out, errs := runCmd(t, "", "check")
	if code != 0 {
		t.Fatalf("check of the built-in scenarios exited %d:\n%s%s", code, out, errs)
	}
}

func TestCheckReportsEachProblemWithFileAndLine(t *testing.T) {
	file := "../../scenarios/testdata/broken/three-problems.nl.toml"
	code, out, _ := runCmd(t, "", "check", file)
	if code != 1 {
		t.Errorf("check of a broken file exited %d, want 1", code)
	}
	line := regexp.MustCompile(`^` + regexp.QuoteMeta(file) + `:\d+: [a-z_\[\]0-9.]+: .+$`)
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) < 3 {
		t.Fatalf("want at least 3 problems, got:\n%s", out)
	}
	for _, l := range lines {
		if !line.MatchString(l) {
			t.Errorf("problem line not in FILE:LINE: field: problem form: %q", l)
		}
	}
	for _, want := range []string{"unknown key", "neither a decision nor an ending", "over the twitter limit"} {
		if !strings.Contains(out, want) {
			t.Errorf("check output lacks %q:\n%s", want, out)
		}
	}
}

func TestListJSON(t *testing.T) {
	code, out, errs := runCmd(t, "", "list", "--json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var list []map[string]any
	if err := json.Unmarshal([]byte(out), &list); err != nil {
		t.Fatalf("list --json is not JSON: %v\n%s", err, out)
	}
	found := false
	for _, e := range list {
		if e["id"] == "sanoma-juf" && e["language"] == "nl" && e["title"] != "" {
			found = true
		}
	}
	if !found {
		t.Errorf("sanoma-juf (nl) not listed: %s", out)
	}
}

func TestScoreJSONOneObjectPerReply(t *testing.T) {
	code, out, errs := runCmd(t, "Sorry Dorien, dat had niet mogen gebeuren.\n\nWat wil je nou?\n", "score", "--json", "--lang", "nl")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 2 {
		t.Fatalf("want one JSON line per non-empty input line, got %d:\n%s", len(lines), out)
	}
	for _, l := range lines {
		var a struct {
			Empathy      *float64 `json:"empathy"`
			Deescalation *float64 `json:"deescalation"`
			Features     []struct {
				ID        string  `json:"id"`
				Dimension string  `json:"dimension"`
				Points    float64 `json:"points"`
				Start     *int    `json:"start"`
				End       *int    `json:"end"`
				Text      *string `json:"text"`
			} `json:"features"`
		}
		if err := json.Unmarshal([]byte(l), &a); err != nil {
			t.Fatalf("not JSON: %v: %s", err, l)
		}
		if a.Empathy == nil || a.Deescalation == nil || *a.Empathy < 0 || *a.Empathy > 100 || *a.Deescalation < 0 || *a.Deescalation > 100 {
			t.Errorf("scores missing or out of range: %s", l)
		}
		for _, f := range a.Features {
			if f.ID == "" || f.Dimension == "" || f.Start == nil || f.End == nil || f.Text == nil {
				t.Errorf("feature lacks a key: %s", l)
			}
		}
	}
}

func TestReplayJSONIsCompleteAndDeterministic(t *testing.T) {
	args := []string{"replay", "--scenario", "sanoma-juf", "--choose", "historical", "--seed", "1", "--json"}
	code, out, errs := runCmd(t, "", args...)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	_, again, _ := runCmd(t, "", args...)
	if out != again {
		t.Error("the same seed gave different output")
	}
	var r struct {
		Scores  map[string]any   `json:"scores"`
		Replies []map[string]any `json:"replies"`
		Ending  string           `json:"ending"`
		Shares  *int             `json:"shares"`
		Posts   *int             `json:"posts"`
		Curve   []map[string]any `json:"curve"`
	}
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatalf("not one JSON object: %v", err)
	}
	for _, k := range []string{"empathy", "speed", "deescalation", "overall"} {
		v, ok := r.Scores[k].(float64)
		if !ok || v < 0 || v > 100 {
			t.Errorf("scores.%s = %v", k, r.Scores[k])
		}
	}
	if len(r.Replies) == 0 || r.Ending == "" || r.Shares == nil || r.Posts == nil || len(r.Curve) == 0 {
		t.Fatalf("report incomplete: %s", out[:min(len(out), 400)])
	}
	for _, k := range []string{"minute", "text", "analysis"} {
		if _, ok := r.Replies[0][k]; !ok {
			t.Errorf("reply lacks %q", k)
		}
	}
	for _, k := range []string{"minute", "posts", "negative_share", "outrage"} {
		if _, ok := r.Curve[len(r.Curve)-1][k]; !ok {
			t.Errorf("curve point lacks %q", k)
		}
	}
}

func TestReplayRejectsBadArguments(t *testing.T) {
	for _, args := range [][]string{
		{"replay", "--choose", "best"},
		{"replay", "--scenario", "sanoma-juf"},
		{"replay", "--scenario", "sanoma-juf", "--choose", "x,y"},
	} {
		if code, _, _ := runCmd(t, "", args...); code != 2 {
			t.Errorf("%v exited %d, want 2", args, code)
		}
	}
	if code, _, errs := runCmd(t, "", "replay", "--scenario", "bestaat-niet", "--choose", "best"); code != 1 || !strings.Contains(errs, "no scenario") {
		t.Errorf("an unknown scenario: exit %d, %q", code, errs)
	}
}

// A choice the case does not have fails in every world alike; the trainer
// reads the reason once, not once per world.
func TestReplayWorldsSaysAnUnplayableChoiceOnce(t *testing.T) {
	code, _, errs := runCmd(t, "", "replay", "--scenario", "sanoma-juf", "--lang", "nl", "--choose", "9", "--worlds", "5")
	if code != 1 {
		t.Fatalf("an unplayable choice over 5 worlds exited %d, want 1: %s", code, errs)
	}
	if n := strings.Count(errs, "choice 9"); n != 1 {
		t.Errorf("the reason is said %d times, want once:\n%s", n, errs)
	}
}

// A reply signed with the brand's name is signed by no one: with --brand,
// score finds the company signature that it cannot know of without it.
func TestScoreBrandFindsTheCompanySignature(t *testing.T) {
	reply := "Ik heb de afschrijving teruggeboekt en je opzegging verwerkt. Groet, Coolblue\n"
	ids := func(args ...string) string {
		code, out, errs := runCmd(t, reply, append([]string{"score", "--json", "--lang", "nl"}, args...)...)
		if code != 0 {
			t.Fatalf("exit %d: %s", code, errs)
		}
		return out
	}
	if with := ids("--brand", "Coolblue"); !strings.Contains(with, `"company_signature"`) {
		t.Errorf("with --brand Coolblue the brand signature is not found: %s", with)
	}
	if without := ids(); strings.Contains(without, `"company_signature"`) {
		t.Errorf("without --brand a signature cannot be known as the brand's: %s", without)
	}
}

// A misreading pattern the rubric cannot compile is a problem of the file
// that names its line and field, found by the rubric's own compiler.
func TestCheckNamesABrokenMisreadingPattern(t *testing.T) {
	data, err := os.ReadFile("../../scenarios/builtin/sanoma-juf.nl.toml")
	if err != nil {
		t.Fatal(err)
	}
	good := `"niet * gebeld"`
	if !strings.Contains(string(data), good) {
		t.Fatalf("the Sanoma case no longer has the misreading %s this test breaks", good)
	}
	file := filepath.Join(t.TempDir(), "sanoma-juf.nl.toml")
	broken := strings.Replace(string(data), good, `"niet ** gebeld"`, 1)
	if err := os.WriteFile(file, []byte(broken), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, _ := runCmd(t, "", "check", file)
	if code != 1 {
		t.Errorf("check of a broken misreading pattern exited %d, want 1:\n%s", code, out)
	}
	want := regexp.MustCompile(regexp.QuoteMeta(file) + `:\d+: misreading\[1\]\.says\[4\]: not a pattern of the rubric: .*wildcard`)
	if !want.MatchString(out) {
		t.Errorf("check does not name the broken pattern with file, line and field:\n%s", out)
	}
}
