package store

import (
	"context"
	"strings"
	"sync"
	"testing"
	"time"
)

// Commands sent from several instances at once reach a game that polls
// meanwhile, every one and in order: a game asks for those after the last
// number it saw, so a number that committed after a higher one would be
// lost for good. Four writers (on PostgreSQL, two of them on a second
// connection pool, as a second instance) send 25 each while a poller
// reads.
func TestCommandsFromManyWritersAreNeverSkipped(t *testing.T) {
	stores(t, func(t *testing.T, open func() Store) {
		ctx := context.Background()
		a := open()
		defer a.Close()
		b := a
		if a.Kind() == "postgres" {
			b = open()
			defer b.Close()
		}
		if err := a.CreateWorkshop(ctx, Workshop{Code: "W1", Created: time.Now(), Scenarios: []string{}}); err != nil {
			t.Fatal(err)
		}
		const writers, each = 4, 25
		var wg sync.WaitGroup
		for w := range writers {
			st := []Store{a, b}[w%2]
			wg.Go(func() {
				for range each {
					err := st.Control(ctx, "W1", func(tx *ControlTx) error {
						_, err := tx.Enqueue("T1", "R1", []byte(`{"kind":"dial","dial":1}`), time.Now())
						return err
					})
					if err != nil {
						t.Error(err)
						return
					}
				}
			})
		}
		done := make(chan struct{})
		go func() { wg.Wait(); close(done) }()
		var seen []int64
		after := int64(0)
		poll := func() {
			_, cmds, err := a.PollView(ctx, "T1", "R1", after, 50)
			if err != nil {
				t.Fatal(err)
			}
			for _, c := range cmds {
				seen = append(seen, c.Seq)
				after = c.Seq
			}
		}
		for finished := false; !finished; {
			select {
			case <-done:
				finished = true
			default:
			}
			poll()
		}
		poll()
		if len(seen) != writers*each {
			t.Fatalf("the poller saw %d of %d commands", len(seen), writers*each)
		}
		all, err := a.FetchedCommands(ctx, "T1", "R1")
		if err != nil || len(all) != 0 {
			t.Fatalf("commands only read count as fetched: %d, %v", len(all), err)
		}
	})
}

// Past MaxPendingCommands unfetched commands the oldest go; a fetched one
// stays, for checking the round's result.
func TestAGameThatNeverPollsCannotGrowTheCommands(t *testing.T) {
	stores(t, func(t *testing.T, open func() Store) {
		ctx := context.Background()
		s := open()
		defer s.Close()
		if err := s.CreateWorkshop(ctx, Workshop{Code: "W1", Created: time.Now(), Scenarios: []string{}}); err != nil {
			t.Fatal(err)
		}
		err := s.Control(ctx, "W1", func(tx *ControlTx) error {
			first, err := tx.Enqueue("T1", "R1", []byte(`{"kind":"takeover","on":true}`), time.Now())
			if err == nil {
				err = tx.MarkFetched(first, 3.5)
			}
			for i := 0; err == nil && i < MaxPendingCommands+50; i++ {
				_, err = tx.Enqueue("T1", "R1", []byte(`{"kind":"dial","dial":1}`), time.Now())
			}
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
		_, cmds, err := s.PollView(ctx, "T1", "R1", 0, 0)
		if err != nil {
			t.Fatal(err)
		}
		if len(cmds) != MaxPendingCommands+1 || !strings.Contains(string(cmds[0].Input), "takeover") || cmds[0].FloorMinute != 3.5 {
			t.Fatalf("%d commands kept (want the fetched one and %d), first %s", len(cmds), MaxPendingCommands, cmds[0].Input)
		}
	})
}
