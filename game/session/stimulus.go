// How a published reply reaches the crowd and the routes: the crowd's
// stimulus and whether a route's condition holds.

package session

import (
	"math"
	"slices"

	"github.com/webcaresim/webcaresim/game/crowd"
	"github.com/webcaresim/webcaresim/scenarios"
	"github.com/webcaresim/webcaresim/scoring"
)

// provocative features push the crowd towards a firestorm.
var provocative = map[string]bool{"sarcasm": true, "ironic_praise": true, "humour_at_expense": true, "mocks_customer": true, "insult": true,
	"legal_threat": true, "threaten_customer": true, "blame_customer": true, "shouting": true, "deny": true}

// StimulusOf is how the crowd sees a published reply.
//
// An apology and a next step are met as a route's condition meets them
// (scenarios.FeatureMet): a reply that reports the fix done has gone
// further than one that says what happens next, and calms the critics at
// least as much; one that admits the fault in so many words ("dat ligt
// bij ons") owns up as a "sorry" does, for the crowd as for the routes.
//
// Provocation is the points the provocative findings cost, a full put-down
// (30 points) making 1. A finding that costs points on both dimensions (an
// insult: empathy and de-escalation) is one put-down, listed once per
// dimension in the analysis: it counts once, with the larger of its costs.
func StimulusOf(a scoring.Analysis) crowd.Stimulus {
	has := finds(a)
	st := crowd.Stimulus{Empathy: a.Empathy, Deescalation: a.Deescalation,
		Apology: scenarios.FeatureMet("apology", has), NextStep: scenarios.FeatureMet("next_step", has), Private: a.Has("move_private")}
	type span struct {
		id         string
		start, end int
	}
	var spans []span
	var costs []float64
	for _, f := range a.Features {
		if !provocative[f.ID] || f.Points >= 0 {
			continue
		}
		k := span{f.ID, f.Start, f.End}
		if i := slices.Index(spans, k); i >= 0 {
			costs[i] = math.Max(costs[i], -f.Points)
			continue
		}
		spans, costs = append(spans, k), append(costs, -f.Points)
	}
	hurt := 0.0
	for _, c := range costs {
		hurt += c
	}
	st.Provocation = math.Min(1, hurt/fullPutDown)
	return st
}

// fullPutDown is the cost of the provocative findings that makes a reply
// a full provocation (1) for the crowd: an insult to an angry customer
// costs about 30 to 36 points.
const fullPutDown = 30

// Holds reports whether a route's condition holds for a reply's analysis.
func Holds(c scenarios.Condition, a scoring.Analysis) bool {
	has := finds(a)
	if c.EmpathyAtLeast != nil && a.Empathy < *c.EmpathyAtLeast {
		return false
	}
	if c.EmpathyBelow != nil && a.Empathy >= *c.EmpathyBelow {
		return false
	}
	if c.DeescalationAtLeast != nil && a.Deescalation < *c.DeescalationAtLeast {
		return false
	}
	if c.DeescalationBelow != nil && a.Deescalation >= *c.DeescalationBelow {
		return false
	}
	for _, id := range c.Has {
		if !scenarios.FeatureMet(id, has) {
			return false
		}
	}
	for _, id := range c.Lacks {
		if scenarios.FeatureMet(id, has) {
			return false
		}
	}
	if len(c.HasAny) > 0 {
		any := false
		for _, id := range c.HasAny {
			any = any || scenarios.FeatureMet(id, has)
		}
		if !any {
			return false
		}
	}
	return true
}

func round3(x float64) float64 { return math.Round(x*1000) / 1000 }
