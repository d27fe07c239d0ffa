package server

import (
	"testing"
	"time"

	"github.com/webcaresim/webcaresim/game/progress"
	"github.com/webcaresim/webcaresim/game/session"
	"github.com/webcaresim/webcaresim/game/workshop/store"
)

// A round the trainee left early (Esc, "Leave the round") has no mark: the
// dashboard showed its 9.8 as the trainee's result, and the leaderboard
// ranked it above the rounds the others finished (play28, F5). Now the
// row says "left early" with no result, and the board ranks the finished
// round alone.
func TestTheDashboardGivesARoundLeftEarlyNoMark(t *testing.T) {
	s := newInternalServer(t)
	now := time.Date(2026, 12, 7, 19, 0, 0, 0, time.UTC)
	rep := func(overall float64) session.Report {
		return session.Report{Scenario: "hema-insuline", Language: "nl", Mode: session.Practice, Grade: session.Grade(overall),
			Scores: session.Scores{Empathy: overall, Speed: 100, Deescalation: overall, Overall: overall, SpeedScored: true}}
	}
	done := store.Result{Trainee: "t1", Round: "r1", Attempt: progress.New(rep(44.4), now, now.Add(time.Hour), true, "workshop")}
	left := store.Result{Trainee: "t1", Round: "r2", Attempt: progress.New(rep(97.9), now.Add(2*time.Hour), now.Add(3*time.Hour), false, "workshop")}
	tl := &traineeLive{t: store.Trainee{ID: "t1", Name: "Linde"}, scenario: "hema-insuline/nl", round: "r2", finished: true, result: &left}
	for lang, want := range map[string]string{"nl": "voortijdig gestopt", "en": "left early"} {
		row := s.traineeRow(tl, lang)
		if row.Result != "–" || row.Status != want {
			t.Errorf("%s: the row of a round left early shows result %q, status %q; want – and %q", lang, row.Result, row.Status, want)
		}
	}
	tl.round, tl.result = "r1", &done
	if row := s.traineeRow(tl, "nl"); row.Result != "5,0 (44)" || row.Status != "klaar" {
		t.Errorf("the finished round's row: result %q, status %q; want 5,0 (44) and klaar", row.Result, row.Status)
	}
	best := bestPerTrainee([]store.Result{done, left}, "hema-insuline/nl")
	if len(best) != 1 || best[0].Round != "r1" {
		t.Errorf("the board ranks %+v; want the finished round r1 alone", best)
	}
}
