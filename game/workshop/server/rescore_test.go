package server_test

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/webcaresim/webcaresim/game/session"
	"github.com/webcaresim/webcaresim/game/workshop/api"
	"github.com/webcaresim/webcaresim/game/workshop/client"
	"github.com/webcaresim/webcaresim/scenarios"
)

// rude plays the Sanoma case with a rude typed reply at the first decision
// and the first written choice after it.
type rude struct{}

func (rude) Act(s *session.Session, d *scenarios.Decision, k int) error {
	s.AdvanceTo(s.OpenedAt() + 2)
	if s.Decision() != d {
		return nil
	}
	if k == 0 {
		return s.Publish("f*** off")
	}
	return s.Choose(0)
}

func TestAForgedScoreIsRefused(t *testing.T) {
	e := start(t, t.TempDir()+"/w.db")
	e.login()
	code := e.workshop()
	ctx := context.Background()
	c, _, err := client.Join(ctx, e.base, code, "Sem", "nl")
	if err != nil {
		t.Fatal(err)
	}
	s, err := session.Run(sanoma(t), session.Options{Seed: 4, Mode: session.Workshop}, rude{})
	if err != nil {
		t.Fatal(err)
	}
	honest := s.Report()
	if honest.Scores.Overall > 95 {
		t.Fatalf("the rude round scored %.1f; the test needs a round that did not score 100", honest.Scores.Overall)
	}
	send := func(round string, mod func(*api.ResultRequest)) error {
		tr := s.Transcript()
		req := api.ResultRequest{Round: round, Started: time.Now().Add(-time.Minute), Ended: time.Now(), Finished: true, Report: s.Report(), Transcript: &tr}
		mod(&req)
		_, err := c.Result(ctx, req)
		return err
	}
	var se *client.StatusError
	// Overall 100 with sub-scores 0, as in the review: refused with a reason.
	err = send("forged-1", func(r *api.ResultRequest) {
		r.Report.Scores = session.Scores{Overall: 100, SpeedScored: true}
		r.Report.Grade = session.Grade(100)
	})
	if !errors.As(err, &se) || se.Code != 422 || !strings.Contains(se.Error(), "replay") {
		t.Fatalf("a forged overall score: %v, want 422 saying the replay differs", err)
	}
	// A better reply in the report than in the transcript: refused too.
	err = send("forged-2", func(r *api.ResultRequest) {
		r.Transcript.Steps[0].Text = "Wat vervelend Dorien, sorry! Stuur je me een DM? Dan bel ik je vandaag. ^Lotte"
	})
	if !errors.As(err, &se) || se.Code != 422 {
		t.Fatalf("a report that is not its transcript's: %v, want 422", err)
	}
	// No transcript: refused.
	if err := send("forged-3", func(r *api.ResultRequest) { r.Transcript = nil }); !errors.As(err, &se) || se.Code != 400 {
		t.Fatalf("a result without a transcript: %v, want 400", err)
	}
	// A scenario the trainer did not choose: refused, no leaderboard for it.
	var other *scenarios.Scenario
	for _, sc := range scenarios.Builtin().Scenarios {
		if sc.Key() != "sanoma-juf/nl" {
			other = sc
			break
		}
	}
	{
		hs, err := session.Run(other, session.Options{Seed: 1, Mode: session.Workshop}, session.Best{})
		if err != nil {
			t.Fatal(err)
		}
		_, err = client.Report(ctx, e.base, c.Token, "other", time.Now(), time.Now(), true, hs.Report(), hs.Transcript())
		if !errors.As(err, &se) || se.Code != 403 || !strings.Contains(se.Error(), "did not choose") {
			t.Fatalf("a scenario the trainer did not choose: %v, want 403", err)
		}
	}
	_, page := e.get("/trainer/w/" + code + "/live")
	if strings.Contains(page, "10.0") {
		t.Fatal("a refused result reached the dashboard")
	}
	// The honest round is stored with the server's own report.
	if err := send("honest", func(*api.ResultRequest) {}); err != nil {
		t.Fatalf("the honest round: %v", err)
	}
	rs, err := e.st.Results(ctx, code)
	if err != nil || len(rs) != 1 {
		t.Fatalf("stored: %d results, %v; want the honest one only", len(rs), err)
	}
	if got := rs[0].Attempt.Report; got.Scores != honest.Scores || got.Player != "Sem" {
		t.Fatalf("stored report %+v by %q, want %+v by Sem", got.Scores, got.Player, honest.Scores)
	}
}
