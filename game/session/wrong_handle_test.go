package session

import (
	"errors"
	"strings"
	"testing"

	"github.com/webcaresim/webcaresim/scenarios"
)

// Found by playing: '@sophie_runs' typed to the customer @sophieruns was
// noticed nowhere. In the round the published reply now carries the
// wrong_handle finding, with the customer's handle in its note, and scores
// below the same reply with the right handle, in both languages.
func TestAWrongHandleIsNoticedInTheRound(t *testing.T) {
	replies := map[string]string{
		"nl": "Sorry Sophie, dit had nooit mogen gebeuren. Ik bel je vandaag vóór 17:00.",
		"en": "Sorry Sophie, this should never have happened. I'll call you today before 17:00.",
	}
	for lang, body := range replies {
		sc, ok := scenarios.BuiltinForPlay().Find("sportschool-scheldt", lang)
		if !ok {
			t.Fatal("sportschool-scheldt missing")
		}
		if sc.Customer.Handle != "sophieruns" {
			t.Fatalf("the case's customer is @%s, the test expects @sophieruns", sc.Customer.Handle)
		}
		overall := map[string]float64{}
		for _, handle := range []string{"@sophie_runs", "@sophieruns"} {
			st := defensiveThenLook{reply: handle + " " + body, look: func(*scenarios.Decision) {}}
			s, err := Run(sc, Options{Seed: 3, Mode: Practice}, st)
			if err != nil && !errors.Is(err, errStop) {
				t.Fatal(err)
			}
			a := s.replies[0].Analysis
			wrong := handle != "@sophieruns"
			if a.Has("wrong_handle") != wrong {
				t.Errorf("%s: %q: wrong_handle %v, want %v: %+v", lang, handle, a.Has("wrong_handle"), wrong, a.Features)
			}
			for _, f := range a.Features {
				if f.ID == "wrong_handle" && !strings.Contains(f.Note, "@sophieruns") {
					t.Errorf("%s: the note does not say who the customer is: %q", lang, f.Note)
				}
			}
			overall[handle] = a.Empathy + a.Deescalation
		}
		if overall["@sophie_runs"] >= overall["@sophieruns"] {
			t.Errorf("%s: the reply to a wrong handle scores %.0f, not below %.0f", lang, overall["@sophie_runs"], overall["@sophieruns"])
		}
	}
}
