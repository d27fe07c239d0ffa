package session

import (
	"github.com/webcaresim/webcaresim/scenarios"
	"testing"
	"time"
)

// A quiet stretch between a reply and the next decision is time-lapsed,
// and however long it is in the scenario (the service police's third
// question comes two days on), the trainee watches it for seconds, not a
// minute, while the panel can say a decision is still to come.
func TestQuietStretchesPassInSecondsAndSayADecisionIsAhead(t *testing.T) {
	const frame = 50 * time.Millisecond
	const most = 20 * time.Second // a short read of the feed, not a wait
	for _, sc := range scenarios.Builtin().Scenarios {
		s, err := New(sc, Options{Seed: 1})
		if err != nil {
			t.Fatal(err)
		}
		var waited time.Duration
		ahead := true
		for real := time.Duration(0); !s.Done() && real < time.Hour; real += frame {
			if d := s.Decision(); d != nil {
				if waited > most {
					t.Errorf("%s: %v of real time before decision %q opened (at most %v)", sc.Key(), waited.Round(time.Second), d.ID, most)
				}
				if !ahead {
					t.Errorf("%s: before decision %q the round did not say a decision was ahead", sc.Key(), d.ID)
				}
				waited, ahead = 0, true
				if err := s.Choose(0); err != nil {
					t.Fatal(err)
				}
				continue
			}
			if s.Ending() == nil {
				if _, customer := s.WaitingForCustomer(); !customer {
					ahead = ahead && s.DecisionAhead()
				}
				waited += frame
			}
			s.Run(frame)
		}
	}
}
