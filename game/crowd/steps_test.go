package crowd

import (
	"fmt"
	"math"
	"testing"
)

// The session moves the crowd in whatever steps its clock takes: a
// window's uneven frames, or a resumed round's jumps from one stop to the
// next. With the day/night rhythm on, the round must be the same either
// way; it was not when an hour's break was computed a few ulps off the
// hour and a stop exactly on it missed the hour's step.
func TestTheDayNightRhythmDoesNotDependOnTheClocksSteps(t *testing.T) {
	run := func(seed uint64, steps []float64) []string {
		m := New(Params{Audience: 150000, BaselinePerHour: 0.6, Branching: 0.5, HalfLifeMinutes: 40, NegativeShare: 0.5},
			seed, "nl", -0.4)
		m.SetClock(11 * 60)
		m.Seed(true, Weight(2000))
		var out []string
		now, i := 0.0, 0
		for now < 900 {
			now = math.Min(900, now+steps[i%len(steps)])
			i++
			for _, e := range m.AdvanceTo(now) {
				out = append(out, fmt.Sprintf("%.6f %s", e.Minute, e.Kind))
			}
		}
		return out
	}
	frames := []float64{0.031, 0.017, 0.05, 0.0233}
	samples := []float64{5}
	differ := 0
	for seed := uint64(1); seed <= 20; seed++ {
		a, b := run(seed, frames), run(seed, samples)
		if len(a) == 0 {
			t.Fatalf("seed %d: the crowd said nothing in 15 hours", seed)
		}
		if fmt.Sprint(a) != fmt.Sprint(b) {
			differ++
			t.Logf("seed %d: %d events in frames, %d in five-minute steps", seed, len(a), len(b))
		}
	}
	if differ > 0 {
		t.Errorf("%d of 20 seeds gave another round when the clock moved in other steps", differ)
	}
}
