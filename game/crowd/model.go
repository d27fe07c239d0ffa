package crowd

import (
	"math"
	"math/rand/v2"
)

// Model is one round's crowd. Create it with New, feed it the brand's and the
// customer's posts with Seed and Stimulate, and move time with AdvanceTo.
type Model struct {
	p    Params
	rng  *rand.Rand
	lang string

	now       float64 // scenario minutes
	excite    float64 // Σ n_i·β·e^{-β(now−t_i)}: the self-excited part of the intensity
	branching float64 // current n
	negShare  float64 // current share of negative posts
	mood      float64 // the customer's mood, -1..+1

	events []Event
	stats  Stats
	roots  []rootInfo
}

type rootInfo struct{ brand bool }

// New returns a crowd for the given parameters; the same seed gives the same
// round.
func New(p Params, seed uint64, lang string, mood float64) *Model {
	if p.HalfLifeMinutes <= 0 {
		p.HalfLifeMinutes = 40
	}
	if p.NegativeShare == 0 {
		p.NegativeShare = 0.5
	}
	return &Model{
		p: p, rng: rand.New(rand.NewPCG(seed, 0x5eed)), lang: lang,
		branching: p.Branching, negShare: p.NegativeShare, mood: mood,
	}
}

func (m *Model) beta() float64 { return math.Ln2 / m.p.HalfLifeMinutes }

// Seed registers a post by the customer or the brand at the current time; the
// crowd reacts to it with a burst whose size is scaled by weight (≈ followers
// relative to the audience). It returns the root index the cascade will carry.
func (m *Model) Seed(brand bool, weight float64) int {
	m.roots = append(m.roots, rootInfo{brand: brand})
	m.excite += weight * m.branching * m.beta()
	return len(m.roots) - 1
}

// Stimulate applies what the brand did to the crowd's parameters.
func (m *Model) Stimulate(s Stimulus) {
	q := (s.Empathy + s.Deescalation) / 200 // 0..1
	m.branching *= 0.6 + 0.8*(1-q) + 1.2*s.Provocation
	if s.Apology {
		m.branching *= 0.8
	}
	if s.Private {
		m.branching *= 0.7
	}
	m.negShare = clamp(m.negShare+0.3*(0.5-q)+0.3*s.Provocation, 0.05, 0.98)
	m.mood = clamp(m.mood+1.2*(q-0.5)-s.Provocation, -1, 1)
	if s.Silent {
		m.mood = clamp(m.mood-0.2, -1, 1)
		m.branching *= 1.1
	}
}

// Mood is the customer's current mood, -1 furious .. +1 delighted.
func (m *Model) Mood() float64 { return m.mood }

// AdvanceTo runs the process up to minute t and returns the new events.
// Simulation is Ogata's thinning with an exponential kernel: the excited part
// of the intensity only decays between events, so the intensity at the current
// time bounds it until the next event; the cost is O(events).
func (m *Model) AdvanceTo(t float64) []Event {
	start := len(m.events)
	mu := m.p.BaselinePerHour / 60
	b := m.beta()
	for m.now < t {
		bound := mu + m.excite
		if bound <= 0 {
			break
		}
		dt := m.rng.ExpFloat64() / bound
		if m.now+dt > t {
			m.excite *= math.Exp(-b * (t - m.now))
			m.now = t
			break
		}
		m.now += dt
		m.excite *= math.Exp(-b * dt)
		if m.rng.Float64()*bound > mu+m.excite {
			continue
		}
		m.emit()
	}
	return m.events[start:]
}

func (m *Model) emit() {
	saturation := 1.0
	if m.p.Audience > 0 {
		saturation = math.Max(0, 1-float64(m.stats.Posts)/float64(m.p.Audience))
	}
	e := Event{Seq: len(m.events) + 1, Minute: m.now, Negative: m.rng.Float64() < m.negShare}
	switch r := m.rng.Float64(); {
	case r < 0.5:
		e.Kind = KindShare
	case r < 0.85:
		e.Kind = KindReply
	default:
		e.Kind = KindQuote
	}
	if len(m.roots) > 0 {
		e.Root = len(m.roots) - 1
	}
	m.events = append(m.events, e)
	m.stats.Posts++
	if e.Negative {
		m.stats.Negative++
	}
	if e.Kind == KindShare {
		m.stats.Shares++
		if len(m.roots) > 0 && m.roots[e.Root].brand {
			m.stats.BrandShares++
		}
	}
	m.excite += m.branching * saturation * m.beta()
}

// Stats returns the counters at the current time.
func (m *Model) Stats() Stats {
	s := m.stats
	s.Mentions = s.Posts
	if s.Posts > 0 {
		s.NegativeShare = float64(s.Negative) / float64(s.Posts)
	}
	s.Outrage = m.Outrage()
	return s
}

// Outrage is the meter: negative posts in the last hour against the audience,
// saturating at 100.
func (m *Model) Outrage() float64 {
	n := 0
	for i := len(m.events) - 1; i >= 0 && m.events[i].Minute > m.now-60; i-- {
		if m.events[i].Negative {
			n++
		}
	}
	scale := math.Max(5, float64(m.p.Audience)/2000)
	return 100 * (1 - math.Exp(-float64(n)/scale))
}

// Events returns every event so far.
func (m *Model) Events() []Event { return m.events }

// Now is the model's clock in scenario minutes.
func (m *Model) Now() float64 { return m.now }

func clamp(x, lo, hi float64) float64 { return math.Max(lo, math.Min(hi, x)) }
