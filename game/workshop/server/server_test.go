package server_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"net/url"
	"strings"
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

const secret = "trainer-secret-for-tests"

type env struct {
	t    *testing.T
	ts   *httptest.Server
	st   store.Store
	web  *http.Client // the trainer's browser (cookie jar)
	base string       // the server's URL
}

func newJarClient() *http.Client {
	jar, _ := cookiejar.New(nil)
	return &http.Client{Jar: jar, Timeout: 30 * time.Second}
}

func start(t *testing.T, spec string) *env {
	t.Helper()
	ctx := context.Background()
	st, err := store.Open(ctx, spec)
	if err != nil {
		t.Fatal(err)
	}
	srv, err := server.New(ctx, server.Config{Store: st, Secret: secret, Scenarios: scenarios.Builtin()})
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(srv.Handler())
	e := &env{t: t, ts: ts, st: st, web: newJarClient(), base: ts.URL}
	t.Cleanup(e.stop)
	return e
}

func (e *env) stop() {
	if e.ts != nil {
		e.ts.Close()
		e.st.Close()
		e.ts = nil
	}
}

func (e *env) post(path string, form url.Values) *http.Response {
	e.t.Helper()
	req, _ := http.NewRequest("POST", e.base+path, strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Origin", e.base)
	resp, err := e.web.Do(req)
	if err != nil {
		e.t.Fatal(err)
	}
	resp.Body.Close()
	return resp
}

func (e *env) get(path string) (int, string) {
	e.t.Helper()
	resp, err := e.web.Get(e.base + path)
	if err != nil {
		e.t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

// login logs the trainer in and makes a workshop with the Sanoma case.
func (e *env) login() {
	e.t.Helper()
	if r := e.post("/trainer/login", url.Values{"secret": {secret}}); r.StatusCode != 200 {
		e.t.Fatalf("login: %d", r.StatusCode)
	}
}

func (e *env) workshop() string {
	e.t.Helper()
	return e.workshopOf("sanoma-juf/nl")
}

// workshopWith makes a workshop with every scenario of the set.
func (e *env) workshopWith(set scenarios.Set) string {
	e.t.Helper()
	var keys []string
	for _, sc := range set.Scenarios {
		keys = append(keys, sc.Key())
	}
	return e.workshopOf(keys...)
}

func (e *env) workshopOf(keys ...string) string {
	e.t.Helper()
	e.web.CheckRedirect = func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }
	defer func() { e.web.CheckRedirect = nil }()
	r := e.post("/trainer/workshops", url.Values{"title": {"Groep 3"}, "scenario": keys})
	loc, _ := url.Parse(r.Header.Get("Location"))
	code := loc.Query().Get("w")
	if len(code) != 8 {
		e.t.Fatalf("create workshop: %d %q", r.StatusCode, r.Header.Get("Location"))
	}
	return code
}

func sanoma(t *testing.T) *scenarios.Scenario {
	sc, ok := scenarios.Builtin().Find("sanoma-juf", "nl")
	if !ok {
		t.Fatal("no sanoma-juf")
	}
	return sc
}

// publishFirst starts a Sanoma round (seed 1) and publishes text at its
// first decision, as a game does: it sends the step, not its score.
func publishFirst(t *testing.T, c *client.Client, round, text string) *session.Session {
	t.Helper()
	ctx := context.Background()
	s, err := session.New(sanoma(t), session.Options{Seed: 1, Mode: session.Workshop})
	if err != nil {
		t.Fatal(err)
	}
	for s.Decision() == nil && s.Now() < 600 {
		s.AdvanceTo(s.Now() + 1)
	}
	if err := c.Started(ctx, round, s); err != nil {
		t.Fatal(err)
	}
	if err := s.Publish(text); err != nil {
		t.Fatal(err)
	}
	if err := c.Steps(ctx, round, s, 0); err != nil {
		t.Fatal(err)
	}
	return s
}

// playAndReport plays a round with the strategy and reports it as a game would.
func playAndReport(t *testing.T, c *client.Client, strat session.Strategy) (session.Report, string) {
	t.Helper()
	ctx := context.Background()
	s, err := session.Run(sanoma(t), session.Options{Seed: 7, Mode: session.Workshop}, strat)
	if err != nil {
		t.Fatal(err)
	}
	round := client.NewRound(time.Now())
	if err := c.Started(ctx, round, s); err != nil {
		t.Fatal(err)
	}
	if err := c.Steps(ctx, round, s, 0); err != nil {
		t.Fatal(err)
	}
	if err := c.Outrage(ctx, round, "sanoma-juf", "nl", s.Curve()); err != nil {
		t.Fatal(err)
	}
	rep := s.Report()
	id, err := client.Report(ctx, c.Server, c.Token, round, time.Now().Add(-time.Minute), time.Now(), true, rep, s.Transcript())
	if err != nil {
		t.Fatal(err)
	}
	// Posting the same round again stores nothing new.
	id2, err := client.Report(ctx, c.Server, c.Token, round, time.Now(), time.Now(), true, rep, s.Transcript())
	if err != nil || id2 != id {
		t.Fatalf("second report: %q %v; want %q", id2, err, id)
	}
	return rep, id
}

func TestWorkshopRoundSurvivesARestart(t *testing.T) {
	storetest.Each(t, func(t *testing.T, spec string) {
		e := start(t, spec)
		e.login()
		code := e.workshop()
		ctx := context.Background()
		c, joined, err := client.Join(ctx, e.ts.URL, strings.ToLower(code), "  Anna  <script>alert(1)</script> ", "nl")
		if err != nil {
			t.Fatal(err)
		}
		if joined.Name != "Anna <script>alert(1)</script>" || len(joined.Scenarios) != 1 || joined.Scenarios[0].Key != "sanoma-juf/nl" {
			t.Fatalf("join: %+v", joined)
		}
		rep, id := playAndReport(t, c, session.Best{})

		_, page := e.get("/trainer/w/" + code + "/live")
		if strings.Contains(page, "<script>alert") || !strings.Contains(page, "Anna &lt;script&gt;alert(1)&lt;/script&gt;") {
			t.Fatalf("the name is not escaped on the dashboard:\n%s", page)
		}
		if !strings.Contains(page, dutchMark(rep.Grade)) || !strings.Contains(page, "klaar") {
			t.Fatalf("the dashboard does not show the result (grade %s)", rep.Grade)
		}

		// Restart: the acknowledged result, the trainee and the replies are back.
		e.stop()
		e2 := start(t, spec)
		e2.login()
		_, csv := e2.get("/trainer/w/" + code + "/export.csv")
		if !strings.Contains(csv, id) || !strings.Contains(csv, "Anna <script>") {
			t.Fatalf("export after restart lacks the result %s:\n%s", id, csv)
		}
		_, js := e2.get("/trainer/w/" + code + "/export.json")
		var exp struct {
			Attempts []struct {
				ID     string         `json:"id"`
				Player string         `json:"player"`
				Report session.Report `json:"report"`
			} `json:"attempts"`
		}
		if err := json.Unmarshal([]byte(js), &exp); err != nil || len(exp.Attempts) != 1 || exp.Attempts[0].Report.Scores != rep.Scores {
			t.Fatalf("JSON export: %v %+v", err, exp)
		}
		c2 := client.New(e2.ts.URL, c.Token)
		if st, err := c2.Status(ctx); err != nil || st.Workshop != code {
			t.Fatalf("the token does not work after a restart: %v", err)
		}
		_, dash := e2.get("/trainer?w=" + code)
		if !strings.Contains(dash, "Anna &lt;script&gt;") || !strings.Contains(dash, rep.Replies[0].Text[:10]) {
			t.Fatal("the dashboard after restart lacks the trainee or the replies")
		}
	})
}

func TestTrainerPagesNeedTheSecret(t *testing.T) {
	e := start(t, t.TempDir()+"/w.db")
	code, body := e.get("/trainer")
	if code != 200 || !strings.Contains(body, `name="secret"`) {
		t.Fatalf("without login /trainer should show the login form: %d", code)
	}
	if r := e.post("/trainer/login", url.Values{"secret": {"wrong"}}); r.StatusCode != http.StatusUnauthorized {
		t.Fatalf("wrong secret: %d", r.StatusCode)
	}
	for _, p := range []string{"/trainer/w/X/live", "/trainer/w/X/export.csv"} {
		resp, _ := http.Get(e.ts.URL + p)
		resp.Body.Close()
		if resp.StatusCode == 200 {
			t.Fatalf("%s without login: 200", p)
		}
	}
	// A forged cookie does not pass.
	req, _ := http.NewRequest("GET", e.ts.URL+"/trainer/w/X/live", nil)
	req.AddCookie(&http.Cookie{Name: "wcs_trainer", Value: "9999999999.AAAA"})
	resp, _ := http.DefaultClient.Do(req)
	resp.Body.Close()
	if resp.StatusCode != http.StatusUnauthorized {
		t.Fatalf("forged cookie: %d", resp.StatusCode)
	}
	// The real cookie is HttpOnly and SameSite=Strict.
	req, _ = http.NewRequest("POST", e.ts.URL+"/trainer/login", strings.NewReader("secret="+secret))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	resp, _ = (&http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}).Do(req)
	resp.Body.Close()
	sc := resp.Header.Get("Set-Cookie")
	if !strings.Contains(sc, "HttpOnly") || !strings.Contains(sc, "SameSite=Strict") {
		t.Fatalf("cookie: %q", sc)
	}
	// A cross-site form post is refused even with the cookie.
	e.login()
	code6 := e.workshop()
	req, _ = http.NewRequest("POST", e.ts.URL+"/trainer/w/"+code6+"/pause", strings.NewReader("paused=1"))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Origin", "http://evil.example")
	resp, _ = e.web.Do(req)
	resp.Body.Close()
	if resp.StatusCode != http.StatusForbidden {
		t.Fatalf("cross-site pause: %d", resp.StatusCode)
	}
	// Pause reaches the trainees.
	c, _, err := client.Join(context.Background(), e.ts.URL, code6, "Bo", "en")
	if err != nil {
		t.Fatal(err)
	}
	e.post("/trainer/w/"+code6+"/pause", url.Values{"paused": {"1"}})
	if st, err := c.Status(context.Background()); err != nil || !st.Paused {
		t.Fatalf("status after pause: %+v %v", st, err)
	}
	// A trainee's token does not open the dashboard.
	req, _ = http.NewRequest("GET", e.ts.URL+"/trainer/w/"+code6+"/export.json", nil)
	req.Header.Set("Authorization", "Bearer "+c.Token)
	resp, _ = http.DefaultClient.Do(req)
	resp.Body.Close()
	if resp.StatusCode != http.StatusUnauthorized {
		t.Fatalf("trainee token on the export: %d", resp.StatusCode)
	}
}

func TestRequestsAreValidated(t *testing.T) {
	e := start(t, t.TempDir()+"/w.db")
	e.login()
	code := e.workshop()
	ctx := context.Background()
	c, _, err := client.Join(ctx, e.ts.URL, code, "Cas", "nl")
	if err != nil {
		t.Fatal(err)
	}
	s, err := session.Run(sanoma(t), session.Options{Seed: 1}, session.Historical{})
	if err != nil {
		t.Fatal(err)
	}
	good := s.Report()
	raw := func(path, token string, body []byte) int {
		req, _ := http.NewRequest("POST", e.ts.URL+path, bytes.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		if token != "" {
			req.Header.Set("Authorization", "Bearer "+token)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp.StatusCode
	}
	result := func(mod func(*api.ResultRequest)) []byte {
		r := api.ResultRequest{Round: "r-1", Finished: true}
		b, _ := json.Marshal(good) // a deep copy
		json.Unmarshal(b, &r.Report)
		tr := s.Transcript()
		r.Transcript = &tr
		mod(&r)
		b, _ = json.Marshal(r)
		return b
	}
	cases := []struct {
		name, path, token string
		body              []byte
		want              int
	}{
		{"join: unknown code", api.PathJoin, "", []byte(`{"code":"ZZZZZZ","name":"x","lang":"nl"}`), 404},
		{"join: name too long", api.PathJoin, "", []byte(`{"code":"` + code + `","name":"` + strings.Repeat("é", 41) + `","lang":"nl"}`), 400},
		{"join: control character", api.PathJoin, "", []byte(`{"code":"` + code + `","name":"a\u0007b","lang":"nl"}`), 400},
		{"join: unknown field", api.PathJoin, "", []byte(`{"code":"` + code + `","name":"a","admin":true}`), 400},
		{"join: not UTF-8", api.PathJoin, "", []byte("{\"code\":\"" + code + "\",\"name\":\"a\xff\"}"), 400},
		{"join: too large", api.PathJoin, "", []byte(`{"code":"` + code + `","name":"` + strings.Repeat("a", 5000) + `"}`), 400},
		{"result: no token", api.PathResults, "", result(func(*api.ResultRequest) {}), 401},
		{"result: wrong token", api.PathResults, "x" + c.Token, result(func(*api.ResultRequest) {}), 401},
		{"result: unknown scenario", api.PathResults, c.Token, result(func(r *api.ResultRequest) { r.Report.Scenario = "nope" }), 400},
		{"result: score over 100", api.PathResults, c.Token, result(func(r *api.ResultRequest) { r.Report.Scores.Empathy = 101 }), 400},
		{"result: grade does not match", api.PathResults, c.Token, result(func(r *api.ResultRequest) { r.Report.Grade = "10.0" }), 400},
		{"result: bad round", api.PathResults, c.Token, result(func(r *api.ResultRequest) { r.Round = "../x" }), 400},
		{"result: reply too long", api.PathResults, c.Token, result(func(r *api.ResultRequest) { r.Report.Replies[0].Text = strings.Repeat("a", 2001) }), 400},
		{"result: feature out of the text", api.PathResults, c.Token, result(func(r *api.ResultRequest) {
			r.Report.Replies[0].Analysis.Features = append(r.Report.Replies[0].Analysis.Features, r.Report.Replies[0].Analysis.Features[0])
			r.Report.Replies[0].Analysis.Features[0].End = 9999
		}), 400},
		{"events: none", api.PathEvents, c.Token, []byte(`{"events":[]}`), 400},
		{"events: unknown kind", api.PathEvents, c.Token, []byte(`{"events":[{"kind":"cheat","round":"r","scenario":"sanoma-juf","language":"nl"}]}`), 400},
		{"events: outrage over 100", api.PathEvents, c.Token, []byte(`{"events":[{"kind":"outrage","round":"r","scenario":"sanoma-juf","language":"nl","samples":[{"minute":1,"outrage":500}]}]}`), 400},
		{"events: too large", api.PathEvents, c.Token, bytes.Repeat([]byte(" "), api.MaxEventsBytes+10), 400},
		{"result: good", api.PathResults, c.Token, result(func(*api.ResultRequest) {}), 201},
	}
	for _, tc := range cases {
		if got := raw(tc.path, tc.token, tc.body); got != tc.want {
			t.Errorf("%s: %d, want %d", tc.name, got, tc.want)
		}
	}
	var se *client.StatusError
	if _, err := client.Report(ctx, e.ts.URL, c.Token, "r-2", time.Now(), time.Now(), true, session.Report{Scenario: "nope"}, session.Transcript{}); !errors.As(err, &se) || se.Code != 400 {
		t.Fatalf("client.Report of a bad report should fail at once with 400: %v", err)
	}
}

func TestPagesInBothLanguages(t *testing.T) {
	e := start(t, t.TempDir()+"/w.db")
	for lang, want := range map[string]string{"nl": "Doe mee aan de workshop", "en": "Join the workshop"} {
		code, body := e.get("/?lang=" + lang)
		if code != 200 || !strings.Contains(body, want) {
			t.Errorf("join page in %s: %d, want %q", lang, code, want)
		}
	}
	resp, _ := http.Get(e.ts.URL + "/")
	resp.Body.Close()
	if csp := resp.Header.Get("Content-Security-Policy"); !strings.Contains(csp, "default-src 'self'") {
		t.Errorf("no CSP: %q", csp)
	}
}

func TestReporterSendsTheRoundInOrder(t *testing.T) {
	e := start(t, t.TempDir()+"/w.db")
	e.login()
	code := e.workshop()
	ctx := context.Background()
	c, _, err := client.Join(ctx, e.ts.URL, code, "Dana", "nl")
	if err != nil {
		t.Fatal(err)
	}
	s, err := session.Run(sanoma(t), session.Options{Seed: 3, Mode: session.Workshop}, session.Best{})
	if err != nil {
		t.Fatal(err)
	}
	rep := c.Round(s)
	rep.Update()
	id, err := rep.Finish(ctx, true)
	if err != nil || id == "" {
		t.Fatalf("finish: %q %v", id, err)
	}
	evs, err := e.st.Events(ctx, code)
	if err != nil {
		t.Fatal(err)
	}
	var kinds []string
	for _, ev := range evs {
		if ev.Round != rep.RoundID() {
			t.Fatalf("event of round %q, want %q", ev.Round, rep.RoundID())
		}
		kinds = append(kinds, ev.Kind)
	}
	want := []string{"started"}
	for range s.Replies() {
		want = append(want, "reply")
	}
	want = append(want, "outrage")
	if strings.Join(kinds, ",") != strings.Join(want, ",") {
		t.Fatalf("events %v, want %v", kinds, want)
	}
	rs, _ := e.st.Results(ctx, code)
	if len(rs) != 1 || rs[0].Attempt.ID != id || rs[0].Attempt.Player != "Dana" {
		t.Fatalf("results: %+v", rs)
	}
}

// TestReportRetriesUntilAcknowledged: the first answer is lost after the
// commit (a proxy error), the second is a 503 before it; the client retries
// and the round is stored once, under the first id.
func TestReportRetriesUntilAcknowledged(t *testing.T) {
	ctx := context.Background()
	st, err := store.Open(ctx, t.TempDir()+"/w.db")
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if err := st.CreateWorkshop(ctx, store.Workshop{Code: "RETRY1", Created: time.Now(), Scenarios: []string{"sanoma-juf/nl"}}); err != nil {
		t.Fatal(err)
	}
	srv, err := server.New(ctx, server.Config{Store: st, Secret: secret, Scenarios: scenarios.Builtin()})
	if err != nil {
		t.Fatal(err)
	}
	var calls int
	h := srv.Handler()
	ts := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != api.PathResults {
			h.ServeHTTP(w, r)
			return
		}
		calls++
		switch calls {
		case 1: // committed, but the answer never arrives
			h.ServeHTTP(httptest.NewRecorder(), r)
			http.Error(w, "bad gateway", http.StatusBadGateway)
		case 2:
			http.Error(w, "busy", http.StatusServiceUnavailable)
		default:
			h.ServeHTTP(w, r)
		}
	}))
	defer ts.Close()
	c, _, err := client.Join(ctx, ts.URL, "RETRY1", "Eli", "en")
	if err != nil {
		t.Fatal(err)
	}
	s, err := session.Run(sanoma(t), session.Options{Seed: 2}, session.Best{})
	if err != nil {
		t.Fatal(err)
	}
	id, err := client.Report(ctx, ts.URL, c.Token, "round-1", time.Now(), time.Now(), true, s.Report(), s.Transcript())
	if err != nil {
		t.Fatal(err)
	}
	rs, _ := st.Results(ctx, "RETRY1")
	if calls != 3 || len(rs) != 1 || rs[0].Attempt.ID != id {
		t.Fatalf("%d calls, %d stored (%v), id %s", calls, len(rs), rs, id)
	}
}
