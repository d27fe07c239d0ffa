// Package storetest runs a test against every store: a fresh SQLite file,
// and a fresh PostgreSQL schema when WEBCARESIM_TEST_POSTGRES holds a DSN
// (scripts/with-postgres.sh sets it).
package storetest

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"net/url"
	"os"
	"path/filepath"
	"testing"

	_ "github.com/jackc/pgx/v5/stdlib"
)

// DSNEnv names the PostgreSQL DSN.
const DSNEnv = "WEBCARESIM_TEST_POSTGRES"

// Each runs fn as a subtest per store with a spec for store.Open.
func Each(t *testing.T, fn func(t *testing.T, spec string)) {
	t.Run("sqlite", func(t *testing.T) { fn(t, filepath.Join(t.TempDir(), "workshops.db")) })
	t.Run("postgres", func(t *testing.T) { fn(t, Postgres(t)) })
}

// Postgres returns a DSN for a new, empty schema, or skips the test when
// DSNEnv is not set.
func Postgres(t testing.TB) string {
	t.Helper()
	dsn := os.Getenv(DSNEnv)
	if dsn == "" {
		t.Skipf("PostgreSQL not tested: %s is not set (run: scripts/with-postgres.sh go test ./game/workshop/...)", DSNEnv)
	}
	db, err := sql.Open("pgx", dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var b [6]byte
	rand.Read(b[:])
	schema := "t_" + hex.EncodeToString(b[:])
	if _, err := db.ExecContext(context.Background(), "CREATE SCHEMA "+schema); err != nil {
		t.Fatal(err)
	}
	u, err := url.Parse(dsn)
	if err != nil {
		t.Fatal(err)
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	return u.String()
}
