package session

import (
	"testing"

	"github.com/webcaresim/webcaresim/game/crowd"
	"github.com/webcaresim/webcaresim/scenarios"
)

// Where the public stands after a brand post follows from what the post
// does (side.go), the same rule in every case; no built-in choice or route
// sets a stance of its own.

// sideOf is the stimulus the crowd gets from choice k (0-based) of the
// decision with this id, published at the opening of the round with the
// customer furious.
func sideOf(t *testing.T, id, lang, decision string, k int) crowd.Stimulus {
	t.Helper()
	sc, ok := scenarios.Builtin().Find(id, lang)
	if !ok {
		t.Fatalf("%s.%s missing", id, lang)
	}
	s, err := New(sc, Options{Seed: 1, Quiet: true})
	if err != nil {
		t.Fatal(err)
	}
	d, ok := sc.Decision(decision)
	if !ok {
		t.Fatalf("%s: no decision %s", id, decision)
	}
	a := s.Analyze(d.Choices[k].Text)
	st := StimulusOf(a)
	s.takeSides(&st, a, -0.8)
	return st
}

func TestPublicSidesByWhatTheReplyDoes(t *testing.T) {
	for _, lang := range []string{"nl", "en"} {
		// Liberty's COO draws one line at a customer who called his team
		// names, and still refunds him: the public takes his side.
		st := sideOf(t, "liberty-bottleworks", lang, "scheldpost", 0)
		if st.NegativeShare == nil || st.PositiveShare == nil || *st.PositiveShare <= *st.NegativeShare {
			t.Errorf("liberty.%s: the COO standing up for his team does not draw the public to his side: %+v", lang, st)
		}
		// Abusing him back is no standing up.
		if st := sideOf(t, "liberty-bottleworks", lang, "scheldpost", 3); st.PositiveShare != nil {
			t.Errorf("liberty.%s: 'go buy your bottles somewhere else' draws the public to the brand's side", lang)
		}
		// Sanoma's customer insulted nobody: the juf tweet wins no one over.
		if st := sideOf(t, "sanoma-juf", lang, "terechtwijzing", 0); st.PositiveShare != nil {
			t.Errorf("sanoma.%s: the juf tweet draws the public to the brand's side", lang)
		}
		// HEMA's discount post answers nothing of an angry row: contempt.
		if st := sideOf(t, "hema-insuline", lang, "stilte", 0); st.Provocation < 1 {
			t.Errorf("hema.%s: the discount post in the middle of the row is provocation %.2f, want a full put-down", lang, st.Provocation)
		}
		// HEMA's late apology answers her: no put-down.
		if st := sideOf(t, "hema-insuline", lang, "stilte", 1); st.Provocation > 0 {
			t.Errorf("hema.%s: the late apology counts as provocation %.2f", lang, st.Provocation)
		}
	}
}

// TestNoChoiceSetsTheCrowdsStance: a stance per choice is a number the
// author sets to steer the outcome; the rule in side.go decides it.
// (A trainer's inject may still say how the public reads it.)
func TestNoChoiceSetsTheCrowdsStance(t *testing.T) {
	for _, sc := range scenarios.Builtin().Scenarios {
		for _, d := range sc.Decisions {
			for k, c := range d.Choices {
				if c.Crowd != nil {
					t.Errorf("%s.%s %s choice %d sets crowd = %+v", sc.ID, sc.Language, d.ID, k+1, *c.Crowd)
				}
			}
			for k, r := range d.Routes {
				if r.Crowd != nil {
					t.Errorf("%s.%s %s route %d sets crowd = %+v", sc.ID, sc.Language, d.ID, k+1, *r.Crowd)
				}
			}
		}
	}
}
