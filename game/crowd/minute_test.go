package crowd

import (
	"math"
	"testing"
)

// TestMinuteOfDayIsMathMod: the day/night rhythm reads the clock's minute
// of the day as math.Mod did, to the bit, for whole minutes over many days
// and for a clock set between minutes, so no round's rhythm moves.
func TestMinuteOfDayIsMathMod(t *testing.T) {
	check := func(x float64) {
		if got, want := minuteOfDay(x), math.Mod(x, 1440); math.Float64bits(got) != math.Float64bits(want) {
			t.Fatalf("minuteOfDay(%v) = %v, math.Mod gives %v", x, got, want)
		}
	}
	for x := 0.0; x < 40*1440; x++ {
		check(x)
		check(x + 0.25)
		check(x + 1439.999)
	}
	for _, x := range []float64{math.Copysign(0, -1), 1 << 52, 1<<53 - 1, 1 << 53, 1e300} {
		check(x)
	}
}
