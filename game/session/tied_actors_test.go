package session

import (
	"testing"

	"github.com/webcaresim/webcaresim/scenarios"
)

// An actor whose text presumes an act of the brand's ("another owner who
// blames the guest", "Domino's answers 'sorry' to a compliment") posts only
// in a round that did it: on the best path of every case it never appears
// unless that path did the act, and on the historical path it still can.

// tiedActorPosts counts, over seeds, the rounds in which a tied actor
// posted, and the rounds in which it posted although the round never did
// its act.
func tiedActorPosts(t *testing.T, sc *scenarios.Scenario, strategy Strategy, seeds uint64) (posted, unearned int) {
	t.Helper()
	for seed := uint64(1); seed <= seeds; seed++ {
		s, err := Run(sc, Options{Seed: seed, Mode: Practice}, strategy)
		if err != nil {
			t.Fatalf("%s seed %d: %v", sc.ID, seed, err)
		}
		for _, a := range sc.Actors {
			if !a.Tied() {
				continue
			}
			for _, f := range s.Feed() {
				if f.By != a.ID {
					continue
				}
				posted++
				if !roundDid(s, a) && !contains(s.tied.scripted, a.ID) {
					unearned++
					t.Errorf("%s seed %d: %s posted %q, but the round did not do what it presumes (path %v)", sc.ID, seed, a.ID, f.Text, s.history)
				}
				break
			}
		}
	}
	return posted, unearned
}

// roundDid reports, from the round's own record, whether it did what the
// actor's text presumes: the turns it took and the replies it published.
func roundDid(s *Session, a scenarios.Actor) bool {
	said := false
	for i := range s.replies {
		said = said || s.replySays(&s.replies[i], a.Says)
	}
	return s.didAct(a.After, a.When, a.Says, said)
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func TestTiedActorsWaitForTheAct(t *testing.T) {
	set := scenarios.BuiltinForPlay()
	tiedCases, historicalPosts := 0, 0
	for _, sc := range set.Scenarios {
		tied := false
		for _, a := range sc.Actors {
			tied = tied || a.Tied()
		}
		if !tied {
			continue
		}
		tiedCases++
		seeds := uint64(50)
		if testing.Short() {
			seeds = 10
		}
		tiedActorPosts(t, sc, Best{}, seeds)
		hist, _ := tiedActorPosts(t, sc, Historical{}, 10)
		historicalPosts += hist
	}
	if tiedCases < 16 {
		t.Errorf("only %d cases tie an actor to an act; every case whose blogger or press speaks of the brand's mistake should", tiedCases)
	}
	if historicalPosts == 0 {
		t.Errorf("no tied actor posted on any historical path: tying held them back for good")
	}
}
