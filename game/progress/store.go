// Package results is the attempt store: every round a trainee finishes or
// abandons is kept on the user's machine, with the player, mode, scenario,
// seed, times, every reply with its analysis, the scores and the outrage
// curve, so the game can show history, best and trend per scenario, and a
// trainer can export and merge the results of a workshop.
//
// # Format
//
// The store is one JSON Lines file, attempts.jsonl, in the data directory:
// one Attempt per line, appended and never rewritten. JSON Lines was chosen
// over an embedded database (such as modernc.org/sqlite) because:
//
//   - it needs no dependency and no schema migrations; a record is the same
//     JSON a trainer exports, and readers skip fields they do not know;
//   - an append-only file has one way to be damaged by a crash: a torn last
//     line. Every earlier record is untouched, because nothing before the
//     end of the file is ever written again;
//   - a trainer or a support desk can read, grep and mail the file; a damaged
//     line is named by file and line and the rest still loads.
//
// The volumes are small (a trainee plays tens or hundreds of rounds), so
// reading the whole file to list attempts is fast enough and no index is
// needed.
//
// # Crash safety
//
// A record is written with one write(2) on a file opened with O_APPEND and
// then fsynced; Save returns only after the fsync, so an attempt Save
// acknowledged survives a crash of the process or the machine. A write cut
// short (kill -9, power loss) leaves at most a partial last line, without
// its newline. Readers skip it and report it; the next Open or Save moves
// it aside into attempts.jsonl.torn-TIME-PID (never deleting it) and cuts
// the file back to its last complete line, so the next record starts on a
// line of its own. A torn line that is in fact a complete record missing only
// its newline is kept.
//
// # Concurrency
//
// Two processes (two game windows, or the game and a command) may save at
// once. Each append holds an exclusive lock on attempts.lock (flock on Unix,
// LockFileEx on Windows; a separate file, so Windows' mandatory byte-range
// locks never block a reader of the data) while it checks the tail, looks
// for a duplicate ID and writes its record with a single write(2). Because
// the record is one write on an O_APPEND file, records would not interleave
// even without the lock; the lock is what makes the tail repair and the
// duplicate check safe. Readers take a shared lock, so they never see a
// record that is still being written. A Store is also safe for use by many
// goroutines.
package progress

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"sync"
	"time"
)

// File names in the data directory.
const (
	FileName = "attempts.jsonl"
	lockName = "attempts.lock"
)

// testHookBeforeWrite is called by the crash test's child just before a
// record is written, to tell its parent that a write is in flight.
var testHookBeforeWrite func()

// syncFile makes a file's written data durable (fsync). The power-cut test
// watches it to know what a machine that lost power would still have.
var syncFile = (*os.File).Sync

// ErrExists is returned by Save for an attempt whose ID is already stored.
var ErrExists = errors.New("attempt already stored")

// DefaultDir is where the game keeps its results: $WEBCARESIM_DATA if set
// (tests, portable installs), else the "webcaresim" folder in the user's
// configuration directory (~/.config/webcaresim on Linux,
// ~/Library/Application Support/webcaresim on macOS, %AppData%\webcaresim on
// Windows).
func DefaultDir() (string, error) {
	if d := os.Getenv("WEBCARESIM_DATA"); d != "" {
		return d, nil
	}
	c, err := os.UserConfigDir()
	if err != nil {
		return "", fmt.Errorf("no folder for the results: %w (set WEBCARESIM_DATA)", err)
	}
	return filepath.Join(c, "webcaresim"), nil
}

// Store is the attempt store in one directory. Open it once, use it from any
// goroutine, Close it when the program ends.
type Store struct {
	dir, path string

	mu       sync.Mutex
	f        *os.File // attempts.jsonl, O_APPEND
	lock     *os.File // attempts.lock
	ids      map[string]bool
	scanned  int64 // bytes of f whose IDs are in ids
	repaired []string
}

// Open opens the store in dir, creating the directory and the file when
// missing, and repairs a torn last record left by an interrupted write.
func Open(dir string) (*Store, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, err
	}
	lock, err := os.OpenFile(filepath.Join(dir, lockName), os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return nil, err
	}
	path := filepath.Join(dir, FileName)
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE|os.O_APPEND, 0o600)
	if err != nil {
		lock.Close()
		return nil, err
	}
	syncDir(dir) // make the new file's name as durable as its records
	s := &Store{dir: dir, path: path, f: f, lock: lock, ids: map[string]bool{}}
	if err := s.locked(true, s.repairTail); err != nil {
		s.Close()
		return nil, err
	}
	return s, nil
}

// Dir is the store's directory.
func (s *Store) Dir() string { return s.dir }

// Path is the store's data file.
func (s *Store) Path() string { return s.path }

// Repaired lists the files this Store moved torn records into (see the
// package documentation), so the caller can tell the user.
func (s *Store) Repaired() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]string(nil), s.repaired...)
}

// Close closes the store.
func (s *Store) Close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	var errs []error
	if s.f != nil {
		errs = append(errs, s.f.Close())
		s.f = nil
	}
	if s.lock != nil {
		errs = append(errs, s.lock.Close())
		s.lock = nil
	}
	return errors.Join(errs...)
}

// Save stores an attempt and returns once it is on disk (fsynced): an
// attempt Save accepted survives a crash. Make the attempt with New, which
// gives it its ID; an empty ID is made here but then the caller does not
// learn it. An ID that is already stored gives ErrExists.
func (s *Store) Save(a Attempt) error {
	added, err := s.add([]Attempt{a}, true)
	if err == nil && added != 1 {
		err = fmt.Errorf("%w: %s", ErrExists, a.ID)
	}
	return err
}

// Import stores the attempts whose IDs are not stored yet, in one write, and
// returns how many it added: importing the same export twice adds nothing.
func (s *Store) Import(as []Attempt) (added int, err error) {
	return s.add(as, false)
}

func (s *Store) add(as []Attempt, fill bool) (int, error) {
	var recs [][]byte
	var ids []string
	for _, a := range as {
		if fill {
			if a.ID == "" {
				started := a.Started
				if started.IsZero() {
					started = time.Now()
				}
				a.ID = NewID(started)
			}
			if a.Version == 0 {
				a.Version = FormatVersion
			}
		}
		if msg := a.check(); msg != "" {
			return 0, errors.New(msg)
		}
		rec, err := json.Marshal(a) // escapes newlines, U+2028 and U+2029: one record, one line
		if err != nil {
			return 0, fmt.Errorf("attempt %s: %w", a.ID, err)
		}
		recs = append(recs, append(rec, '\n'))
		ids = append(ids, a.ID)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.f == nil {
		return 0, os.ErrClosed
	}
	added := 0
	err := s.locked(true, func() error {
		if err := s.repairTail(); err != nil {
			return err
		}
		if err := s.scanNew(); err != nil {
			return err
		}
		var buf []byte
		seen := map[string]bool{}
		for i, rec := range recs {
			if s.ids[ids[i]] || seen[ids[i]] {
				continue
			}
			seen[ids[i]] = true
			buf = append(buf, rec...)
		}
		if len(buf) == 0 {
			return nil
		}
		start := s.scanned // scanNew read up to the end of the file
		if testHookBeforeWrite != nil {
			testHookBeforeWrite()
		}
		if err := appendSynced(s.f, s.path, start, buf); err != nil {
			return err
		}
		for id := range seen {
			s.ids[id] = true
		}
		added = len(seen)
		s.scanned = start + int64(len(buf))
		return nil
	})
	return added, err
}

// List returns the stored attempts the filter selects, oldest first, and
// the records that could not be read. A damaged record does not stop the
// others from loading; the error is for a store that cannot be read at all.
func (s *Store) List(f Filter) ([]Attempt, []Problem, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.f == nil {
		return nil, nil, os.ErrClosed
	}
	var all []Attempt
	var problems []Problem
	err := s.locked(false, func() error {
		st, err := s.f.Stat()
		if err != nil {
			return err
		}
		all, problems, err = decodeLines(io.NewSectionReader(s.f, 0, st.Size()), s.path, true)
		return err
	})
	if err != nil {
		return nil, nil, err
	}
	out := all[:0]
	for _, a := range all {
		if f.Match(a) {
			out = append(out, a)
		}
	}
	sortAttempts(out)
	return out, problems, nil
}

func sortAttempts(as []Attempt) {
	sort.SliceStable(as, func(i, j int) bool {
		if !as[i].Started.Equal(as[j].Started) {
			return as[i].Started.Before(as[j].Started)
		}
		// A resumed round keeps the start of the round it goes on from:
		// it comes after it.
		if ri, rj := as[i].Resumes != "", as[j].Resumes != ""; ri != rj {
			return rj
		}
		return as[i].ID < as[j].ID
	})
}

// decodeLines reads JSON Lines records. A line that is not a record is a
// problem; a duplicate ID keeps the first. With store set, a last line
// without its newline is reported as an interrupted write.
func decodeLines(r io.Reader, name string, store bool) ([]Attempt, []Problem, error) {
	var out []Attempt
	var problems []Problem
	first := map[string]int{}
	br := bufio.NewReaderSize(r, 64<<10)
	for line := 1; ; line++ {
		b, err := br.ReadBytes('\n')
		if len(b) == 0 && err == io.EOF {
			break
		}
		if err != nil && err != io.EOF {
			return out, problems, err
		}
		torn := err == io.EOF // the last line has no newline
		b = bytes.TrimSpace(b)
		if len(b) == 0 {
			continue
		}
		if torn && store {
			problems = append(problems, Problem{name, line, "unfinished record at the end of the file (an interrupted write); skipped, and moved aside when the store is next opened"})
			break
		}
		a, skipped, err := parseRecord(b)
		if err != nil {
			problems = append(problems, Problem{name, line, "damaged record: " + err.Error()})
			continue
		}
		if skipped > 0 {
			problems = append(problems, Problem{name, line, fmt.Sprintf("damaged data before attempt %s (%d bytes); the attempt itself is read", a.ID, skipped)})
		}
		if msg := a.check(); msg != "" {
			problems = append(problems, Problem{name, line, msg})
			continue
		}
		if l, dup := first[a.ID]; dup {
			problems = append(problems, Problem{name, line, fmt.Sprintf("attempt %s is also on line %d; this copy is skipped", a.ID, l)})
			continue
		}
		first[a.ID] = line
		out = append(out, a)
	}
	return out, problems, nil
}

// parseRecord decodes one line. A line that does not decode may be a torn
// record glued to a whole one (a crash on a system without the lock, or
// garbage left by a power loss): a record starts with {"id":, which cannot
// occur inside a JSON string, so the last such start on the line is tried
// and the bytes skipped before it are returned.
func parseRecord(b []byte) (a Attempt, skipped int, err error) {
	err = json.Unmarshal(b, &a)
	if err == nil {
		return a, 0, nil
	}
	if i := bytes.LastIndex(b, []byte(`{"id":`)); i > 0 {
		var whole Attempt
		if json.Unmarshal(b[i:], &whole) == nil && whole.check() == "" {
			return whole, i, nil
		}
	}
	return a, 0, err
}

// locked runs fn holding the inter-process lock, exclusive or shared.
func (s *Store) locked(exclusive bool, fn func() error) error {
	if err := lockFile(s.lock, exclusive); err != nil {
		return fmt.Errorf("lock %s: %w", s.lock.Name(), err)
	}
	err := fn()
	if uerr := unlockFile(s.lock); err == nil && uerr != nil {
		err = fmt.Errorf("unlock %s: %w", s.lock.Name(), uerr)
	}
	return err
}

// repairTail makes the file end with a complete line, holding the
// exclusive lock: a torn last record is moved into a side file, or kept when
// it is whole and lacks only its newline.
func (s *Store) repairTail() error {
	side, start, err := repairTornTail(s.f, s.path, s.dir, func(tail []byte) bool {
		var a Attempt
		return json.Unmarshal(tail, &a) == nil && a.check() == ""
	})
	if err != nil || side == "" {
		return err
	}
	s.repaired = append(s.repaired, side)
	if s.scanned > start {
		s.scanned = start
	}
	return nil
}

// scanNew adds the IDs of records appended since the last scan (by this or
// another process) to the index, holding the lock.
func (s *Store) scanNew() error {
	st, err := s.f.Stat()
	if err != nil {
		return err
	}
	if st.Size() < s.scanned { // cut back by another process's repair
		s.scanned, s.ids = 0, map[string]bool{}
	}
	br := bufio.NewReaderSize(io.NewSectionReader(s.f, s.scanned, st.Size()-s.scanned), 64<<10)
	for {
		b, err := br.ReadBytes('\n')
		if err == io.EOF {
			return nil // a line without newline is not scanned; repairTail ran before
		}
		if err != nil {
			return err
		}
		s.scanned += int64(len(b))
		if a, _, err := parseRecord(b); err == nil && a.ID != "" {
			s.ids[a.ID] = true
		}
	}
}
