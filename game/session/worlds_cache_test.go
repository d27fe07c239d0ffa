package session

import (
	"encoding/json"
	"reflect"
	"testing"

	"github.com/webcaresim/webcaresim/game/crowd"
	"github.com/webcaresim/webcaresim/scenarios"
	"github.com/webcaresim/webcaresim/scoring"
)

// TestSameSeedSameWorld: every case, in both languages, played twice with
// the same seed and the same replies gives the same round to the last
// figure, quiet (as the worlds play it) or not; the worlds' cache and the
// debrief's comparison rest on this.
func TestSameSeedSameWorld(t *testing.T) {
	for _, sc := range scenarios.Builtin().Scenarios {
		for _, quiet := range []bool{false, true} {
			var got [2]string
			for i := range got {
				s, err := Run(sc, Options{Seed: 5, Quiet: quiet}, Best{})
				if err != nil {
					t.Fatal(sc.ID, err)
				}
				b, err := json.Marshal(struct {
					R Report
					F []FeedItem
				}{s.Report(), s.Feed()})
				if err != nil {
					t.Fatal(err)
				}
				got[i] = string(b)
			}
			if got[0] != got[1] {
				t.Errorf("%s %s (quiet %v): seed 5 gave two different rounds", sc.ID, sc.Language, quiet)
			}
		}
	}
}

// TestWorldsDoNotDependOnHowTheyArePlayed: world i is the same whether it
// is played alone, among others on every core, or as the tail of a run
// that starts later; so the first n of more worlds are the n worlds.
func TestWorldsDoNotDependOnHowTheyArePlayed(t *testing.T) {
	sc := builtinCase(t, "hema-insuline", "nl")
	opts := historicalOptions(Options{})
	all, err := playWorldsFrom(sc, 0, 8, opts, func() Strategy { return Historical{} })
	if err != nil {
		t.Fatal(err)
	}
	tail, err := playWorldsFrom(sc, 5, 8, opts, func() Strategy { return Historical{} })
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(all[5:], tail) {
		t.Errorf("worlds 6-8 played after 5 others %v, played on their own %v", all[5:], tail)
	}
	for i, w := range all {
		alone, err := playWorld(sc, i, opts, Historical{})
		if err != nil {
			t.Fatal(err)
		}
		if alone != w {
			t.Errorf("world %d: %+v alone, %+v among others", i+1, alone, w)
		}
	}
	if all[0] == all[1] && all[1] == all[2] {
		t.Errorf("three worlds ended alike to the last post (%+v): the seed does not reach the crowd", all[0])
	}
}

// TestHistoricalWorldsAreReused: a second debrief of the same case takes
// the real reply's worlds from the first, fewer worlds are a prefix of
// more, and another scenario text, crowd or rubric plays them again.
func TestHistoricalWorldsAreReused(t *testing.T) {
	forgetHistorical()
	defer forgetHistorical()
	sc := builtinCase(t, "sanoma-juf", "en")
	steps := bestSteps(t, sc)
	first, err := ReplayWorlds(sc, steps, 10, Options{})
	if err != nil {
		t.Fatal(err)
	}
	fresh, err := PlayWorlds(sc, 10, Options{Quiet: true}, func() Strategy { return Historical{} })
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(*first.Historical, fresh) {
		t.Fatalf("the debrief's historical worlds %+v differ from the historical path played %+v", *first.Historical, fresh)
	}
	// Mark the kept worlds: a debrief that shows the mark took them from
	// the cache.
	key, ok := historicalKeyOf(sc, historicalOptions(Options{}))
	if !ok {
		t.Fatal("the scenario could not be hashed")
	}
	kept := cachedHistorical(key, 10)
	if len(kept) != 10 {
		t.Fatalf("the debrief kept %d of its 10 historical worlds", len(kept))
	}
	kept[0].ending = "marked"
	forgetHistorical()
	storeHistorical(key, kept)

	reused := func(sc *scenarios.Scenario, n int, opts Options) bool {
		t.Helper()
		rep, err := ReplayWorlds(sc, steps, n, opts)
		if err != nil {
			t.Fatal(err)
		}
		return rep.Historical.Endings["marked"] > 0
	}
	if !reused(sc, 10, Options{Mode: Relaxed, Player: "Anna"}) {
		t.Error("a second debrief of the same case played the real reply's worlds again")
	}
	if !reused(sc, 4, Options{}) {
		t.Error("4 worlds did not reuse the first 4 of 10")
	}
	edited := *sc
	edited.Crowd.Audience++
	if reused(&edited, 10, Options{}) {
		t.Error("a scenario with another audience reused the worlds of the old one")
	}
	other := crowd.Fitted
	other.Branching += 0.01
	if reused(sc, 10, Options{Crowd: &other}) {
		t.Error("other crowd parameters reused the worlds of the fitted ones")
	}
	if reused(sc, 10, Options{Rubric: parsedDefaultRubric(t)}) {
		t.Error("another rubric reused the worlds of the built-in one")
	}
	more, err := ReplayWorlds(sc, steps, 14, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if more.Historical.Worlds != 14 || more.Historical.Endings["marked"] != 1 {
		t.Errorf("14 worlds after 10 kept: want the 10 kept (one marked) and 4 more, got %+v", *more.Historical)
	}
}

// TestWorldsRunCountsOnlyTheWorldsItPlays: the window's progress counts
// against the worlds still to play; with the real reply's worlds kept
// from an earlier debrief those are the trainee's only, and the figures
// stay ReplayWorlds's.
func TestWorldsRunCountsOnlyTheWorldsItPlays(t *testing.T) {
	forgetHistorical()
	defer forgetHistorical()
	sc := builtinCase(t, "hema-insuline", "en")
	steps := bestSteps(t, sc)
	run := NewWorldsRun(sc, steps, 6, Options{})
	if run.Total() != 12 {
		t.Errorf("nothing kept yet: want 12 worlds to play, got %d", run.Total())
	}
	played := 0
	for run.Next() {
		played++
	}
	first, err := run.Report()
	if err != nil || played != 12 {
		t.Fatalf("played %d worlds (%v), want 12", played, err)
	}
	again := NewWorldsRun(sc, steps, 6, Options{})
	if again.Total() != 6 {
		t.Errorf("the real reply's worlds kept: want 6 worlds to play, got %d", again.Total())
	}
	played = 0
	for again.Next() {
		played++
	}
	second, err := again.Report()
	if err != nil || played != 6 {
		t.Fatalf("played %d worlds (%v), want 6", played, err)
	}
	if !reflect.DeepEqual(first, second) {
		t.Errorf("the second debrief says %+v, the first %+v", second, first)
	}
	want, err := ReplayWorlds(sc, steps, 6, Options{})
	if err != nil || !reflect.DeepEqual(want, second) {
		t.Errorf("ReplayWorlds says %+v (%v), the world-at-a-time run %+v", want, err, second)
	}
}

func builtinCase(t *testing.T, id, lang string) *scenarios.Scenario {
	t.Helper()
	sc, ok := scenarios.Builtin().Find(id, lang)
	if !ok {
		t.Fatalf("%s %s missing", id, lang)
	}
	return sc
}

func bestSteps(t *testing.T, sc *scenarios.Scenario) []Step {
	t.Helper()
	s, err := Run(sc, Options{Seed: 1}, Best{})
	if err != nil {
		t.Fatal(err)
	}
	return s.Transcript().Steps
}

// parsedDefaultRubric is the built-in rubric parsed anew: the same rules
// in another rubric value.
func parsedDefaultRubric(t *testing.T) *scoring.Rubric {
	t.Helper()
	r, err := scoring.Parse(scoring.BuiltinRubric(), "rubric.toml")
	if err != nil {
		t.Fatal(err)
	}
	return r
}
