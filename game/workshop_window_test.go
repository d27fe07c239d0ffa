package game

import (
	"context"
	"image"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/webcaresim/webcaresim/results"
	"github.com/webcaresim/webcaresim/scenarios"
	"github.com/webcaresim/webcaresim/server"
	"github.com/webcaresim/webcaresim/server/store"
)

// trainerDesk is a workshop server with a trainer logged in.
type trainerDesk struct {
	t    *testing.T
	ts   *httptest.Server
	st   store.Store
	web  *http.Client
	code string
}

func newTrainerDesk(t *testing.T) *trainerDesk {
	t.Helper()
	ctx := context.Background()
	st, err := store.Open(ctx, filepath.Join(t.TempDir(), "workshop.db"))
	if err != nil {
		t.Fatal(err)
	}
	const secret = "trainer-secret-for-window-tests"
	srv, err := server.New(ctx, server.Config{Store: st, Secret: secret, Scenarios: scenarios.Builtin()})
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(srv.Handler())
	jar, _ := cookiejar.New(nil)
	td := &trainerDesk{t: t, ts: ts, st: st, web: &http.Client{Jar: jar, Timeout: 30 * time.Second,
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}}
	t.Cleanup(func() { ts.Close(); st.Close() })
	td.post("/trainer/login", url.Values{"secret": {secret}})
	r := td.post("/trainer/workshops", url.Values{"title": {"Groep 3"}, "scenario": {"sanoma-juf/nl"}})
	loc, _ := url.Parse(r.Header.Get("Location"))
	td.code = loc.Query().Get("w")
	if len(td.code) != 6 {
		t.Fatalf("create workshop: %d %q", r.StatusCode, r.Header.Get("Location"))
	}
	return td
}

func (td *trainerDesk) post(path string, form url.Values) *http.Response {
	td.t.Helper()
	req, _ := http.NewRequest("POST", td.ts.URL+path, strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Origin", td.ts.URL)
	resp, err := td.web.Do(req)
	if err != nil {
		td.t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode >= 400 {
		td.t.Fatalf("POST %s: %d", path, resp.StatusCode)
	}
	return resp
}

// until runs frames (without moving the clock) until cond holds.
func until(t *testing.T, d *Driver, what string, cond func() bool) {
	t.Helper()
	for deadline := time.Now().Add(20 * time.Second); time.Now().Before(deadline); {
		ok := false
		d.Do(func(*App) { ok = cond() })
		if ok {
			return
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatalf("timed out waiting for %s", what)
}

func TestWindowReportsToAWorkshop(t *testing.T) {
	d := window(t)
	td := newTrainerDesk(t)
	ctx := context.Background()
	d.Do(func(a *App) { a.opts.Report = JoinWorkshop(td.ts.URL, strings.ToLower(td.code)) })
	defer d.Do(func(a *App) { a.opts.Report = nil })

	p := fromTitleToRound(t, d, "Wendy Workshop")
	until(t, d, "the round to be announced", func() bool {
		evs, _ := td.st.Events(ctx, td.code)
		return len(evs) > 0 && evs[0].Kind == "started"
	})

	// The trainer pauses the room: the clock stops and a banner says so.
	td.post("/trainer/w/"+td.code+"/pause", url.Values{"paused": {"1"}})
	until(t, d, "the pause to reach the game", func() bool { return d.App.trainerPaused })
	before := p.sess.Now()
	for range 8 {
		d.Tick(Frame{}, maxStep)
	}
	img := mustScreen(t, d.Step(Key(ebiten.KeyEnter), maxStep))
	if p.sess.Now() != before || len(p.sess.Replies()) != 0 {
		t.Errorf("paused: the round went on (minute %.2f → %.2f, %d replies)", before, p.sess.Now(), len(p.sess.Replies()))
	}
	band := image.Rect(0, 400-30, 1280, 400+30)
	if count(img, band, colHeader) < 1280*30 || count(img, band, colAmber) < 1280 {
		t.Error("paused: no banner across the screen")
	}
	td.post("/trainer/w/"+td.code+"/pause", url.Values{"paused": {"0"}})
	until(t, d, "the pause to end", func() bool { return !d.App.trainerPaused })

	untilDecision(t, d, p)
	d.Tick(Key(ebiten.KeyEnter), 0)
	finishAndDebrief(t, d, p)
	want := d.App.scene.(*debriefScene).report
	var got []store.Result
	until(t, d, "the result to reach the server", func() bool {
		got, _ = td.st.Results(ctx, td.code)
		return len(got) > 0
	})
	at := got[0].Attempt
	if len(got) != 1 || at.Status != results.Finished || at.Player != "Wendy Workshop" ||
		at.Report.Scores != want.Scores || len(at.Report.Replies) != len(want.Replies) {
		t.Fatalf("server stored %+v; want the finished round with scores %+v", at, want.Scores)
	}
	evs, _ := td.st.Events(ctx, td.code)
	replies := 0
	for _, e := range evs {
		if e.Kind == "reply" {
			replies++
		}
	}
	if replies != len(want.Replies) {
		t.Errorf("%d reply events, want %d", replies, len(want.Replies))
	}
}
