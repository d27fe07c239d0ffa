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
	"strings"
	"sync"
	"time"

	"github.com/webcaresim/webcaresim/game/session"
)

// A round in progress has a checkpoint: rounds/ID.jsonl in the store's
// folder, ID being the attempt's ID. Its first line says which round it is
// (RoundStart); every step the trainee takes (a reply published, a choice,
// an action, what a workshop's trainer did) is appended as its own line,
// with its scenario minute and the wall-clock time, as soon as the round
// has taken it. The session is deterministic for a seed and its inputs, so
// the steps are the round: no screen state is kept.
//
// The checkpoint is written the way the attempt store is (appendlog.go):
// one write(2) per record on an O_APPEND file, fsynced before the game goes
// on, so a step the trainee saw take effect survives kill -9, a crash or
// the display server's death. When the round ends it is stored as an
// attempt under the same ID and its checkpoint is removed. A checkpoint
// left behind is an interrupted round: Recover (recover.go) stores it as an
// unfinished attempt the next time the game starts.
//
// The file is held with an exclusive lock while its round is played, so a
// second game window starting meanwhile does not take a live round for an
// interrupted one; the kernel drops the lock when the process dies.

// checkpointDir is the folder of the checkpoints in the store's folder.
const checkpointDir = "rounds"

// RoundStart is what a checkpoint's first record says of its round.
type RoundStart struct {
	ID       string       `json:"id"`
	Player   string       `json:"player"`
	Mode     session.Mode `json:"mode"`
	Scenario string       `json:"scenario"`
	Language string       `json:"language"`
	Seed     uint64       `json:"seed"`
	Started  time.Time    `json:"started"`
	Source   string       `json:"source,omitempty"`
	// Resumes is the interrupted attempt the round goes on from.
	Resumes string `json:"resumes,omitempty"`
}

// checkpointRecord is one line of a checkpoint: the start, or step N.
type checkpointRecord struct {
	Round string        `json:"round"`
	Start *RoundStart   `json:"start,omitempty"`
	N     int           `json:"n,omitempty"`
	Step  *session.Step `json:"step,omitempty"`
	// At is the wall-clock time the record was written.
	At time.Time `json:"at"`
}

func (r checkpointRecord) valid() bool {
	return r.Round != "" && (r.Start != nil && r.Start.ID == r.Round && r.Start.Scenario != "" || r.Step != nil && r.N > 0)
}

// Checkpoint is the checkpoint of the round being played. Safe for use by
// many goroutines.
type Checkpoint struct {
	mu    sync.Mutex
	id    string
	path  string
	dir   string
	f     *os.File
	steps int
	size  int64
}

// BeginRound creates the checkpoint of a new round and writes its first
// record; r.ID is made here when empty.
func (s *Store) BeginRound(r RoundStart) (*Checkpoint, error) {
	if r.ID == "" {
		r.ID = NewID(r.Started)
	}
	if r.Scenario == "" || strings.ContainsAny(r.ID, `/\`+"\n\r") {
		return nil, fmt.Errorf("checkpoint: bad round %q of %q", r.ID, r.Scenario)
	}
	dir := filepath.Join(s.dir, checkpointDir)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, err
	}
	path := filepath.Join(dir, r.ID+".jsonl")
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE|os.O_EXCL|os.O_APPEND, 0o600)
	if err != nil {
		return nil, err
	}
	if err := lockFile(f, true); err != nil {
		f.Close()
		return nil, err
	}
	syncDir(dir) // the file's name is as durable as its records
	c := &Checkpoint{id: r.ID, path: path, dir: dir, f: f}
	if err := c.write(checkpointRecord{Round: r.ID, Start: &r, At: time.Now().UTC()}); err != nil {
		c.Close()
		return nil, err
	}
	return c, nil
}

// ID is the round's attempt ID: store the finished round under it.
func (c *Checkpoint) ID() string { return c.id }

// Path is the checkpoint's file.
func (c *Checkpoint) Path() string { return c.path }

// Steps is how many steps the checkpoint holds.
func (c *Checkpoint) Steps() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.steps
}

// Add appends a step the round has taken and returns once it is on disk.
func (c *Checkpoint) Add(st session.Step, at time.Time) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.f == nil {
		return os.ErrClosed
	}
	if err := c.writeLocked(checkpointRecord{Round: c.id, N: c.steps + 1, Step: &st, At: at.UTC()}); err != nil {
		return err
	}
	c.steps++
	return nil
}

func (c *Checkpoint) write(r checkpointRecord) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.writeLocked(r)
}

func (c *Checkpoint) writeLocked(r checkpointRecord) error {
	rec, err := json.Marshal(r) // one record, one line: newlines are escaped
	if err != nil {
		return err
	}
	rec = append(rec, '\n')
	if err := appendSynced(c.f, c.path, c.size, rec); err != nil {
		return err
	}
	c.size += int64(len(rec))
	return nil
}

// Close stops writing the checkpoint and keeps its file: a round that
// could not be stored is recovered from it the next time.
func (c *Checkpoint) Close() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.f == nil {
		return nil
	}
	err := c.f.Close() // drops the lock
	c.f = nil
	return err
}

// Stored removes the checkpoint once its round is stored as an attempt.
func (c *Checkpoint) Stored() error {
	if err := c.Close(); err != nil {
		return err
	}
	if err := os.Remove(c.path); err != nil && !errors.Is(err, os.ErrNotExist) {
		return err
	}
	syncDir(c.dir)
	return nil
}

// Interrupted is a round whose checkpoint was left behind: the program
// stopped in the middle of it.
type Interrupted struct {
	Start RoundStart
	// Steps are the steps the checkpoint kept, in order, and Times when
	// each was written (wall clock).
	Steps []session.Step
	Times []time.Time
	// Last is when the checkpoint's last record was written.
	Last time.Time
	// Torn is set when the last record was cut short by the stop: it was
	// being written, so the game had not gone on from it. It is moved
	// aside into TornFile; the records before it are kept.
	Torn     bool
	TornFile string
	// Damaged counts the records from the first one that could not be
	// read to the end: they are left out, the steps before them kept.
	Damaged int
	// Path is the checkpoint's file.
	Path string
}

// Interrupted lists the checkpoints left behind by rounds that ended
// without being stored, oldest first, and the checkpoints that cannot be
// read at all (their file is left where it is). A checkpoint whose round
// another game window is playing now is not listed; one whose round is
// already stored is removed.
func (s *Store) Interrupted() ([]Interrupted, []Problem, error) {
	names, err := filepath.Glob(filepath.Join(s.dir, checkpointDir, "*.jsonl"))
	if err != nil {
		return nil, nil, err
	}
	sort.Strings(names) // IDs begin with the start time
	var out []Interrupted
	var problems []Problem
	for _, name := range names {
		it, problem, ok, err := s.readCheckpoint(name)
		if err != nil {
			return out, problems, err
		}
		if problem != "" {
			problems = append(problems, Problem{File: name, Line: 1, Message: problem})
		}
		if ok {
			out = append(out, it)
		}
	}
	return out, problems, nil
}

// readCheckpoint reads one checkpoint, repairing a torn last record. ok is
// false when it is not an interrupted round to recover.
func (s *Store) readCheckpoint(name string) (it Interrupted, problem string, ok bool, err error) {
	f, err := os.OpenFile(name, os.O_RDWR|os.O_APPEND, 0o600)
	if err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return it, "", false, nil // recovered by another window meanwhile
		}
		return it, "", false, err
	}
	defer f.Close()
	if free, err := tryLockFile(f); err != nil || !free {
		return it, "", false, err // a round another window is playing now
	}
	side, _, err := repairTornTail(f, name, filepath.Dir(name), func(tail []byte) bool {
		var r checkpointRecord
		return json.Unmarshal(tail, &r) == nil && r.valid()
	})
	if err != nil {
		return it, "", false, err
	}
	it, err = decodeCheckpoint(f)
	if errors.Is(err, errEmptyCheckpoint) {
		// Stopped before the round's first record was written: the round
		// had not begun, nothing of it was acknowledged.
		_ = os.Remove(name)
		return it, "", false, nil
	}
	if err != nil {
		return it, fmt.Sprintf("the checkpoint of an interrupted round cannot be read (%v); the file is kept", err), false, nil
	}
	if side == "" {
		// Torn and moved aside by an earlier look that did not store the
		// round (the program stopped again).
		if sides, _ := filepath.Glob(name + ".torn-*"); len(sides) > 0 {
			side = sides[len(sides)-1]
		}
	}
	it.Path, it.Torn, it.TornFile = name, side != "", side
	stored, err := s.has(it.Start.ID)
	if err != nil {
		return it, "", false, err
	}
	if stored { // stopped between storing the round and removing this
		_ = os.Remove(name)
		return it, "", false, nil
	}
	return it, "", true, nil
}

var errEmptyCheckpoint = errors.New("it is empty")

// decodeCheckpoint reads the records of a checkpoint: the start, then the
// steps numbered from 1. Reading stops at the first record that does not
// decode or is out of order; the rest are counted in Damaged.
func decodeCheckpoint(r io.ReaderAt) (Interrupted, error) {
	var it Interrupted
	br := bufio.NewReader(io.NewSectionReader(r, 0, 1<<40))
	for line := 1; ; line++ {
		b, err := br.ReadBytes('\n')
		if len(b) == 0 && err == io.EOF {
			break
		}
		if err != nil && err != io.EOF {
			return it, err
		}
		b = bytes.TrimSpace(b)
		if len(b) == 0 {
			continue
		}
		var rec checkpointRecord
		good := json.Unmarshal(b, &rec) == nil && rec.valid()
		switch {
		case line == 1 && (!good || rec.Start == nil):
			return it, errors.New("its first record does not say which round it is")
		case line == 1:
			it.Start, it.Last = *rec.Start, rec.At
		case it.Damaged > 0 || !good || rec.Round != it.Start.ID || rec.N != len(it.Steps)+1:
			it.Damaged++
		default:
			it.Steps = append(it.Steps, *rec.Step)
			it.Times = append(it.Times, rec.At)
			it.Last = rec.At
		}
	}
	if it.Start.ID == "" {
		return it, errEmptyCheckpoint
	}
	return it, nil
}

// has reports whether an attempt with this ID is stored.
func (s *Store) has(id string) (bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.f == nil {
		return false, os.ErrClosed
	}
	err := s.locked(true, s.scanNew)
	return s.ids[id], err
}

// SaveInterrupted stores the attempt made of an interrupted round (under
// the round's ID) and then removes its checkpoint. Storing it twice, from
// two windows started at once, stores it once.
func (s *Store) SaveInterrupted(it Interrupted, a Attempt) error {
	a.ID = it.Start.ID
	if err := s.Save(a); err != nil && !errors.Is(err, ErrExists) {
		return err
	}
	if err := os.Remove(it.Path); err != nil && !errors.Is(err, os.ErrNotExist) {
		return err
	}
	syncDir(filepath.Dir(it.Path))
	return nil
}
