package server_test

import (
	"context"
	"errors"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/webcaresim/webcaresim/game/session"
	"github.com/webcaresim/webcaresim/game/workshop/api"
	"github.com/webcaresim/webcaresim/game/workshop/client"
	"github.com/webcaresim/webcaresim/game/workshop/server"
)

func TestTheTrainerRenamesRemovesAndEnds(t *testing.T) {
	e, clk := startWithClock(t, secret)
	e.login()
	code := e.workshop()
	ctx := context.Background()
	a1, j1, err := client.Join(ctx, e.base, code, "Anna", "nl")
	if err != nil {
		t.Fatal(err)
	}
	_, j2, err := client.Join(ctx, e.base, code, "anna", "nl")
	if err != nil {
		t.Fatal(err)
	}
	if j1.Name != "Anna" || j2.Name != "anna (2)" {
		t.Fatalf("two Annas joined as %q and %q; the second should get a number", j1.Name, j2.Name)
	}
	e.post("/trainer/w/"+code+"/trainee/"+j2.Trainee+"/rename", url.Values{"name": {"Anna de Vries"}})
	_, page := e.get("/trainer/w/" + code + "/live")
	if !strings.Contains(page, "Anna de Vries") {
		t.Fatal("the rename does not show on the dashboard")
	}
	e.post("/trainer/w/"+code+"/trainee/"+j1.Trainee+"/remove", nil)
	var se *client.StatusError
	if _, err := a1.Status(ctx); !errors.As(err, &se) || se.Code != http.StatusUnauthorized {
		t.Fatalf("a removed trainee's token: %v, want 401", err)
	}
	_, page = e.get("/trainer/w/" + code + "/live")
	if strings.Contains(page, `data-trainee="`+j1.Trainee+`"`) {
		t.Fatal("a removed trainee is still in the table")
	}

	// The trainer ends the workshop: no one joins any more; a game still
	// playing may report for a while.
	c3, _, err := client.Join(ctx, e.base, code, "Bo", "nl")
	if err != nil {
		t.Fatal(err)
	}
	e.post("/trainer/w/"+code+"/end", url.Values{"confirm": {"yes"}})
	if _, _, err := client.Join(ctx, e.base, code, "Cas", "nl"); !errors.As(err, &se) || se.Code != http.StatusGone {
		t.Fatalf("joining an ended workshop: %v, want 410", err)
	}
	if _, err := c3.Events(ctx, api.Event{Kind: api.KindStarted, Round: "r1", Scenario: "sanoma-juf", Language: "nl"}); err != nil {
		t.Fatalf("a game still playing right after the end: %v", err)
	}
	clk.advance(2 * time.Hour)
	if _, err := c3.Events(ctx, api.Event{Kind: api.KindStarted, Round: "r2", Scenario: "sanoma-juf", Language: "nl"}); !errors.As(err, &se) || se.Code != http.StatusGone {
		t.Fatalf("reporting two hours after the end: %v, want 410", err)
	}
}

func TestAWorkshopClosesAfterItsTime(t *testing.T) {
	e, clk := startWithClock(t, secret)
	e.login()
	e.web.CheckRedirect = func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }
	r := e.post("/trainer/workshops", url.Values{"title": {"Kort"}, "scenario": {"sanoma-juf/nl"}, "hours": {"2"}})
	e.web.CheckRedirect = nil
	loc, _ := url.Parse(r.Header.Get("Location"))
	code := loc.Query().Get("w")
	ctx := context.Background()
	clk.advance(time.Hour + 59*time.Minute)
	if _, _, err := client.Join(ctx, e.base, code, "Dee", "nl"); err != nil {
		t.Fatalf("joining within the two hours: %v", err)
	}
	clk.advance(2 * time.Minute)
	var se *client.StatusError
	if _, _, err := client.Join(ctx, e.base, code, "Eef", "nl"); !errors.As(err, &se) || se.Code != http.StatusGone {
		t.Fatalf("joining after the two hours: %v, want 410", err)
	}
}

func TestQuotasAnswerClearly(t *testing.T) {
	defer server.SetTraineeQuota(2, 6, 8<<10)()
	e := start(t, t.TempDir()+"/w.db")
	e.login()
	code := e.workshop()
	ctx := context.Background()
	c, _, err := client.Join(ctx, e.base, code, "Fien", "nl")
	if err != nil {
		t.Fatal(err)
	}
	s, err := session.Run(sanoma(t), session.Options{Seed: 3, Mode: session.Workshop}, session.Best{})
	if err != nil {
		t.Fatal(err)
	}
	var se *client.StatusError
	for i := range 3 {
		done := make(chan error, 1)
		go func() {
			_, err := client.Report(ctx, e.base, c.Token, "round-"+string(rune('a'+i)), time.Now(), time.Now(), true, s.Report(), s.Transcript())
			done <- err
		}()
		var err error
		select {
		case err = <-done:
		case <-time.After(20 * time.Second):
			t.Fatal("the game keeps retrying a result over the quota")
		}
		if i < 2 && err != nil {
			t.Fatalf("result %d: %v", i+1, err)
		}
		if i == 2 && (!errors.As(err, &se) || se.Code != http.StatusTooManyRequests || !strings.Contains(se.Message, "kept on the player's computer")) {
			t.Fatalf("the third result over a quota of 2: %v, want 429 saying the round is kept", err)
		}
	}
	// Events: a count over the quota is 429, bytes over it 413.
	// (the samples' size counts as the game sent them)
	if err := c.Started(ctx, "r", s); err != nil {
		t.Fatalf("the round's start: %v", err)
	}
	if err := c.Outrage(ctx, "r", "sanoma-juf", "nl", s.Curve()[:1]); err != nil {
		t.Fatalf("the first samples: %v", err)
	}
	big := slices.Repeat(s.Curve()[:1], 60)
	sendBig := func() error { return c.Outrage(ctx, "r", "sanoma-juf", "nl", big) }
	var errs []int
	for range 8 {
		if err := sendBig(); errors.As(err, &se) {
			errs = append(errs, se.Code)
		}
	}
	if len(errs) == 0 || errs[0] != http.StatusRequestEntityTooLarge {
		t.Fatalf("replies over the byte quota: %v, want 413", errs)
	}
	c2, _, _ := client.Join(ctx, e.base, code, "Gijs", "nl")
	for i := range 7 {
		_, err := c2.Events(ctx, api.Event{Kind: api.KindStarted, Round: "r" + string(rune('a'+i)), Scenario: "sanoma-juf", Language: "nl"})
		if i < 6 && err != nil {
			t.Fatalf("event %d: %v", i+1, err)
		}
		if i == 6 && (!errors.As(err, &se) || se.Code != http.StatusTooManyRequests) {
			t.Fatalf("the 7th event over a quota of 6: %v, want 429", err)
		}
	}
}
