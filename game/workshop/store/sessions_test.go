package store

import (
	"context"
	"errors"
	"testing"
	"time"
)

func TestTrainerSessionsEndOnDelete(t *testing.T) {
	stores(t, func(t *testing.T, open func() Store) {
		ctx := context.Background()
		s := open()
		defer s.Close()
		exp := time.Now().Add(time.Hour).UTC().Truncate(time.Microsecond)
		for _, id := range []string{"a", "b"} {
			if err := s.AddSession(ctx, id, exp); err != nil {
				t.Fatal(err)
			}
		}
		if got, err := s.SessionExpires(ctx, "a"); err != nil || !got.Equal(exp) {
			t.Fatalf("session a: %v %v, want %v", got, err, exp)
		}
		if err := s.DeleteSession(ctx, "a"); err != nil {
			t.Fatal(err)
		}
		if _, err := s.SessionExpires(ctx, "a"); !errors.Is(err, ErrNotFound) {
			t.Fatalf("a deleted session: %v, want ErrNotFound", err)
		}
		if _, err := s.SessionExpires(ctx, "b"); err != nil {
			t.Fatalf("deleting one session ended another: %v", err)
		}
		if err := s.DeleteAllSessions(ctx); err != nil {
			t.Fatal(err)
		}
		if _, err := s.SessionExpires(ctx, "b"); !errors.Is(err, ErrNotFound) {
			t.Fatalf("after deleting all: %v", err)
		}
	})
}
