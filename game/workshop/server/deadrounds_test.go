package server_test

import (
	"context"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/webcaresim/webcaresim/game/workshop/client"
	"github.com/webcaresim/webcaresim/game/workshop/server"
	"github.com/webcaresim/webcaresim/game/workshop/store"
	"github.com/webcaresim/webcaresim/game/workshop/store/storetest"
	"github.com/webcaresim/webcaresim/scenarios"
)

// A browser round whose tab closes after one acknowledged reply, with the
// server restarted since, is kept: twenty minutes of silence later the
// server stores the round, replayed from its acknowledged steps, as an
// interrupted result the dashboard and the export show. The trainee's
// game coming back plays the round on, and its result is counted once.
func TestADeadBrowserRoundIsKeptAsInterrupted(t *testing.T) {
	storetest.Each(t, func(t *testing.T, spec string) {
		ctx := context.Background()
		st, err := store.Open(ctx, spec)
		if err != nil {
			t.Fatal(err)
		}
		defer st.Close()
		clk := &clock{}
		clk.ns.Store(time.Now().UnixNano())
		newServer := func() (*server.Server, *env) {
			srv, err := server.New(ctx, server.Config{Store: st, Secret: secret, Scenarios: scenarios.Builtin(), Now: clk.now})
			if err != nil {
				t.Fatal(err)
			}
			ts := httptest.NewServer(srv.Handler())
			t.Cleanup(ts.Close)
			e := &env{t: t, ts: ts, st: st, web: newJarClient(), base: ts.URL}
			e.login()
			return srv, e
		}
		srv, e := newServer()
		code := e.workshop()
		c, _, err := client.Join(ctx, e.base, code, "Noor", "nl")
		if err != nil {
			t.Fatal(err)
		}
		round := client.NewRound(clk.now())
		s := publishFirst(t, c, round, "Wat vervelend, Dorien. Ik bel je vandaag nog. ^Lotte")
		clk.advance(10 * time.Minute)
		if n, err := server.KeepDeadRounds(srv); n != 0 || err != nil {
			t.Fatalf("after 10 quiet minutes the sweep kept %d rounds (%v), want none", n, err)
		}

		// the server restarts; the tab is gone
		e.ts.Close()
		srv, e = newServer()
		clk.advance(11 * time.Minute)
		if _, page := e.get("/trainer?w=" + code); !strings.Contains(page, "speelt") {
			t.Fatal("the round is not on the dashboard as playing after the restart")
		}
		if n, err := server.KeepDeadRounds(srv); n != 1 || err != nil {
			t.Fatalf("after 21 quiet minutes the sweep kept %d rounds (%v), want 1", n, err)
		}
		rs, err := st.Results(ctx, code)
		if err != nil || len(rs) != 1 {
			t.Fatalf("results %v %v, want the interrupted round", rs, err)
		}
		a := rs[0].Attempt
		mine := s.Replies()[0]
		if a.Interrupted == nil || len(a.Interrupted.Steps) != 1 || a.Status != "abandoned" || len(a.Report.Replies) != 1 ||
			a.Report.Replies[0].Text != mine.Text || a.Report.Replies[0].Analysis.Empathy != mine.Analysis.Empathy {
			t.Fatalf("the kept round: status %q, interrupted %+v, replies %+v; want one step and the reply %q scored %.1f",
				a.Status, a.Interrupted, a.Report.Replies, mine.Text, mine.Analysis.Empathy)
		}
		_, page := e.get("/trainer?w=" + code + "&lang=nl")
		if !strings.Contains(page, "onderbroken") {
			t.Error("the dashboard does not say the round was interrupted")
		}
		if mark := dutchMark(a.Report.Grade) + " ("; strings.Contains(page, mark) {
			t.Errorf("the dashboard shows the interrupted round's mark %q as its last mark", mark)
		}
		_, boards, _ := strings.Cut(page, `class="boards"`)
		if boards, _, _ = strings.Cut(boards, "</section>"); strings.Contains(boards, "Noor") {
			t.Error("a round cut short after one reply is ranked on the leaderboard")
		}
		if _, page := e.get("/trainer?w=" + code + "&lang=en"); !strings.Contains(page, "interrupted") {
			t.Error("the English dashboard does not say the round was interrupted")
		}
		if _, out := e.get("/trainer/w/" + code + "/export.json"); !strings.Contains(out, `"interrupted"`) || !strings.Contains(out, mine.Text) {
			t.Errorf("the export does not hold the interrupted round: %.300s", out)
		} else if strings.Contains(out, `"grade":"`+a.Report.Grade+`"`) {
			t.Errorf("the export gives the interrupted round, which has no mark, its grade %s", a.Report.Grade)
		}

		// the connection was only lost: the game plays on and finishes
		playOut(t, s)
		c.Server = e.base // the same workshop, on the restarted server
		if err := c.Steps(ctx, round, s, 1); err != nil {
			t.Fatalf("the game coming back with its next steps: %v", err)
		}
		id, err := client.Report(ctx, e.base, c.Token, round, clk.now().Add(-time.Hour), clk.now(), true, s.Report(), s.Transcript())
		if err != nil {
			t.Fatalf("the round's result after it was kept: %v", err)
		}
		rs, _ = st.Results(ctx, code)
		if len(rs) != 2 || rs[1].Attempt.ID != id || rs[1].Attempt.Resumes != a.ID {
			t.Fatalf("after the result: %d results, the last resumes %q; want it to go on from %q", len(rs), rs[len(rs)-1].Attempt.Resumes, a.ID)
		}
		if _, page := e.get("/trainer?w=" + code + "&lang=nl"); !strings.Contains(page, "klaar") {
			t.Error("the dashboard does not show the round finished")
		}
	})
}
