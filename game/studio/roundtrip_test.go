package studio

import (
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"testing"

	"github.com/webcaresim/webcaresim/scenarios"
)

// TestEveryBuiltinCaseSavesBackUnchanged opens every built-in case in the
// studio's folder model, saves it, and loads the saved files with the
// game's loader: each must give a scenario equal to the original.
func TestEveryBuiltinCaseSavesBackUnchanged(t *testing.T) {
	src, _ := filepath.Glob("../../scenarios/builtin/*.toml")
	if len(src) < 10 {
		t.Fatalf("found %d built-in files", len(src))
	}
	dir := t.TempDir()
	for _, name := range src {
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, filepath.Base(name)), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	orig := scenarios.Load(dir)
	if errs := orig.Errors(); len(errs) > 0 {
		t.Fatalf("the built-ins do not load: %v", errs)
	}
	f := &Folder{Dir: dir}
	list, err := f.List()
	if err != nil {
		t.Fatal(err)
	}
	if 2*len(list) != len(src) {
		t.Fatalf("the studio lists %d cases for %d files", len(list), len(src))
	}
	for _, s := range list {
		doc, err := f.Open(s.ID)
		if err != nil {
			t.Fatalf("%s: %v", s.ID, err)
		}
		if len(doc.Broken) > 0 || len(doc.Cases) != 2 {
			t.Fatalf("%s opens with %d languages, broken %v", s.ID, len(doc.Cases), doc.Broken)
		}
		if _, err := f.Save(s.ID, doc.Version, doc.Cases); err != nil {
			t.Fatalf("%s: %v", s.ID, err)
		}
	}
	for _, name := range src {
		orig, _ := os.ReadFile(name)
		data, _ := os.ReadFile(filepath.Join(dir, filepath.Base(name)))
		got := comments(t, string(data))
		for _, c := range comments(t, string(orig)) {
			if !slices.Contains(got, c) {
				t.Errorf("%s: the save dropped the comment %q", filepath.Base(name), c)
			}
		}
	}
	saved := scenarios.Load(dir)
	if errs := saved.Errors(); len(errs) > 0 {
		t.Fatalf("the saved files do not load: %v", errs)
	}
	if len(saved.Scenarios) != len(orig.Scenarios) {
		t.Fatalf("%d scenarios after saving, %d before", len(saved.Scenarios), len(orig.Scenarios))
	}
	for i, a := range orig.Scenarios {
		b := saved.Scenarios[i]
		a.File, b.File = "", ""
		if !reflect.DeepEqual(a, b) {
			t.Errorf("%s changed in meaning when saved by the studio", a.Key())
		}
	}
}
