package main

import (
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/webcaresim/webcaresim/game/progress"
	"github.com/webcaresim/webcaresim/game/session"
	"github.com/webcaresim/webcaresim/scenarios"
	"github.com/webcaresim/webcaresim/scoring"
)

func TestReplaySaveExportImport(t *testing.T) {
	data := t.TempDir()
	t.Setenv("WEBCARESIM_DATA", data)
	player := "=Anna, \"de\" Vries\n🙂 مريم"
	for _, choose := range []string{"historical", "best"} {
		code, _, errs := runCmd(t, "", "replay", "--scenario", "sanoma-juf", "--choose", choose, "--save", "--player", player, "--json")
		if code != 0 || !strings.Contains(errs, "saved attempt") {
			t.Fatalf("replay --save exited %d: %s", code, errs)
		}
	}
	if code, _, _ := runCmd(t, "", "replay", "--scenario", "sanoma-juf", "--choose", "best", "--save", "--player", "Bram"); code != 0 {
		t.Fatal("replay --save without --json failed")
	}

	// list --json: three attempts, one scenario summary.
	code, out, errs := runCmd(t, "", "results", "list", "--json")
	if code != 0 {
		t.Fatalf("results list: %d %s", code, errs)
	}
	var list struct {
		Attempts []struct {
			ID, Player, Scenario, Status string
		}
		Summaries []struct {
			Scenario string
			Attempts int
			Trend    []float64
		}
	}
	if err := json.Unmarshal([]byte(out), &list); err != nil {
		t.Fatal(err)
	}
	if len(list.Attempts) != 3 || list.Attempts[0].Player != player || list.Attempts[0].Status != progress.Finished ||
		len(list.Summaries) != 1 || list.Summaries[0].Attempts != 3 || len(list.Summaries[0].Trend) != 3 {
		t.Fatalf("list: %s", out)
	}

	// The table names the ending as the game did, in --lang: the best
	// path ends "Geholpen en gewaardeerd", never by its id.
	sc, ok := scenarios.BuiltinForPlay().Find("sanoma-juf", "nl")
	en, ok2 := scenarios.BuiltinForPlay().Find("sanoma-juf", "en")
	if !ok || !ok2 {
		t.Fatal("sanoma-juf is not built in")
	}
	for _, c := range []struct {
		lang string
		sc   *scenarios.Scenario
	}{{"nl", sc}, {"en", en}} {
		_, out, _ := runCmd(t, "", "results", "list", "--lang", c.lang)
		for _, e := range sc.Endings {
			if strings.Contains(out, "  "+e.ID+"  ") {
				t.Errorf("results list shows the ending id %q:\n%s", e.ID, out)
			}
		}
		title := ""
		for _, e := range c.sc.Endings {
			if strings.Contains(out, e.Title) {
				title = e.Title
			}
		}
		if title == "" {
			t.Errorf("results list --lang %s names no ending of the case:\n%s", c.lang, out)
		}
	}

	// A filtered CSV export for the trainer.
	code, out, errs = runCmd(t, "", "results", "export", "--player", strings.ToUpper(player[:5])+player[5:], "--since", "2000-01-01")
	if code != 0 {
		t.Fatalf("export: %s", errs)
	}
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil || len(rows) != 3 {
		t.Fatalf("export csv: %d rows, %v\n%s", len(rows), err, out)
	}
	if rows[1][1] != "'"+player || rows[1][2] != "sanoma-juf" || rows[1][3] != "nl" {
		t.Errorf("csv row %q", rows[1])
	}

	// A JSON export merged into another laptop's store, twice.
	exp := filepath.Join(t.TempDir(), "anna.json")
	if code, _, errs := runCmd(t, "", "results", "export", "--format", "json", "--out", exp); code != 0 {
		t.Fatalf("export json: %s", errs)
	}
	other := t.TempDir()
	for i, want := range []string{"3 attempts added, 0 already stored", "0 attempts added, 3 already stored"} {
		code, out, errs := runCmd(t, "", "results", "import", "--data", other, exp)
		if code != 0 || !strings.Contains(out, want) {
			t.Errorf("import %d: %d %q %q, want %q", i+1, code, out, errs, want)
		}
	}
	// The store file itself imports too, and adds nothing new.
	if _, out, _ := runCmd(t, "", "results", "import", "--data", other, filepath.Join(data, progress.FileName)); !strings.Contains(out, "0 attempts added") {
		t.Errorf("import of attempts.jsonl: %q", out)
	}
	code, out, _ = runCmd(t, "", "results", "list", "--data", other)
	if code != 0 || !strings.Contains(out, "sanoma-juf") || strings.Contains(out, "\n🙂") {
		t.Errorf("list of the merged store (names must stay on one line):\n%s", out)
	}
}

func TestResultsErrors(t *testing.T) {
	t.Setenv("WEBCARESIM_DATA", t.TempDir())
	csvFile := filepath.Join(t.TempDir(), "x.csv")
	if err := os.WriteFile(csvFile, []byte("date,player\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"results"}, 2, "Usage"},
		{[]string{"results", "frobnicate"}, 2, "unknown command"},
		{[]string{"results", "export", "--format", "xls"}, 2, "want csv, replies or json"},
		{[]string{"results", "list", "--since", "yesterday"}, 1, "want a date"},
		{[]string{"results", "import"}, 2, "give one or more"},
		{[]string{"results", "import", csvFile}, 1, "CSV export holds only scores"},
		{[]string{"results", "list"}, 0, ""},
	} {
		code, _, errs := runCmd(t, "", c.args...)
		if code != c.code || !strings.Contains(errs, c.want) {
			t.Errorf("%v: exit %d, %q; want %d and %q", c.args, code, errs, c.code, c.want)
		}
	}
}

func TestPrintable(t *testing.T) {
	if got := printable("a\nb\x1b[31m\u202ec 👩🏽‍💻 שלום"); got != "a b [31mc 👩🏽‍💻 שלום" {
		t.Errorf("printable = %q", got)
	}
}

// replay --save --data DIR stores the round in DIR, as play --data and the
// results commands read it, and not in the default folder.
func TestReplaySaveGoesToTheDataFolder(t *testing.T) {
	def, data := t.TempDir(), t.TempDir()
	t.Setenv("WEBCARESIM_DATA", def)
	if code, _, errs := runCmd(t, "", "replay", "--scenario", "sanoma-juf", "--choose", "best", "--save", "--data", data); code != 0 {
		t.Fatalf("replay --save --data exited %d: %s", code, errs)
	}
	code, out, errs := runCmd(t, "", "results", "list", "--json", "--data", data)
	if code != 0 || !strings.Contains(out, `"sanoma-juf"`) {
		t.Fatalf("results list --data %s: %d %s %s", data, code, out, errs)
	}
	if _, err := os.Stat(filepath.Join(def, "attempts.jsonl")); err == nil {
		t.Error("the attempt was also written to the default folder")
	}
}

// A Dutch replay report says a silence in Dutch, by the clock, without
// the decision's internal id.
func TestReplayReportSaysFactsInItsLanguage(t *testing.T) {
	r := session.Report{Language: "nl", Replies: []session.Reply{{Public: true, Text: "Wat wil je nou?", Analysis: scoring.Analysis{
		Features: []scoring.Feature{{ID: "sarcasm", Dimension: "deescalation", Points: -31, Text: "Wat wil je nou", Label: "Sarcasme of een retorische, kleinerende vraag."}}}}},
		Facts: []session.Fact{{What: "silence", Decision: "terechtwijzing", From: 30, To: 150,
			Detail: `no answer at "terechtwijzing" for 120 minutes`}}}
	var b strings.Builder
	printReport(&b, r, nil)
	if out := b.String(); strings.Contains(out, "terechtwijzing") || strings.Contains(out, "sarcasm ") || !strings.Contains(out, "de-escalatie: Sarcasme") || strings.Contains(out, "no answer") || !strings.Contains(out, "stilte vanaf") {
		t.Errorf("Dutch report:\n%s", out)
	}
}

// A trainer reads a replay and the results list in words, not ids: the
// ending's title, its kind and the mode in the round's language ("Einde:
// ambassadeur (good)" and "practice" under a Dutch round used to be
// printed), and an English attempt's ending in English where no --lang is
// given ("Ambassadeur" beside dominos-sorry/en).
func TestReplayAndResultsListSayTheEndingAsTheTraineeReadIt(t *testing.T) {
	data := t.TempDir()
	for lang, want := range map[string][]string{
		"en": {"(seed 1, practice)", "Ending: Ambassador (good)", "the ending: Ambassador (good)"},
		"nl": {"(seed 1, oefenen)", "Einde: Ambassadeur (goed)", "het einde: Ambassadeur (goed)"},
	} {
		code, out, errs := runCmd(t, "", "replay", "--scenario", "dominos-sorry", "--lang", lang, "--choose", "best", "--save", "--data", data)
		if code != 0 {
			t.Fatalf("replay %s exited %d: %s", lang, code, errs)
		}
		for _, w := range want {
			if !strings.Contains(out, w) {
				t.Errorf("the %s replay does not say %q:\n%s", lang, w, out)
			}
		}
		if strings.Contains(out, "ambassadeur") || strings.Contains(out, "(good)") && lang == "nl" {
			t.Errorf("the %s replay shows an id or an English kind:\n%s", lang, out)
		}
	}
	code, out, errs := runCmd(t, "", "results", "list", "--data", data)
	if code != 0 {
		t.Fatalf("results list exited %d: %s", code, errs)
	}
	for _, line := range strings.Split(out, "\n") {
		if strings.Contains(line, "dominos-sorry/en") && !strings.Contains(line, "Ambassador ") {
			t.Errorf("the English attempt's ending is not its English title: %q", line)
		}
		if strings.Contains(line, "dominos-sorry/nl") && !strings.Contains(line, "Ambassadeur") {
			t.Errorf("the Dutch attempt's ending is not its Dutch title: %q", line)
		}
	}
}
