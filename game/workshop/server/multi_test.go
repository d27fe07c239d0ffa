package server_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/webcaresim/webcaresim/game/session"
	"github.com/webcaresim/webcaresim/game/workshop/client"
	"github.com/webcaresim/webcaresim/game/workshop/server"
	"github.com/webcaresim/webcaresim/game/workshop/store"
	"github.com/webcaresim/webcaresim/game/workshop/store/storetest"
	"github.com/webcaresim/webcaresim/scenarios"
)

// instance starts one server on the PostgreSQL database dsn.
func instance(t *testing.T, dsn string) *env {
	t.Helper()
	ctx := context.Background()
	st, err := store.Open(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	srv, err := server.New(ctx, server.Config{Store: st, Secret: secret, Scenarios: scenarios.Builtin()})
	if err != nil {
		t.Fatal(err)
	}
	e := &env{t: t, ts: httptest.NewServer(srv.Handler()), st: st, web: newJarClient()}
	e.base = e.ts.URL
	t.Cleanup(e.stop)
	return e
}

// until polls cond until it holds, or fails after a deadline.
func until(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("%s: not within 20 s", what)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// Two instances on one PostgreSQL database, as behind a load balancer
// without sticky sessions: the trainer makes the workshop on A, a trainee
// joins on B and reports on A, and the dashboard on either shows the
// round live.
func TestTwoInstancesShareOneDatabase(t *testing.T) {
	dsn := storetest.Postgres(t)
	a, b := instance(t, dsn), instance(t, dsn)
	a.login()
	code := a.workshop()
	b.login()
	ctx := context.Background()
	c, _, err := client.Join(ctx, b.base, code, "Kim", "nl")
	if err != nil {
		t.Fatalf("joining on B a workshop made on A: %v", err)
	}
	onA := client.New(a.base, c.Token)
	s, err := session.Run(sanoma(t), session.Options{Seed: 9, Mode: session.Workshop}, session.Best{})
	if err != nil {
		t.Fatal(err)
	}
	round := client.NewRound(time.Now())
	if err := onA.Started(ctx, round, s); err != nil {
		t.Fatalf("reporting on A for a trainee who joined on B: %v", err)
	}
	for _, e := range []*env{a, b} {
		until(t, "the trainee playing, on the dashboard of "+e.base, func() bool {
			_, page := e.get("/trainer/w/" + code + "/live")
			return strings.Contains(page, "Kim") && strings.Contains(page, "speelt")
		})
	}
	if err := onA.Steps(ctx, round, s, 0); err != nil {
		t.Fatal(err)
	}
	if _, err := client.Report(ctx, b.base, c.Token, round, time.Now(), time.Now(), true, s.Report(), s.Transcript()); err != nil {
		t.Fatalf("the result on B: %v", err)
	}
	for _, e := range []*env{a, b} {
		until(t, "the result on the dashboard of "+e.base, func() bool {
			_, page := e.get("/trainer/w/" + code + "/live")
			return strings.Contains(page, dutchMark(s.Report().Grade)) && strings.Contains(page, "klaar")
		})
	}
	// The trainer pauses on B; the game asking A hears it.
	b.post("/trainer/w/"+code+"/pause", map[string][]string{"paused": {"1"}})
	until(t, "the pause made on B, heard on A", func() bool {
		st, err := onA.Status(ctx)
		return err == nil && st.Paused
	})
}

// Guesses of the trainer's password spread over two instances on one
// database are counted together: an attacker who alternates between them
// gets no more guesses than on one, and the lockout holds on both.
func TestPasswordGuessesAcrossInstancesShareTheLimit(t *testing.T) {
	dsn := storetest.Postgres(t)
	a, b := instance(t, dsn), instance(t, dsn)
	checked := 0
	for i := range 40 {
		e := []*env{a, b}[i%2]
		if guess(e.base, i) != http.StatusTooManyRequests {
			checked++
		}
	}
	if checked > 10 {
		t.Fatalf("40 guesses alternating over two instances: %d were checked; at most 10 may be from one address", checked)
	}
	for _, e := range []*env{a, b} {
		if r := e.post("/trainer/login", map[string][]string{"secret": {secret}}); r.StatusCode != http.StatusTooManyRequests {
			t.Fatalf("the right password on %s during the lockout: %d, want 429", e.base, r.StatusCode)
		}
	}
}
