package session

import (
	"encoding/json"
	"reflect"
	"testing"

	"github.com/webcaresim/webcaresim/scenarios"
)

// TestWorldsReplayTheTraineesSteps: the trainee's exact steps over 100
// worlds give the same ending as the played round in world 1, and the
// historical path's worlds sit beside them, worse in reach than the best
// replies.
func TestWorldsReplayTheTraineesSteps(t *testing.T) {
	sc, ok := scenarios.Builtin().Find("sanoma-juf", "en")
	if !ok {
		t.Fatal("sanoma-juf missing")
	}
	played, err := Run(sc, Options{Seed: 1}, Best{})
	if err != nil {
		t.Fatal(err)
	}
	rep, err := ReplayWorlds(sc, played.Transcript().Steps, 100, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Yours.Worlds != 100 || rep.Historical == nil || rep.Historical.Worlds != 100 {
		t.Fatalf("want 100 worlds of each, got %+v", rep)
	}
	if rep.Yours.Endings[played.Report().Ending] == 0 {
		t.Errorf("the played round ended %q, which none of the 100 worlds reached: %v", played.Report().Ending, rep.Yours.Endings)
	}
	t.Logf("best replies: storm in %d of 100, reach median %.0f; historical: storm in %d, reach median %.0f",
		rep.Yours.Storm, rep.Yours.Reach.Median, rep.Historical.Storm, rep.Historical.Reach.Median)
	if rep.Yours.Reach.Median*3 > rep.Historical.Reach.Median {
		t.Errorf("the best replies reach %.0f people (median), the historical ones %.0f: want far fewer", rep.Yours.Reach.Median, rep.Historical.Reach.Median)
	}
	if rep.Historical.Storm < rep.Yours.Storm {
		t.Errorf("the historical path stormed in %d worlds, the best replies in %d", rep.Historical.Storm, rep.Yours.Storm)
	}
}

// TestQuietRoundIsTheSameRound: leaving the bystanders' texts and feed out
// (as the worlds do) changes no number of the round.
func TestQuietRoundIsTheSameRound(t *testing.T) {
	sc, ok := scenarios.Builtin().Find("hema-insuline", "nl")
	if !ok {
		t.Fatal("hema-insuline missing")
	}
	for seed := uint64(1); seed <= 3; seed++ {
		loud, err1 := Run(sc, Options{Seed: seed}, Historical{})
		quiet, err2 := Run(sc, Options{Seed: seed, Quiet: true}, Historical{})
		if err1 != nil || err2 != nil {
			t.Fatal(err1, err2)
		}
		a, b := loud.Report(), quiet.Report()
		if a.Ending != b.Ending || a.Posts != b.Posts || a.Shares != b.Shares || a.Reach != b.Reach || a.GroupMembers != b.GroupMembers {
			t.Errorf("seed %d: quiet round differs: %s %d posts %d reach vs %s %d posts %d reach", seed, a.Ending, a.Posts, a.Reach, b.Ending, b.Posts, b.Reach)
		}
		if len(quiet.Feed()) >= len(loud.Feed()) {
			t.Errorf("seed %d: the quiet round's feed has %d items, the full one %d", seed, len(quiet.Feed()), len(loud.Feed()))
		}
	}
}

// TestWorldsRunIsReplayWorlds: the browser's world-at-a-time replay gives
// the debrief the same figures as the window's.
func TestWorldsRunIsReplayWorlds(t *testing.T) {
	sc, ok := scenarios.Builtin().Find("sanoma-juf", "en")
	if !ok {
		t.Fatal("sanoma-juf missing")
	}
	s, err := Run(sc, Options{Seed: 3}, Best{})
	if err != nil {
		t.Fatal(err)
	}
	steps := s.Transcript().Steps
	want, err := ReplayWorlds(sc, steps, 12, Options{})
	if err != nil {
		t.Fatal(err)
	}
	forgetHistorical() // play the real reply's worlds again, one at a time
	run := NewWorldsRun(sc, steps, 12, Options{})
	played := 0
	for run.Next() {
		played++
	}
	got, err := run.Report()
	if err != nil {
		t.Fatal(err)
	}
	if played != 24 || !reflect.DeepEqual(got, want) {
		t.Errorf("one world at a time (%d steps): %+v\nall at once: %+v", played, got, want)
	}
}

// A round whose heat passed the meter's "10 storm" mark is counted as a
// storm of heat in its worlds, whatever its ending: a trainee saw heat 12
// in a round that ended 'opgelost' and read "storm in 0 of 100 worlds".
func TestWorldsCountTheMetersStormAsTheMeterShowsIt(t *testing.T) {
	set := scenarios.BuiltinForPlay()
	found := 0
	for _, id := range []string{"universiteit-kut", "sanoma-juf", "dominos-sorry"} {
		sc, ok := set.Find(id, "nl")
		if !ok {
			t.Fatalf("no %s", id)
		}
		played, err := Run(sc, Options{Seed: 1}, Historical{})
		if err != nil {
			t.Fatal(err)
		}
		peak := PeakHeat(played.Report().Curve)
		if peak < StormHeat {
			continue
		}
		found++
		rep, err := ReplayWorlds(sc, played.Transcript().Steps, 10, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if rep.Yours.HeatStorm == 0 {
			t.Errorf("%s: the round of seed 1 reached heat %.1f, yet no world of ten counts a storm of heat", id, peak)
		}
	}
	if found == 0 {
		t.Fatal("no historical round of seed 1 reached the meter's storm mark: the test checks nothing")
	}
}

// TestRememberedVerdictsChangeNoRound: the channel verdicts and lesson
// scores remembered across worlds (fitsChannel, overallOf) give the round
// and its feed exactly as computed afresh, so "100 worlds" and the fit
// play the same worlds whatever was played before.
func TestRememberedVerdictsChangeNoRound(t *testing.T) {
	for _, id := range []string{"hema-insuline", "sanoma-juf"} {
		sc, ok := scenarios.Builtin().Find(id, "en")
		if !ok {
			t.Fatal(id + " missing")
		}
		play := func() string {
			s, err := Run(sc, Options{Seed: 4}, Historical{})
			if err != nil {
				t.Fatal(err)
			}
			b, err := json.Marshal(struct {
				R Report
				F []FeedItem
				L []Lesson
			}{s.Report(), s.Feed(), s.Lessons()})
			if err != nil {
				t.Fatal(err)
			}
			return string(b)
		}
		channelFits.Clear()
		overalls.Clear()
		cold := play()
		if warm := play(); warm != cold {
			t.Errorf("%s: the round played with remembered verdicts differs from the one computed afresh", id)
		}
	}
}

// TestAWorldIsItsRoundsReport: a world's figures are those of the round's
// report (ending, its kind and variant title, reach, posts and the peak of the heat), taken
// without building the rest of the report.
func TestAWorldIsItsRoundsReport(t *testing.T) {
	for _, c := range []struct{ id, lang string }{{"sanoma-juf", "nl"}, {"sportschool-scheldt", "en"}, {"liberty-bottleworks", "en"}} {
		sc := builtinCase(t, c.id, c.lang)
		for seed := range uint64(3) {
			s, err := Run(sc, Options{Seed: seed + 1, Quiet: true}, Historical{})
			if err != nil {
				t.Fatal(err)
			}
			r := s.Report()
			want := world{r.Ending, r.EndingKind, r.EndingTitle, r.Reach, r.Posts, PeakHeat(r.Curve)}
			if got := worldOf(s); got != want {
				t.Errorf("%s %s seed %d: the world says %+v, the report %+v", c.id, c.lang, seed+1, got, want)
			}
			if want.ending == "" || want.posts == 0 || want.peakHeat == 0 {
				t.Errorf("%s %s seed %d: a round without an ending, posts or heat (%+v) tells nothing", c.id, c.lang, seed+1, want)
			}
		}
	}
}
