package session

import (
	"github.com/webcaresim/webcaresim/assets/i18n"
	"github.com/webcaresim/webcaresim/game/crowd"
)

// MeterLevel is how the meter shows the crowd, the same in the window and
// in the browser: the faces pick a colour and show the level's name for it,
// and decide nothing.
type MeterLevel string

// Meter levels.
const (
	// MeterBrandSide: the crowd is on the brand's side (more support than
	// heat now, and the critics' story has not travelled). A round like
	// that must never look like a storm, whatever the heat.
	MeterBrandSide MeterLevel = "brand-side"
	MeterCalm      MeterLevel = "calm"  // little heat, little reach
	MeterWarm      MeterLevel = "warm"  // heat 30 to 60 on the meter's scale, or a quarter of the audience reached
	MeterStorm     MeterLevel = "storm" // heat 60 and over on the meter's scale
	// MeterSpread: the heat now is below a storm, but half the audience or
	// more has seen the criticism. The damage stays when the posting stops
	// (at night, after a storm): the meter must not turn green then.
	MeterSpread MeterLevel = "spread"
)

// Shares of the audience the critics' story must reach to colour the
// meter whatever the heat now: a quarter makes it uneasy, half means the
// story is out. Round fractions of the meter's own scale (the reach it
// shows as a percentage), not fitted to any case.
const (
	WarmReach   = 0.25
	SpreadReach = 0.5
)

// StormHeat is the heat the meter marks "10 storm": ten negative posts an
// hour per 10,000 people watching. The debrief's worlds count the worlds
// that reached it by the same mark.
const StormHeat = 10

// SideSupport is the support (posts on the brand's side an hour per 10,000
// watching) from which the meter says the crowd takes the brand's side: the
// meter's own first mark, heat 1, "some grumbling". Below it two
// friendly shares beside one critic said "on your side" at 1% reach.
const SideSupport = 1

// PeakHeat is the highest heat of a round's curve.
func PeakHeat(curve []CurvePoint) float64 {
	peak := 0.0
	for _, p := range curve {
		peak = max(peak, p.Heat)
	}
	return peak
}

// MeterLevelOf is the meter's level for the crowd's counters in a case
// with this audience. It weighs the heat now, the reach so far and which
// side the crowd is on: a low heat beside a story half the audience has
// seen is not calm, and a loud crowd cheering the brand is not a storm.
func MeterLevelOf(st crowd.Stats, audience int) MeterLevel {
	story := storyLevel(st, audience)
	if st.Support >= SideSupport && st.Support >= st.Heat {
		// as many or more on the brand's side as against it: never a
		// storm by heat
		if story != "" {
			return story
		}
		if st.Support > st.Heat {
			return MeterBrandSide
		}
		// A crowd split evenly is not on the brand's side: one defender
		// beside one critic said "on your side" while the brand stayed
		// silent. It shows the heat's level, up to uneasy.
		if st.Outrage >= 30 {
			return MeterWarm
		}
		return MeterCalm
	}
	switch {
	case st.Outrage >= 60:
		return MeterStorm
	case story != "":
		return story
	case st.Outrage >= 30:
		return MeterWarm
	}
	return MeterCalm
}

// storyLevel is the level the critics' story sets by its reach alone, or
// "" when it sets none: when it reached few people, or fewer than the posts
// on the brand's side did.
func storyLevel(st crowd.Stats, audience int) MeterLevel {
	if audience <= 0 || st.Reach <= st.SupportReach {
		return ""
	}
	share := float64(st.Reach) / float64(audience)
	switch {
	case share >= SpreadReach:
		return MeterSpread
	case share >= WarmReach:
		return MeterWarm
	}
	return ""
}

// MeterLevel is the meter's level now.
func (s *Session) MeterLevel() MeterLevel {
	return MeterLevelOf(s.crowd.Stats(), s.sc.Crowd.Audience)
}

// Label is the level's name as the meter shows it beside its colour, in
// Dutch ("nl") or English.
func (l MeterLevel) Label(lang string) string {
	return i18n.T(lang, "session.meter."+string(l))
}

// MeterColours says in words what the meter's colours mean, for the
// meter's explanation in both faces.
func MeterColours(lang string) string {
	return i18n.T(lang, "session.meter.colours", int(WarmReach*100), int(SpreadReach*100))
}
