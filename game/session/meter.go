package session

import "github.com/webcaresim/webcaresim/game/crowd"

// MeterLevel is how the meter shows the crowd, the same in the window and
// in the browser: the faces pick a colour for it and decide nothing.
type MeterLevel string

// Meter levels.
const (
	// MeterBrandSide: the crowd is on the brand's side (more support than
	// heat). A round like that must never look like a storm, whatever the
	// heat.
	MeterBrandSide MeterLevel = "brand-side"
	MeterCalm      MeterLevel = "calm"  // heat below 30 on the meter's scale
	MeterWarm      MeterLevel = "warm"  // 30 to 60
	MeterStorm     MeterLevel = "storm" // 60 and over
)

// StormHeat is the heat the meter marks "10 storm": ten negative posts an
// hour per 10,000 people watching. The debrief's worlds count the worlds
// that reached it by the same mark.
const StormHeat = 10

// PeakHeat is the highest heat of a round's curve.
func PeakHeat(curve []CurvePoint) float64 {
	peak := 0.0
	for _, p := range curve {
		peak = max(peak, p.Heat)
	}
	return peak
}

// MeterLevelOf is the meter's level for the crowd's counters.
func MeterLevelOf(st crowd.Stats) MeterLevel {
	switch {
	case st.Support > 0 && st.Support >= st.Heat:
		return MeterBrandSide
	case st.Outrage >= 60:
		return MeterStorm
	case st.Outrage >= 30:
		return MeterWarm
	}
	return MeterCalm
}
