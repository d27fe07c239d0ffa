package studio_test

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/webcaresim/webcaresim/game/studio"
	"github.com/webcaresim/webcaresim/game/workshop/server"
	"github.com/webcaresim/webcaresim/game/workshop/store"
	"github.com/webcaresim/webcaresim/scenarios"
)

func copyCase(t *testing.T, dir, id string) {
	t.Helper()
	for _, lang := range []string{"nl", "en"} {
		data, err := os.ReadFile("../../scenarios/builtin/" + id + "." + lang + ".toml")
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, id+"."+lang+".toml"), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func call(t *testing.T, h http.Handler, method, target string, body any, header map[string]string) *httptest.ResponseRecorder {
	t.Helper()
	var b []byte
	switch v := body.(type) {
	case nil:
	case []byte:
		b = v
	default:
		b, _ = json.Marshal(v)
	}
	req := httptest.NewRequest(method, target, bytes.NewReader(b))
	req.Host = "127.0.0.1:7000"
	for k, v := range header {
		if k == "Host" {
			req.Host = v
		} else {
			req.Header.Set(k, v)
		}
	}
	w := httptest.NewRecorder()
	h.ServeHTTP(w, req)
	return w
}

func newStudio(t *testing.T) (http.Handler, string) {
	dir := t.TempDir()
	copyCase(t, dir, "sanoma-juf")
	return studio.New(studio.Config{Folder: &studio.Folder{Dir: dir}, Base: "/studio", LoopbackOnly: true}), dir
}

func TestStudioAnswersOnlyThisComputerAndThisSite(t *testing.T) {
	h, _ := newStudio(t)
	if w := call(t, h, "GET", "/studio/api/cases", nil, map[string]string{"Host": "evil.example:7000"}); w.Code != http.StatusForbidden {
		t.Errorf("a request through another host name: %d, want 403", w.Code)
	}
	if w := call(t, h, "POST", "/studio/api/check", studio.Pair{}, map[string]string{"Origin": "http://evil.example"}); w.Code != http.StatusForbidden {
		t.Errorf("a POST from another site: %d, want 403", w.Code)
	}
	if w := call(t, h, "GET", "/studio/api/cases", nil, nil); w.Code != 200 || !strings.Contains(w.Body.String(), "sanoma-juf") {
		t.Errorf("the case list: %d %s", w.Code, w.Body)
	}
	big := bytes.Repeat([]byte("x"), 1<<20+10)
	if w := call(t, h, "POST", "/studio/api/upload", big, nil); w.Code != http.StatusRequestEntityTooLarge {
		t.Errorf("an upload over 1 MB: %d, want 413", w.Code)
	}
	if w := call(t, h, "GET", "/studio/api/cases/..%2Fetc", nil, nil); w.Code == 200 {
		t.Errorf("a path as a case id was opened")
	}
}

// A file edited by hand while the studio has the case open: saving from
// the old version is refused as a conflict, and the new version shows.
func TestSavingOverAFileEditedByHandIsAConflict(t *testing.T) {
	h, dir := newStudio(t)
	w := call(t, h, "GET", "/studio/api/cases/sanoma-juf", nil, nil)
	var doc studio.Doc
	if err := json.Unmarshal(w.Body.Bytes(), &doc); err != nil || doc.Version == "" {
		t.Fatalf("open: %v %s", err, w.Body)
	}
	doc.Cases["en"].Title = "Edited in the studio"
	// Autosave keeps the draft beside the file, where the game does not look.
	if w := call(t, h, "POST", "/studio/api/cases/sanoma-juf/draft", map[string]any{"base": doc.Version, "cases": doc.Cases, "tab": "a"}, nil); w.Code != 200 {
		t.Fatalf("draft: %d %s", w.Code, w.Body)
	}
	if set := scenarios.Load(dir); len(set.Scenarios) != 2 || set.Scenarios[1].Title == "Edited in the studio" {
		t.Fatalf("the draft reached the game's files")
	}
	path := filepath.Join(dir, "sanoma-juf.nl.toml")
	data, _ := os.ReadFile(path)
	os.WriteFile(path, bytes.Replace(data, []byte(`title = "Wat wil je nou?"`), []byte(`title = "Met de hand"`), 1), 0o644)
	st := call(t, h, "GET", "/studio/api/cases/sanoma-juf/status?tab=a", nil, nil)
	if strings.Contains(st.Body.String(), doc.Version) {
		t.Fatalf("the status does not show the new version: %s", st.Body)
	}
	w = call(t, h, "POST", "/studio/api/cases/sanoma-juf/save", map[string]any{"base": doc.Version, "cases": doc.Cases}, nil)
	if w.Code != http.StatusConflict {
		t.Fatalf("save over a file edited by hand: %d, want 409", w.Code)
	}
	if data, _ := os.ReadFile(path); !bytes.Contains(data, []byte("Met de hand")) {
		t.Fatal("the hand edit was overwritten")
	}
	// The draft is still there to take up again.
	w = call(t, h, "GET", "/studio/api/cases/sanoma-juf", nil, nil)
	var again studio.Doc
	json.Unmarshal(w.Body.Bytes(), &again)
	if again.Draft == nil || again.Draft.Cases["en"].Title != "Edited in the studio" {
		t.Fatalf("the draft is lost: %+v", again.Draft)
	}
	// Two tabs on the case know of each other.
	call(t, h, "GET", "/studio/api/cases/sanoma-juf/status?tab=b", nil, nil)
	if st := call(t, h, "GET", "/studio/api/cases/sanoma-juf/status?tab=a", nil, nil); !strings.Contains(st.Body.String(), `"others":1`) {
		t.Errorf("tab a is not told about tab b: %s", st.Body)
	}
}

// In serve, the studio is the logged-in trainer's only.
func TestStudioInServeNeedsTheTrainer(t *testing.T) {
	ctx := context.Background()
	st, err := store.Open(ctx, filepath.Join(t.TempDir(), "w.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	dir := t.TempDir()
	copyCase(t, dir, "sanoma-juf")
	sh := studio.New(studio.Config{Folder: &studio.Folder{Dir: dir}, Base: server.StudioPath})
	srv, err := server.New(ctx, server.Config{Store: st, Secret: "a-secret-for-the-studio", Scenarios: scenarios.Builtin(), Studio: sh})
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(srv.Handler())
	defer ts.Close()
	jar, _ := cookiejar.New(nil)
	c := &http.Client{Jar: jar, CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	get := func(path string) int {
		resp, err := c.Get(ts.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp.StatusCode
	}
	if code := get("/trainer/studio/"); code != http.StatusSeeOther {
		t.Errorf("the studio page without login: %d, want a redirect to the login", code)
	}
	if code := get("/trainer/studio/api/cases/sanoma-juf"); code != http.StatusUnauthorized {
		t.Errorf("the studio's API without login: %d, want 401", code)
	}
	req, _ := http.NewRequest("POST", ts.URL+"/trainer/login", strings.NewReader(url.Values{"secret": {"a-secret-for-the-studio"}}.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Origin", ts.URL)
	resp, err := c.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if code := get("/trainer/studio/"); code != 200 {
		t.Errorf("the studio page for the trainer: %d", code)
	}
	if code := get("/trainer/studio/api/cases/sanoma-juf"); code != 200 {
		t.Errorf("the studio's API for the trainer: %d", code)
	}
}

// What the studio refuses reads in the page's language: a new case with an
// id that cannot name a file or that exists already, a pasted thread with no
// posts in it. A request that names no language gets English.
func TestRefusalsInThePagesLanguage(t *testing.T) {
	h, _ := newStudio(t)
	for _, c := range []struct {
		method, target string
		body           any
		lang, want     string
	}{
		{"GET", "/studio/api/blank?id=kerst%20pakket", nil, "nl", `"kerst pakket" kan geen id van een case zijn`},
		{"GET", "/studio/api/blank?id=kerst%20pakket", nil, "", `"kerst pakket" cannot be a case id`},
		{"GET", "/studio/api/blank?id=sanoma-juf", nil, "nl", "Er is al een case sanoma-juf"},
		{"GET", "/studio/api/blank?id=sanoma-juf", nil, "en", "A case sanoma-juf exists already"},
		{"POST", "/studio/api/thread", map[string]string{"text": " \n\n "}, "nl", "Geen berichten gevonden"},
		{"POST", "/studio/api/thread", map[string]string{"text": " \n\n "}, "en", "No posts found"},
		// An export is a link the author follows: the page names its language in ?ui=.
		{"GET", "/studio/api/cases/nog-niet/export?ui=nl", nil, "", "Geen opgeslagen case nog-niet"},
		{"GET", "/studio/api/cases/nog-niet/export?ui=en", nil, "", "No saved case nog-niet"},
		{"GET", "/studio/api/cases/nog-niet/export?lang=en&ui=nl", nil, "", "Geen opgeslagen case nog-niet"},
		{"GET", "/studio/api/cases/nog%20niet/status", nil, "nl", "Dat is geen case-id"},
		{"POST", "/studio/api/paths", map[string]any{"lang": "en", "cases": map[string]any{}}, "nl", "Deze case heeft nog geen EN-versie"},
		{"POST", "/studio/api/paths", map[string]any{"lang": "en", "cases": map[string]any{}}, "en", "This case has no EN version yet"},
		{"POST", "/studio/api/try", []byte("{"), "nl", "Geen case die de studio kan lezen"},
	} {
		header := map[string]string{}
		if c.lang != "" {
			header["X-Studio-Lang"] = c.lang
		}
		w := call(t, h, c.method, c.target, c.body, header)
		var got struct{ Error string }
		json.Unmarshal(w.Body.Bytes(), &got)
		if w.Code < 400 || !strings.Contains(got.Error, c.want) {
			t.Errorf("%s %s from a page in %q: %d %q, want a refusal with %q", c.method, c.target, c.lang, w.Code, got.Error, c.want)
		}
	}
}
