package progress

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/webcaresim/webcaresim/game/session"
	"github.com/webcaresim/webcaresim/scenarios"
)

// playedSteps plays sanoma-juf up to its first decision and publishes a
// typed reply there: the steps a checkpoint would hold.
func playedSteps(t *testing.T) (*scenarios.Scenario, []session.Step) {
	t.Helper()
	sc, ok := scenarios.BuiltinForPlay().Find("sanoma-juf", "nl")
	if !ok {
		t.Fatal("no sanoma-juf")
	}
	s, err := session.New(sc, session.Options{Seed: 7, Mode: session.Practice, Player: "Kees"})
	if err != nil {
		t.Fatal(err)
	}
	for s.Decision() == nil {
		s.Advance(0.25)
	}
	s.Advance(1.5)
	if err := s.Publish("Sorry Dorien, je hebt gelijk. Mag ik je bellen? ^Lotte"); err != nil {
		t.Fatal(err)
	}
	return sc, s.Transcript().Steps
}

func beginT(t *testing.T, s *Store, steps []session.Step) *Checkpoint {
	t.Helper()
	cp, err := s.BeginRound(RoundStart{Player: "Kees", Mode: session.Practice, Scenario: "sanoma-juf", Language: "nl", Seed: 7, Started: t0, Source: "game"})
	if err != nil {
		t.Fatal(err)
	}
	for _, st := range steps {
		if err := cp.Add(st, t0.Add(time40)); err != nil {
			t.Fatal(err)
		}
	}
	return cp
}

const time40 = 40e9 // 40 s

func appendBytes(t *testing.T, path, b string) {
	t.Helper()
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_APPEND, 0)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.WriteString(b); err != nil {
		t.Fatal(err)
	}
	f.Close()
}

// A step being written when the program was killed is cut short: it was
// never acknowledged. It is moved aside, said, and the steps before it
// are kept and replayed.
func TestCheckpointTornLastStepKeepsTheStepsBefore(t *testing.T) {
	_, steps := playedSteps(t)
	s := openT(t, t.TempDir())
	cp := beginT(t, s, steps)
	cp.Close() // as a killed process leaves it
	torn := `{"round":"` + cp.ID() + `","n":2,"step":{"at":40,"text":"Ik bel je morg`
	appendBytes(t, cp.Path(), torn)

	its, problems, err := s.Interrupted()
	if err != nil || len(problems) > 0 || len(its) != 1 {
		t.Fatalf("interrupted %d, %v %v", len(its), problems, err)
	}
	it := its[0]
	if len(it.Steps) != 1 || it.Steps[0].Text != steps[0].Text || !it.Torn || it.Damaged != 0 {
		t.Fatalf("read %+v torn %v damaged %d; want the whole step kept and the torn one left out", it.Steps, it.Torn, it.Damaged)
	}
	if side, err := os.ReadFile(it.TornFile); err != nil || string(side) != torn {
		t.Errorf("the torn record was not kept aside: %q %v", side, err)
	}
	got, _, err := Recover(s, scenarios.BuiltinForPlay().Find)
	if err != nil || len(got) != 1 {
		t.Fatal(got, err)
	}
	if in := got[0].Interrupted; in == nil || !in.Torn || len(got[0].Report.Replies) != 1 {
		t.Errorf("stored %+v; want the interrupted round with its one reply, marked torn", got[0].Interrupted)
	}
}

// A record damaged in the middle (a disk error) stops the reading there:
// the steps before it are kept, the rest counted as left out.
func TestCheckpointDamagedStepKeepsTheStepsBefore(t *testing.T) {
	_, steps := playedSteps(t)
	s := openT(t, t.TempDir())
	cp := beginT(t, s, steps)
	cp.Close()
	appendBytes(t, cp.Path(), "\x00\x00garbage\n"+`{"round":"`+cp.ID()+`","n":3,"step":{"at":50,"text":"x"},"at":"2026-11-22T19:01:00Z"}`+"\n")
	its, _, err := s.Interrupted()
	if err != nil || len(its) != 1 {
		t.Fatal(its, err)
	}
	if it := its[0]; len(it.Steps) != 1 || it.Damaged != 2 || it.Torn {
		t.Fatalf("steps %d damaged %d torn %v; want 1 kept and 2 left out", len(it.Steps), it.Damaged, it.Torn)
	}
}

// The round another window is playing is not an interrupted one.
func TestCheckpointOfALiveRoundIsNotRecovered(t *testing.T) {
	dir := t.TempDir()
	_, steps := playedSteps(t)
	live := beginT(t, openT(t, dir), steps)
	defer live.Close()
	other := openT(t, dir)
	if its, _, err := other.Interrupted(); err != nil || len(its) != 0 {
		t.Fatalf("a live round's checkpoint listed as interrupted: %d %v", len(its), err)
	}
	live.Close()
	if its, _, err := other.Interrupted(); err != nil || len(its) != 1 {
		t.Fatalf("after its window went: %d %v, want it interrupted", len(its), err)
	}
}

// A round stored at its end whose checkpoint was not yet removed (the
// program stopped in between) is not stored twice.
func TestCheckpointOfAStoredRoundIsRemoved(t *testing.T) {
	_, steps := playedSteps(t)
	s := openT(t, t.TempDir())
	cp := beginT(t, s, steps)
	a := attempt(cp.ID(), "Kees", "sanoma-juf", t0, 60)
	if err := s.Save(a); err != nil {
		t.Fatal(err)
	}
	cp.Close()
	if its, _, err := s.Interrupted(); err != nil || len(its) != 0 {
		t.Fatalf("%d interrupted, %v; want none", len(its), err)
	}
	if _, err := os.Stat(cp.Path()); !os.IsNotExist(err) {
		t.Errorf("the stored round's checkpoint is still there: %v", err)
	}
	if cp2 := beginT(t, s, nil); cp2.Stored() != nil {
		t.Error("Stored failed")
	} else if _, err := os.Stat(cp2.Path()); !os.IsNotExist(err) {
		t.Error("Stored left the checkpoint")
	}
}

// A checkpoint whose scenario is gone is still stored, with its replies
// as the steps tell them; one that says nothing of its round is reported
// and left where it is.
func TestRecoverWithoutTheScenario(t *testing.T) {
	_, steps := playedSteps(t)
	dir := t.TempDir()
	s := openT(t, dir)
	beginT(t, s, steps).Close()
	bad := filepath.Join(dir, checkpointDir, "20261122T190000Z-bad.jsonl")
	if err := os.WriteFile(bad, []byte("not json\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	none := func(string, string) (*scenarios.Scenario, bool) { return nil, false }
	got, problems, err := Recover(s, none)
	if err != nil || len(got) != 1 {
		t.Fatal(got, err)
	}
	if len(problems) != 1 || !strings.Contains(problems[0].Message, "cannot be read") {
		t.Errorf("problems %v; want the unreadable checkpoint named", problems)
	}
	in := got[0].Interrupted
	if in == nil || in.NotReplayed == "" || len(got[0].Report.Replies) != 1 || got[0].Report.Replies[0].Text != steps[0].Text {
		t.Errorf("stored %+v; want the reply kept unscored and why", got[0])
	}
	if _, err := os.Stat(bad); err != nil {
		t.Errorf("the unreadable checkpoint was removed: %v", err)
	}
}

// A round whose last acknowledged step reached its ending, killed before
// the debrief stored it (the crowd's time-lapse was still running), is
// stored as the finished round the debrief would have stored: the same
// ending and scores, not "interrupted in the middle of the round".
// Found by a newcomer's kill -9 right after an ending.
func TestARoundKilledAfterItsEndingIsStoredFinished(t *testing.T) {
	sc, ok := scenarios.BuiltinForPlay().Find("sanoma-juf", "nl")
	if !ok {
		t.Fatal("no sanoma-juf")
	}
	s, err := session.New(sc, session.Options{Seed: 7, Mode: session.Practice, Player: "Kees"})
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; s.Ending() == nil && i < 100000; i++ {
		if d := s.Decision(); d != nil && s.Now() >= s.OpenedAt()+1 {
			if err := s.Choose(0); err != nil {
				t.Fatal(err)
			}
			continue
		}
		s.Advance(0.25)
	}
	if s.Ending() == nil {
		t.Fatal("the round reached no ending")
	}
	steps := s.Transcript().Steps
	dir := t.TempDir()
	store := openT(t, dir)
	beginT(t, store, steps).Close() // the program stopped: no Stored()
	got, _, err := Recover(store, scenarios.BuiltinForPlay().Find)
	if err != nil || len(got) != 1 {
		t.Fatal(got, err)
	}
	s.Finish()
	want := s.Report()
	a := got[0]
	if a.Status != Finished || a.Interrupted != nil {
		t.Errorf("stored as %s (interrupted: %v); want a finished round", a.Status, a.Interrupted != nil)
	}
	if a.Report.Ending != want.Ending || a.Report.Scores != want.Scores || a.Report.Minutes != want.Minutes {
		t.Errorf("stored ending %q, scores %+v, %.1f min; the round played to its end has %q, %+v, %.1f min",
			a.Report.Ending, a.Report.Scores, a.Report.Minutes, want.Ending, want.Scores, want.Minutes)
	}
	again, _, err := Recover(store, scenarios.BuiltinForPlay().Find)
	if err != nil || len(again) != 0 {
		t.Errorf("recovered again: %d rounds, %v", len(again), err)
	}
}
