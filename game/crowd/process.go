package crowd

import "math"

// Branching is the current branching ratio n(t): the expected number of
// direct follow-ups per post. At 1 or more the crowd is in a firestorm.
func (m *Model) Branching() float64 {
	if m.heat != m.nHeat || !m.nSet {
		m.nHeat, m.nSet = m.heat, true
		m.nNow = clamp(m.n0*math.Exp(m.heat), 0, maxBranching)
	}
	return m.nNow
}

// saturation is S(t): the share of the people who could still post, of
// the few percent of the audience that ever will (Params.Participation).
func (m *Model) saturation() float64 {
	if m.p.Audience <= 0 {
		return 1
	}
	return max(0, 1-float64(m.stats.Posts)/(m.p.Participation*float64(m.p.Audience)))
}

// excitation is Σ over cascades of their branching times their
// excitation: a cascade's own exposure with the branching it started
// with for its plain shares (origShare of the reactions to it) and the
// crowd's branching now, relative to when it started, for the replies and
// quotes of it; the talk about it with the crowd's branching now. It
// reads the running sums (see sync), so a candidate costs O(K), not
// O(K·cascades).
func (m *Model) excitation() float64 {
	n := m.Branching()
	var sOwn, sTalk, sRel float64
	if m.k == kernelK {
		sOwn, sTalk, sRel = sumsK((*[kernelK]float64)(m.agg[stOrig]), (*[kernelK]float64)(m.agg[stTalk]),
			(*[kernelK]float64)(m.aggRel))
	} else {
		// the three sums side by side: independent chains the processor
		// runs in parallel, each added from k = 0 as sum would
		own, talk, rel := m.agg[stOrig], m.agg[stTalk][:len(m.agg[stOrig])], m.aggRel[:len(m.agg[stOrig])]
		for k, x := range own {
			sOwn += x
			sTalk += talk[k]
			sRel += rel[k]
		}
	}
	return origShare*sOwn + (1-origShare)*n*sRel + n*sTalk
}

// sumsK is excitation's three sums for the power-law kernel's kernelK
// components, added in the same order; fixed sizes spare the bounds
// checks.
func sumsK(own, talk, rel *[kernelK]float64) (sOwn, sTalk, sRel float64) {
	for k := range kernelK {
		sOwn += own[k]
		sTalk += talk[k]
		sRel += rel[k]
	}
	return
}

// origShare is the share of plain shares among the reactions to a post's
// own exposure (mixOrig).
var origShare = mixOrig.share

// rel is a cascade's branching over the crowd's branching when it started:
// the replies and quotes of the post come at rel times the crowd's
// branching now, so a later apology damps them and a later insult feeds
// them, while its plain shares keep n.
func (r *root) rel() float64 {
	if r.n0 <= 0 {
		return 0
	}
	return r.n / r.n0
}

// rates returns the three parts of the intensity (per minute): baseline,
// the customer, and the self-excited part.
//
// The saturation S applies to the baseline too: once the audience is used
// up there is nobody left to post about it.
func (m *Model) rates() (base, cust, excited float64) {
	sat := m.saturation()
	if m.slick != m.muSlick || m.mu != m.muBase || !m.muSet {
		m.muSlick, m.muBase, m.muSet = m.slick, m.mu, true
		m.muNow = m.mu * math.Exp(m.slick)
	}
	base = m.act * m.muNow * sat
	if m.custOn {
		cust = m.act * m.CustomerUrge() / 60
	}
	excited = m.act * sat * m.excitation()
	return
}

// decay moves the excitation dt minutes forward (activity time a·dt).
// Only the running sums decay here: each cascade's stored excitation
// stays as it was at the last sync, and pend gathers the decay since, so
// a candidate costs O(K) whatever the number of cascades. All cascades
// share the kernel, so the decay of a sum is the sum of the decays.
func (m *Model) decay(dt float64) {
	if dt <= 0 {
		return
	}
	d := m.act * dt
	if d != m.decayFor || !m.decaySet {
		m.decayFor, m.decaySet = d, true
		factor := m.decayFactor[:len(m.kern.beta)]
		for k, b := range m.kern.beta {
			factor[k] = expNeg(b * d)
		}
	}
	if m.k == kernelK {
		decayK((*[kernelK]float64)(m.decayFactor), (*[kernelK]float64)(m.agg[stOrig]),
			(*[kernelK]float64)(m.agg[stTalk]), (*[kernelK]float64)(m.aggRel), (*[kernelK]float64)(m.pend))
	} else {
		beta := m.kern.beta
		own, talk := m.agg[stOrig][:len(beta)], m.agg[stTalk][:len(beta)]
		rel, pend := m.aggRel[:len(beta)], m.pend[:len(beta)]
		for k, f := range m.decayFactor[:len(beta)] {
			own[k] *= f
			talk[k] *= f
			rel[k] *= f
			pend[k] *= f
		}
	}
	if m.pend[0] < minPending {
		m.sync()
	}
}

// decayK multiplies the running sums and the pending decay by the factors,
// for the power-law kernel's kernelK components.
func decayK(factor, own, talk, rel, pend *[kernelK]float64) {
	for k := range kernelK {
		f := factor[k]
		own[k] *= f
		talk[k] *= f
		rel[k] *= f
		pend[k] *= f
	}
}

// expNeg is e^−x for x ≥ 0. Most steps are short against most of the
// kernel's time scales (a minute against days), and there four terms of
// the series are exact to float64 precision (error below x⁴/24 < 5e-14)
// at a fraction of math.Exp's cost.
func expNeg(x float64) float64 {
	if x < 1e-3 {
		return 1 - x*(1-x*(0.5-x/6))
	}
	return math.Exp(-x)
}

// minPending is how far the pending decay may fall before the cascades
// are synced, far above where a float64 loses precision.
const minPending = 1e-100

// sync applies the pending decay to every cascade's stored excitation and
// recomputes the running sums from them, so rounding never drifts:
// O(K·cascades), after a long quiet stretch or when a cascade changed.
func (m *Model) sync() {
	for i := 0; i < len(m.exc); i += m.k {
		e := m.exc[i : i+m.k]
		for k := range e {
			e[k] *= m.pend[k]
		}
	}
	for k := range m.pend {
		m.pend[k] = 1
	}
	clear(m.agg[stOrig])
	clear(m.agg[stTalk])
	clear(m.aggRel)
	for i := range m.roots {
		n, rel := m.roots[i].n, m.roots[i].rel()
		orig := m.exc[(2*i+stOrig)*m.k : (2*i+stOrig+1)*m.k]
		talk := m.exc[(2*i+stTalk)*m.k : (2*i+stTalk+1)*m.k]
		for k := range m.k {
			m.agg[stOrig][k] += n * orig[k]
			m.aggRel[k] += rel * orig[k]
			m.agg[stTalk][k] += talk[k]
		}
	}
}

// nextBreak is the next time at which the intensity can rise or the slow
// variables change: the next whole minute, an actor's post, the end of the
// customer's refractory time.
//
// Whole minutes are breaks only while something moves at them, so a quiet
// stretch costs nothing: a long round costs O(posts + minutes of change).
func (m *Model) nextBreak() float64 {
	b := math.Inf(1)
	if m.slowMoving() {
		b = math.Floor(m.now) + 1
	} else if m.clock >= 0 {
		// The day/night rhythm steps on the hour. The hour is computed
		// from whole numbers, not as now + (60 - now mod 60): that sum
		// lands a few ulps off the hour, a stop exactly on the hour then
		// misses the break, and the rhythm skipped an hour's step
		// depending on where the clock's steps happened to fall.
		b = (math.Floor((m.clock+m.now)/60)+1)*60 - m.clock
	}
	for _, a := range m.actors {
		if a.scheduled && !a.posted && a.at < b {
			b = max(a.at, m.now)
		}
	}
	if m.custOn {
		if e := m.lastCustomer + refractory; e > m.now && e < b {
			b = e
		}
	}
	return b
}

// AdvanceTo runs the process up to minute t and returns the new events.
//
// Simulation is Ogata's thinning: between two breaks (whole minutes, when
// the slow variables — cooling, the customer's mood, the day/night rhythm —
// move; an actor's post) the intensity only decays, so its value now bounds
// it until the next event. A candidate time is drawn from the bound and
// accepted with probability λ(candidate)/bound; an accepted event is then
// attributed to the baseline, the customer or one cascade in proportion to
// their parts of λ. Each candidate costs O(K·cascades); nothing loops over
// the audience.
func (m *Model) AdvanceTo(t float64) []Event {
	m.compact()
	m.callFrom = len(m.events)
	for m.now < t {
		// Breaks are recomputed after every event: an event can schedule
		// an actor or start the customer's refractory time.
		brk := m.nextBreak()
		stop := min(t, brk)
		if !m.hasCand {
			b, c, x := m.rates()
			m.candBound = b + c + x
			m.cand = math.Inf(1)
			if m.candBound > 0 {
				m.cand = m.now + m.rng.ExpFloat64()/m.candBound
			}
			m.hasCand = true
		}
		if m.cand <= stop {
			m.decay(m.cand - m.now)
			m.now = m.cand
			m.hasCand = false
			b, c, x := m.rates()
			if u := m.rng.Float64() * m.candBound; u < b+c+x {
				m.emit(u, b, c)
			}
			continue
		}
		m.decay(stop - m.now)
		m.now = stop
		if stop == brk {
			// The intensity may change here: the candidate drawn from the
			// old bound is void (the process is memoryless, so a new draw
			// from now is exact).
			m.hasCand = false
			if stop == math.Floor(stop) {
				m.onMinute()
			}
			m.act = m.activity(m.now)
			m.postActors()
		}
	}
	return m.events[m.callFrom:]
}

// slowMoving reports whether the slow variables change at the next whole
// minute: the reply's effect cooling, the customer's mood souring or her
// urge growing while she waits.
func (m *Model) slowMoving() bool {
	return ((m.heat != 0 || m.slick != 0) && m.cool < 1) || (m.waiting && m.mood > -1) ||
		(m.custOn && m.waiting && m.now < m.waitSince+60)
}

// onMinute moves the slow variables at a whole minute.
func (m *Model) onMinute() {
	m.heat *= m.cool
	if math.Abs(m.heat) < 1e-4 {
		m.heat = 0 // cooled down: n is back to the scenario's value
	}
	m.slick *= m.cool
	if math.Abs(m.slick) < 1e-4 {
		m.slick = 0
	}
	if m.waiting {
		m.mood = clamp(m.mood-m.resp.MoodSourPerHour/60, -1, 1)
	}
}

// record appends an event. When the buffer is full, the events from before
// this AdvanceTo call beyond the KeepEvents bound make room first, so that
// a burst reuses the buffer rather than growing a new one.
func (m *Model) record(e Event) {
	if len(m.events) == cap(m.events) && m.keep > 0 && m.callFrom > m.keep {
		drop := m.callFrom - m.keep
		n := copy(m.events, m.events[drop:])
		clear(m.events[n:])
		m.events = m.events[:n]
		m.callFrom -= drop
	}
	m.events = append(m.events, e)
}

// compact drops old events beyond the KeepEvents bound.
func (m *Model) compact() {
	if m.keep <= 0 || len(m.events) < 2*m.keep {
		return
	}
	n := copy(m.events, m.events[len(m.events)-m.keep:])
	clear(m.events[n:])
	m.events = m.events[:n]
}

// activity is the day/night factor a(t) at scenario minute t.
func (m *Model) activity(t float64) float64 {
	if m.clock < 0 {
		return 1
	}
	return hourlyActivity[int(minuteOfDay(m.clock+math.Floor(t))/60)]
}

// minuteOfDay is math.Mod(x, 1440). The clock is set to a whole
// minute and activity reads it at whole minutes, so x is a whole number,
// and the remainder of its integer is math.Mod's to the bit at a fraction
// of its cost: the round asks at every break, thousands of times.
func minuteOfDay(x float64) float64 {
	if x > 0 && x < 1<<53 && x == math.Trunc(x) {
		return float64(int64(x) % 1440)
	}
	return math.Mod(x, 1440)
}

// hourly is the relative volume of Dutch-language tweets by hour of the day,
// the usual diurnal shape (Golder & Macy 2011): lowest around 4:00, rising
// through the morning, highest in the evening.
var hourly = [24]float64{
	0.55, 0.32, 0.2, 0.14, 0.12, 0.16, 0.32, 0.6, 0.85, 1.0, 1.05, 1.1,
	1.15, 1.1, 1.05, 1.05, 1.1, 1.15, 1.2, 1.35, 1.5, 1.55, 1.35, 0.95,
}

var hourlyMean = func() float64 {
	s := 0.0
	for _, v := range hourly {
		s += v
	}
	return s / 24
}()

// hourlyActivity is hourly over its mean: activity's factor per hour.
var hourlyActivity = func() (a [24]float64) {
	for h, v := range hourly {
		a[h] = v / hourlyMean
	}
	return
}()
