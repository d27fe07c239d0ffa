package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/webcaresim/webcaresim/game/progress"
)

// sqlStore is the Store over database/sql; the two databases differ only in
// the dialect below.
type sqlStore struct {
	db      *sql.DB
	kind    string
	dollar  bool       // PostgreSQL placeholders ($1) instead of ?
	writeMu sync.Mutex // SQLite has one writer: queue writes here, not in busy retries
	serial  bool       // take writeMu for writes
	// closed ends the listeners of notifications when the store closes.
	closed   context.Context
	closeAll context.CancelFunc
	instance string // names this store\'s notifications (notify.go)
}

func schema(kind string) []string {
	id := "INTEGER PRIMARY KEY AUTOINCREMENT"
	if kind == "postgres" {
		id = "BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY"
	}
	return []string{
		`CREATE TABLE IF NOT EXISTS workshops (
			code TEXT PRIMARY KEY,
			title TEXT NOT NULL,
			created BIGINT NOT NULL,
			scenarios TEXT NOT NULL,
			paused INTEGER NOT NULL DEFAULT 0,
			focus BIGINT NOT NULL DEFAULT 0)`,
		`CREATE TABLE IF NOT EXISTS trainees (
			id TEXT PRIMARY KEY,
			workshop TEXT NOT NULL REFERENCES workshops(code),
			name TEXT NOT NULL,
			lang TEXT NOT NULL,
			token_hash TEXT NOT NULL UNIQUE,
			joined BIGINT NOT NULL)`,
		`CREATE INDEX IF NOT EXISTS trainees_workshop ON trainees(workshop)`,
		`CREATE TABLE IF NOT EXISTS events (
			id ` + id + `,
			workshop TEXT NOT NULL,
			trainee TEXT NOT NULL,
			round TEXT NOT NULL,
			kind TEXT NOT NULL,
			scenario TEXT NOT NULL,
			at BIGINT NOT NULL,
			data TEXT NOT NULL)`,
		`CREATE INDEX IF NOT EXISTS events_workshop ON events(workshop, id)`,
		`CREATE TABLE IF NOT EXISTS results (
			seq ` + id + `,
			workshop TEXT NOT NULL,
			trainee TEXT NOT NULL,
			round TEXT NOT NULL,
			received BIGINT NOT NULL,
			attempt TEXT NOT NULL,
			UNIQUE (trainee, round))`,
		`CREATE INDEX IF NOT EXISTS results_workshop ON results(workshop, seq)`,
		`CREATE TABLE IF NOT EXISTS trainer_sessions (
			id_hash TEXT PRIMARY KEY,
			expires BIGINT NOT NULL)`,
		`CREATE TABLE IF NOT EXISTS guess_windows (
			name TEXT PRIMARY KEY,
			start_ns BIGINT NOT NULL,
			until_ns BIGINT NOT NULL,
			used INTEGER NOT NULL,
			strikes INTEGER NOT NULL)`,
		`CREATE INDEX IF NOT EXISTS guess_windows_until ON guess_windows(until_ns)`,
		`CREATE TABLE IF NOT EXISTS scenario_files (
			scenario_key TEXT PRIMARY KEY,
			text TEXT NOT NULL,
			saved BIGINT NOT NULL)`,
	}
}

// addedColumns are columns added after the first release: a database made
// before them gets them with ALTER TABLE.
var addedColumns = []struct{ table, column, ddl string }{
	{"workshops", "closes", "BIGINT NOT NULL DEFAULT 0"},
	{"trainees", "removed", "INTEGER NOT NULL DEFAULT 0"},
	{"trainer_sessions", "created", "BIGINT NOT NULL DEFAULT 0"},
	{"trainer_sessions", "address", "TEXT NOT NULL DEFAULT ''"},
}

func (s *sqlStore) migrate(ctx context.Context) error {
	for _, q := range append(append(schema(s.kind), controlSchema(s.kind)...), controlLogSchema(s.kind)...) {
		if _, err := s.db.ExecContext(ctx, q); err != nil {
			return fmt.Errorf("store: making tables: %w", err)
		}
	}
	for _, c := range addedColumns {
		if _, err := s.db.ExecContext(ctx, "SELECT "+c.column+" FROM "+c.table+" LIMIT 0"); err == nil {
			continue
		}
		if _, err := s.db.ExecContext(ctx, "ALTER TABLE "+c.table+" ADD COLUMN "+c.column+" "+c.ddl); err != nil {
			return fmt.Errorf("store: adding %s.%s: %w", c.table, c.column, err)
		}
	}
	return nil
}

// nanosOrZero stores a zero time as 0 (never).
func nanosOrZero(t time.Time) int64 {
	if t.IsZero() {
		return 0
	}
	return nanos(t)
}

func fromNanosOrZero(n int64) time.Time {
	if n == 0 {
		return time.Time{}
	}
	return fromNanos(n)
}

// q rewrites ? placeholders for PostgreSQL.
func (s *sqlStore) q(query string) string {
	if !s.dollar {
		return query
	}
	var b strings.Builder
	n := 0
	for _, r := range query {
		if r == '?' {
			n++
			b.WriteString("$" + strconv.Itoa(n))
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// write runs fn in a transaction and commits it.
func (s *sqlStore) write(ctx context.Context, fn func(tx *sql.Tx) error) error {
	if s.serial {
		s.writeMu.Lock()
		defer s.writeMu.Unlock()
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	if err := fn(tx); err != nil {
		tx.Rollback()
		return err
	}
	return tx.Commit()
}

func (s *sqlStore) Kind() string { return s.kind }
func (s *sqlStore) Close() error {
	if s.closeAll != nil {
		s.closeAll()
	}
	return s.db.Close()
}

func nanos(t time.Time) int64     { return t.UTC().UnixNano() }
func fromNanos(n int64) time.Time { return time.Unix(0, n).UTC() }

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// isUnique tells a unique-constraint violation in either database.
func isUnique(err error) bool {
	if err == nil {
		return false
	}
	m := strings.ToLower(err.Error())
	return strings.Contains(m, "unique") || strings.Contains(m, "duplicate key") || strings.Contains(m, "23505")
}

func (s *sqlStore) CreateWorkshop(ctx context.Context, w Workshop) error {
	sc, _ := json.Marshal(w.Scenarios)
	err := s.write(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, s.q(`INSERT INTO workshops (code, title, created, scenarios, paused, focus, closes) VALUES (?, ?, ?, ?, ?, ?, ?)`),
			w.Code, w.Title, nanos(w.Created), string(sc), b2i(w.Paused), w.Focus, nanosOrZero(w.Closes))
		if err != nil {
			return err
		}
		return s.notify(ctx, tx, w.Code)
	})
	if isUnique(err) {
		return ErrExists
	}
	return err
}

func (s *sqlStore) UpdateWorkshop(ctx context.Context, w Workshop) error {
	sc, _ := json.Marshal(w.Scenarios)
	return s.write(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, s.q(`UPDATE workshops SET title = ?, scenarios = ?, paused = ?, focus = ?, closes = ? WHERE code = ?`),
			w.Title, string(sc), b2i(w.Paused), w.Focus, nanosOrZero(w.Closes), w.Code)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return ErrNotFound
		}
		return s.notify(ctx, tx, w.Code)
	})
}

func (s *sqlStore) Workshops(ctx context.Context) ([]Workshop, error) {
	return s.workshops(ctx, "")
}

// workshops lists the workshops a WHERE clause (or "") selects.
func (s *sqlStore) workshops(ctx context.Context, where string, args ...any) ([]Workshop, error) {
	rows, err := s.db.QueryContext(ctx, s.q(`SELECT code, title, created, scenarios, paused, focus, closes FROM workshops `+where+` ORDER BY created, code`), args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Workshop
	for rows.Next() {
		var w Workshop
		var created, closes int64
		var sc string
		var paused int
		if err := rows.Scan(&w.Code, &w.Title, &created, &sc, &paused, &w.Focus, &closes); err != nil {
			return nil, err
		}
		w.Created, w.Paused, w.Closes = fromNanos(created), paused != 0, fromNanosOrZero(closes)
		if err := json.Unmarshal([]byte(sc), &w.Scenarios); err != nil {
			return nil, fmt.Errorf("store: workshop %s: scenarios: %w", w.Code, err)
		}
		out = append(out, w)
	}
	return out, rows.Err()
}

func (s *sqlStore) AddTrainee(ctx context.Context, t Trainee, limit int) error {
	err := s.write(ctx, func(tx *sql.Tx) error {
		// Parallel joins queue on the workshop's row (PostgreSQL; SQLite
		// has one writer anyway), so the count below is the count the
		// insert lands on.
		lock := `SELECT code FROM workshops WHERE code = ?`
		if s.kind == "postgres" {
			lock += " FOR UPDATE"
		}
		var code string
		if err := tx.QueryRowContext(ctx, s.q(lock), t.Workshop).Scan(&code); err != nil {
			if errors.Is(err, sql.ErrNoRows) {
				return ErrNotFound
			}
			return err
		}
		var n int
		if err := tx.QueryRowContext(ctx, s.q(`SELECT COUNT(*) FROM trainees WHERE workshop = ? AND removed = 0`), t.Workshop).Scan(&n); err != nil {
			return err
		}
		if n >= limit {
			return ErrFull
		}
		_, err := tx.ExecContext(ctx, s.q(`INSERT INTO trainees (id, workshop, name, lang, token_hash, joined, removed) VALUES (?, ?, ?, ?, ?, ?, ?)`),
			t.ID, t.Workshop, t.Name, t.Lang, t.TokenHash, nanos(t.Joined), b2i(t.Removed))
		if err != nil {
			return err
		}
		return s.notify(ctx, tx, t.Workshop)
	})
	if isUnique(err) {
		return ErrExists
	}
	return err
}

func (s *sqlStore) UpdateTrainee(ctx context.Context, t Trainee) error {
	return s.write(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, s.q(`UPDATE trainees SET name = ?, removed = ? WHERE id = ? AND workshop = ?`),
			t.Name, b2i(t.Removed), t.ID, t.Workshop)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return ErrNotFound
		}
		return s.notify(ctx, tx, t.Workshop)
	})
}

func (s *sqlStore) Trainees(ctx context.Context, workshop string) ([]Trainee, error) {
	rows, err := s.db.QueryContext(ctx, s.q(`SELECT id, workshop, name, lang, token_hash, joined, removed FROM trainees
		WHERE (? = '' OR workshop = ?) ORDER BY joined, id`), workshop, workshop)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Trainee
	for rows.Next() {
		var t Trainee
		var joined int64
		var removed int
		if err := rows.Scan(&t.ID, &t.Workshop, &t.Name, &t.Lang, &t.TokenHash, &joined, &removed); err != nil {
			return nil, err
		}
		t.Joined, t.Removed = fromNanos(joined), removed != 0
		out = append(out, t)
	}
	return out, rows.Err()
}

func (s *sqlStore) AddEvents(ctx context.Context, evs []Event) error {
	if len(evs) == 0 {
		return nil
	}
	ids := make([]int64, len(evs))
	err := s.write(ctx, func(tx *sql.Tx) error {
		st, err := tx.PrepareContext(ctx, s.q(`INSERT INTO events (workshop, trainee, round, kind, scenario, at, data)
			VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id`))
		if err != nil {
			return err
		}
		defer st.Close()
		for i, e := range evs {
			if err := st.QueryRowContext(ctx, e.Workshop, e.Trainee, e.Round, e.Kind, e.Scenario, nanos(e.At), string(e.Data)).Scan(&ids[i]); err != nil {
				return err
			}
		}
		return s.notify(ctx, tx, evs[0].Workshop)
	})
	if err != nil {
		return err
	}
	for i := range evs {
		evs[i].ID = ids[i]
	}
	return nil
}

func (s *sqlStore) Events(ctx context.Context, workshop string) ([]Event, error) {
	rows, err := s.db.QueryContext(ctx, s.q(`SELECT id, workshop, trainee, round, kind, scenario, at, data FROM events
		WHERE (? = '' OR workshop = ?) ORDER BY id`), workshop, workshop)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Event
	for rows.Next() {
		var e Event
		var at int64
		var data string
		if err := rows.Scan(&e.ID, &e.Workshop, &e.Trainee, &e.Round, &e.Kind, &e.Scenario, &at, &data); err != nil {
			return nil, err
		}
		e.At, e.Data = fromNanos(at), json.RawMessage(data)
		out = append(out, e)
	}
	return out, rows.Err()
}

func (s *sqlStore) SaveResult(ctx context.Context, r Result) (Result, bool, error) {
	data, err := json.Marshal(r.Attempt)
	if err != nil {
		return Result{}, false, err
	}
	created := false
	var stored Result
	err = s.write(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, s.q(`INSERT INTO results (workshop, trainee, round, received, attempt) VALUES (?, ?, ?, ?, ?)
			ON CONFLICT (trainee, round) DO NOTHING`), r.Workshop, r.Trainee, r.Round, nanos(r.Received), string(data))
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n == 1 {
			created, stored = true, r
			return s.notify(ctx, tx, r.Workshop)
		}
		row := tx.QueryRowContext(ctx, s.q(`SELECT workshop, trainee, round, received, attempt FROM results WHERE trainee = ? AND round = ?`), r.Trainee, r.Round)
		stored, err = scanResult(row)
		return err
	})
	if err != nil {
		return Result{}, false, err
	}
	return stored, created, nil
}

type scanner interface{ Scan(...any) error }

func scanResult(row scanner) (Result, error) {
	var r Result
	var received int64
	var data string
	if err := row.Scan(&r.Workshop, &r.Trainee, &r.Round, &received, &data); err != nil {
		if errors.Is(err, sql.ErrNoRows) {
			return r, ErrNotFound
		}
		return r, err
	}
	r.Received = fromNanos(received)
	var a progress.Attempt
	if err := json.Unmarshal([]byte(data), &a); err != nil {
		return r, fmt.Errorf("store: result %s/%s: %w", r.Trainee, r.Round, err)
	}
	r.Attempt = a
	return r, nil
}

func (s *sqlStore) Results(ctx context.Context, workshop string) ([]Result, error) {
	var out []Result
	err := s.EachResult(ctx, workshop, func(r Result) error {
		out = append(out, r)
		return nil
	})
	return out, err
}

func (s *sqlStore) EachResult(ctx context.Context, workshop string, fn func(Result) error) error {
	rows, err := s.db.QueryContext(ctx, s.q(`SELECT workshop, trainee, round, received, attempt FROM results
		WHERE (? = '' OR workshop = ?) ORDER BY seq`), workshop, workshop)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		r, err := scanResult(rows)
		if err != nil {
			return err
		}
		if err := fn(r); err != nil {
			return err
		}
	}
	return rows.Err()
}
