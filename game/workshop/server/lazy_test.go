package server_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/webcaresim/webcaresim/game/session"
	"github.com/webcaresim/webcaresim/game/workshop/client"
	"github.com/webcaresim/webcaresim/game/workshop/server"
	"github.com/webcaresim/webcaresim/game/workshop/store"
	"github.com/webcaresim/webcaresim/scenarios"
)

// slowStore holds back every read of events and results until released:
// a store so full that reading it takes long.
type slowStore struct {
	store.Store
	release chan struct{}
}

func (s slowStore) Events(ctx context.Context, ws string) ([]store.Event, error) {
	<-s.release
	return s.Store.Events(ctx, ws)
}

func (s slowStore) Results(ctx context.Context, ws string) ([]store.Result, error) {
	<-s.release
	return s.Store.Results(ctx, ws)
}

func TestStartupAnswersBeforeTheResultsAreRead(t *testing.T) {
	dir := t.TempDir()
	e := start(t, dir+"/w.db")
	e.login()
	code := e.workshop()
	ctx := context.Background()
	c, _, err := client.Join(ctx, e.base, code, "Ida", "nl")
	if err != nil {
		t.Fatal(err)
	}
	rep, _ := playAndReport(t, c, session.Best{})
	e.stop()

	st, err := store.Open(ctx, dir+"/w.db")
	if err != nil {
		t.Fatal(err)
	}
	slow := slowStore{st, make(chan struct{})}
	srv, err := server.New(ctx, server.Config{Store: slow, Secret: secret, Scenarios: scenarios.Builtin()})
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(srv.Handler())
	e2 := &env{t: t, ts: ts, st: st, web: newJarClient(), base: ts.URL}
	t.Cleanup(func() {
		select {
		case <-slow.release:
		default:
			close(slow.release)
		}
		e2.stop()
	})
	// Nothing of the events and results has been read, and the server
	// answers: the trainer logs in, a trainee's token works, a new trainee
	// joins.
	e2.web.CheckRedirect = func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }
	if r := e2.post("/trainer/login", url.Values{"secret": {secret}}); r.StatusCode != http.StatusSeeOther {
		t.Fatalf("logging in before the results are read: %d", r.StatusCode)
	}
	e2.web.CheckRedirect = nil
	if code, _ := e2.get("/healthz"); code != 200 {
		t.Fatalf("healthz: %d", code)
	}
	if st, err := client.New(ts.URL, c.Token).Status(ctx); err != nil || st.Workshop != code {
		t.Fatalf("a trainee's token before the results are read: %v", err)
	}
	if _, _, err := client.Join(ctx, ts.URL, code, "Jet", "nl"); err != nil {
		t.Fatalf("joining before the results are read: %v", err)
	}
	// The dashboard waits for its workshop's picture, then shows the result.
	done := make(chan string)
	go func() {
		resp, err := e2.web.Get(ts.URL + "/trainer/w/" + code + "/live")
		if err != nil {
			done <- err.Error()
			return
		}
		defer resp.Body.Close()
		var b strings.Builder
		buf := make([]byte, 32<<10)
		for {
			n, err := resp.Body.Read(buf)
			b.Write(buf[:n])
			if err != nil {
				break
			}
		}
		if resp.StatusCode != http.StatusOK {
			done <- resp.Status
			return
		}
		done <- b.String()
	}()
	close(slow.release)
	select {
	case page := <-done:
		if !strings.Contains(page, dutchMark(rep.Grade)) {
			t.Fatalf("after the load the dashboard lacks the result (grade %s)", rep.Grade)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("the dashboard never answered")
	}
}
