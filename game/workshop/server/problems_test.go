package server_test

import (
	"context"
	"fmt"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/webcaresim/webcaresim/game/workshop/client"
	"github.com/webcaresim/webcaresim/game/workshop/server"
	"github.com/webcaresim/webcaresim/game/workshop/store"
	"github.com/webcaresim/webcaresim/scenarios"
)

// brokenCase is a shared case with a TOML syntax error: a table name
// without its closing bracket, on line 5.
const brokenCase = `id = "gedeeld"
language = "nl"
title = "Gedeelde case"

[brand
name = "Voorbeeld"
`

// wrongFieldCase is valid TOML with a field of the wrong kind on line 4.
const wrongFieldCase = `id = "gedeeld2"
language = "nl"
title = "Nog een gedeelde case"
difficulty = "moeilijk"
`

// A trainer who puts a shared scenario file with a syntax error in the
// scenario folder sees on the dashboard, in their language, which file
// does not load, on which line, in which field and why; the workshop and
// the other cases go on working, and a file put right drops off the list.
func TestABrokenSharedScenarioIsNamedOnTheDashboard(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	load := func() scenarios.Set { return scenarios.Builtin().Merge(scenarios.Load(dir)) }
	st, err := store.Open(ctx, filepath.Join(t.TempDir(), "w.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	srv, err := server.New(ctx, server.Config{Store: st, Secret: secret, Scenarios: load(), Reload: load})
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(srv.Handler())
	defer ts.Close()
	e := &env{t: t, ts: ts, st: st, web: newJarClient(), base: ts.URL}
	e.login()
	code := e.workshop()
	if _, page := e.get("/trainer?w=" + code + "&lang=nl"); strings.Contains(page, "scenario-problems") {
		t.Fatal("the dashboard names scenario problems before any file is broken")
	}

	// The trainer shares two broken cases into the folder.
	for name, text := range map[string]string{"gedeeld.nl.toml": brokenCase, "gedeeld2.nl.toml": wrongFieldCase} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	srv.ReloadScenarios() // as the folder's watch does
	// The line is the loader's, as `check` prints it (the TOML reader
	// names the line where it found the end of the table name).
	_, probs := scenarios.Parse("gedeeld.nl.toml", []byte(brokenCase))
	if len(probs) != 1 || probs[0].Line < 5 {
		t.Fatalf("the loader's problems with the broken file: %v", probs)
	}
	line := fmt.Sprint(probs[0].Line)
	for lang, want := range map[string][]string{
		"nl": {"Een scenariobestand laadt niet", "gedeeld.nl.toml</code>, regel " + line + ": ", "verwacht aan het eind van de tabelnaam",
			"gedeeld2.nl.toml</code>, regel 4, veld difficulty: verkeerd soort waarde"},
		"en": {"A scenario file does not load", "gedeeld.nl.toml</code>, line " + line + ": ", "expected &#39;.&#39; or &#39;]&#39; to end table name",
			"gedeeld2.nl.toml</code>, line 4, field difficulty: incompatible types"},
	} {
		_, page := e.get("/trainer?w=" + code + "&lang=" + lang)
		for _, w := range want {
			if !strings.Contains(page, w) {
				_, problems, _ := strings.Cut(page, `scenario-problems`)
				problems, _, _ = strings.Cut(problems, "</section>")
				t.Errorf("the %s dashboard does not say %q; its problems: %s", lang, w, problems)
			}
		}
	}

	// Nothing else is lost: a trainee joins the workshop and gets its case.
	_, joined, err := client.Join(ctx, e.base, code, "Noor", "nl")
	if err != nil || len(joined.Scenarios) != 1 || joined.Scenarios[0].Key != "sanoma-juf/nl" {
		t.Fatalf("joining the workshop with broken files in the folder: %+v, %v", joined, err)
	}

	// Put right, the file drops off the list and its case is offered.
	fixed := strings.Replace(brokenCase, "[brand\n", "[brand]\n", 1)
	if err := os.WriteFile(filepath.Join(dir, "gedeeld.nl.toml"), []byte(fixed), 0o644); err != nil {
		t.Fatal(err)
	}
	srv.ReloadScenarios()
	if _, page := e.get("/trainer?w=" + code + "&lang=nl"); strings.Contains(page, "gedeeld.nl.toml</code>, regel "+line) {
		t.Error("the dashboard still names the file after it was put right")
	}
}
