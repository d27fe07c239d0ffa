package session

import (
	"testing"

	"github.com/webcaresim/webcaresim/scenarios"
)

// A relaxed round's debrief sets the trainee's worlds beside the real
// reply's. Where the real brand stayed silent (HEMA, Sanoma, Domino's, the
// university) that silence ran on a real clock; relaxed mode stops the clock
// at a decision, and the whole "100 worlds" block said "could not be played".
func TestWorldsOfARelaxedRoundIncludeTheRealSilence(t *testing.T) {
	set := scenarios.BuiltinForPlay()
	for _, id := range []string{"hema-insuline", "sanoma-juf", "dominos-sorry", "universiteit-kut"} {
		for _, lang := range []string{"nl", "en"} {
			sc, ok := set.Find(id, lang)
			if !ok {
				t.Fatalf("no %s %s", id, lang)
			}
			opts := Options{Seed: 2, Mode: Relaxed}
			played, err := Run(sc, opts, Best{})
			if err != nil {
				t.Fatal(err)
			}
			steps := played.Transcript().Steps
			rep, err := ReplayWorlds(sc, steps, 3, opts)
			if err != nil {
				t.Errorf("%s %s: relaxed worlds: %v", id, lang, err)
				continue
			}
			if rep.Historical == nil || rep.Historical.Worlds != 3 {
				t.Errorf("%s %s: no real reply beside the trainee's: %+v", id, lang, rep.Historical)
			}
			run := NewWorldsRun(sc, steps, 3, opts)
			n := 0
			for run.Next() {
				n++
			}
			if _, err := run.Report(); err != nil || n != run.Total() {
				t.Errorf("%s %s: one at a time: %d of %d worlds played, %v", id, lang, n, run.Total(), err)
			}
		}
	}
}

// The window counts the worlds played against Total: the trainee's n and the
// historical path's n. Counted against n it read "in 100 worlds… (185 played
// so far)".
func TestWorldsRunTotalIsWhatNextPlays(t *testing.T) {
	set := scenarios.BuiltinForPlay()
	for _, id := range []string{"sanoma-juf", "liberty-bottleworks"} {
		sc, ok := set.Find(id, "en")
		if !ok {
			t.Fatalf("no %s", id)
		}
		played, err := Run(sc, Options{Seed: 1}, Best{})
		if err != nil {
			t.Fatal(err)
		}
		forgetHistorical() // none of the real reply's worlds kept from before
		run := NewWorldsRun(sc, played.Transcript().Steps, 4, Options{})
		n := 0
		for run.Next() {
			n++
		}
		if want := 4 + 4*boolInt(hasHistorical(sc)); n != want || run.Total() != n {
			t.Errorf("%s: Next played %d worlds, Total says %d, want %d", id, n, run.Total(), want)
		}
	}
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}
