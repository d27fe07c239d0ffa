package crowd

import "math"

// SetInfectiousness scales how readily the public passes the story on
// from this moment: the branching ratio the replies' effects cool back to
// becomes the scenario's times f (a trainer's heat dial: below 1 calmer
// than the case went, above 1 stormier). f = 1 is the case as written. It
// changes nothing that already happened, so a round stays deterministic
// for its seed and the minute the dial was turned.
func (m *Model) SetInfectiousness(f float64) {
	if f <= 0 || math.IsNaN(f) || math.IsInf(f, 0) {
		f = 1
	}
	m.n0 = math.Max(0, m.p.Branching) * f
	m.nSet = false
	m.hasCand = false
}

// Stir applies an outside event's effect on the bystanders (a journalist's
// question, a competitor's joke): a factor on the branching ratio that
// cools back like a reply's effect, and, when set, where the public stands
// from now on. The event's own post is seeded separately with SeedPost.
func (m *Model) Stir(branchingFactor float64, negativeShare, positiveShare *float64) {
	m.hasCand = false
	if branchingFactor > 0 {
		m.heat = clamp(m.heat+math.Log(branchingFactor), minHeat, maxHeat)
	}
	m.side(Stimulus{NegativeShare: negativeShare, PositiveShare: positiveShare})
}
