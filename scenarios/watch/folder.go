package watch

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
)

// Folders polls the scenario files in paths (folders, whose *.toml files
// count, or single files) every interval until ctx is done, and calls
// onChange after a file was added, changed or removed and then nothing
// changed for one more interval. Unlike Watch, a removal counts: a case
// deleted from a server's scenario folder must stop being offered.
//
// onChange runs on Folders' goroutine.
func Folders(ctx context.Context, paths []string, interval time.Duration, onChange func()) {
	pollEvery(ctx, interval, newFolderWatcher(paths).poll, onChange)
}

// folderWatcher is Folders' polling state machine, apart from the clock.
type folderWatcher struct {
	paths         []string
	last, pending string
	changing      bool
}

func newFolderWatcher(paths []string) *folderWatcher {
	w := &folderWatcher{paths: paths}
	w.last = w.look()
	return w
}

// look describes every scenario file's name, size, modification time and
// file identity in one string: any difference is a change.
func (w *folderWatcher) look() string {
	var lines []string
	for _, p := range w.paths {
		files := []string{p}
		if info, err := os.Stat(p); err == nil && info.IsDir() {
			files, _ = filepath.Glob(filepath.Join(p, "*.toml"))
		}
		for _, f := range files {
			info, err := os.Stat(f)
			if err != nil {
				continue
			}
			lines = append(lines, fmt.Sprintf("%s\x00%d\x00%d\x00%v", f, info.Size(), info.ModTime().UnixNano(), fileIdentity(info)))
		}
	}
	sort.Strings(lines)
	return strings.Join(lines, "\n")
}

// poll looks once and reports whether a settled change is there to tell.
func (w *folderWatcher) poll() bool {
	now := w.look()
	if !w.changing {
		if now != w.last {
			w.pending, w.changing = now, true
		}
		return false
	}
	if now != w.pending { // still being written
		w.pending = now
		return false
	}
	w.changing = false
	if now == w.last { // back as it was
		return false
	}
	w.last = now
	return true
}
