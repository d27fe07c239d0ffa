package crowd

import "math"

// Media pickup: a firestorm is amplified when traditional media pick it up
// (Pfeffer, Zorbach & Carley 2014). Once the story has reached
// Params.PickupReach people, on either side (a storm against the brand or
// applause for it), a news outlet with Params.PickupFollowers followers
// covers it, once a round, on the side whose story passed the threshold, after the delay of the press (actorDelay). Its
// post is an exogenous burst: it is seen by the outlet's followers as any
// post is (viewRate of them), far beyond the accounts that started the
// story, and it starts a cascade of its own as an actor's post does. Both
// numbers are global (Globals), the same for every case: a case whose story
// never travels far gets no coverage, however the case ends.

// PickupID is the ActorID of the outlet's post.
const PickupID = "pickup"

// pickupExposure is the exposure (views) at which a story's reach among
// the audience passes Params.PickupReach, the inverse of reachOf; +Inf
// when there is no pickup or the audience is smaller than the threshold.
func pickupExposure(p Params) float64 {
	if p.PickupReach <= 0 || p.PickupFollowers <= 0 {
		return math.Inf(1)
	}
	r, a := float64(p.PickupReach), float64(p.Audience)
	switch {
	case a <= 0:
		return r
	case r >= a:
		return math.Inf(1)
	}
	return -a * math.Log1p(-r/a)
}

// checkPickup schedules the outlet's coverage once either story's exposure
// passes the threshold. It costs a comparison per post.
func (m *Model) checkPickup() {
	if m.pickedUp || math.Max(m.exposure[0], m.exposure[1]) < m.pickupAt {
		return
	}
	m.schedulePickup(m.p.PickupFollowers)
}

// Cover has a news outlet with this many followers cover the story because
// a journalist is on it (a trainer's journalist inject), whatever its reach
// so far: the journalist's own outlet, as the scenario sizes it (a trade
// title is not a national site), posts after the press's delay and starts
// a cascade of its own, through the same model as any post. Followers 0 is
// DefaultOutletFollowers. Once a round, as the pickup: a story already
// covered is not covered again.
func (m *Model) Cover(followers int) {
	if m.pickedUp {
		return
	}
	if followers <= 0 {
		followers = DefaultOutletFollowers
	}
	m.schedulePickup(followers)
}

// DefaultOutletFollowers is the followers of a journalist's outlet when the
// scenario does not say: a trade title's or a regional daily's account, of
// the order of tens of thousands of followers (an estimate, not a figure
// from ../shared/research). The media pickup's national outlet
// (Params.PickupFollowers) is forty times larger.
const DefaultOutletFollowers = 25_000

// schedulePickup schedules the post of an outlet with these followers on
// the side whose story is the larger.
func (m *Model) schedulePickup(followers int) {
	m.pickedUp = true
	a := m.text.genericActor(KindPress)
	a.ID, a.Followers, a.Text = PickupID, followers, ""
	side := Negative
	if m.exposure[1] > m.exposure[0] {
		side = Positive
	}
	m.actors = append(m.actors, &actorState{Actor: a, generic: true, pickup: true, side: side, scheduled: true,
		at: m.now + actorDelay(KindPress, m.rng.Float64())})
	m.hasCand = false
}

// PickedUp reports whether a news outlet has covered the story (see
// Params.PickupReach).
func (m *Model) PickedUp() bool {
	for _, a := range m.actors {
		if a.pickup && a.posted {
			return true
		}
	}
	return false
}

// carryReply has an outlet's write-up of the story pass on the brand's
// reply it is about. A news site that writes up a webcare story shows the
// reply (an embedded post, a screenshot), and its readers pass on that
// reply itself, not only the article. The reply shown is the most striking
// one so far (the largest e^{γ(s−0.5)}) on the side the outlet covers: one
// the crowd read as offending for a storm, one the public applauded for
// applause. It gets the outlet's reach on its own exposure, besides the
// outlet's own post: a burst of Weight(followers) times a fresh
// infectiousness (every exposure of a post draws its own, as every share
// does; halved for a reply that moved to DM), spreading with the reply's
// own branching, fixed when it went out. The shares that come through the
// write-up are a cascade of their own, begun now (a later apology does not
// reach back into the reply's own chain, nor does this chain count as it),
// and they are shares of the reply: SharesOf, Stats.BrandShares and the
// events' Root count them as the reply's; OwnSharesOf leaves them out.
func (m *Model) carryReply(side Sentiment, followers int) {
	best := 0
	for i := range m.roots {
		r := &m.roots[i]
		if r.brand && r.of == 0 && r.started && r.readAs == side && side != Neutral &&
			(best == 0 || r.share > m.roots[best].share) {
			best = i
		}
	}
	if best == 0 {
		return
	}
	src := m.roots[best]
	c := root{brand: true, praise: src.praise, neg: src.neg, at: m.now, n: src.n, n0: src.n0,
		followers: followers, stimulated: true, share: src.share, started: true, readAs: src.readAs,
		private: src.private, of: best}
	w := Weight(followers) * m.infectiousness()
	if src.private {
		w *= 0.5
	}
	i := m.addRoot(c)
	m.jump(i, stOrig, w)
	m.hasCand = false
}
