// Package archtest holds tests of the project's structure.
package archtest

import (
	"os/exec"
	"strings"
	"testing"
)

// The core (scenarios, scoring, crowd, session) must be playable, scorable
// and testable without a window: none of it may depend on Ebiten, directly
// or through another package.
func TestCoreDoesNotImportEbiten(t *testing.T) {
	core := []string{"scenarios", "scoring", "game/crowd", "game/session"}
	for _, pkg := range core {
		out, err := exec.Command("go", "list", "-deps", "-f", "{{.ImportPath}}",
			"github.com/webcaresim/webcaresim/"+pkg).CombinedOutput()
		if err != nil {
			t.Fatalf("go list %s: %v\n%s", pkg, err, out)
		}
		for _, dep := range strings.Fields(string(out)) {
			if strings.Contains(dep, "hajimehoshi/ebiten") || strings.Contains(dep, "ebitengine") {
				t.Errorf("%s depends on %s", pkg, dep)
			}
		}
	}
}

// The window's toolkit (game/ui) draws, lays out text and handles widgets
// without knowing the game: it may not depend on the core or on the attempt
// store, directly or through another package, nor on the game's screens.
func TestUIKitDoesNotImportTheCore(t *testing.T) {
	const ui = "github.com/webcaresim/webcaresim/game/ui"
	out, err := exec.Command("go", "list", "-deps", "-test", "-f", "{{.ImportPath}}", ui).CombinedOutput()
	if err != nil {
		t.Fatalf("go list %s: %v\n%s", ui, err, out)
	}
	forbidden := []string{"scenarios", "scoring", "game/crowd", "game/session", "game/progress", "game/workshop", "game"}
	for _, dep := range strings.Fields(string(out)) {
		dep, _, _ = strings.Cut(dep, " ") // a test variant: "pkg [pkg.test]"
		for _, f := range forbidden {
			if dep == "github.com/webcaresim/webcaresim/"+f || (strings.HasPrefix(dep, "github.com/webcaresim/webcaresim/"+f+"/") && f != "game") {
				t.Errorf("game/ui depends on %s", dep)
			}
		}
	}
}

// The crowd model imports nothing of the project: it is a model, not a game.
func TestCrowdIsSelfContained(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", "-f", "{{.ImportPath}}",
		"github.com/webcaresim/webcaresim/game/crowd").CombinedOutput()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, out)
	}
	for _, dep := range strings.Fields(string(out)) {
		if strings.HasPrefix(dep, "github.com/webcaresim/webcaresim/") && dep != "github.com/webcaresim/webcaresim/game/crowd" {
			t.Errorf("game/crowd depends on %s", dep)
		}
		if strings.Contains(dep, ".") && !strings.HasPrefix(dep, "github.com/webcaresim/") && !strings.HasPrefix(dep, "vendor/") {
			t.Errorf("game/crowd depends on the third-party package %s", dep)
		}
	}
}

// The scenario files' package imports only toml (DESIGN.md, Parts): the
// checks that need the rubric reach it through scenarios.Rubric, which the
// programs plug in (scoring/scenariorubric), so scenarios never depends on
// the rubric, the crowd, the session or anything else of the project but
// its own subpackages.
func TestScenariosImportOnlyTOML(t *testing.T) {
	const mod = "github.com/webcaresim/webcaresim/"
	out, err := exec.Command("go", "list", "-deps", "-f", "{{.ImportPath}}", mod+"scenarios").CombinedOutput()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, out)
	}
	for _, dep := range strings.Fields(string(out)) {
		first, _, _ := strings.Cut(dep, "/")
		switch {
		case !strings.Contains(first, "."), strings.HasPrefix(dep, "vendor/"):
			// the standard library
		case strings.HasPrefix(dep, mod):
			if dep != mod+"scenarios" && !strings.HasPrefix(dep, mod+"scenarios/") {
				t.Errorf("scenarios depends on %s", dep)
			}
		case dep != "github.com/BurntSushi/toml" && !strings.HasPrefix(dep, "github.com/BurntSushi/toml/"):
			t.Errorf("scenarios depends on the third-party package %s", dep)
		}
	}
}
