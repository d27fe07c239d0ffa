package game

import (
	"bytes"
	"context"
	"encoding/json"
	"image"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/webcaresim/webcaresim/game/ui"
	"github.com/webcaresim/webcaresim/game/workshop/api"
	"github.com/webcaresim/webcaresim/game/workshop/client"
	"github.com/webcaresim/webcaresim/game/workshop/server"
	"github.com/webcaresim/webcaresim/game/workshop/store"
	"github.com/webcaresim/webcaresim/scenarios"
)

// studioCase writes the Sanoma case as a case of the trainer's own (id
// eigen-case, its own title) into dir, as the studio saves it.
func studioCase(t *testing.T, dir string) {
	t.Helper()
	data, err := os.ReadFile("../scenarios/builtin/sanoma-juf.nl.toml")
	if err != nil {
		t.Fatal(err)
	}
	data = bytes.Replace(data, []byte(`id = "sanoma-juf"`), []byte(`id = "eigen-case"`), 1)
	data = bytes.Replace(data, []byte(`title = "Wat wil je nou?"`), []byte(`title = "Onze eigen case"`), 1)
	if err := os.WriteFile(filepath.Join(dir, "eigen-case.nl.toml"), data, 0o644); err != nil {
		t.Fatal(err)
	}
}

// newStudioDesk is a workshop server whose scenario folder has a case made
// in the studio, which this game does not have; the trainer chose only
// Sanoma so far.
func newStudioDesk(t *testing.T) *trainerDesk {
	t.Helper()
	dir := t.TempDir()
	studioCase(t, dir)
	ctx := context.Background()
	st, err := store.Open(ctx, filepath.Join(t.TempDir(), "workshop.db"))
	if err != nil {
		t.Fatal(err)
	}
	const secret = "trainer-secret-for-window-tests"
	srv, err := server.New(ctx, server.Config{Store: st, Secret: secret, Scenarios: scenarios.Builtin().Merge(scenarios.Load(dir))})
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
	return td
}

func cardIDs(d *Driver) []string {
	var ids []string
	d.Do(func(a *App) {
		if p, ok := a.scene.(*pickerScene); ok {
			for _, c := range p.cards {
				ids = append(ids, c.ID)
			}
		}
	})
	return ids
}

// The desktop game joined to a workshop gets the trainer's studio case it
// does not have: when the trainer adds it to the workshop, the picker
// offers it the next time it opens, the round plays the server's file and
// the server keeps the result.
func TestWindowPlaysTheWorkshopsStudioCase(t *testing.T) {
	d := window(t)
	td := newStudioDesk(t)
	ctx := context.Background()
	d.Do(func(a *App) {
		if _, ok := a.set.Find("eigen-case", "nl"); ok {
			t.Fatal("the game has the studio case already; the test proves nothing")
		}
	})
	useWorkshop(t, d, NewWorkshop(td.ts.URL, td.code))
	toTitle(t, d, "Stijn Studio")
	openPicker(t, d)
	until(t, d, "the join", func() bool { line, _ := d.App.workshop.statusLine("nl"); return strings.Contains(line, "Stijn Studio") })
	d.Tick(Frame{}, 0)
	if ids := cardIDs(d); len(ids) != 1 || ids[0] != "sanoma-juf" {
		t.Fatalf("picker offers %v, want sanoma-juf only", ids)
	}

	td.post("/trainer/w/"+td.code+"/scenarios", url.Values{"scenario": {"sanoma-juf/nl", "eigen-case/nl"}})
	d.Tick(Frame{}, 0) // back to the title
	d.Do(func(a *App) { a.setScene(newTitle(a)) })
	d.Tick(Frame{}, 0)
	openPicker(t, d)
	until(t, d, "the picker to offer the studio case", func() bool {
		p, ok := d.App.scene.(*pickerScene)
		if ok && d.App.workshop.version.Load() != p.seen {
			p.choose(d.App)
		}
		return ok && len(p.cards) == 2
	})
	var own *scenarios.Scenario
	d.Do(func(a *App) {
		for _, c := range a.scene.(*pickerScene).cards {
			if c.ID == "eigen-case" {
				own = c
			}
		}
	})
	if own == nil || own.Title != "Onze eigen case" {
		t.Fatalf("picker offers %v, want eigen-case titled as the trainer wrote it", cardIDs(d))
	}
	img := mustScreen(t, d.Step(Frame{}, 0))
	shotTo(t, img, "picker-studio-case")
	if line, bad := d.App.workshop.statusLine("nl"); bad {
		t.Errorf("status %q is bad news for a case that loads", line)
	}

	d.Do(func(a *App) { a.startRound(own) })
	p := d.App.scene.(*playScene)
	finishAndDebrief(t, d, p)
	var got []store.Result
	until(t, d, "the result to reach the server", func() bool {
		got, _ = td.st.Results(ctx, td.code)
		return len(got) > 0
	})
	if at := got[0].Attempt; at.Report.Scenario != "eigen-case" || at.Report.Scores != p.sess.Report().Scores {
		t.Errorf("server stored a round of %q with %+v; want eigen-case with the game's scores %+v", at.Report.Scenario, at.Report.Scores, p.sess.Report().Scores)
	}
}

// A server that sends a case file that does not load gets no round of it:
// the game leaves it out and says which case and why, in the picker's
// header in amber, and the rest of the workshop is offered.
func TestWindowSaysAWorkshopCaseDoesNotLoad(t *testing.T) {
	d := window(t)
	broken := "id = \"kapot\"\nlanguage = \"nl\"\ntitle = \"Kapot\"\n[brand]\nname = 3\n"
	st := api.Status{Workshop: "BADCASE1", Scenarios: []api.Scenario{
		{Key: "sanoma-juf/nl", ID: "sanoma-juf", Language: "nl"},
		{Key: "kapot/nl", ID: "kapot", Language: "nl", TOML: broken},
	}}
	fake := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		if r.URL.Path == api.PathJoin {
			json.NewEncoder(w).Encode(api.JoinResponse{Token: "t", Trainee: "1", Name: "Bo", Status: st})
			return
		}
		json.NewEncoder(w).Encode(st)
	}))
	t.Cleanup(fake.Close)
	useWorkshop(t, d, NewWorkshop(fake.URL, "BADCASE1"))
	toTitle(t, d, "Bo")
	openPicker(t, d)
	until(t, d, "the join", func() bool { _, bad := d.App.workshop.statusLine("nl"); return bad })
	line, _ := d.App.workshop.statusLine("nl")
	if !strings.Contains(line, "kapot/nl.toml:5") || !strings.Contains(line, "brand.name") || !strings.Contains(line, "laadt niet") {
		t.Errorf("status %q: want the case's file and line, the field, and that it does not load", line)
	}
	d.Tick(Frame{}, 0)
	if ids := cardIDs(d); len(ids) != 1 || ids[0] != "sanoma-juf" {
		t.Errorf("picker offers %v, want sanoma-juf only", ids)
	}
	img := mustScreen(t, d.Step(Frame{}, 0))
	shotTo(t, img, "picker-broken-studio-case")
	if count(img, image.Rect(300, 0, 1000, 88), ui.ColAmber) < 50 {
		t.Error("no amber notice in the picker's header")
	}
}

// The browser's play page joins before the game starts; the game takes
// that workshop as it is (NewJoinedWorkshop) without joining again, and
// its picker, too, offers a studio case the trainer chose after the join.
func TestWindowPageWorkshopOffersACaseChosenLater(t *testing.T) {
	d := window(t)
	td := newStudioDesk(t)
	ctx := context.Background()
	c, resp, err := client.Join(ctx, td.ts.URL, td.code, "Pim Pagina", "nl")
	if err != nil {
		t.Fatal(err)
	}
	useWorkshop(t, d, NewJoinedWorkshop(c, resp.Name, resp.Status))
	// A name typed on the title afterwards does not join a second time.
	toTitle(t, d, "Pim P.")
	openPicker(t, d)
	d.Tick(Frame{}, 0)
	if ids := cardIDs(d); len(ids) != 1 || ids[0] != "sanoma-juf" {
		t.Fatalf("picker offers %v, want sanoma-juf only", ids)
	}
	td.post("/trainer/w/"+td.code+"/scenarios", url.Values{"scenario": {"sanoma-juf/nl", "eigen-case/nl"}})
	d.Do(func(a *App) { a.setScene(newTitle(a)) })
	d.Tick(Frame{}, 0)
	openPicker(t, d)
	until(t, d, "the picker to offer the studio case", func() bool {
		p, ok := d.App.scene.(*pickerScene)
		if ok && d.App.workshop.version.Load() != p.seen {
			p.choose(d.App)
		}
		return ok && len(p.cards) == 2
	})
	if trainees, _ := td.st.Trainees(ctx, td.code); len(trainees) != 1 {
		t.Errorf("%d trainees in the workshop, want the one the page joined", len(trainees))
	}
}
