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
