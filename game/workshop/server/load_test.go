package server_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"net"
	"net/http"
	"os"
	"sort"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/webcaresim/webcaresim/game/session"
	"github.com/webcaresim/webcaresim/game/workshop/client"
	"github.com/webcaresim/webcaresim/game/workshop/server"
	"github.com/webcaresim/webcaresim/game/workshop/store"
	"github.com/webcaresim/webcaresim/game/workshop/store/storetest"
	"github.com/webcaresim/webcaresim/scenarios"
)

// TestLoad is the load test: WEBCARESIM_LOAD=1 go test -run TestLoad -v ./game/workshop/server/
//
// It starts one server on 127.0.0.1 (SQLite, or PostgreSQL with
// WEBCARESIM_LOAD_STORE=postgres under scripts/with-postgres.sh), and
// for WEBCARESIM_LOAD_SECONDS (60) lets WEBCARESIM_LOAD_TRAINEES (50)
// simulated trainees join and play rounds over and over: round started,
// each reply, outrage samples every few replies, the result; each waits
// 100–400 ms between requests, as a fast game would. A trainer polls the
// dashboard every two seconds. At the end every acknowledged result must be
// in the store, also after reopening it; the response times are reported.
func TestLoad(t *testing.T) {
	if os.Getenv("WEBCARESIM_LOAD") == "" {
		t.Skip("load test: set WEBCARESIM_LOAD=1 (see the comment)")
	}
	trainees := envInt("WEBCARESIM_LOAD_TRAINEES", 50)
	dur := time.Duration(envInt("WEBCARESIM_LOAD_SECONDS", 60)) * time.Second
	spec := t.TempDir() + "/load.db"
	if os.Getenv("WEBCARESIM_LOAD_STORE") == "postgres" {
		spec = storetest.Postgres(t)
	}
	ctx := context.Background()
	st, err := store.Open(ctx, spec)
	if err != nil {
		t.Fatal(err)
	}
	srv, err := server.New(ctx, server.Config{Store: st, Secret: secret, Scenarios: scenarios.Builtin()})
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	hs := server.HTTPServer(ln.Addr().String(), srv.Handler())
	go hs.Serve(ln)
	base := "http://" + ln.Addr().String()
	e := &env{t: t, ts: nil, st: st}
	e.web = newJarClient()
	e.base = base
	e.login()
	code := e.workshop()

	// A few rounds to send, played once.
	var rounds []*session.Session
	all := scenarios.Builtin()
	for i, sc := range all.Scenarios {
		strat := []session.Strategy{session.Best{}, session.Historical{}}[i%2]
		s, err := session.Run(sc, session.Options{Seed: uint64(i + 1), Mode: session.Workshop}, strat)
		if err == nil {
			rounds = append(rounds, s)
		}
	}
	if len(rounds) == 0 {
		t.Fatal("no round could be played")
	}

	type sample struct {
		kind string
		d    time.Duration
		err  error
	}
	var mu sync.Mutex
	var samples []sample
	acked := map[string]bool{}
	timed := func(kind string, fn func() error) error {
		t0 := time.Now()
		err := fn()
		mu.Lock()
		samples = append(samples, sample{kind, time.Since(t0), err})
		mu.Unlock()
		return err
	}
	hc := &http.Client{Timeout: 30 * time.Second, Transport: &http.Transport{MaxIdleConnsPerHost: 4}}
	deadline := time.Now().Add(dur)
	var wg sync.WaitGroup
	for i := range trainees {
		wg.Add(1)
		go func() {
			defer wg.Done()
			rng := rand.New(rand.NewPCG(uint64(i), 99))
			think := func() { time.Sleep(time.Duration(100+rng.IntN(300)) * time.Millisecond) }
			time.Sleep(time.Duration(rng.IntN(2000)) * time.Millisecond) // people arrive over two seconds
			var c *client.Client
			if timed("join", func() (err error) {
				c, _, err = client.Join(ctx, base, code, fmt.Sprintf("Trainee %02d", i+1), "nl")
				return err
			}) != nil {
				return
			}
			c.HTTP = hc
			for n := 0; time.Now().Before(deadline); n++ {
				s := rounds[(i+n)%len(rounds)]
				sc := s.Scenario()
				round := client.NewRound(time.Now())
				started := time.Now()
				timed("started", func() error { return c.Started(ctx, round, s) })
				think()
				curve := s.Curve()
				for k, r := range s.Replies() {
					timed("reply", func() error { return c.Reply(ctx, round, sc.ID, sc.Language, r) })
					think()
					part := curve[k*len(curve)/len(s.Replies()) : (k+1)*len(curve)/len(s.Replies())]
					if len(part) > 0 {
						timed("outrage", func() error { return c.Outrage(ctx, round, sc.ID, sc.Language, part) })
						think()
					}
				}
				var id string
				if timed("result", func() (err error) {
					id, err = client.Report(ctx, base, c.Token, round, started, time.Now(), true, s.Report(), s.Transcript())
					return err
				}) == nil {
					mu.Lock()
					acked[id] = true
					mu.Unlock()
				}
				think()
			}
		}()
	}
	// The trainer's dashboard polls meanwhile.
	stopPoll := make(chan struct{})
	go func() {
		for {
			select {
			case <-stopPoll:
				return
			case <-time.After(2 * time.Second):
				timed("dashboard", func() error {
					code, _ := e.get("/trainer/w/" + code + "/live")
					if code != 200 && code != 304 {
						return fmt.Errorf("dashboard %d", code)
					}
					return nil
				})
			}
		}
	}()
	wg.Wait()
	close(stopPoll)
	sctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	hs.Shutdown(sctx)
	cancel()
	st.Close()

	// Every acknowledged result is in the store after reopening it.
	st2, err := store.Open(ctx, spec)
	if err != nil {
		t.Fatal(err)
	}
	defer st2.Close()
	rs, err := st2.Results(ctx, code)
	if err != nil {
		t.Fatal(err)
	}
	stored := map[string]bool{}
	for _, r := range rs {
		stored[r.Attempt.ID] = true
	}
	lost := 0
	for id := range acked {
		if !stored[id] {
			lost++
		}
	}

	byKind := map[string][]time.Duration{}
	var every []time.Duration
	errs := 0
	for _, s := range samples {
		if s.err != nil {
			errs++
			if errs <= 5 {
				t.Logf("error (%s): %v", s.kind, s.err)
			}
			continue
		}
		byKind[s.kind] = append(byKind[s.kind], s.d)
		every = append(every, s.d)
	}
	t.Logf("store %s, %d trainees, %s: %d requests (%.0f/s), %d errors; %d results acknowledged, %d stored, %d lost",
		st.Kind(), trainees, dur, len(samples), float64(len(samples))/dur.Seconds(), errs, len(acked), len(rs), lost)
	kinds := []string{"all"}
	byKind["all"] = every
	for k := range byKind {
		if k != "all" {
			kinds = append(kinds, k)
		}
	}
	sort.Strings(kinds[1:])
	for _, k := range kinds {
		ds := byKind[k]
		sort.Slice(ds, func(i, j int) bool { return ds[i] < ds[j] })
		t.Logf("%-9s n=%-6d p50 %-8s p95 %-8s p99 %-8s max %s", k, len(ds), pct(ds, 50), pct(ds, 95), pct(ds, 99), pct(ds, 100))
	}
	if lost > 0 || errs > 0 || len(acked) == 0 {
		t.Fatalf("%d acknowledged results lost, %d errors", lost, errs)
	}
}

func pct(ds []time.Duration, p int) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	i := (len(ds)*p + 99) / 100
	i = min(max(i-1, 0), len(ds)-1)
	return ds[i].Round(100 * time.Microsecond)
}

func envInt(name string, def int) int {
	if n, err := strconv.Atoi(os.Getenv(name)); err == nil && n > 0 {
		return n
	}
	return def
}
