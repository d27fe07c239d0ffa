// Package store keeps what a workshop server must not lose: workshops,
// trainees, their progress events and their progress. One interface, two
// databases: an embedded SQLite file by default (pure Go, no cgo) and
// PostgreSQL when the server is given a postgres:// DSN. Every write is
// committed before it returns, so a server that acknowledges a result after
// Save has it on disk.
package store

import (
	"context"
	"encoding/json"
	"errors"
	"strings"
	"time"

	"github.com/webcaresim/webcaresim/game/progress"
)

// Workshop is one training session: a code trainees type to join, the
// scenarios the trainer chose, and whether the trainer paused everyone.
type Workshop struct {
	Code      string
	Title     string
	Created   time.Time
	Scenarios []string // scenario keys, "sanoma-juf/nl"
	Paused    bool
	// Focus is the id of the reply event shown on the projector, or 0.
	Focus int64
	// Closes is when the workshop ends: no one joins after it, and games
	// report until an hour later. Zero: it stays open.
	Closes time.Time
}

// Open reports whether the workshop takes new trainees at t.
func (w Workshop) Open(t time.Time) bool { return w.Closes.IsZero() || t.Before(w.Closes) }

// Trainee is one person in a workshop. The token they write with is kept
// only as its SHA-256 (TokenHash, hex).
type Trainee struct {
	ID        string
	Workshop  string
	Name      string
	Lang      string
	TokenHash string
	Joined    time.Time
	// Removed is a trainee the trainer took out: their token no longer
	// works; what they sent stays.
	Removed bool
}

// Event is one progress event of a trainee's round: "started", "reply",
// "outrage". Data is the validated JSON body of the event.
type Event struct {
	ID       int64 // set by the store
	Workshop string
	Trainee  string
	Round    string
	Kind     string
	Scenario string // key, "sanoma-juf/nl"
	At       time.Time
	Data     json.RawMessage
}

// Result is a finished (or abandoned) round as received from a trainee.
// A trainee's round is stored once: (Trainee, Round) is unique.
type Result struct {
	Workshop string
	Trainee  string
	Round    string
	Received time.Time
	Attempt  progress.Attempt
}

// ErrNotFound is returned for a workshop that does not exist.
var ErrNotFound = errors.New("not found")

// ErrExists is returned when a workshop code or trainee id is taken.
var ErrExists = errors.New("already exists")

// ErrFull is returned by AddTrainee when the workshop has its limit.
var ErrFull = errors.New("the workshop is full")

// Store is the server's database. All methods are safe for concurrent use.
type Store interface {
	CreateWorkshop(ctx context.Context, w Workshop) error
	// UpdateWorkshop stores a workshop's title, scenarios, pause and focus.
	UpdateWorkshop(ctx context.Context, w Workshop) error
	Workshops(ctx context.Context) ([]Workshop, error)

	// AddTrainee adds a trainee unless the workshop already has limit
	// trainees (ErrFull); the count and the insert are one transaction, so
	// parallel joins cannot pass the limit.
	AddTrainee(ctx context.Context, t Trainee, limit int) error
	// UpdateTrainee stores a trainee's name and whether they were removed.
	UpdateTrainee(ctx context.Context, t Trainee) error
	// Trainees lists the trainees of a workshop ("" for all) in joining order.
	Trainees(ctx context.Context, workshop string) ([]Trainee, error)

	// AddEvents stores the events in one transaction and sets their IDs.
	AddEvents(ctx context.Context, evs []Event) error
	// Events lists a workshop's events ("" for all) in the order stored.
	Events(ctx context.Context, workshop string) ([]Event, error)

	// SaveResult stores a result unless the trainee's round is already
	// stored; then it returns the stored one and created false.
	SaveResult(ctx context.Context, r Result) (stored Result, created bool, err error)
	// Results lists a workshop's results ("" for all) in the order received.
	Results(ctx context.Context, workshop string) ([]Result, error)
	// EachResult calls fn with a workshop's results in the order received,
	// one at a time, so an export of any size needs the memory of one.
	EachResult(ctx context.Context, workshop string, fn func(Result) error) error

	// AddSession stores a trainer session by the SHA-256 of its id, with
	// its login.
	AddSession(ctx context.Context, idHash string, expires time.Time, login Login) error
	// SessionLogin is a live session's login; ErrNotFound when it ended.
	SessionLogin(ctx context.Context, idHash string) (Login, error)
	// SessionExpires is when a stored session ends; ErrNotFound when it
	// was ended (logout) or never made.
	SessionExpires(ctx context.Context, idHash string) (time.Time, error)
	// DeleteSession ends one session; DeleteAllSessions every one (a new
	// trainer password).
	DeleteSession(ctx context.Context, idHash string) error
	DeleteAllSessions(ctx context.Context) error

	// UpdateGuessWindows lets fn change the trainer-password guess windows
	// named by keys in one transaction that no guess on any instance
	// interleaves with, and deletes windows idle since forgetBefore.
	UpdateGuessWindows(ctx context.Context, keys []string, forgetBefore time.Time, fn func(ws []GuessWindow)) error

	// The trainer's hold on workshops (control.go).
	ControlStore

	// Kind is "sqlite" or "postgres".
	Kind() string
	Close() error
}

// Open opens the store named by spec: a postgres:// or postgresql:// DSN
// for PostgreSQL, else the path of an SQLite file (an optional "sqlite:"
// prefix is removed). The tables are made when missing.
func Open(ctx context.Context, spec string) (Store, error) {
	if strings.HasPrefix(spec, "postgres://") || strings.HasPrefix(spec, "postgresql://") {
		return openPostgres(ctx, spec)
	}
	return openSQLite(ctx, strings.TrimPrefix(spec, "sqlite:"))
}
