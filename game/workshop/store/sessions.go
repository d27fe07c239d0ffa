package store

import (
	"context"
	"database/sql"
	"errors"
	"time"
)

// Trainer sessions live in the store, not only in a signed cookie, so that
// logging out ends a session on every instance at once: a copied cookie
// stops working the moment its session row is gone.

func (s *sqlStore) AddSession(ctx context.Context, idHash string, expires time.Time, login Login) error {
	return s.write(ctx, func(tx *sql.Tx) error {
		// Expired sessions are swept here, where a new one is made, so the
		// table never grows with logins.
		if _, err := tx.ExecContext(ctx, s.q(`DELETE FROM trainer_sessions WHERE expires < ?`), nanos(time.Now())); err != nil {
			return err
		}
		_, err := tx.ExecContext(ctx, s.q(`INSERT INTO trainer_sessions (id_hash, expires, created, address) VALUES (?, ?, ?, ?)`),
			idHash, nanos(expires), nanosOrZero(login.At), login.From)
		return err
	})
}

func (s *sqlStore) SessionExpires(ctx context.Context, idHash string) (time.Time, error) {
	var exp int64
	err := s.db.QueryRowContext(ctx, s.q(`SELECT expires FROM trainer_sessions WHERE id_hash = ?`), idHash).Scan(&exp)
	if errors.Is(err, sql.ErrNoRows) {
		return time.Time{}, ErrNotFound
	}
	if err != nil {
		return time.Time{}, err
	}
	return fromNanos(exp), nil
}

func (s *sqlStore) DeleteSession(ctx context.Context, idHash string) error {
	return s.write(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, s.q(`DELETE FROM trainer_sessions WHERE id_hash = ?`), idHash)
		return err
	})
}

func (s *sqlStore) DeleteAllSessions(ctx context.Context) error {
	return s.write(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `DELETE FROM trainer_sessions`)
		return err
	})
}
