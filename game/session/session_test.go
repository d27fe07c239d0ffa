package session

import (
	"encoding/json"
	"errors"
	"sort"
	"strings"
	"testing"

	"github.com/webcaresim/webcaresim/scenarios"
	"github.com/webcaresim/webcaresim/scoring"
)

func sanoma(t *testing.T) *scenarios.Scenario {
	t.Helper()
	sc, ok := scenarios.Builtin().Find("sanoma-juf", "nl")
	if !ok {
		t.Fatal("sanoma-juf missing")
	}
	return sc
}

func reportJSON(t *testing.T, s *Session) string {
	t.Helper()
	b, err := json.Marshal(s.Report())
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestSameSeedSameRound(t *testing.T) {
	sc := sanoma(t)
	a, err := Run(sc, Options{Seed: 7}, Historical{})
	if err != nil {
		t.Fatal(err)
	}
	b, err := Run(sc, Options{Seed: 7}, Historical{})
	if err != nil {
		t.Fatal(err)
	}
	if reportJSON(t, a) != reportJSON(t, b) {
		t.Error("the same seed gave two different rounds")
	}
	c, err := Run(sc, Options{Seed: 8}, Historical{})
	if err != nil {
		t.Fatal(err)
	}
	if reportJSON(t, a) == reportJSON(t, c) {
		t.Error("different seeds gave the same crowd")
	}
}

// The historical reply escalates; the best written replies calm things down.
// Over many seeds the historical path must end in the storm and draw far more
// negative posts.
func TestHistoricalPathEscalatesBestPathCalms(t *testing.T) {
	sc := sanoma(t)
	var hist, best []int
	for seed := uint64(1); seed <= 30; seed++ {
		h, err := Run(sc, Options{Seed: seed}, Historical{})
		if err != nil {
			t.Fatal(err)
		}
		b, err := Run(sc, Options{Seed: seed}, Best{})
		if err != nil {
			t.Fatal(err)
		}
		hr, br := h.Report(), b.Report()
		if hr.Ending != "storm" {
			t.Fatalf("seed %d: historical path ended %q, want storm", seed, hr.Ending)
		}
		if br.EndingKind != "good" {
			t.Fatalf("seed %d: best path ended %q (%s), want a good ending", seed, br.Ending, br.EndingKind)
		}
		if br.Scores.Overall <= hr.Scores.Overall+20 {
			t.Errorf("seed %d: best overall %.0f not well above historical %.0f", seed, br.Scores.Overall, hr.Scores.Overall)
		}
		hist = append(hist, hr.Negative)
		best = append(best, br.Negative)
	}
	if mh, mb := median(hist), median(best); mh < 3*mb {
		t.Errorf("median negative posts: historical %d, best %d; want historical at least 3× best", mh, mb)
	}
}

func median(xs []int) int {
	s := append([]int(nil), xs...)
	sort.Ints(s)
	return s[len(s)/2]
}

func TestSilenceTakesOverAtTheTimeout(t *testing.T) {
	sc := sanoma(t)
	s, err := New(sc, Options{Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	first := s.Decision()
	if first != nil {
		t.Fatal("a decision is open before its minute")
	}
	s.AdvanceTo(10)
	if d := s.Decision(); d == nil || d.ID != "terechtwijzing" {
		t.Fatalf("at minute 10 the first decision should be open, got %v", d)
	}
	s.AdvanceTo(10 + 45 + 1)
	d := s.Decision()
	if d == nil || d.ID != "stilte" {
		t.Fatalf("after the timeout the round should be at %q, got %v", "stilte", d)
	}
	last := s.Feed()[len(s.Feed())-1]
	found := false
	for _, f := range s.Feed() {
		if f.By == "customer" && strings.Contains(f.Text, "Nog steeds niks") {
			found = true
		}
	}
	if !found {
		t.Errorf("the customer did not post again after the silence; last post %+v", last)
	}
	r := s.Report()
	if len(r.Facts) == 0 || r.Facts[0].What != "silence" {
		t.Errorf("the report does not name the silence as a fact: %+v", r.Facts)
	}
}

func TestRelaxedModeStopsTheClockAtADecision(t *testing.T) {
	sc := sanoma(t)
	s, err := New(sc, Options{Seed: 1, Mode: Relaxed})
	if err != nil {
		t.Fatal(err)
	}
	s.AdvanceTo(500)
	if s.Now() != 10 || s.Decision() == nil || !s.Paused() {
		t.Fatalf("relaxed clock at %.1f (paused %v), want stopped at the decision at 10", s.Now(), s.Paused())
	}
	if err := s.Choose(1); err != nil {
		t.Fatal(err)
	}
	for !s.Done() {
		if s.Decision() != nil {
			if err := s.Choose(0); err != nil {
				t.Fatal(err)
			}
			continue
		}
		s.AdvanceTo(s.NextStop())
	}
	r := s.Report()
	if r.Scores.SpeedScored || r.Scores.Speed != 0 {
		t.Errorf("relaxed mode scored speed: %+v", r.Scores)
	}
}

func TestActionsCostTimeAndMoveTheRound(t *testing.T) {
	sc := sanoma(t)
	s, _ := New(sc, Options{Seed: 1})
	s.AdvanceTo(10)
	hint, err := s.Act(scenarios.ActionColleague)
	if err != nil || !strings.Contains(hint, "sorry") {
		t.Fatalf("colleague hint %q, %v", hint, err)
	}
	if s.Now() != 18 {
		t.Errorf("asking a colleague should cost 8 minutes; clock at %.1f", s.Now())
	}
	// the same colleague asked again gives the same tip for another 8
	// minutes: the round refuses it and the clock stays (P18-17)
	if !s.ActionSpent(scenarios.ActionColleague) {
		t.Error("the colleague asked once is not spent")
	}
	if _, err := s.Act(scenarios.ActionColleague); !errors.Is(err, ErrActionSpent) || s.Now() != 18 || len(s.Hints()) != 1 {
		t.Errorf("a second ask of the colleague gave %v; clock %.1f, %d hints", err, s.Now(), len(s.Hints()))
	}
	if _, err := s.Act("teleport"); !errors.Is(err, ErrNoAction) {
		t.Errorf("an unknown action gave %v", err)
	}
	if _, err := s.Act(scenarios.ActionDM); err != nil {
		t.Fatal(err)
	}
	if len(s.Replies()) != 1 || s.Replies()[0].Action != "dm" {
		t.Fatalf("the DM was not recorded as a reply: %+v", s.Replies())
	}
	s.AdvanceTo(s.Now() + 12)
	if d := s.Decision(); d == nil || d.ID != "dm-gesprek" {
		t.Errorf("after the DM the round should be at dm-gesprek, got %v", d)
	}
}

func TestTypedRepliesAreCleanedAndLimited(t *testing.T) {
	sc := sanoma(t)
	s, _ := New(sc, Options{Seed: 1})
	if err := s.Publish("te vroeg"); !errors.Is(err, ErrNoDecision) {
		t.Errorf("publishing before a decision opens gave %v", err)
	}
	s.AdvanceTo(10)
	if err := s.Publish(" \x00\x07 \u202e "); !errors.Is(err, ErrEmptyReply) {
		t.Errorf("a reply of control characters gave %v", err)
	}
	if err := s.Publish(strings.Repeat("é", 10000)); !errors.Is(err, ErrTooLong) {
		t.Errorf("a 10,000-character reply gave %v", err)
	}
	// On X an emoji weighs two: 141 of them are over the 280, as X says.
	if err := s.Publish("@dorien_deboef " + strings.Repeat("🙏", 141)); !errors.Is(err, ErrTooLong) {
		t.Errorf("a tweet of 141 emoji gave %v, X refuses it", err)
	}
	if err := s.Publish("Sorry Dorien 🙏 \u202eolleh\u202c مرحبا\x1b[31m"); err != nil {
		t.Fatal(err)
	}
	got := s.Replies()[0].Text
	if got != "Sorry Dorien 🙏 olleh مرحبا[31m" {
		t.Errorf("cleaned reply %q", got)
	}
}

func TestRoutesTestTheAnalysis(t *testing.T) {
	f := func(x float64) *float64 { return &x }
	a := scoring.Analysis{Empathy: 70, Deescalation: 50, Features: []scoring.Feature{{ID: "apology"}}}
	cases := []struct {
		c    scenarios.Condition
		want bool
	}{
		{scenarios.Condition{}, true},
		{scenarios.Condition{EmpathyAtLeast: f(70)}, true},
		{scenarios.Condition{EmpathyAtLeast: f(71)}, false},
		{scenarios.Condition{DeescalationBelow: f(50)}, false},
		{scenarios.Condition{DeescalationBelow: f(51)}, true},
		{scenarios.Condition{Has: []string{"apology"}}, true},
		{scenarios.Condition{Has: []string{"apology", "move_private"}}, false},
		{scenarios.Condition{Lacks: []string{"apology"}}, false},
		{scenarios.Condition{HasAny: []string{"move_private", "apology"}}, true},
		{scenarios.Condition{HasAny: []string{"move_private"}}, false},
	}
	for i, c := range cases {
		if got := Holds(c.c, a); got != c.want {
			t.Errorf("case %d: Holds = %v, want %v", i, got, c.want)
		}
	}
}

func TestTranscriptReplaysTheSameRound(t *testing.T) {
	sc := sanoma(t)
	s, _ := New(sc, Options{Seed: 3})
	s.AdvanceTo(12)
	if err := s.Publish("Sorry Dorien, je hebt gelijk. Stuur je me een DM met je klantnummer? Dan bel ik je vandaag. ^Lotte"); err != nil {
		t.Fatal(err)
	}
	for !s.Done() {
		if s.Decision() != nil {
			s.Advance(2)
			if s.Decision() != nil {
				if err := s.Choose(0); err != nil {
					t.Fatal(err)
				}
			}
			continue
		}
		s.AdvanceTo(s.NextStop())
	}
	tr := s.Transcript()
	again, err := Run(sc, Options{Seed: tr.Seed, Mode: tr.Mode}, &FromTranscript{Steps: tr.Steps})
	if err != nil {
		t.Fatal(err)
	}
	if reportJSON(t, s) != reportJSON(t, again) {
		t.Error("replaying the transcript gave a different round")
	}
}
