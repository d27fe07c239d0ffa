package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A stored attempt (one object of `results export --format json`) names
// its scenario, language and seed but keeps its report, not its steps:
// replay took it for a round in which nobody answered and printed grade
// 1.0 "Ignored" for a round that was played (playtest 24, P24-11). A file
// without "steps" is refused with the file's name and what a transcript
// holds; an empty "steps" list still replays a round of silence.
func TestReplayRefusesAFileWithoutSteps(t *testing.T) {
	dir := t.TempDir()
	write := func(name, body string) string {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		return path
	}
	attempt := write("attempt.json", `{"id":"a1","scenario":"dominos-sorry","language":"en","seed":3,"mode":"practice","report":{"grade":7.9,"replies":[{"minute":4,"text":"Thanks Kevin!"}]}}`)
	bare := write("bare.json", `{"scenario":"dominos-sorry","language":"en","seed":3}`)
	for path, want := range map[string]string{attempt: "is a stored attempt, not a transcript", bare: `has no "steps"`} {
		code, out, errs := runCmd(t, "", "replay", "--transcript", path)
		if code != 1 || !strings.Contains(errs, want) || !strings.Contains(errs, path) || strings.Contains(out, "Grade") {
			t.Errorf("replay of %s: exit %d, stderr %q, stdout %.80q; want exit 1 naming the file and %q, and no report", filepath.Base(path), code, errs, out, want)
		}
	}
	silence := write("silence.json", `{"scenario":"dominos-sorry","language":"en","seed":3,"steps":[]}`)
	if code, out, errs := runCmd(t, "", "replay", "--transcript", silence); code != 0 || !strings.Contains(out, "Grade") {
		t.Errorf("an empty list of steps is a round of silence: exit %d, %q, %.80q", code, errs, out)
	}
}
