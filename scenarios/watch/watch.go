// Package watch tells a running game that a scenario file changed, so an
// author can keep the game open on "webcaresim play --scenario FILE --watch"
// and see each save at once.
//
// It polls the file's modification time, size and identity (a save that
// replaces the file by a rename gives a new file even when its time and size
// are the same). Polling is portable, needs no dependency, and for one small
// file twice a second costs nothing measurable.
package watch

import (
	"context"
	"os"
	"time"
)

// DefaultInterval is the polling interval used when Watch is given zero.
const DefaultInterval = 500 * time.Millisecond

// Watch polls path every interval until ctx is done, and calls onChange
// after the file changed and then stayed the same for one more interval,
// so an editor that writes a file in several steps gives one call for the
// finished file, not one for half of it. A file that disappears (an
// editor's save by rename, or a deletion) gives no call; its return does.
//
// onChange runs on Watch's goroutine: run Watch in a goroutine of its own,
// and let onChange hand the news to the game's update loop (a channel send
// or an atomic flag), not reload the scenario there.
func Watch(ctx context.Context, path string, interval time.Duration, onChange func()) {
	pollEvery(ctx, interval, newWatcher(path).poll, onChange)
}

// pollEvery calls poll every interval (DefaultInterval when zero) until ctx
// is done, and onChange each time poll reports a settled change: the clock
// that Watch and Folders share around their own state machines.
func pollEvery(ctx context.Context, interval time.Duration, poll func() bool, onChange func()) {
	if interval <= 0 {
		interval = DefaultInterval
	}
	tick := time.NewTicker(interval)
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
			if poll() {
				onChange()
			}
		}
	}
}

// state is what one look at the file saw.
type state struct {
	info os.FileInfo // nil when the file is missing
}

func stat(path string) state {
	fi, err := os.Stat(path)
	if err != nil {
		return state{}
	}
	return state{fi}
}

func (a state) same(b state) bool {
	if a.info == nil || b.info == nil {
		return a.info == nil && b.info == nil
	}
	return a.info.Size() == b.info.Size() && a.info.ModTime().Equal(b.info.ModTime()) &&
		a.info.Mode() == b.info.Mode() && os.SameFile(a.info, b.info)
}

// watcher is the polling state machine, apart from the clock so tests can
// drive it.
type watcher struct {
	path     string
	last     state // what the caller last heard about
	pending  state // a change not yet settled
	changing bool
}

func newWatcher(path string) *watcher {
	return &watcher{path: path, last: stat(path)}
}

// poll looks at the file once and reports whether a settled change is there
// to tell the caller about.
func (w *watcher) poll() bool {
	now := stat(w.path)
	if !w.changing {
		if !now.same(w.last) {
			w.pending, w.changing = now, true
		}
		return false
	}
	if !now.same(w.pending) { // still being written
		w.pending = now
		return false
	}
	w.changing = false
	if now.info == nil || now.same(w.last) { // gone, or back as it was
		w.last = now
		return false
	}
	w.last = now
	return true
}
