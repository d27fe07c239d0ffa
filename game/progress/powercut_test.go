package progress

import (
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"
)

// powerCutDisk models what a disk keeps through a power cut: of each file,
// what it held at its last fsync. Whatever was written after, still in the
// page cache, is gone. It watches syncFile.
type powerCutDisk struct {
	mu     sync.Mutex
	synced map[string][]byte // path → content at the last fsync
}

// watch makes the store's fsyncs record the disk's state; record false
// stands for a store whose fsync was taken out.
func (d *powerCutDisk) watch(t *testing.T, record bool) {
	old := syncFile
	syncFile = func(f *os.File) error {
		if err := old(f); err != nil {
			return err
		}
		if record {
			data, err := os.ReadFile(f.Name())
			if err != nil {
				return err
			}
			d.mu.Lock()
			d.synced[f.Name()] = data
			d.mu.Unlock()
		}
		return nil
	}
	t.Cleanup(func() { syncFile = old })
}

// cut writes what survives the power cut of the files in dir to a new
// folder and returns it.
func (d *powerCutDisk) cut(t *testing.T, dir string) string {
	t.Helper()
	after := t.TempDir()
	d.mu.Lock()
	defer d.mu.Unlock()
	for path, data := range d.synced {
		if filepath.Dir(path) == dir {
			if err := os.WriteFile(filepath.Join(after, filepath.Base(path)), data, 0o600); err != nil {
				t.Fatal(err)
			}
		}
	}
	return after
}

// lostAtPowerCuts saves attempts one by one, cuts the power after each
// acknowledged save, and counts the acknowledged attempts the store no
// longer has when it opens on what the disk kept.
func lostAtPowerCuts(t *testing.T, record bool) (lost, acked int) {
	disk := &powerCutDisk{synced: map[string][]byte{}}
	disk.watch(t, record)
	dir := t.TempDir()
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	start := time.Date(2026, 12, 4, 9, 0, 0, 0, time.UTC)
	var ids []string
	for i := range 12 {
		a := attempt("", "Bo", "sanoma-juf", start.Add(time.Duration(i)*time.Minute), float64(50+i))
		if err := s.Save(a); err != nil {
			t.Fatal(err)
		}
		as, _ := listT(t, s, Filter{})
		ids = append(ids, as[len(as)-1].ID)
		after, err := Open(disk.cut(t, dir))
		if err != nil {
			t.Fatal(err)
		}
		kept, _, err := after.List(Filter{})
		after.Close()
		if err != nil {
			t.Fatal(err)
		}
		have := map[string]bool{}
		for _, k := range kept {
			have[k.ID] = true
		}
		for _, id := range ids {
			if !have[id] {
				lost++
			}
		}
		acked += len(ids)
	}
	return lost, acked
}

// A machine that loses power right after Save returned still has the
// attempt: Save returns after fsync. The test would fail if the fsync
// were taken out of the store, which its second half shows.
func TestAPowerCutKeepsEveryAcknowledgedAttempt(t *testing.T) {
	if lost, acked := lostAtPowerCuts(t, true); lost > 0 || acked == 0 {
		t.Fatalf("%d of %d acknowledged attempts lost at a power cut", lost, acked)
	}
	if lost, acked := lostAtPowerCuts(t, false); lost == 0 {
		t.Fatalf("without fsync the power cuts lost none of %d attempts: the disk model does not drop unsynced writes", acked)
	}
}
