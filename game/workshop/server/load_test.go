package server_test

import (
	"bufio"
	"context"
	"fmt"
	"math/rand/v2"
	"net"
	"net/http"
	"os"
	"os/exec"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/webcaresim/webcaresim/game/session"
	"github.com/webcaresim/webcaresim/game/workshop/api"
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
	// The server runs in a process of its own, so its CPU time is its own
	// and not the simulated trainees'.
	child, base := startServerProcess(t, "WEBCARESIM_LOAD_SERVER", spec)
	e := &env{t: t, ts: nil}
	e.web = newJarClient()
	e.base = base
	e.login()
	code := e.workshopWith(scenarios.Builtin())

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
	tl := &trainerLoad{base: base, code: code, web: e.web, hc: hc, timed: timed} // trainer_load_test.go
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
				polling := make(chan struct{})
				go tl.pollRound(c, round, polling)
				think()
				curve := s.Curve()
				steps := s.Transcript().Steps
				for k := range s.Replies() {
					// the steps, a share with each reply: the server plays them
					from, to := k*len(steps)/len(s.Replies()), (k+1)*len(steps)/len(s.Replies())
					timed("reply", func() error {
						if from == to {
							return nil
						}
						_, err := c.Events(ctx, api.Event{Kind: api.KindReply, Round: round, Scenario: sc.ID, Language: sc.Language, From: from, Steps: steps[from:to]})
						return err
					})
					if k == 0 && i < takenOver {
						tl.waitForCustomer(c, round)
					}
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
				close(polling)
				think()
			}
		}()
	}
	// The trainer's dashboard polls meanwhile, and the trainer steers.
	stopPoll := make(chan struct{})
	trainerDone := make(chan struct{})
	go func() { tl.run(stopPoll); close(trainerDone) }()
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
	<-trainerDone
	cpu, err := processCPU(child.Process.Pid)
	if err != nil {
		t.Fatal(err)
	}
	child.Process.Kill() // acknowledged results are committed: a kill loses none
	child.Wait()

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
	t.Logf("store %s, %d trainees, %s: %d requests (%.0f/s), %d errors; %d results acknowledged (each re-scored by the server), %d stored, %d lost",
		st2.Kind(), trainees, dur, len(samples), float64(len(samples))/dur.Seconds(), errs, len(acked), len(rs), lost)
	if len(acked) > 0 {
		t.Logf("server CPU %s over the run (%.0f%% of one core), %s per request, %s per result (all the server's work divided by the results)",
			cpu.Round(time.Millisecond), 100*cpu.Seconds()/dur.Seconds(), (cpu / time.Duration(len(samples))).Round(time.Microsecond), (cpu / time.Duration(len(acked))).Round(time.Microsecond))
	}
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

// The server process of TestLoad: a server on the store named in the
// environment, until it is killed.
func init() {
	if spec := os.Getenv("WEBCARESIM_LOAD_SERVER"); spec != "" {
		serveForTest(spec)
	}
}

// serveForTest runs a server on spec on a free port of 127.0.0.1, prints
// "ADDR host:port" and serves until the process is killed.
func serveForTest(spec string) {
	ctx := context.Background()
	st, err := store.Open(ctx, spec)
	if err != nil {
		fmt.Println("ERR", err)
		os.Exit(1)
	}
	srv, err := server.New(ctx, server.Config{Store: st, Secret: secret, Scenarios: scenarios.Builtin()})
	if err != nil {
		fmt.Println("ERR", err)
		os.Exit(1)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Println("ERR", err)
		os.Exit(1)
	}
	fmt.Println("ADDR", ln.Addr().String())
	server.HTTPServer("", srv.Handler()).Serve(ln)
	os.Exit(0)
}

// startServerProcess starts this test binary as a server (see
// serveForTest) with env=spec and returns it and its URL.
func startServerProcess(t *testing.T, env, spec string) (*exec.Cmd, string) {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), env+"="+spec)
	out, _ := cmd.StdoutPipe()
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
	line, _ := bufio.NewReader(out).ReadString('\n')
	addr, ok := strings.CutPrefix(strings.TrimSpace(line), "ADDR ")
	if !ok {
		t.Fatalf("the server did not start: %q", line)
	}
	return cmd, "http://" + addr
}

// processCPU is the CPU time (user and system) a process used so far, from
// /proc (Linux).
func processCPU(pid int) (time.Duration, error) {
	data, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return 0, err
	}
	// The fields after the command name (in parentheses, which may hold
	// spaces): utime and stime are the 12th and 13th of them, in clock
	// ticks of 1/100 s on Linux.
	rest := string(data[strings.LastIndexByte(string(data), ')')+2:])
	f := strings.Fields(rest)
	if len(f) < 13 {
		return 0, fmt.Errorf("/proc/%d/stat: %q", pid, data)
	}
	ut, err1 := strconv.ParseInt(f[11], 10, 64)
	st, err2 := strconv.ParseInt(f[12], 10, 64)
	if err1 != nil || err2 != nil {
		return 0, fmt.Errorf("/proc/%d/stat: %q", pid, data)
	}
	return time.Duration(ut+st) * 10 * time.Millisecond, nil
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
