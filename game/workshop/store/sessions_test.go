package store

import (
	"context"
	"errors"
	"fmt"
	"sync"
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
			if err := s.AddSession(ctx, id, exp, Login{}); err != nil {
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

// The trainee cap holds when many join at once: the count and the insert
// are one transaction.
func TestTraineeCapHoldsUnderParallelJoins(t *testing.T) {
	stores(t, func(t *testing.T, open func() Store) {
		ctx := context.Background()
		s := open()
		defer s.Close()
		if err := s.CreateWorkshop(ctx, Workshop{Code: "CAP", Created: time.Now(), Scenarios: []string{}}); err != nil {
			t.Fatal(err)
		}
		const limit, tries = 20, 80
		var wg sync.WaitGroup
		var mu sync.Mutex
		joined, full := 0, 0
		for i := range tries {
			wg.Add(1)
			go func() {
				defer wg.Done()
				id := fmt.Sprintf("t%03d", i)
				err := s.AddTrainee(ctx, Trainee{ID: id, Workshop: "CAP", Name: id, Lang: "nl", TokenHash: id, Joined: time.Now()}, limit)
				mu.Lock()
				defer mu.Unlock()
				switch {
				case err == nil:
					joined++
				case errors.Is(err, ErrFull):
					full++
				default:
					t.Error(err)
				}
			}()
		}
		wg.Wait()
		ts, err := s.Trainees(ctx, "CAP")
		if err != nil {
			t.Fatal(err)
		}
		if joined != limit || len(ts) != limit || full != tries-limit {
			t.Fatalf("%d parallel joins with a cap of %d: %d joined, %d stored, %d told it is full", tries, limit, joined, len(ts), full)
		}
		// A removed trainee frees a place.
		ts[0].Removed = true
		if err := s.UpdateTrainee(ctx, ts[0]); err != nil {
			t.Fatal(err)
		}
		if err := s.AddTrainee(ctx, Trainee{ID: "late", Workshop: "CAP", Name: "late", Lang: "nl", TokenHash: "late", Joined: time.Now()}, limit); err != nil {
			t.Fatalf("after a removal: %v", err)
		}
	})
}
