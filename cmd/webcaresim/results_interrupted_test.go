package main

import (
	"strings"
	"testing"
	"time"

	"github.com/webcaresim/webcaresim/game/progress"
	"github.com/webcaresim/webcaresim/game/session"
	"github.com/webcaresim/webcaresim/scenarios"
)

// A round the game left in a checkpoint (it was killed mid-round) is in
// a trainer's list and export without the game being started again: the
// results command stores it as interrupted and says so.
func TestResultsListStoresAnInterruptedRound(t *testing.T) {
	data := t.TempDir()
	t.Setenv("WEBCARESIM_DATA", data)
	sc, _ := scenarios.BuiltinForPlay().Find("sanoma-juf", "nl")
	s, err := session.New(sc, session.Options{Seed: 2, Mode: session.Practice, Player: "Onderbroken Olga"})
	if err != nil {
		t.Fatal(err)
	}
	for s.Decision() == nil {
		s.Advance(0.5)
	}
	const reply = "Sorry Dorien, je hebt gelijk. Ik bel je vandaag nog. ^Lotte"
	if err := s.Publish(reply); err != nil {
		t.Fatal(err)
	}
	st, err := progress.Open(data)
	if err != nil {
		t.Fatal(err)
	}
	cp, err := st.BeginRound(progress.RoundStart{Player: "Onderbroken Olga", Mode: session.Practice, Scenario: "sanoma-juf", Language: "nl", Seed: 2, Started: time.Now()})
	if err != nil {
		t.Fatal(err)
	}
	if err := cp.Add(s.Step(0), time.Now()); err != nil {
		t.Fatal(err)
	}
	cp.Close()
	st.Close()

	code, out, errs := runCmd(t, "", "results", "list")
	if code != 0 || !strings.Contains(out, "interrupted (the game stopped)") || strings.Contains(out, "left early") || !strings.Contains(errs, "was interrupted") {
		t.Fatalf("results list: %d\n%s\n%s", code, out, errs)
	}
	code, out, _ = runCmd(t, "", "results", "export", "--format", "replies")
	if code != 0 || !strings.Contains(out, reply) {
		t.Fatalf("the export lacks the interrupted round's reply: %d\n%s", code, out)
	}
}
