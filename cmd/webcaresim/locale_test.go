package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestMain runs the tests in an English locale, whatever the machine's:
// most of them read the English messages, and the ones about Dutch set
// their own.
func TestMain(m *testing.M) {
	for _, v := range []string{"LC_ALL", "LC_MESSAGES"} {
		os.Unsetenv(v)
	}
	os.Setenv("LANG", "C.UTF-8")
	os.Exit(m.Run())
}

// A trainer whose computer speaks Dutch reads the results commands in
// Dutch: the list's columns, statuses and scores, and what an import and a
// save say; in English otherwise.
func TestResultsSpeakTheTrainersLanguage(t *testing.T) {
	for _, c := range []struct {
		locale                        string
		saved, head, status, imported string
	}{
		{"nl_NL.UTF-8", "poging", "SPELER", "afgemaakt", "2 pogingen toegevoegd, 0 waren er al"},
		{"en_US.UTF-8", "saved attempt", "PLAYER", "finished", "2 attempts added, 0 already stored"},
	} {
		t.Run(c.locale, func(t *testing.T) {
			t.Setenv("LANG", c.locale)
			data := t.TempDir()
			t.Setenv("WEBCARESIM_DATA", data)
			for _, choose := range []string{"historical", "best"} {
				if code, _, errs := runCmd(t, "", "replay", "--scenario", "sanoma-juf", "--choose", choose, "--save", "--player", "Anna"); code != 0 || !strings.Contains(errs, c.saved) {
					t.Fatalf("replay --save: exit %d, %q; want %q", code, errs, c.saved)
				}
			}
			code, out, _ := runCmd(t, "", "results", "list")
			if code != 0 || !strings.Contains(out, c.head) || !strings.Contains(out, c.status) {
				t.Errorf("results list: exit %d\n%s\nwant %q and %q", code, out, c.head, c.status)
			}
			exp := filepath.Join(t.TempDir(), "anna.json")
			if code, _, errs := runCmd(t, "", "results", "export", "--format", "json", "--out", exp); code != 0 {
				t.Fatalf("export: %s", errs)
			}
			if code, out, _ := runCmd(t, "", "results", "import", "--data", t.TempDir(), exp); code != 0 || !strings.Contains(out, c.imported) {
				t.Errorf("results import: exit %d, %q; want %q", code, out, c.imported)
			}
		})
	}
}
