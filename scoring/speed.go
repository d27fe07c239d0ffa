package scoring

import "math"

// Speed scores the minutes between the post and the reply against the
// scenario's service level (sla_minutes):
//
//	100                      within a quarter of the SLA (an answer that
//	                         fast is all a customer can ask for)
//	falling linearly         from a quarter of the SLA to three times it;
//	                         at the SLA itself the score is about 73
//	0                        at three times the SLA or later
//
// The research behind the SLA (an hour on Twitter) is an expectation, not a
// cliff: a reply at 61 minutes is not worthless, one after three hours is.
// Without an SLA (relaxed mode, or sla <= 0) speed is not judged: 100.
// Negative minutes count as immediate; NaN counts as never.
func Speed(minutes, slaMinutes float64) float64 {
	if math.IsNaN(minutes) {
		return 0
	}
	if slaMinutes <= 0 || math.IsNaN(slaMinutes) || minutes <= slaMinutes/4 {
		return 100
	}
	if minutes >= 3*slaMinutes {
		return 0
	}
	return 100 * (3*slaMinutes - minutes) / (3*slaMinutes - slaMinutes/4)
}
