package watch

import (
	"os"
	"path/filepath"
	"testing"
)

func folderPolls(w *folderWatcher, n int) int {
	c := 0
	for range n {
		if w.poll() {
			c++
		}
	}
	return c
}

// A server's scenario folder: a new case, a case edited by hand, a case
// deleted and a case saved by rename are each told once, after they
// settle; files that are not scenario files are not watched.
func TestFoldersSeeNewChangedAndRemovedCases(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "a.nl.toml"), `id = "a"`)
	w := newFolderWatcher([]string{dir})
	if n := folderPolls(w, 3); n != 0 {
		t.Fatalf("%d changes for an untouched folder", n)
	}
	write(t, filepath.Join(dir, "b.nl.toml"), `id = "b"`)
	if w.poll() {
		t.Error("a new file was told before it settled")
	}
	if n := folderPolls(w, 3); n != 1 {
		t.Errorf("a new file gave %d changes, want 1", n)
	}
	write(t, filepath.Join(dir, "a.nl.toml"), `id = "a" # edited`)
	if n := folderPolls(w, 3); n != 1 {
		t.Errorf("an edit gave %d changes, want 1", n)
	}
	if err := os.Remove(filepath.Join(dir, "b.nl.toml")); err != nil {
		t.Fatal(err)
	}
	if n := folderPolls(w, 3); n != 1 {
		t.Errorf("a removal gave %d changes, want 1", n)
	}
	write(t, filepath.Join(dir, "a.draft.json"), `{}`)
	if n := folderPolls(w, 3); n != 0 {
		t.Errorf("a draft beside the cases gave %d changes, want 0", n)
	}
	// A save by rename, as the studio writes, with the same size.
	tmp := filepath.Join(dir, ".a.tmp")
	write(t, tmp, `id = "a" # EDITED`)
	info, _ := os.Stat(filepath.Join(dir, "a.nl.toml"))
	os.Chtimes(tmp, info.ModTime(), info.ModTime())
	if err := os.Rename(tmp, filepath.Join(dir, "a.nl.toml")); err != nil {
		t.Fatal(err)
	}
	if n := folderPolls(w, 3); n != 1 {
		t.Errorf("a save by rename gave %d changes, want 1", n)
	}
}
