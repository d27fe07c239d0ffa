package server_test

import (
	"context"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/webcaresim/webcaresim/game/session"
	"github.com/webcaresim/webcaresim/game/workshop/client"
	"github.com/webcaresim/webcaresim/game/workshop/server"
	"github.com/webcaresim/webcaresim/game/workshop/store"
	"github.com/webcaresim/webcaresim/scenarios"
)

// A case made in the studio (a file in the data folder's scenarios/, not
// built into the game) reaches a trainee's game with the workshop's
// status, and a round of it is scored by the server.
func TestAStudioCaseReachesTheTraineesGame(t *testing.T) {
	dir := t.TempDir()
	for _, lang := range []string{"nl", "en"} {
		data, err := os.ReadFile("../../../scenarios/builtin/sanoma-juf." + lang + ".toml")
		if err != nil {
			t.Fatal(err)
		}
		own := strings.Replace(string(data), `id = "sanoma-juf"`, `id = "eigen-case"`, 1)
		os.WriteFile(filepath.Join(dir, "eigen-case."+lang+".toml"), []byte(own), 0o644)
	}
	set := scenarios.Builtin().Merge(scenarios.Load(dir))
	ctx := context.Background()
	st, err := store.Open(ctx, filepath.Join(t.TempDir(), "w.db"))
	if err != nil {
		t.Fatal(err)
	}
	srv, err := server.New(ctx, server.Config{Store: st, Secret: secret, Scenarios: set})
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(srv.Handler())
	e := &env{t: t, ts: ts, st: st, web: newJarClient(), base: ts.URL}
	t.Cleanup(e.stop)
	e.login()
	code := e.workshopOf("eigen-case/nl", "sanoma-juf/nl")

	c, _, err := client.Join(ctx, ts.URL, code, "Sam", "nl")
	if err != nil {
		t.Fatal(err)
	}
	status, err := c.Status(ctx)
	if err != nil {
		t.Fatal(err)
	}
	own := client.Scenarios(status)
	if len(own) != 1 || own[0].Key() != "eigen-case/nl" {
		t.Fatalf("the game gets %d cases beside the built-ins, want eigen-case/nl", len(own))
	}
	for _, s := range status.Scenarios {
		if s.Key == "sanoma-juf/nl" && s.TOML != "" {
			t.Error("a built-in case is sent as a file too")
		}
	}
	s, err := session.Run(own[0], session.Options{Seed: 3, Mode: session.Workshop}, session.Best{})
	if err != nil {
		t.Fatal(err)
	}
	round := client.NewRound(time.Now())
	if err := c.Started(ctx, round, s); err != nil {
		t.Fatal(err)
	}
	id, err := client.Report(ctx, c.Server, c.Token, round, time.Now().Add(-time.Minute), time.Now(), true, s.Report(), s.Transcript())
	if err != nil || id == "" {
		t.Fatalf("the round of the studio's case was not taken: %q %v", id, err)
	}
}
