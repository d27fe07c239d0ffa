package session

import (
	"encoding/json"
	"testing"

	"github.com/webcaresim/webcaresim/scenarios"
)

// A round played as the window plays it (time in small uneven frames, a
// typed reply, then written choices) and stopped just after a step is the
// same round, to the byte of its report and feed, as Resume makes from
// the seed and the steps: what a checkpoint keeps is enough to restore it.
// The second reply greets the customer by a wrong name, so she corrects it
// half a minute later, between the steps: a post of the round's own making.
func TestResumeRestoresTheRoundAtItsLastStep(t *testing.T) {
	frames := []float64{0.031, 0.017, 0.05, 0.0233}
	typed := []string{
		"Wat vervelend, sorry! Stuur je me een DM? Dan zoek ik het vandaag uit. ^Lotte",
		"Hoi Gijsbert, wat vervelend, sorry! Stuur je me een DM? Dan zoek ik het vandaag uit. ^Lotte",
	}
	for _, sc := range scenarios.BuiltinForPlay().Scenarios {
		for run, mode := range []Mode{Practice, Relaxed, Practice, Relaxed} {
			reply := typed[run/2]
			opts := Options{Seed: 5, Mode: mode, Player: "Bo"}
			s, err := New(sc, opts)
			if err != nil {
				t.Fatal(err)
			}
			k := 0
			for i := 0; k < 2 && !s.Done() && i < 2_000_000; i++ {
				if d := s.Decision(); d != nil && (s.Now() >= s.OpenedAt()+1.3 || s.Paused()) {
					if k == 0 {
						err = s.Publish(reply)
					} else {
						err = s.Choose(len(d.Choices) - 1)
					}
					if err != nil {
						t.Fatal(err)
					}
					k++
					continue
				}
				if s.Ending() != nil {
					break
				}
				s.Advance(frames[i%len(frames)])
			}
			steps := s.Transcript().Steps
			if len(steps) == 0 {
				t.Fatalf("%s %s: no step taken (minute %.1f, ending %v, done %v)", sc.Key(), mode, s.Now(), s.Ending() != nil, s.Done())
			}
			again, err := Resume(sc, opts, steps)
			if err != nil {
				t.Fatalf("%s %s: %v", sc.Key(), mode, err)
			}
			// The crowd's event times are sums of the clock's steps, so
			// they may differ in their last bits (1e-14 minutes) with the
			// size of the frames: the feed is compared to the microminute.
			a, _ := json.Marshal([]any{s.Report(), roundedFeed(s.Feed()), s.Decision() != nil, s.Now()})
			b, _ := json.Marshal([]any{again.Report(), roundedFeed(again.Feed()), again.Decision() != nil, again.Now()})
			if string(a) != string(b) {
				t.Errorf("%s %s %q: the resumed round differs from the played one at minute %.2f", sc.Key(), mode, reply, s.Now())
				for i := 0; i < len(a) && i < len(b); i++ {
					if a[i] != b[i] {
						t.Logf("played  %s\nresumed %s", a[max(0, i-300):min(len(a), i+300)], b[max(0, i-300):min(len(b), i+300)])
						break
					}
				}
			}
		}
	}
}

// A resumed round waits for the trainee: while it waits its clock stands
// still and no move is taken, whatever time passes; once the trainee goes
// on, the clock runs and moves are taken again.
func TestAResumedRoundWaitsForTheTraineeToGoOn(t *testing.T) {
	sc, ok := scenarios.BuiltinForPlay().Find("sanoma-juf", "nl")
	if !ok {
		t.Fatal("no sanoma-juf")
	}
	opts := Options{Seed: 3, Mode: Practice, Player: "Bo"}
	s, err := New(sc, opts)
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; s.Decision() == nil && i < 100000; i++ {
		s.Advance(0.5)
	}
	if err := s.Choose(0); err != nil {
		t.Fatal(err)
	}
	again, err := Resume(sc, opts, s.Transcript().Steps)
	if err != nil {
		t.Fatal(err)
	}
	again.WaitToGoOn()
	at := again.Now()
	for range 100 {
		again.Run(MaxStep)
	}
	if again.Now() != at || !again.Paused() {
		t.Fatalf("the clock ran while the resumed round waited: minute %.2f → %.2f", at, again.Now())
	}
	if err := again.Publish("Sorry Dorien, ik bel je vandaag."); err == nil {
		t.Fatal("a reply was taken while the resumed round waited")
	}
	again.GoOn()
	for i := 0; again.Now() == at && i < 100; i++ {
		again.Run(MaxStep)
	}
	if again.Now() <= at || again.Paused() {
		t.Fatalf("the clock did not run after going on (minute %.2f, paused %v)", again.Now(), again.Paused())
	}
}
