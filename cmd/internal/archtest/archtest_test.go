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
