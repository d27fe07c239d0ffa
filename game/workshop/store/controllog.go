package store

import (
	"context"
	"database/sql"
	"errors"
	"time"
)

// A workshop's control log: each time another trainer login came to steer
// its control room (it made the workshop, took the room over after the
// confirmation, or took it when the login that steered had ended). The
// trainer reads it in the control room and the workshop's JSON export: a
// takeover leaves a trace that names when and which login, as the server
// saw it, never as a page said it.

// Login is where and when a trainer session logged in, as the server saw
// the login request.
type Login struct {
	At   time.Time // zero: not known (a session made before logins were recorded)
	From string    // the client's address (IPv6: its /64)
}

// Control log kinds.
const (
	ControlMade     = "made"      // the login made the workshop
	ControlClaimed  = "claimed"   // the login took the room over, confirmed, from a live login
	ControlAfterEnd = "after_end" // the login came to steer after the one that steered had ended
	ControlFirst    = "first"     // the first login to steer a workshop made without one (a script)
)

// ControlEvent is one change of the login that steers a workshop.
type ControlEvent struct {
	At      time.Time
	Kind    string
	Session string // a short sign of the session that steers from then on
	Login   Login  // that session's login
	From    string // the address the change came from
	// Previous is the sign of the session that steered until then ("" for
	// none) and PreviousLogin its login as far as it was still known.
	Previous      string
	PreviousLogin Login
}

func controlLogSchema(kind string) []string {
	id := "INTEGER PRIMARY KEY AUTOINCREMENT"
	if kind == "postgres" {
		id = "BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY"
	}
	return []string{
		`CREATE TABLE IF NOT EXISTS trainer_control_log (
			seq ` + id + `,
			workshop TEXT NOT NULL,
			at BIGINT NOT NULL,
			kind TEXT NOT NULL,
			session TEXT NOT NULL,
			login_at BIGINT NOT NULL,
			login_from TEXT NOT NULL,
			from_addr TEXT NOT NULL,
			previous TEXT NOT NULL,
			previous_login_at BIGINT NOT NULL,
			previous_login_from TEXT NOT NULL)`,
		`CREATE INDEX IF NOT EXISTS trainer_control_log_workshop ON trainer_control_log(workshop, seq)`,
	}
}

// LogControl adds a change of the login that steers, in the transaction
// that makes it.
func (c *ControlTx) LogControl(e ControlEvent) error {
	_, err := c.tx.ExecContext(c.ctx, c.s.q(`INSERT INTO trainer_control_log
		(workshop, at, kind, session, login_at, login_from, from_addr, previous, previous_login_at, previous_login_from)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
		c.workshop, nanos(e.At), e.Kind, e.Session, nanosOrZero(e.Login.At), e.Login.From, e.From,
		e.Previous, nanosOrZero(e.PreviousLogin.At), e.PreviousLogin.From)
	return err
}

// Login reads a live session's login (the zero Login for one made before
// logins were recorded); ErrNotFound when the session ended.
func (c *ControlTx) Login(idHash string) (Login, error) {
	return c.s.login(c.ctx, c.tx, idHash)
}

// rowQuerier is a database or a transaction.
type rowQuerier interface {
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

func (s *sqlStore) login(ctx context.Context, q rowQuerier, idHash string) (Login, error) {
	var at int64
	var l Login
	err := q.QueryRowContext(ctx, s.q(`SELECT created, address FROM trainer_sessions WHERE id_hash = ?`), idHash).Scan(&at, &l.From)
	if errors.Is(err, sql.ErrNoRows) {
		return Login{}, ErrNotFound
	}
	l.At = fromNanosOrZero(at)
	return l, err
}

// SessionLogin reads a live session's login; ErrNotFound when it ended.
func (s *sqlStore) SessionLogin(ctx context.Context, idHash string) (Login, error) {
	return s.login(ctx, s.db, idHash)
}

// ControlLog lists a workshop's control log, oldest first.
func (s *sqlStore) ControlLog(ctx context.Context, workshop string) ([]ControlEvent, error) {
	rows, err := s.db.QueryContext(ctx, s.q(`SELECT at, kind, session, login_at, login_from, from_addr, previous,
		previous_login_at, previous_login_from FROM trainer_control_log WHERE workshop = ? ORDER BY seq`), workshop)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []ControlEvent
	for rows.Next() {
		var e ControlEvent
		var at, loginAt, prevAt int64
		if err := rows.Scan(&at, &e.Kind, &e.Session, &loginAt, &e.Login.From, &e.From, &e.Previous, &prevAt, &e.PreviousLogin.From); err != nil {
			return nil, err
		}
		e.At, e.Login.At, e.PreviousLogin.At = fromNanos(at), fromNanosOrZero(loginAt), fromNanosOrZero(prevAt)
		out = append(out, e)
	}
	return out, rows.Err()
}
