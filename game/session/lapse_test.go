package session

import (
	"errors"
	"testing"
	"time"

	"github.com/webcaresim/webcaresim/scenarios"
)

// A quiet stretch between a reply and the next decision is time-lapsed,
// and however long it is in the scenario (the service police's third
// question comes two days on), the trainee watches it for seconds, not a
// minute, while the panel can say a decision is still to come.
//
// A storm is not a quiet stretch: it is what the trainee's reply (or
// silence) did, and the lapse slows down so it can be watched (StormInView).
// So the rule is in two parts. The quiet part of a wait, everything but the
// storm's slow-down, stays a short read of the feed (at most 20 real
// seconds); the storm adds at most StormWatch on top, and only while the
// crowd's heat is at the meter's storm mark. Counting the storm as quiet
// would force a choice between a long wait and a storm the trainee never
// sees.
func TestQuietStretchesPassInSecondsAndSayADecisionIsAhead(t *testing.T) {
	const frame = 50 * time.Millisecond
	const most = 20 * time.Second // a short read of the feed, not a wait
	for _, sc := range scenarios.Builtin().Scenarios {
		s, err := New(sc, Options{Seed: 1})
		if err != nil {
			t.Fatal(err)
		}
		var waited, storm time.Duration
		ahead := true
		for real := time.Duration(0); !s.Done() && real < time.Hour; real += frame {
			if d := s.Decision(); d != nil {
				if quiet := waited - storm; quiet > most {
					t.Errorf("%s: %v of quiet real time before decision %q opened (at most %v)", sc.Key(), quiet.Round(time.Second), d.ID, most)
				}
				if storm > StormWatch {
					t.Errorf("%s: the storm slowed the wait before decision %q by %v (at most %v)", sc.Key(), d.ID, storm, StormWatch)
				}
				if !ahead {
					t.Errorf("%s: before decision %q the round did not say a decision was ahead", sc.Key(), d.ID)
				}
				waited, storm, ahead = 0, 0, true
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
			heatBefore, watched := s.Counters().Heat, s.stormWatched
			s.Run(frame)
			if slowed := s.stormWatched - watched; slowed > 0 {
				if heatBefore < StormHeat && s.Counters().Heat < StormHeat {
					t.Errorf("%s: the lapse slowed for a storm at heat %.1f", sc.Key(), s.Counters().Heat)
				}
				storm += slowed
			}
		}
	}
}

// lapseFrames plays sc, answering each decision with answer (the decision's
// number in the round from 0), and runs the clock in frames of 50 ms as the
// faces do until the ending or until answer returns errStop. After each
// frame that time-lapsed before the ending it calls look with the heat and
// the rest to the next scripted event before the frame, and the scenario
// minutes the frame covered.
func lapseFrames(t *testing.T, sc *scenarios.Scenario, seed uint64, answer func(s *Session, k int) error, look func(s *Session, heat, rest, minutes float64)) {
	t.Helper()
	const frame = 50 * time.Millisecond
	s, err := New(sc, Options{Seed: seed})
	if err != nil {
		t.Fatal(err)
	}
	k := 0
	for real := time.Duration(0); s.Ending() == nil; real += frame {
		if real > time.Hour {
			t.Fatalf("%s: no ending after a real hour", sc.Key())
		}
		if s.Decision() != nil {
			if err := answer(s, k); errors.Is(err, errStop) {
				return
			} else if err != nil {
				t.Fatal(err)
			}
			k++
			continue
		}
		heat, rest, from := s.Counters().Heat, s.NextStop()-s.Now(), s.Now()
		if s.Run(frame) && s.Ending() == nil {
			look(s, heat, rest, s.Now()-from)
		}
	}
}

// HEMA: a defensive first reply (the guard followed protocol, drug use in
// fitting rooms is a real problem) sets off a storm in the evening, and
// the clock time-lapses to the next decision the morning after. At the
// lapse's pace the storm (heat over 100) passed in half a real second and
// the trainee next saw "heat now 0.5" (playtest 20, P20-4). The lapse now
// runs the storm at StormSpeed for a few real seconds, in both languages:
// at least 4 s of a storm that stays at the storm mark for two scenario
// hours (at LapseSpeed, the fitted crowd's storm passed in 2.4–3 s).
func TestTheStormAReplySetOffIsShownAtAPaceOneCanFollow(t *testing.T) {
	const frame = 50 * time.Millisecond
	replies := map[string]string{
		"en": "Our guard acted according to protocol. Drug use in fitting rooms is a real problem for our stores.",
		"nl": "Onze beveiliger handelde volgens protocol. Drugsgebruik in paskamers is een echt probleem in onze winkels.",
	}
	for lang, reply := range replies {
		sc, ok := scenarios.BuiltinForPlay().Find("hema-insuline", lang)
		if !ok {
			t.Fatal("hema-insuline missing")
		}
		var slow, fast time.Duration
		peak := 0.0
		answer := func(s *Session, k int) error {
			if k > 0 {
				return errStop // the lapse to the decision after the reply is the one
			}
			return s.Publish(reply)
		}
		lapseFrames(t, sc, 5, answer, func(s *Session, heat, _, minutes float64) {
			if heat < StormHeat {
				return
			}
			peak = max(peak, heat)
			if minutes <= LapseSpeed*frame.Seconds()+1e-9 {
				slow += frame
			} else {
				fast += frame
			}
		})
		if peak < StormHeat {
			t.Fatalf("%s: no storm in the lapse after the defensive reply (peak heat %.1f); the test is about one", lang, peak)
		}
		t.Logf("%s: the storm, heat up to %.0f, shown at LapseSpeed or slower for %v of the lapse, faster for %v", lang, peak, slow, fast)
		if slow < 4*time.Second {
			t.Errorf("%s: the storm (heat up to %.0f) was shown at most %v×%v for %v of the lapse and faster for %v; want at least 4s slow",
				lang, peak, LapseSpeed, frame, slow, fast)
		}
		if slow > StormWatch {
			t.Errorf("%s: the storm slowed the lapse for %v, over StormWatch (%v)", lang, slow, StormWatch)
		}
	}
}

// The lapse is slowed only for a storm: while the heat is under the storm
// mark every frame of a lapse far from the next event runs faster than
// LapseSpeed, as the quiet stretch's pace says. Every case's best path,
// a calm round, is played through (some cases lapse only after the ending).
func TestACalmLapseIsNotSlowed(t *testing.T) {
	const frame = 50 * time.Millisecond
	calm := 0
	for _, sc := range scenarios.BuiltinForPlay().Scenarios {
		best := func(s *Session, _ int) error { return s.Choose(BestChoice(s, s.Decision())) }
		lapseFrames(t, sc, 5, best, func(s *Session, heat, rest, minutes float64) {
			if heat >= StormHeat || s.Counters().Heat >= StormHeat || rest <= 2*LapseSeconds*LapseSpeed {
				return
			}
			calm++
			if minutes <= LapseSpeed*frame.Seconds()+1e-9 {
				t.Errorf("%s: a lapse %.0f minutes from the next event at heat %.1f ran at %.0f minutes a second",
					sc.Key(), rest, heat, minutes/frame.Seconds())
			}
		})
	}
	if calm < 20 {
		t.Errorf("%d frames of calm lapse far from the next event on the best paths; the test is about a second of them at least", calm)
	}
}
