package server_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/webcaresim/webcaresim/assets/i18n"
	"github.com/webcaresim/webcaresim/game/session"
	"github.com/webcaresim/webcaresim/game/workshop/api"
	"github.com/webcaresim/webcaresim/game/workshop/client"
	"github.com/webcaresim/webcaresim/game/workshop/store/storetest"
)

// A game that sends a forged analysis beside its trainee's reply, and a
// forged outrage curve, changes nothing the trainer sees or the store
// keeps: the server plays the reply's step itself and stores its own
// scores and curve.
func TestAForgedLiveAnalysisIsReplacedByTheServers(t *testing.T) {
	storetest.Each(t, func(t *testing.T, spec string) {
		e := start(t, spec)
		e.login()
		code := e.workshop()
		ctx := context.Background()
		c, _, err := client.Join(ctx, e.base, code, "Mila", "nl")
		if err != nil {
			t.Fatal(err)
		}
		s, err := session.New(sanoma(t), session.Options{Seed: 4, Mode: session.Workshop})
		if err != nil {
			t.Fatal(err)
		}
		for s.Decision() == nil {
			s.AdvanceTo(s.NextStop())
		}
		// A round id holds "99" and "98" now and then (hex digits): this
		// one always does, so the check reads the stored figures, never
		// the stored text.
		round := client.NewRound(time.Now()) + "-99-98"
		if err := c.Started(ctx, round, s); err != nil {
			t.Fatal(err)
		}
		if err := s.Publish("Lees zelf maar eens beter, juf. Wij hebben geen tijd voor jouw gezeur."); err != nil {
			t.Fatal(err)
		}
		s.AdvanceTo(s.Now() + 5)
		mine := s.Replies()[0]
		forged := mine
		forged.Analysis.Empathy, forged.Analysis.Deescalation, forged.Speed = 99, 98, 97
		curve := s.Curve()
		fake := append([]session.CurvePoint(nil), curve...)
		for i := range fake {
			fake[i].Outrage, fake[i].Heat = 1, 0
		}
		tr := s.Transcript()
		if _, err := c.Events(ctx,
			api.Event{Kind: api.KindReply, Round: round, Scenario: "sanoma-juf", Language: "nl", Steps: tr.Steps, Reply: &forged},
			api.Event{Kind: api.KindOutrage, Round: round, Scenario: "sanoma-juf", Language: "nl", Samples: fake}); err != nil {
			t.Fatal(err)
		}
		if mine.Analysis.Empathy > 50 {
			t.Fatalf("the put-down scores empathy %.0f: the test needs a reply the forgery would lift", mine.Analysis.Empathy)
		}

		evs, err := e.st.Events(ctx, code)
		if err != nil {
			t.Fatal(err)
		}
		var replies []session.Reply
		var last session.CurvePoint
		for _, se := range evs {
			// The stored figures, not the stored text: a random round id
			// holds "99" and "98" now and then.
			var ev api.Event
			if err := json.Unmarshal(se.Data, &ev); err != nil {
				t.Fatalf("a stored event does not read back: %v: %s", err, se.Data)
			}
			kept := append([]session.Reply(nil), ev.Replies...)
			if ev.Reply != nil {
				kept = append(kept, *ev.Reply)
			}
			for _, r := range kept {
				if r.Analysis.Empathy == forged.Analysis.Empathy || r.Analysis.Deescalation == forged.Analysis.Deescalation {
					t.Errorf("the store keeps the game's forged figures (empathy %.0f, de-escalation %.0f): %s",
						r.Analysis.Empathy, r.Analysis.Deescalation, se.Data)
				}
			}
			replies = append(replies, ev.Replies...)
			if n := len(ev.Samples); n > 0 {
				last = ev.Samples[n-1]
			}
		}
		if len(replies) != 1 || replies[0].Analysis.Empathy != mine.Analysis.Empathy || replies[0].Analysis.Deescalation != mine.Analysis.Deescalation {
			t.Fatalf("stored replies %+v, want the core's empathy %.1f and de-escalation %.1f", replies, mine.Analysis.Empathy, mine.Analysis.Deescalation)
		}
		want := curve[len(curve)-1]
		if last.Minute != want.Minute || last.Outrage != want.Outrage {
			t.Fatalf("stored curve ends at minute %.1f outrage %.1f, want the core's minute %.1f outrage %.1f", last.Minute, last.Outrage, want.Minute, want.Outrage)
		}
		_, page := e.get("/trainer?w=" + code + "&lang=nl")
		if strings.Contains(page, "E 99") || strings.Contains(page, ">99<") {
			t.Error("the dashboard shows the game's forged empathy")
		}
		if e1 := fmt.Sprintf("<span>E %.0f</span>", mine.Analysis.Empathy); !strings.Contains(page, e1) {
			t.Errorf("the dashboard does not show the server's empathy %q", e1)
		}
		// the server's heat, once, in the words of the trainee's meter
		// (its level's words with the figure)
		lvl := s.MeterLevel()
		if o := fmt.Sprintf(`<span class="o" data-level="%s">%s (%s)</span>`, lvl, lvl.Label("nl"), i18n.Heat(want.Heat, "nl")); !strings.Contains(page, o) {
			t.Errorf("the dashboard does not show the server's heat %q", o)
		}
		// and its curve is drawn in the level's colour, not red whatever the level
		if w := fmt.Sprintf(`<svg class="spark" data-level="%s"`, lvl); !strings.Contains(page, w) {
			t.Errorf("the dashboard's curve does not carry the meter's level %q", w)
		}
	})
}

// Samples that reach past a step the game sends after them (its queue was
// full, a request was retried) do not make the step unplayable: the server
// plays the round again with the step at its minute and scores it as the
// core does.
func TestAStepSentAfterLaterSamplesIsScored(t *testing.T) {
	e := start(t, t.TempDir()+"/w.db")
	e.login()
	code := e.workshop()
	ctx := context.Background()
	c, _, err := client.Join(ctx, e.base, code, "Tijn", "nl")
	if err != nil {
		t.Fatal(err)
	}
	s, err := session.New(sanoma(t), session.Options{Seed: 6, Mode: session.Workshop})
	if err != nil {
		t.Fatal(err)
	}
	for s.Decision() == nil {
		s.AdvanceTo(s.NextStop())
	}
	round := client.NewRound(time.Now())
	if err := c.Started(ctx, round, s); err != nil {
		t.Fatal(err)
	}
	if err := s.Publish("Sorry Dorien, dat lazen we verkeerd. Ik bel je vandaag om het uit te leggen. ^Lotte"); err != nil {
		t.Fatal(err)
	}
	s.AdvanceTo(s.Now() + 30)
	if err := c.Outrage(ctx, round, "sanoma-juf", "nl", s.Curve()); err != nil {
		t.Fatal(err)
	}
	if err := c.Steps(ctx, round, s, 0); err != nil {
		t.Fatalf("the step sent after samples 30 minutes on: %v", err)
	}
	evs, _ := e.st.Events(ctx, code)
	var got []session.Reply
	for _, se := range evs {
		var ev api.Event
		json.Unmarshal(se.Data, &ev)
		got = append(got, ev.Replies...)
	}
	mine := s.Replies()[0]
	if len(got) != 1 || got[0].Minute != mine.Minute || got[0].Analysis.Empathy != mine.Analysis.Empathy {
		t.Fatalf("stored %+v, want the reply at minute %.1f scored %.1f", got, mine.Minute, mine.Analysis.Empathy)
	}
}

// A request with a round's steps that is lost on the way (a dropped
// connection) does not cost the server those steps: the game sends them
// again with its next ones, and the dashboard and store get every reply.
func TestLostStepsAreSentAgain(t *testing.T) {
	e := start(t, t.TempDir()+"/w.db")
	e.login()
	code := e.workshop()
	ctx := context.Background()
	c, _, err := client.Join(ctx, e.base, code, "Lot", "nl")
	if err != nil {
		t.Fatal(err)
	}
	target, _ := url.Parse(e.base)
	proxy := httputil.NewSingleHostReverseProxy(target)
	var dropped atomic.Int32
	flaky := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		r.Body = io.NopCloser(bytes.NewReader(body))
		if r.URL.Path == api.PathEvents && bytes.Contains(body, []byte(`"steps"`)) && dropped.Add(1) == 1 {
			http.Error(w, "connection lost", http.StatusBadGateway)
			return
		}
		proxy.ServeHTTP(w, r)
	}))
	defer flaky.Close()
	c.Server = flaky.URL
	s, err := session.Run(sanoma(t), session.Options{Seed: 8, Mode: session.Workshop}, session.Best{})
	if err != nil {
		t.Fatal(err)
	}
	// the round as the game reports it: a reply, then the rest
	played, err := session.New(sanoma(t), session.Options{Seed: 8, Mode: session.Workshop})
	if err != nil {
		t.Fatal(err)
	}
	steps := s.Transcript().Steps
	rep := c.Round(played)
	for i, st := range steps {
		if err := played.ApplyStep(st); err != nil {
			t.Fatal(err)
		}
		rep.Update()
		if i == 0 {
			until(t, "the first steps' request to fail", func() bool { return dropped.Load() >= 1 && rep.Offline() })
		}
	}
	if _, err := rep.Finish(ctx, false); err != nil {
		t.Fatal(err)
	}
	evs, _ := e.st.Events(ctx, code)
	var got int
	for _, se := range evs {
		var ev api.Event
		json.Unmarshal(se.Data, &ev)
		got += len(ev.Replies)
	}
	if dropped.Load() < 2 || got != len(played.Replies()) {
		t.Fatalf("%d step requests, the first dropped; %d replies stored, want all %d", dropped.Load(), got, len(played.Replies()))
	}
}
