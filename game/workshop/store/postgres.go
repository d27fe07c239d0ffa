package store

import (
	"context"
	"database/sql"
	"fmt"

	_ "github.com/jackc/pgx/v5/stdlib" // PostgreSQL driver, pure Go
)

// openPostgres connects to PostgreSQL with a DSN (postgres://…). A
// commit returns after the server has made it durable (PostgreSQL's
// default synchronous_commit=on).
func openPostgres(ctx context.Context, dsn string) (Store, error) {
	db, err := sql.Open("pgx", dsn)
	if err != nil {
		return nil, fmt.Errorf("store: %w", err)
	}
	db.SetMaxOpenConns(10)
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("store: connecting to PostgreSQL: %w", err)
	}
	s := &sqlStore{db: db, kind: "postgres", dollar: true}
	s.closed, s.closeAll = context.WithCancel(context.Background())
	s.instance = newInstanceID()
	if err := s.migrate(ctx); err != nil {
		db.Close()
		return nil, err
	}
	return pgNotifier{s, dsn}, nil
}
