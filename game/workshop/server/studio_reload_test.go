package server_test

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/webcaresim/webcaresim/game/session"
	"github.com/webcaresim/webcaresim/game/studio"
	"github.com/webcaresim/webcaresim/game/workshop/api"
	"github.com/webcaresim/webcaresim/game/workshop/client"
	"github.com/webcaresim/webcaresim/game/workshop/server"
	"github.com/webcaresim/webcaresim/game/workshop/store"
	"github.com/webcaresim/webcaresim/scenarios"
)

// studioServer is a running server with the studio on the scenario folder
// dir, loading it again as serve does: on a save and on a changed file.
func studioServer(t *testing.T, dir string) *env {
	t.Helper()
	return studioServerOn(t, dir, filepath.Join(t.TempDir(), "w.db"))
}

// studioServerOn is studioServer on the store spec (an SQLite file or a
// PostgreSQL DSN).
func studioServerOn(t *testing.T, dir, spec string) *env {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	t.Cleanup(cancel)
	st, err := store.Open(ctx, spec)
	if err != nil {
		t.Fatal(err)
	}
	load := func() scenarios.Set { return scenarios.Builtin().Merge(scenarios.Load(dir)) }
	var srv *server.Server
	h := studio.New(studio.Config{Folder: &studio.Folder{Dir: dir}, Base: server.StudioPath, Saved: func(string) { srv.ReloadScenarios() }})
	srv, err = server.New(ctx, server.Config{Store: st, Secret: secret, Scenarios: load(), Studio: h,
		Reload: load, Watch: []string{dir}, WatchEvery: 20 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(srv.Handler())
	e := &env{t: t, ts: ts, st: st, web: newJarClient(), base: ts.URL}
	t.Cleanup(e.stop)
	e.login()
	return e
}

// ownCase is the Sanoma case under another id, as the studio edits it.
func ownCase(t *testing.T, id string) *studio.Case {
	t.Helper()
	data, err := os.ReadFile("../../../scenarios/builtin/sanoma-juf.nl.toml")
	if err != nil {
		t.Fatal(err)
	}
	c, err := studio.Decode(bytes.Replace(data, []byte(`id = "sanoma-juf"`), []byte(`id = "`+id+`"`), 1))
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// saveInStudio saves a case through the studio's page API, as the
// trainer's Save button does.
func (e *env) saveInStudio(id string, c *studio.Case) {
	e.t.Helper()
	body, _ := json.Marshal(map[string]any{"base": "", "cases": map[string]*studio.Case{"nl": c}})
	req, _ := http.NewRequest("POST", e.base+server.StudioPath+"/api/cases/"+id+"/save", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Origin", e.base)
	resp, err := e.web.Do(req)
	if err != nil {
		e.t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 200 {
		e.t.Fatalf("studio save: %d", resp.StatusCode)
	}
}

func statusOf(t *testing.T, c *client.Client) api.Status {
	t.Helper()
	st, err := c.Status(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return st
}

func report(t *testing.T, c *client.Client, s *session.Session) error {
	t.Helper()
	ctx := context.Background()
	round := client.NewRound(time.Now())
	if err := c.Started(ctx, round, s); err != nil {
		return err
	}
	_, err := client.Report(ctx, c.Server, c.Token, round, time.Now().Add(-time.Minute), time.Now(), true, s.Report(), s.Transcript())
	return err
}

// A case saved in the studio while the server runs can be chosen for a
// workshop at once, reaches a trainee already in the room with the status,
// and its round is scored; a file edited by hand afterwards is offered in
// its new version within the watch interval, while a round played on the
// version before is still scored with that version.
func TestACaseSavedInTheStudioReachesARunningWorkshop(t *testing.T) {
	dir := t.TempDir()
	e := studioServer(t, dir)
	code := e.workshopOf("sanoma-juf/nl")
	c, _, err := client.Join(context.Background(), e.base, code, "Sam", "nl")
	if err != nil {
		t.Fatal(err)
	}
	if _, page := e.get("/trainer?w=" + code); strings.Contains(page, "eigen-case") {
		t.Fatal("the trainer is offered a case before it was written")
	}

	e.saveInStudio("eigen-case", ownCase(t, "eigen-case"))
	if _, page := e.get("/trainer?w=" + code); !strings.Contains(page, `value="eigen-case/nl"`) {
		t.Fatal("the trainer's page does not offer the case just saved")
	}
	if r := e.post("/trainer/w/"+code+"/scenarios", url.Values{"scenario": {"sanoma-juf/nl", "eigen-case/nl"}}); r.StatusCode >= 400 {
		t.Fatalf("choosing the new case: %d", r.StatusCode)
	}
	own := client.Scenarios(statusOf(t, c))
	if len(own) != 1 || own[0].Key() != "eigen-case/nl" || own[0].SLAMinutes != 30 {
		t.Fatalf("the trainee's game gets %d studio cases, want eigen-case/nl with its SLA of 30", len(own))
	}
	played, err := session.Run(own[0], session.Options{Seed: 3, Mode: session.Workshop}, session.Best{})
	if err != nil {
		t.Fatal(err)
	}
	if err := report(t, c, played); err != nil {
		t.Fatalf("a round of the new case was refused: %v", err)
	}

	// The author edits the file by hand: a tighter SLA, which changes the
	// speed score of the same round.
	file := filepath.Join(dir, "eigen-case.nl.toml")
	data, _ := os.ReadFile(file)
	if err := os.WriteFile(file, bytes.Replace(data, []byte("sla_minutes = 30"), []byte("sla_minutes = 2"), 1), 0o644); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(10 * time.Second)
	for {
		own = client.Scenarios(statusOf(t, c))
		if len(own) == 1 && own[0].SLAMinutes == 2 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the edited file did not reach the trainee within 10 s")
		}
		time.Sleep(20 * time.Millisecond)
	}
	again, err := session.Run(own[0], session.Options{Seed: 3, Mode: session.Workshop}, session.Best{})
	if err != nil {
		t.Fatal(err)
	}
	if again.Report().Scores.Speed == played.Report().Scores.Speed {
		t.Fatal("the edit does not change the round's score; the test proves nothing")
	}
	if err := report(t, c, again); err != nil {
		t.Errorf("a round of the edited case was refused: %v", err)
	}
	if err := report(t, c, played); err != nil {
		t.Errorf("a round played on the version before the edit was refused: %v", err)
	}

}
