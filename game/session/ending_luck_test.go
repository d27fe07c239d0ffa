package session

import (
	"fmt"
	"testing"

	"github.com/webcaresim/webcaresim/scenarios"
)

// Paths whose ending the crowd decides: the same replies at the same
// minutes end one way in some worlds and another way in others, by the
// meter's own marks (see the cases' [[ending.turn]]). Each is a plausible
// path, neither the case's best nor its worst: a reply that slipped and
// was made good, or a fair reply that closed badly. Under the fitted crowd
// (crowd.Fitted: n 0.6, γ 1) a put-down no longer carries a story to half
// an audience in most worlds, so some paths named before turned in none or
// one of a hundred worlds and were replaced by paths of the same case
// whose story does go round in a share of the worlds (the shares below
// are of 400 worlds, nl / en).
var luckPaths = []struct {
	scenario, why string
	choices       Choices
}{
	// 32% / 31% the story outran the apology
	{"sanoma-juf", "the juf tweet, then 'Sorry, ik liet me gaan' and a call", Choices{1, 1}},
	{"sanoma-juf", "the juf tweet, a short sorry, the DM, a warm close: helped, and sometimes the story was out first", Choices{1, 4, 1, 1, 1}},
	// about half
	{"facebook-verwijderen", "the complaint deleted, then owned up to and solved in public", Choices{1, 2, 1, 1}},
	// about four in ten
	{"advocatenbrief", "the lawyer's letter, then withdrawn with an apology, the kitchen repaired", Choices{1, 2, 1, 1}},
	// was 'it's just a joke', then listening (3 1 1 1 1): at the fitted
	// crowd the story went round in 1 of 100 worlds; the joke, then the
	// poster defended politely goes round in about three in ten
	{"sportschool-scheldt", "'it's just a joke', then 'we respect everyone's opinion, the poster is part of our campaign'", Choices{3, 3}},
	// about 4 in 100: the university's audience is 6,000 and no news site
	// covers a story there before it has gone round
	{"universiteit-kut", "'mind your language', then sorry and a call to the adviser, the adviser's call, a thumbs-up to close: helped, and sometimes other students had joined in first", Choices{3, 1, 1, 3}},
	{"servicepolitie", "the owner's defence in the column, then an apology and a refund, a thank-you for the second chance", Choices{1, 2, 1}},
	// was the historical path (1 1 1), whose fans are at the storm mark at
	// the close in 2 of 400 worlds; the complaint going round before a
	// slogan closes it is about 2–3 in 100
	{"tmobile-fransbauer", "a fair first answer, then the mast explained, a slogan to close: sometimes the complaint went round first", Choices{2, 1, 2}},
	{"tmobile-fransbauer", "a link to the coverage map, then sorry and the mast, a slogan to close: sometimes the complaint went round first", Choices{3, 1, 2}},
	{"hema-insuline", "a stock reply, then the statement that denies: the boycott page stays small or grows", Choices{2, 1, 3}},
	{"liberty-bottleworks", "'With customers like you, who needs enemies': it could have backfired, and mostly does, but not where no news site picks it up", Choices{4}},
	// about 3–4 in 100
	{"wanbetaler-privacy", "the arrears named in public, then taken back with an apology and a warm close: sometimes the screenshot went round first", Choices{2, 2, 1, 1}},
}

// luckWorlds is how many worlds a luck path is played over, and
// luckLeast how many of them each of two endings must take: one world in a
// hundred, so that a trainee who looks at the debrief's "100 worlds" of
// the path sees the other ending about once or more. Seeds 1..luckWorlds:
// deterministic, and enough that a path the crowd never turns fails.
const (
	luckWorlds = 400
	luckLeast  = luckWorlds / 100
)

// TestLuckCanTurnTheEnding: for every case with endings the crowd turns,
// a named plausible path ends differently across worlds, each of two
// endings in at least one world in a hundred, and no world ends well
// beside a story half the audience has seen (the meter then reads "the
// story is out": the ending must not tell another story than the meter).
func TestLuckCanTurnTheEnding(t *testing.T) {
	named := map[string]bool{}
	for _, p := range luckPaths {
		named[p.scenario] = true
	}
	for _, sc := range scenarios.Builtin().Scenarios {
		if turns(sc) && !named[sc.ID] {
			t.Errorf("%s has endings the crowd turns and no path here that shows it", sc.Key())
		}
	}
	for _, p := range luckPaths {
		for _, lang := range []string{"nl", "en"} {
			sc := builtin(t, p.scenario, lang)
			ws, err := playWorldsFrom(sc, 0, luckWorlds, Options{}, func() Strategy { return p.choices })
			if err != nil {
				t.Fatalf("%s %s %v: %v", p.scenario, lang, p.choices, err)
			}
			counts := map[string]int{}
			for i, w := range ws {
				counts[w.ending]++
				if w.kind == "good" && float64(w.reach) >= SpreadReach*float64(sc.Crowd.Audience) {
					t.Errorf("%s %s %v seed %d: good ending %q while %d of %d people saw the criticism",
						p.scenario, lang, p.choices, i+1, w.ending, w.reach, sc.Crowd.Audience)
				}
			}
			t.Logf("%s %s %v (%s): %v", p.scenario, lang, p.choices, p.why, counts)
			ways := 0
			for _, n := range counts {
				if n >= luckLeast {
					ways++
				}
			}
			if ways < 2 {
				t.Errorf("%s %s %v (%s): over %d worlds %v; want two endings each in at least %d: luck never shows",
					p.scenario, lang, p.choices, p.why, luckWorlds, fmt.Sprint(counts), luckLeast)
			}
		}
	}
}

// turns reports whether any of the case's endings has a crowd turn.
func turns(sc *scenarios.Scenario) bool {
	for _, e := range sc.Endings {
		if len(e.Turns) > 0 {
			return true
		}
	}
	return false
}
