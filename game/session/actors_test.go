package session

import (
	"testing"

	"github.com/webcaresim/webcaresim/scenarios"
)

// A threshold actor the scenario also scripts (the blog in the Sanoma storm)
// appears once in the feed, not twice.
func TestActorsPostOnce(t *testing.T) {
	for seed := uint64(1); seed <= 10; seed++ {
		s, err := Run(sanoma(t), Options{Seed: seed}, Historical{})
		if err != nil {
			t.Fatal(err)
		}
		seen := map[string]int{}
		for _, f := range s.Feed() {
			if _, ok := s.Scenario().Actor(f.By); ok {
				seen[f.By]++
			}
		}
		if seen["webcareblog"] != 1 {
			t.Errorf("seed %d: the blog posted %d times, want once", seed, seen["webcareblog"])
		}
		for id, n := range seen {
			if n > 1 {
				t.Errorf("seed %d: actor %s posted %d times", seed, id, n)
			}
		}
	}
}

// A decision with reply_to answers the post it names (T-Mobile: Frans
// Bauer's tweet, not the customer's), so the reply is scored against it and
// addressing him by name counts as personal.
func TestReplyToAnswersTheNamedPost(t *testing.T) {
	sc, ok := scenarios.Builtin().Find("tmobile-fransbauer", "nl")
	if !ok {
		t.Fatal("tmobile-fransbauer missing")
	}
	at := &spyAt{id: "bauer", do: func(s *Session, d *scenarios.Decision) {
		p := s.Answering()
		if p == nil || p.Text != d.Posts[d.Reply-1].Text {
			t.Errorf("answering %+v, want the decision's post %d", p, d.Reply)
		}
		a := s.Analyze("Frans, je hebt gelijk, sorry. Dat was een flauwe grap van mij.")
		if !a.Has("personal_address") {
			t.Errorf("addressing Frans is not counted as personal: %+v", a.Features)
		}
	}}
	if _, err := Run(sc, Options{Seed: 1}, at); err != nil {
		t.Fatal(err)
	}
	if !at.seen {
		t.Error("the historical path did not reach Frans Bauer's tweets")
	}
}

// spyAt follows the historical path and calls do once at decision id.
type spyAt struct {
	id   string
	do   func(*Session, *scenarios.Decision)
	seen bool
}

func (a *spyAt) Act(s *Session, d *scenarios.Decision, k int) error {
	if d.ID == a.id && !a.seen && think(s, d) {
		a.seen = true
		a.do(s, d)
	}
	return Historical{}.Act(s, d, k)
}
