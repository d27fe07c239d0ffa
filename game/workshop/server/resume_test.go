package server_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/webcaresim/webcaresim/game/session"
	"github.com/webcaresim/webcaresim/game/workshop/client"
	"github.com/webcaresim/webcaresim/game/workshop/server"
	"github.com/webcaresim/webcaresim/game/workshop/store"
	"github.com/webcaresim/webcaresim/game/workshop/store/storetest"
	"github.com/webcaresim/webcaresim/scenarios"
)

// A trainee closes the tab after one acknowledged reply, and the server
// restarts meanwhile. Opening the workshop again with the token the
// browser kept, the game gets the round back from the server: played again
// from its seed and acknowledged steps it stands where it stood, with the
// same reply and score, its clock waiting for the trainee to go on. Played
// on to its end under the same round id, it is stored once, with the
// first reply in it; a finished round is not offered again.
func TestAClosedTabGetsItsRoundBack(t *testing.T) {
	storetest.Each(t, func(t *testing.T, spec string) {
		ctx := context.Background()
		st, err := store.Open(ctx, spec)
		if err != nil {
			t.Fatal(err)
		}
		defer st.Close()
		newServer := func() *env {
			srv, err := server.New(ctx, server.Config{Store: st, Secret: secret, Scenarios: scenarios.Builtin()})
			if err != nil {
				t.Fatal(err)
			}
			ts := httptest.NewServer(srv.Handler())
			t.Cleanup(ts.Close)
			e := &env{t: t, ts: ts, st: st, web: newJarClient(), base: ts.URL}
			e.login()
			return e
		}
		e := newServer()
		code := e.workshop()
		c, _, err := client.Join(ctx, e.base, code, "Noor", "nl")
		if err != nil {
			t.Fatal(err)
		}
		if open, err := c.OpenRound(ctx); open != nil || err != nil {
			t.Fatalf("before any round the server offers %+v (%v), want nothing", open, err)
		}
		round := client.NewRound(time.Now())
		before := publishFirst(t, c, round, "Wat vervelend, Dorien. Ik bel je vandaag nog. ^Lotte")
		// the server's curve runs on past the reply, as the game's samples said
		ahead := before.Now() + 7
		if err := c.Outrage(ctx, round, "sanoma-juf", "nl", []session.CurvePoint{{Minute: ahead}}); err != nil {
			t.Fatal(err)
		}

		// The tab is closed; the server restarts; the trainee opens the
		// workshop again in a new tab, which has the token.
		e.ts.Close()
		e = newServer()
		back := client.New(e.base, c.Token)
		open, err := back.OpenRound(ctx)
		if err != nil || open == nil {
			t.Fatalf("the trainee's open round: %+v, %v; want the round the tab left", open, err)
		}
		want := before.Transcript()
		if open.Round != round || open.Seed != want.Seed || open.Mode != want.Mode || open.Scenario != "sanoma-juf" ||
			open.Language != "nl" || len(open.Steps) != 1 || open.Steps[0].Text != want.Steps[0].Text || open.Steps[0].At != want.Steps[0].At {
			t.Fatalf("the open round %+v, want round %s with its one step %+v", open, round, want.Steps)
		}
		s, err := client.ResumeSession(scenarios.Builtin(), *open, "Noor")
		if err != nil {
			t.Fatal(err)
		}
		if s.Now() != before.Now() || len(s.Replies()) != 1 || s.Replies()[0].Text != before.Replies()[0].Text ||
			s.Replies()[0].Analysis.Empathy != before.Replies()[0].Analysis.Empathy || s.Counters() != before.Counters() {
			t.Fatalf("resumed at minute %.2f with %+v, want minute %.2f with %+v", s.Now(), s.Replies(), before.Now(), before.Replies())
		}
		if !s.WaitingToGoOn() || !s.Paused() {
			t.Fatal("the resumed round's clock runs before the trainee goes on")
		}

		// The trainee goes on and plays the round to its end.
		rep := back.ResumeRound(s, *open)
		s.GoOn()
		playOut(t, s)
		rep.Update()
		id, err := rep.Finish(ctx, true)
		if err != nil {
			t.Fatalf("the resumed round's result: %v", err)
		}
		rs, err := st.Results(ctx, code)
		if err != nil || len(rs) != 1 || rs[0].Round != round || rs[0].Attempt.ID != id {
			t.Fatalf("results %+v (%v), want the one round %s", rs, err, round)
		}
		if got := rs[0].Attempt.Report.Replies; len(got) < 2 || got[0].Text != before.Replies()[0].Text {
			t.Errorf("the stored round's replies %+v, want the reply typed before the tab closed first", got)
		}
		if open, err := back.OpenRound(ctx); open != nil || err != nil {
			t.Errorf("after its result the server still offers the round: %+v (%v)", open, err)
		}
	})
}

// A token the server does not know gets no round.
func TestAnUnknownTokenGetsNoRound(t *testing.T) {
	e := start(t, t.TempDir()+"/w.db")
	_, err := client.New(e.base, "not-a-token").OpenRound(context.Background())
	if se, ok := err.(*client.StatusError); !ok || se.Code != http.StatusUnauthorized {
		t.Fatalf("an unknown token asking for its round: %v, want 401", err)
	}
}
