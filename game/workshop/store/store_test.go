package store

import (
	"context"
	"encoding/json"
	"errors"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/webcaresim/webcaresim/game/progress"
	"github.com/webcaresim/webcaresim/game/session"
	"github.com/webcaresim/webcaresim/game/workshop/store/storetest"
)

// stores runs fn against a fresh SQLite file and, when the PostgreSQL DSN
// is set (scripts/with-postgres.sh), a fresh PostgreSQL schema.
func stores(t *testing.T, fn func(t *testing.T, open func() Store)) {
	storetest.Each(t, func(t *testing.T, spec string) {
		fn(t, func() Store { return mustOpen(t, spec) })
	})
}

func mustOpen(t *testing.T, spec string) Store {
	t.Helper()
	s, err := Open(context.Background(), spec)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func attempt(player string, overall float64) progress.Attempt {
	r := session.Report{Scenario: "sanoma-juf", Language: "nl", Player: player, Mode: session.Workshop,
		Scores: session.Scores{Empathy: 50, Deescalation: 60, Speed: 70, Overall: overall, SpeedScored: true}, Grade: "6.0",
		Replies: []session.Reply{{Decision: "d", Text: "Hoi Dorien, wat vervelend! <b>&</b> \"quotes\" ^Lotte", Public: true}}}
	now := time.Date(2026, 11, 22, 19, 0, 0, 0, time.UTC)
	return progress.New(r, now, now.Add(5*time.Minute), true, "workshop")
}

func TestWorkshopsTraineesEventsResults(t *testing.T) {
	stores(t, func(t *testing.T, open func() Store) {
		ctx := context.Background()
		s := open()
		now := time.Now().UTC().Truncate(time.Microsecond)
		w := Workshop{Code: "ABC123", Title: "Onboarding", Created: now, Scenarios: []string{"sanoma-juf/nl"}}
		if err := s.CreateWorkshop(ctx, w); err != nil {
			t.Fatal(err)
		}
		if err := s.CreateWorkshop(ctx, w); !errors.Is(err, ErrExists) {
			t.Fatalf("second create: %v, want ErrExists", err)
		}
		w.Paused, w.Focus, w.Scenarios = true, 7, []string{"sanoma-juf/nl", "x/en"}
		if err := s.UpdateWorkshop(ctx, w); err != nil {
			t.Fatal(err)
		}
		if err := s.UpdateWorkshop(ctx, Workshop{Code: "NOPE"}); !errors.Is(err, ErrNotFound) {
			t.Fatalf("update of a missing workshop: %v", err)
		}
		tr := Trainee{ID: "t1", Workshop: "ABC123", Name: "Ömer <script>", Lang: "nl", TokenHash: "h1", Joined: now}
		if err := s.AddTrainee(ctx, tr, 10); err != nil {
			t.Fatal(err)
		}
		if err := s.AddTrainee(ctx, Trainee{ID: "t2", Workshop: "ABC123", Name: "x", Lang: "en", TokenHash: "h1", Joined: now}, 10); !errors.Is(err, ErrExists) {
			t.Fatalf("same token hash twice: %v", err)
		}
		evs := []Event{
			{Workshop: "ABC123", Trainee: "t1", Round: "r1", Kind: "started", Scenario: "sanoma-juf/nl", At: now, Data: json.RawMessage(`{"seed":1}`)},
			{Workshop: "ABC123", Trainee: "t1", Round: "r1", Kind: "reply", Scenario: "sanoma-juf/nl", At: now, Data: json.RawMessage(`{"text":"Sorry 😊"}`)},
		}
		if err := s.AddEvents(ctx, evs); err != nil {
			t.Fatal(err)
		}
		if evs[0].ID == 0 || evs[1].ID <= evs[0].ID {
			t.Fatalf("event ids %d, %d", evs[0].ID, evs[1].ID)
		}
		a := attempt(tr.Name, 66.6)
		got, created, err := s.SaveResult(ctx, Result{Workshop: "ABC123", Trainee: "t1", Round: "r1", Received: now, Attempt: a})
		if err != nil || !created || got.Attempt.ID != a.ID {
			t.Fatalf("save: %v %v %v", got.Attempt.ID, created, err)
		}
		b := attempt(tr.Name, 10)
		got, created, err = s.SaveResult(ctx, Result{Workshop: "ABC123", Trainee: "t1", Round: "r1", Received: now, Attempt: b})
		if err != nil || created || got.Attempt.ID != a.ID || got.Attempt.Overall() != 66.6 {
			t.Fatalf("second save of a round: created %v id %v overall %v err %v; want the first kept", created, got.Attempt.ID, got.Attempt.Overall(), err)
		}
		s.Close()

		// Everything is there after reopening.
		s = open()
		defer s.Close()
		ws, err := s.Workshops(ctx)
		if err != nil || len(ws) != 1 || !ws[0].Paused || ws[0].Focus != 7 || len(ws[0].Scenarios) != 2 || !ws[0].Created.Equal(now) {
			t.Fatalf("workshops after reopen: %+v %v", ws, err)
		}
		ts, err := s.Trainees(ctx, "ABC123")
		if err != nil || len(ts) != 1 || ts[0] != tr {
			t.Fatalf("trainees: %+v %v", ts, err)
		}
		if ts, _ := s.Trainees(ctx, "OTHER"); len(ts) != 0 {
			t.Fatalf("trainees of another workshop: %+v", ts)
		}
		es, err := s.Events(ctx, "ABC123")
		if err != nil || len(es) != 2 || es[1].Kind != "reply" || string(es[1].Data) != `{"text":"Sorry 😊"}` {
			t.Fatalf("events: %+v %v", es, err)
		}
		rs, err := s.Results(ctx, "")
		if err != nil || len(rs) != 1 || rs[0].Attempt.Report.Replies[0].Text != a.Report.Replies[0].Text {
			t.Fatalf("results: %+v %v", rs, err)
		}
	})
}

func TestConcurrentWritersLoseNothing(t *testing.T) {
	stores(t, func(t *testing.T, open func() Store) {
		ctx := context.Background()
		s := open()
		defer s.Close()
		if err := s.CreateWorkshop(ctx, Workshop{Code: "W", Created: time.Now()}); err != nil {
			t.Fatal(err)
		}
		const writers, each = 8, 15
		var wg sync.WaitGroup
		errs := make(chan error, writers*each*2)
		for w := range writers {
			wg.Add(1)
			go func() {
				defer wg.Done()
				id := "t" + string(rune('a'+w))
				if err := s.AddTrainee(ctx, Trainee{ID: id, Workshop: "W", Name: id, Lang: "nl", TokenHash: id, Joined: time.Now()}, 1000); err != nil {
					errs <- err
					return
				}
				for i := range each {
					round := id + "-" + string(rune('a'+i))
					if err := s.AddEvents(ctx, []Event{{Workshop: "W", Trainee: id, Round: round, Kind: "started", Scenario: "s/nl", At: time.Now(), Data: json.RawMessage(`{}`)}}); err != nil {
						errs <- err
					}
					if _, _, err := s.SaveResult(ctx, Result{Workshop: "W", Trainee: id, Round: round, Received: time.Now(), Attempt: attempt(id, 50)}); err != nil {
						errs <- err
					}
				}
			}()
		}
		wg.Wait()
		close(errs)
		for err := range errs {
			t.Error(err)
		}
		rs, _ := s.Results(ctx, "W")
		es, _ := s.Events(ctx, "W")
		if len(rs) != writers*each || len(es) != writers*each {
			t.Fatalf("%d results and %d events, want %d of each", len(rs), len(es), writers*each)
		}
	})
}

func TestSQLiteIsWALWithFullSync(t *testing.T) {
	s := mustOpen(t, filepath.Join(t.TempDir(), "a", "b.db")).(*sqlStore)
	defer s.Close()
	var mode string
	var sync int
	if err := s.db.QueryRow("PRAGMA journal_mode").Scan(&mode); err != nil {
		t.Fatal(err)
	}
	if err := s.db.QueryRow("PRAGMA synchronous").Scan(&sync); err != nil {
		t.Fatal(err)
	}
	if mode != "wal" || sync != 2 {
		t.Fatalf("journal_mode %q synchronous %d; want wal and 2 (FULL)", mode, sync)
	}
}
