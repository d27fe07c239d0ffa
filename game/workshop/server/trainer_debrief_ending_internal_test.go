package server

import (
	"strings"
	"testing"

	"github.com/webcaresim/webcaresim/game/progress"
	"github.com/webcaresim/webcaresim/game/session"
	"github.com/webcaresim/webcaresim/game/session/sessiontest"
	"github.com/webcaresim/webcaresim/game/workshop/store"
	"github.com/webcaresim/webcaresim/scenarios"
)

// The trainer's debrief counted a round that threatened and then repaired
// under "Repaired instead of threatened", beside the rounds that never
// threatened, and its reply cards led there too. A round that read the
// ending with a variant's title is counted and shown under that title.
func TestTheTrainersDebriefNamesEndingsAsTheRoundsReadThem(t *testing.T) {
	sc, ok := scenarios.BuiltinForPlay().Find("advocatenbrief", "en")
	if !ok {
		t.Fatal("advocatenbrief missing")
	}
	threatened, clean := repairedRounds(t, sc)
	base := sc.EndingTitle("opgelost")
	results := []store.Result{{Attempt: progress.Attempt{Report: threatened}}, {Attempt: progress.Attempt{Report: clean}}, {Attempt: progress.Attempt{Report: clean}}}
	rows := map[string]int{}
	for _, row := range endingsOf(sc, results).Rows {
		rows[row.Title] = row.Count
	}
	if rows[threatened.EndingTitle] != 1 || rows[base] != 2 {
		t.Errorf("the endings' rows count %v, want 1 under %q and 2 under %q", rows, threatened.EndingTitle, base)
	}
	last := threatened.Replies[len(threatened.Replies)-1]
	if card := replyCardOf(sc, threatened, last, "A", "en"); card.Outcome != threatened.EndingTitle {
		t.Errorf("the last reply's card leads to %q, want %q", card.Outcome, threatened.EndingTitle)
	}
	first := threatened.Replies[0]
	if card := replyCardOf(sc, threatened, first, "A", "en"); card.Outcome == "" || !strings.HasSuffix(card.Outcome, threatened.EndingTitle) {
		t.Errorf("the first reply's card leads to %q, want it to end in %q", card.Outcome, threatened.EndingTitle)
	}
}

// repairedRounds plays the kitchen case to its repair ending ("opgelost",
// not turned by the crowd) once after a threat and once without one.
func repairedRounds(t *testing.T, sc *scenarios.Scenario) (threatened, clean session.Report) {
	t.Helper()
	for seed := uint64(1); seed <= 40 && (threatened.Ending == "" || clean.Ending == ""); seed++ {
		for _, st := range []session.Strategy{sessiontest.ThreatInTheKitchen("en"), session.Best{}} {
			s, err := session.Run(sc, session.Options{Seed: seed, Mode: session.Practice}, st)
			if err != nil {
				t.Fatal(err)
			}
			r := s.Report()
			if r.Ending != "opgelost" || r.TurnedFrom != "" {
				continue
			}
			if r.EndingTitle != "" && threatened.Ending == "" {
				threatened = r
			} else if r.EndingTitle == "" && clean.Ending == "" {
				clean = r
			}
		}
	}
	if threatened.Ending == "" || clean.Ending == "" {
		t.Fatalf("in 40 worlds no round ended repaired after a threat (%v) or without one (%v)", threatened.Ending, clean.Ending)
	}
	return threatened, clean
}

// A round that threatened Peter and then repaired fails: the repair ending,
// good in the scenario, counts as mixed for it. The trainer's reply cards
// painted it green all the same (the scenario's kind), beside a failed
// mark, and so did the row of the endings' count; they colour the ending
// as the trainee's round read it.
func TestTheTrainersReplyCardsColourTheRoundsOwnEnding(t *testing.T) {
	sc, ok := scenarios.BuiltinForPlay().Find("advocatenbrief", "en")
	if !ok {
		t.Fatal("advocatenbrief missing")
	}
	threatened, clean := repairedRounds(t, sc)
	if threatened.EndingKind != "mixed" || clean.EndingKind != "good" {
		t.Fatalf("the rounds ended %s after a threat and %s without one, want mixed and good", threatened.EndingKind, clean.EndingKind)
	}
	for _, c := range []struct {
		name string
		rep  session.Report
	}{{"threatened", threatened}, {"clean", clean}} {
		for i, reply := range c.rep.Replies {
			if card := replyCardOf(sc, c.rep, reply, "A", "en"); card.OutcomeClass != c.rep.EndingKind {
				t.Errorf("%s round, reply %d: the card leading to %q is coloured %q, want the round's %q",
					c.name, i+1, card.Outcome, card.OutcomeClass, c.rep.EndingKind)
			}
		}
	}
	results := []store.Result{{Attempt: progress.Attempt{Report: threatened}}, {Attempt: progress.Attempt{Report: clean}}}
	for _, row := range endingsOf(sc, results).Rows {
		if want := map[string]string{threatened.EndingTitle: "mixed", sc.EndingTitle("opgelost"): "good"}[row.Title]; want != "" && row.Kind != want {
			t.Errorf("the endings' row %q is coloured %q, want %q", row.Title, row.Kind, want)
		}
	}
}
