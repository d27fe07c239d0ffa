package store

import (
	"context"
	"database/sql"
	"sort"
	"time"
)

// GuessWindow is the count of trainer-password guesses of one address (or
// of the whole server) in the current minute, and its lockout. It lives in
// the store so that every instance on one database counts the same
// guesses: N instances behind a load balancer do not allow N times as many.
type GuessWindow struct {
	Key     string    // "" for the whole server, else the address
	Start   time.Time // of the current minute
	Used    int
	Until   time.Time // locked out until
	Strikes int       // lockouts so far
}

// guessLockKey names the PostgreSQL advisory lock that queues the guess
// transactions of every instance. Guesses are rare and short, so one lock
// is cheaper and simpler than row locks taken in an order that cannot
// deadlock.
const guessLockKey = 0x77656263617265 // "webcare"

// UpdateGuessWindows reads the windows named by keys (a missing one comes
// as a zero window with its key), lets fn change them and stores them, in
// one transaction that no other guess on any instance interleaves with.
// Windows idle since forgetBefore are deleted on the way.
func (s *sqlStore) UpdateGuessWindows(ctx context.Context, keys []string, forgetBefore time.Time, fn func(ws []GuessWindow)) error {
	keys = append([]string(nil), keys...)
	sort.Strings(keys)
	return s.write(ctx, func(tx *sql.Tx) error {
		if s.kind == "postgres" {
			if _, err := tx.ExecContext(ctx, `SELECT pg_advisory_xact_lock($1)`, int64(guessLockKey)); err != nil {
				return err
			}
		}
		ws := make([]GuessWindow, len(keys))
		for i, k := range keys {
			ws[i].Key = k
			var start, until int64
			err := tx.QueryRowContext(ctx, s.q(`SELECT start_ns, until_ns, used, strikes FROM guess_windows WHERE name = ?`), k).
				Scan(&start, &until, &ws[i].Used, &ws[i].Strikes)
			switch {
			case err == sql.ErrNoRows:
			case err != nil:
				return err
			default:
				ws[i].Start, ws[i].Until = fromNanosOrZero(start), fromNanosOrZero(until)
			}
		}
		fn(ws)
		for _, w := range ws {
			_, err := tx.ExecContext(ctx, s.q(`INSERT INTO guess_windows (name, start_ns, until_ns, used, strikes) VALUES (?, ?, ?, ?, ?)
				ON CONFLICT (name) DO UPDATE SET start_ns = excluded.start_ns, until_ns = excluded.until_ns, used = excluded.used, strikes = excluded.strikes`),
				w.Key, nanosOrZero(w.Start), nanosOrZero(w.Until), w.Used, w.Strikes)
			if err != nil {
				return err
			}
		}
		// A window whose minute and lockout both ended before forgetBefore
		// counts nothing any more: the table holds only recent addresses.
		_, err := tx.ExecContext(ctx, s.q(`DELETE FROM guess_windows WHERE name <> '' AND start_ns < ? AND until_ns < ?`),
			nanos(forgetBefore), nanos(forgetBefore))
		return err
	})
}
