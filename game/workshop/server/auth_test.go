package server_test

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/webcaresim/webcaresim/game/workshop/server"
	"github.com/webcaresim/webcaresim/game/workshop/store"
	"github.com/webcaresim/webcaresim/scenarios"
)

// clock is a time the test moves on.
type clock struct{ ns atomic.Int64 }

func (c *clock) now() time.Time          { return time.Unix(0, c.ns.Load()) }
func (c *clock) advance(d time.Duration) { c.ns.Add(int64(d)) }

func startWithClock(t *testing.T, sec string) (*env, *clock) {
	t.Helper()
	ctx := context.Background()
	st, err := store.Open(ctx, t.TempDir()+"/w.db")
	if err != nil {
		t.Fatal(err)
	}
	c := &clock{}
	c.ns.Store(time.Now().UnixNano())
	srv, err := server.New(ctx, server.Config{Store: st, Secret: sec, Scenarios: scenarios.Builtin(), Now: c.now})
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(srv.Handler())
	e := &env{t: t, ts: ts, st: st, web: newJarClient(), base: ts.URL}
	t.Cleanup(e.stop)
	return e, c
}

// guess tries a wrong password the way an attacker would: on the login
// form or as a bearer token on a trainer route, each time on a new
// connection.
func guess(base string, i int) int {
	tr := &http.Transport{DisableKeepAlives: true}
	defer tr.CloseIdleConnections()
	c := &http.Client{Transport: tr, Timeout: 30 * time.Second,
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	var req *http.Request
	pw := "guess-number-" + strings.Repeat("x", i%7) + string(rune('a'+i%26))
	switch i % 3 {
	case 0:
		req, _ = http.NewRequest("POST", base+"/trainer/login", strings.NewReader(url.Values{"secret": {pw}}.Encode()))
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	case 1:
		req, _ = http.NewRequest("GET", base+"/trainer/w/ABCDEF/export.json", nil)
		req.Header.Set("Authorization", "Bearer "+pw)
	default:
		req, _ = http.NewRequest("GET", base+"/trainer", nil)
		req.Header.Set("Authorization", "Bearer "+pw)
	}
	resp, err := c.Do(req)
	if err != nil {
		return 0
	}
	io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	return resp.StatusCode
}

// guessInParallel sends n guesses over 200 parallel connections and counts
// the answers by status.
func guessInParallel(base string, n int) map[int]int {
	var mu sync.Mutex
	counts := map[int]int{}
	var wg sync.WaitGroup
	next := atomic.Int64{}
	for range 200 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1))
				if i > n {
					return
				}
				code := guess(base, i)
				mu.Lock()
				counts[code]++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	return counts
}

func TestPasswordGuessingIsLimitedAcrossParallelConnections(t *testing.T) {
	e, clk := startWithClock(t, secret)
	// The trainer logged in before the attack.
	e.login()

	counts := guessInParallel(e.base, 1000)
	checked := 1000 - counts[http.StatusTooManyRequests]
	if checked > 10 || counts[http.StatusTooManyRequests] == 0 {
		t.Fatalf("1000 guesses over 200 connections in a minute: %d were checked (answers %v); at most 10 may be", checked, counts)
	}
	// Locked out means locked out: the right password from this address is
	// refused too, until the lockout ends.
	if r := e.post("/trainer/login", url.Values{"secret": {secret}}); r.StatusCode != http.StatusTooManyRequests {
		t.Fatalf("the right password during a lockout: %d, want 429", r.StatusCode)
	}
	// The logged-in trainer keeps working and is told.
	code, body := e.get("/trainer")
	if code != 200 || !strings.Contains(body, "Te veel verkeerde wachtwoorden") {
		t.Fatalf("the dashboard does not tell the trainer of the lockout: %d", code)
	}

	// After the minute: guessing again locks out for twice as long.
	clk.advance(61 * time.Second)
	counts = guessInParallel(e.base, 300)
	if checked := 300 - counts[http.StatusTooManyRequests]; checked > 10 {
		t.Fatalf("second minute: %d guesses checked (%v)", checked, counts)
	}
	clk.advance(61 * time.Second)
	if c := guess(e.base, 1); c != http.StatusTooManyRequests {
		t.Fatalf("a minute into the second lockout: %d, want 429 (the backoff doubles)", c)
	}
	clk.advance(61 * time.Second)
	if c := guess(e.base, 2); c == http.StatusTooManyRequests {
		t.Fatal("still locked after the doubled lockout")
	}
}

func TestLogoutEndsTheSessionOnTheServer(t *testing.T) {
	e := start(t, t.TempDir()+"/w.db")
	e.login()
	u, _ := url.Parse(e.base)
	stolen := e.web.Jar.Cookies(u)
	if len(stolen) == 0 {
		t.Fatal("no session cookie")
	}
	withCookie := func() int {
		req, _ := http.NewRequest("GET", e.base+"/trainer/w/ABCDEF/export.csv", nil)
		for _, c := range stolen {
			req.AddCookie(c)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp.StatusCode
	}
	if c := withCookie(); c == http.StatusUnauthorized {
		t.Fatalf("the session cookie does not work before logout: %d", c)
	}
	e.post("/trainer/logout", nil)
	if c := withCookie(); c != http.StatusUnauthorized {
		t.Fatalf("a copy of the cookie still works after logout: %d", c)
	}
}

func TestANewPasswordEndsEverySession(t *testing.T) {
	dir := t.TempDir()
	e := start(t, dir+"/w.db")
	e.login()
	u, _ := url.Parse(e.base)
	old := e.web.Jar.Cookies(u)
	e.stop()

	ctx := context.Background()
	st, err := store.Open(ctx, dir+"/w.db")
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	srv, err := server.New(ctx, server.Config{Store: st, Secret: "a-new-trainer-passphrase", Scenarios: scenarios.Builtin()})
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(srv.Handler())
	defer ts.Close()
	req, _ := http.NewRequest("GET", ts.URL+"/trainer/w/ABCDEF/export.csv", nil)
	for _, c := range old {
		req.AddCookie(c)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusUnauthorized {
		t.Fatalf("a session of the old password still works: %d", resp.StatusCode)
	}
}

func TestAWeakPasswordIsRefusedAtStart(t *testing.T) {
	st, err := store.Open(context.Background(), t.TempDir()+"/w.db")
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	for _, weak := range []string{"geheim12", "Welkom2024!!"} {
		if _, err := server.New(context.Background(), server.Config{Store: st, Secret: weak, Scenarios: scenarios.Builtin()}); err == nil {
			t.Errorf("the server started with the password %q", weak)
		}
	}
}

func TestOriginWithAnotherSchemeIsRefused(t *testing.T) {
	e := start(t, t.TempDir()+"/w.db")
	e.login()
	code := e.workshop()
	req, _ := http.NewRequest("POST", e.base+"/trainer/w/"+code+"/pause", strings.NewReader("paused=1"))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Origin", strings.Replace(e.base, "http://", "https://", 1))
	resp, err := e.web.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusForbidden {
		t.Fatalf("a post from the https page of the same host to the http server: %d, want 403", resp.StatusCode)
	}
}
