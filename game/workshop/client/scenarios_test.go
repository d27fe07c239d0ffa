package client

import (
	"os"
	"strings"
	"testing"

	"github.com/webcaresim/webcaresim/game/workshop/api"
)

// The files a workshop sends go through the scenario loader: a case that
// loads is played, a broken one and one sent under another case's key are
// left out with a message naming the file, the line and the field.
func TestCheckScenariosTrustsOnlyWhatLoads(t *testing.T) {
	good, err := os.ReadFile("../../../scenarios/builtin/sanoma-juf.nl.toml")
	if err != nil {
		t.Fatal(err)
	}
	own := strings.Replace(string(good), `id = "sanoma-juf"`, `id = "eigen"`, 1)
	st := api.Status{Scenarios: []api.Scenario{
		{Key: "sanoma-juf/nl"}, // built in: no file
		{Key: "eigen/nl", TOML: own},
		{Key: "kapot/nl", TOML: "id = \"kapot\"\nlanguage = \"nl\"\n[[decision]]\nid = 3\n"},
		{Key: "anders/nl", TOML: own},
	}}
	cases, problems := CheckScenarios(st)
	if len(cases) != 1 || cases[0].Key() != "eigen/nl" {
		t.Fatalf("%d cases loaded, want eigen/nl only", len(cases))
	}
	if len(problems) != 2 || !strings.HasPrefix(problems[0], "kapot/nl.toml:4: decision") ||
		problems[1] != "anders/nl.toml: the file is of eigen/nl, not anders/nl" {
		t.Errorf("problems %q: want the broken file's line and field, and the case sent under another key", problems)
	}
}
