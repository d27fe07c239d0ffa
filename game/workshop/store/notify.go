package store

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"errors"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
)

// Several servers on one PostgreSQL database learn of each other's writes
// through LISTEN/NOTIFY: every write transaction notifies the channel with
// the workshop's code and the writer's instance id, delivered when it
// commits. SQLite is one server's own file and notifies nothing.

// Notifier is a store that tells of other instances' writes.
type Notifier interface {
	// Listen sends the code of every workshop another instance wrote to,
	// and "" when notifications may have been missed (a reconnect): then
	// everything may have changed. It ends with ctx.
	Listen(ctx context.Context) <-chan string
}

// Finder reads single rows, for an instance that meets a workshop or a
// trainee another instance made.
type Finder interface {
	Workshop(ctx context.Context, code string) (Workshop, error)
	TraineeByToken(ctx context.Context, tokenHash string) (Trainee, error)
}

const notifyChannel = "webcaresim"

// newInstanceID tells one opened store's notifications from the others'.
func newInstanceID() string {
	var b [8]byte
	rand.Read(b[:])
	return hex.EncodeToString(b[:])
}

// notify queues a notification in the transaction (PostgreSQL only).
func (s *sqlStore) notify(ctx context.Context, tx *sql.Tx, code string) error {
	if s.kind != "postgres" {
		return nil
	}
	_, err := tx.ExecContext(ctx, `SELECT pg_notify($1, $2)`, notifyChannel, code+"|"+s.instance)
	return err
}

type pgNotifier struct {
	*sqlStore
	dsn string
}

func (p pgNotifier) Listen(ctx context.Context) <-chan string {
	out := make(chan string, 256)
	ctx, cancel := context.WithCancel(ctx)
	context.AfterFunc(p.closed, cancel) // the store closed: stop listening
	go func() {
		defer close(out)
		for ctx.Err() == nil {
			conn, err := pgx.Connect(ctx, p.dsn)
			if err == nil {
				_, err = conn.Exec(ctx, "LISTEN "+notifyChannel)
			}
			if err == nil {
				out <- "" // (re)connected: what came meanwhile is unknown
				for {
					n, err := conn.WaitForNotification(ctx)
					if err != nil {
						break
					}
					code, from, _ := strings.Cut(n.Payload, "|")
					if from != p.instance {
						out <- code
					}
				}
			}
			if conn != nil {
				conn.Close(context.Background())
			}
			select {
			case <-ctx.Done():
			case <-time.After(time.Second):
			}
		}
	}()
	return out
}

func (s *sqlStore) Workshop(ctx context.Context, code string) (Workshop, error) {
	ws, err := s.workshops(ctx, `WHERE code = ?`, code)
	if err != nil {
		return Workshop{}, err
	}
	if len(ws) == 0 {
		return Workshop{}, ErrNotFound
	}
	return ws[0], nil
}

func (s *sqlStore) TraineeByToken(ctx context.Context, tokenHash string) (Trainee, error) {
	var t Trainee
	var joined int64
	var removed int
	err := s.db.QueryRowContext(ctx, s.q(`SELECT id, workshop, name, lang, token_hash, joined, removed FROM trainees WHERE token_hash = ?`), tokenHash).
		Scan(&t.ID, &t.Workshop, &t.Name, &t.Lang, &t.TokenHash, &joined, &removed)
	if errors.Is(err, sql.ErrNoRows) {
		return t, ErrNotFound
	}
	t.Joined, t.Removed = fromNanos(joined), removed != 0
	return t, err
}
