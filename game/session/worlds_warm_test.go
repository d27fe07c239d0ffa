package session

import (
	"reflect"
	"testing"
)

// TestWarmedWorldsAreTheDebriefsOwn: the real reply's worlds played while
// the round is still on (WarmHistorical) are the worlds the debrief would
// play itself, so the debrief after it plays only the trainee's; worlds
// warmed while a debrief is already running are taken as they come; and a
// round left before it ends stops the warming.
func TestWarmedWorldsAreTheDebriefsOwn(t *testing.T) {
	forgetHistorical()
	defer forgetHistorical()
	sc := builtinCase(t, "sanoma-juf", "nl")
	steps := bestSteps(t, sc)
	cold, err := ReplayWorlds(sc, steps, 6, Options{Mode: Relaxed})
	if err != nil {
		t.Fatal(err)
	}

	forgetHistorical()
	left := make(chan struct{})
	close(left)
	if err := WarmHistorical(sc, 6, Options{Mode: Relaxed}, left); err != nil {
		t.Fatal(err)
	}
	if run := NewWorldsRun(sc, steps, 6, Options{Mode: Relaxed}); run.Total() != 12 {
		t.Errorf("a round left at once warmed worlds: the debrief has %d to play, not 12", run.Total())
	}
	if err := WarmHistorical(sc, 6, Options{Mode: Relaxed, Player: "Anna"}, nil); err != nil {
		t.Fatal(err)
	}
	run := NewWorldsRun(sc, steps, 6, Options{Mode: Relaxed, Player: "Anna"})
	if run.Total() != 6 {
		t.Errorf("after warming the debrief has %d worlds to play, want the trainee's 6", run.Total())
	}
	for run.Next() {
	}
	warm, err := run.Report()
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(warm, cold) {
		t.Errorf("warmed worlds %+v differ from the debrief's own %+v", warm, cold)
	}

	// warming that finishes while the debrief plays the trainee's worlds
	forgetHistorical()
	run = NewWorldsRun(sc, steps, 6, Options{Mode: Relaxed})
	run.Next()
	if err := WarmHistorical(sc, 6, Options{Mode: Relaxed}, nil); err != nil {
		t.Fatal(err)
	}
	calls := 1
	for run.Next() {
		calls++
	}
	if calls >= run.Total() {
		t.Errorf("the debrief played %d worlds of %d: it did not take the worlds warmed meanwhile", calls, run.Total())
	}
	mid, err := run.Report()
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(mid, cold) {
		t.Errorf("worlds taken while warming %+v differ from the debrief's own %+v", mid, cold)
	}
}
