package server_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/webcaresim/webcaresim/game/session"
	"github.com/webcaresim/webcaresim/game/workshop/client"
	"github.com/webcaresim/webcaresim/game/workshop/store/storetest"
)

// Two instances on one PostgreSQL database, each with a scenario folder of
// its own: a case saved in the studio of A is offered by B too (its
// trainer can choose it, its trainees get the file, B scores their
// rounds), and when its file is deleted on A, B stops offering it.
func TestACaseSavedOnOneInstanceIsOfferedByAll(t *testing.T) {
	dsn := storetest.Postgres(t)
	dirA := t.TempDir()
	a, b := studioServerOn(t, dirA, dsn), studioServerOn(t, t.TempDir(), dsn)
	code := b.workshopOf("sanoma-juf/nl")

	a.saveInStudio("gedeeld", ownCase(t, "gedeeld"))
	until(t, "B offering the case saved on A", func() bool {
		_, page := b.get("/trainer?w=" + code)
		return strings.Contains(page, `value="gedeeld/nl"`)
	})
	b.post("/trainer/w/"+code+"/scenarios", map[string][]string{"scenario": {"sanoma-juf/nl", "gedeeld/nl"}})
	c, _, err := client.Join(context.Background(), b.base, code, "Noor", "nl")
	if err != nil {
		t.Fatal(err)
	}
	own := client.Scenarios(statusOf(t, c))
	if len(own) != 1 || own[0].Key() != "gedeeld/nl" {
		t.Fatalf("a trainee on B gets %d studio cases, want gedeeld/nl", len(own))
	}
	s, err := session.Run(own[0], session.Options{Seed: 4, Mode: session.Workshop}, session.Best{})
	if err != nil {
		t.Fatal(err)
	}
	if err := report(t, c, s); err != nil {
		t.Fatalf("B refused a round of the case shared by A: %v", err)
	}

	if err := os.Remove(filepath.Join(dirA, "gedeeld.nl.toml")); err != nil {
		t.Fatal(err)
	}
	until(t, "B no longer offering the case deleted on A", func() bool {
		_, page := b.get("/trainer?w=" + code)
		return !strings.Contains(page, `value="gedeeld/nl"`)
	})
}
