package session

import (
	"fmt"
	"testing"
)

// Paths whose ending the crowd decides: the same replies at the same
// minutes end one way in some worlds and another way in others, by the
// meter's own marks (see the cases' [[ending.turn]]).
var luckPaths = []struct {
	scenario, why string
	choices       Choices
}{
	{"sanoma-juf", "the juf tweet, then 'Sorry, ik liet me gaan' and a call", Choices{1, 1}},
	{"sanoma-juf", "the juf tweet, a short sorry, the DM, a warm close: helped, and sometimes the story was out first", Choices{1, 4, 1, 1, 1}},
	{"facebook-verwijderen", "the complaint deleted, then owned up to and solved in public", Choices{1, 2, 1, 1}},
	{"advocatenbrief", "the lawyer's letter, then withdrawn with an apology, the kitchen repaired", Choices{1, 2, 1, 1}},
	{"sportschool-scheldt", "'it's just a joke', then listening: the poster replaced", Choices{3, 1, 1, 1, 1}},
	{"universiteit-kut", "'mind your language', then sorry and a call to the adviser, the adviser's call, a thumbs-up to close: helped, and sometimes other students had joined in first", Choices{3, 1, 1, 3}},
	{"servicepolitie", "the owner's defence in the column, then an apology and a refund, a thank-you for the second chance", Choices{1, 2, 1}},
	{"tmobile-fransbauer", "the historical path: the joke about Frans Bauer, then recovered; in some worlds his fans are still at it at the close", Choices{1, 1, 1}},
	{"tmobile-fransbauer", "a link to the coverage map, then sorry and the mast, a slogan to close: sometimes the complaint went round first", Choices{3, 1, 2}},
	{"hema-insuline", "a stock reply, then the statement that denies: the boycott page stays small or grows", Choices{2, 1, 3}},
	{"liberty-bottleworks", "'With customers like you, who needs enemies': it could have backfired, and mostly does, but not where no news site picks it up", Choices{4}},
	{"wanbetaler-privacy", "the arrears named in public, then taken back with an apology and a warm close: sometimes the screenshot went round first", Choices{2, 2, 1, 1}},
}

// TestLuckCanTurnTheEnding: for every case with endings the crowd turns,
// a path ends differently across worlds, and no world ends well beside a
// story half the audience has seen (the meter then reads "the story is
// out": the ending must not tell another story than the meter).
func TestLuckCanTurnTheEnding(t *testing.T) {
	const worlds = 24
	for _, p := range luckPaths {
		for _, lang := range []string{"nl", "en"} {
			sc := builtin(t, p.scenario, lang)
			counts := map[string]int{}
			for seed := uint64(1); seed <= worlds; seed++ {
				s, err := Run(sc, Options{Seed: seed, Quiet: true}, p.choices)
				if err != nil {
					t.Fatalf("%s %s %v: %v", p.scenario, lang, p.choices, err)
				}
				counts[s.Ending().ID]++
				st := s.Counters()
				if s.Ending().Kind == "good" && float64(st.Reach) >= SpreadReach*float64(sc.Crowd.Audience) {
					t.Errorf("%s %s %v seed %d: good ending %q while %d of %d people saw the criticism (the meter: %q)",
						p.scenario, lang, p.choices, seed, s.Ending().ID, st.Reach, sc.Crowd.Audience, MeterLevelOf(st, sc.Crowd.Audience).Label(lang))
				}
			}
			t.Logf("%s %s %v (%s): %v", p.scenario, lang, p.choices, p.why, counts)
			if len(counts) < 2 {
				t.Errorf("%s %s %v (%s): the same ending in all %d worlds: %v; luck never shows", p.scenario, lang, p.choices, p.why, worlds, fmt.Sprint(counts))
			}
		}
	}
}
