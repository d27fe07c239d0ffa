package watch

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"
)

func write(t *testing.T, path, text string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
}

// polls polls n times and returns how many polls reported a change.
func polls(w *watcher, n int) int {
	c := 0
	for range n {
		if w.poll() {
			c++
		}
	}
	return c
}

func TestPollSeesEachSettledChangeOnce(t *testing.T) {
	path := filepath.Join(t.TempDir(), "case.nl.toml")
	write(t, path, `id = "a"`)
	w := newWatcher(path)
	if n := polls(w, 5); n != 0 {
		t.Fatalf("%d changes reported for an untouched file", n)
	}

	write(t, path, `id = "ab"`) // another size
	if w.poll() {
		t.Error("a change was reported before it settled")
	}
	if !w.poll() {
		t.Error("a settled change was not reported")
	}
	if n := polls(w, 3); n != 0 {
		t.Errorf("one change reported %d more times", n)
	}

	// Same size, new modification time.
	write(t, path, `id = "ac"`)
	later := time.Now().Add(time.Hour)
	if err := os.Chtimes(path, later, later); err != nil {
		t.Fatal(err)
	}
	if n := polls(w, 3); n != 1 {
		t.Errorf("a same-size edit gave %d changes, want 1", n)
	}
}

func TestPollWaitsWhileTheFileIsBeingWritten(t *testing.T) {
	path := filepath.Join(t.TempDir(), "case.nl.toml")
	write(t, path, "a")
	w := newWatcher(path)
	for i, text := range []string{"ab", "abc", "abcd"} { // a new state at every poll
		write(t, path, text)
		if w.poll() {
			t.Errorf("step %d: reported while the file still changed", i+1)
		}
	}
	if n := polls(w, 3); n != 1 {
		t.Errorf("%d changes once it settled, want 1", n)
	}
}

func TestPollReplaceByRenameSameSizeAndTime(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "case.nl.toml")
	write(t, path, "aaaa")
	fi, _ := os.Stat(path)
	w := newWatcher(path)
	tmp := filepath.Join(dir, ".case.tmp")
	write(t, tmp, "bbbb")
	if err := os.Chtimes(tmp, fi.ModTime(), fi.ModTime()); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(tmp, path); err != nil {
		t.Fatal(err)
	}
	if n := polls(w, 3); n != 1 {
		t.Errorf("a save by rename with the same size and time gave %d changes, want 1", n)
	}
}

func TestPollDeletedAndBack(t *testing.T) {
	path := filepath.Join(t.TempDir(), "case.nl.toml")
	w := newWatcher(path) // missing at the start
	if n := polls(w, 3); n != 0 {
		t.Fatalf("a missing file gave %d changes", n)
	}
	write(t, path, "x")
	if n := polls(w, 3); n != 1 {
		t.Errorf("a created file gave %d changes, want 1", n)
	}
	if err := os.Remove(path); err != nil {
		t.Fatal(err)
	}
	if n := polls(w, 3); n != 0 {
		t.Errorf("a deleted file gave %d changes, want 0", n)
	}
	write(t, path, "xy")
	if n := polls(w, 3); n != 1 {
		t.Errorf("a file back after deletion gave %d changes, want 1", n)
	}
}

func TestWatchCallsAndStops(t *testing.T) {
	path := filepath.Join(t.TempDir(), "case.nl.toml")
	write(t, path, "a")
	ctx, cancel := context.WithCancel(context.Background())
	changed := make(chan struct{}, 10)
	done := make(chan struct{})
	started := make(chan struct{})
	go func() {
		defer close(done)
		close(started)
		Watch(ctx, path, 5*time.Millisecond, func() { changed <- struct{}{} })
	}()
	<-started
	// Watch takes its first look when it starts; write until it notices, so
	// the test does not depend on when that look happens.
	deadline := time.After(10 * time.Second)
	for i := 0; ; i++ {
		write(t, path, "a"+string(make([]byte, i+1)))
		select {
		case <-changed:
			cancel()
			select {
			case <-done:
			case <-time.After(10 * time.Second):
				t.Fatal("Watch did not return after its context was cancelled")
			}
			return
		case <-deadline:
			t.Fatal("no change reported within 10 s")
		case <-time.After(20 * time.Millisecond):
		}
	}
}
