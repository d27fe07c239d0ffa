package crowd

import "math"

// sentiment draws the stance of an event of this kind in cascade r's
// state: a complaint is always against the brand; otherwise the crowd's
// negative share, halfway to the cascade's own while the crowd has not
// taken sides.
func (m *Model) sentiment(r, state int, kind Kind, rt *root) Sentiment {
	pNeg := m.negShare
	if r != 0 && !m.sided {
		pNeg = 0.5*rt.neg + 0.5*m.negShare
	}
	sent := Neutral
	if kind == KindComplaint || m.rng.Float64() < pNeg {
		sent = Negative
	} else if m.rng.Float64() < m.posShare {
		sent = Positive
	}
	if kind == KindShare && state == stOrig && rt.praise {
		// a retweet of "best pizza ever" is not against the brand (the
		// meter read "100% against you" on the praise's one share); the
		// draws above still happen, so no other case's stream moves
		sent = Positive
	}
	return sent
}

// emit draws the marks of an accepted event; u picks its source.
func (m *Model) emit(u, base, cust float64) {
	if u < cust+base && u >= base {
		m.emitCustomer()
		return
	}
	r, state := 0, stTalk
	if u >= base {
		r, state = m.pick((u - base - cust) / (m.act * m.saturation()))
	}
	rt := &m.roots[r]

	// kind
	var kind Kind
	c := m.rng.Float64()
	switch {
	case r == 0:
		kind = pickKind(c, mixBaseline)
	case state == stOrig:
		kind = m.origKind(c, rt)
	default:
		kind = pickKind(c, mixTalk)
	}
	sent := m.sentiment(r, state, kind, rt)
	f, fw := m.follower()

	parent := 0
	if n := rt.nrecent[state]; n > 0 && m.rng.Float64() < 0.5 {
		parent = rt.recent[state][m.rng.IntN(min(n, len(rt.recent[state])))]
	}
	m.seq++
	e := Event{Seq: m.seq, Minute: m.now, Kind: kind, Negative: sent == Negative, Sentiment: sent,
		Parent: parent, Root: r - 1, Followers: f, Reshare: kind == KindShare && state == stOrig}
	if rt.of > 0 {
		e.Root = rt.of - 1 // a share through a write-up is a share of the reply
	}
	// whether the post is about the case is known before its words are
	// chosen (slickCaused draws from the crowd's stream, the words from
	// their own, so the order changes no count)
	story := r != 0 || m.slickCaused()
	e.Story = story
	if !m.noTexts {
		m.words(&e)
	}
	m.count(&e, story)
	if kind == KindShare && state == stOrig {
		rt.shares++
		if rt.of > 0 {
			m.roots[rt.of].carried++
		}
		if rt.brand {
			m.stats.BrandShares++
		}
	}

	// its own offspring: a plain share keeps exposing the root post; all
	// else is talk about it
	next := stTalk
	if kind == KindShare && state == stOrig {
		next = stOrig
	}
	rt.recent[next][rt.nrecent[next]%len(rt.recent[next])] = e.Seq
	rt.nrecent[next]++
	m.jump(r, next, fw*reachOfKind(kind)/mixNorm[mixIndex(r, state)]*m.infectiousness())
	if story {
		m.expose(sent, f)
	}
	if !m.noBystanderEvents {
		m.record(e)
	}
	m.checkActors()
}

// words gives a bystander's post its phase, author and line: a line about
// the case only when the post is about it (e.Story) or is another
// customer's own complaint.
func (m *Model) words(e *Event) {
	// the phase picks the line; a post without text has no use for it
	e.Phase = m.phase()
	if e.Story || e.Kind == KindComplaint {
		m.text.ownStory = !e.Story
		e.Author, e.Handle, e.Text, e.Stance = m.text.post(e.Kind, e.Sentiment, e.Phase, m.moment(), m.now-m.lastRepl, m.goodLast, m.offended, m.win.n15)
		m.text.ownStory = false
		return
	}
	e.Author, e.Handle = m.text.everyday()
}

// everyday is the author of a post of the brand's everyday mentions, not
// about this case: heat and reach leave it out, so it says no line about
// the case (the feed showed red posts about the case beside "heat 0.0",
// P13-32), and it spends none of the case's lines that the posts about the
// case say once each. Another customer's own complaint is its own story
// and keeps its line.
func (g *textGen) everyday() (name, handle string) {
	if g.people == nil {
		g.makePeople()
	}
	p := g.people[g.nextPerson%len(g.people)]
	g.nextPerson++
	return p.name, p.handle
}

// slickCaused reports whether a baseline post is one the story brought
// about: the oil slick (an ignored complaint raises the baseline by e^slick,
// and the part above the usual baseline are people airing their own
// frustrations because of this story). The rest of the baseline is the
// brand's everyday mentions, which are not the story.
func (m *Model) slickCaused() bool {
	return m.slick > 0 && m.rng.Float64() < -math.Expm1(-m.slick)
}

// count updates the counters and the meter's window for a new event. Heat
// and support count the story only (story: a post in the cascade of the
// customer's, the brand's or an actor's post, or one the oil slick brought
// about): the brand's everyday mentions, other customers with an issue of
// their own and the talk about them, are posts about the brand but not
// about this case, and a burst of them is not the trainee's storm. The
// story's negative posts (storyNeg) are what the meter counts against the
// brand over the round: the actors' thresholds and the "against you" beside
// the meter.
func (m *Model) count(e *Event, story bool) {
	m.stats.Posts++
	switch e.Sentiment {
	case Negative:
		m.stats.Negative++
		if story {
			m.storyNeg++
		}
	case Positive:
		m.stats.Positive++
	}
	switch e.Kind {
	case KindShare:
		m.stats.Shares++
	case KindComplaint:
		m.stats.Complaints++
	}
	m.stats.Mentions++
	if story && e.Kind != KindShare {
		m.stats.StoryPosts++
		if e.Kind == KindComplaint {
			m.stats.StoryComplaints++
		}
	}
	tone := e.Sentiment
	if !story || (tone == Positive && m.beforeReply(e)) {
		tone = Neutral // in the window for the phase, not in heat or support
	}
	m.win.add(e.Minute, tone)
	m.win.trim(m.now)
	m.peak15 = max(m.peak15, m.win.n15)
}

// beforeReply reports whether a bystander's event belongs to a cascade that
// began before the brand's first reply (the opening post's fans, its
// defenders), once the brand has replied. Support is the crowd's side on
// how the brand handles the case: Kevin's fans praising the pizza under
// "best pizza ever" read "public on your side" beside a thread that mocked
// the reply that misread it as a complaint (playtest 20, P20-21).
func (m *Model) beforeReply(e *Event) bool {
	return m.replyRoot > 0 && e.ActorID == "" && e.Root+1 < m.replyRoot
}

func (m *Model) phase() Phase {
	m.win.trim(m.now)
	switch {
	case m.goodLast && m.now-m.lastRepl >= 5:
		return PhaseCalming
	case !m.seeded || m.now-m.firstSeed < 30 || m.stats.Posts < 10 || m.peak15 < 5:
		// a conversation that has not (yet) got going: onlookers ask
		return PhaseEarly
	case 2*m.win.n15 < m.peak15:
		return PhaseCalming
	}
	return PhasePeak
}

// Mixes of kinds by where a post comes from. Plain shares dominate the
// reactions to a post (retweets are most of a Twitter cascade); talk about
// it has more replies, quotes and other customers' own stories; baseline
// posts are mostly customers with their own issue.
type mix struct {
	share, reply, quote, complaint float64
}

var (
	mixOrig     = mix{share: 0.6, reply: 0.25, quote: 0.15}
	mixTalk     = mix{share: 0.4, reply: 0.35, quote: 0.1, complaint: 0.15}
	mixBaseline = mix{share: 0.15, reply: 0.35, quote: 0.15, complaint: 0.35}
	// reach of a post by kind, relative to a share: a reply shows mostly in
	// its thread, a complaint is a new story that others answer with "me
	// too".
	reach       = map[Kind]float64{KindShare: 1, KindQuote: 1, KindReply: 0.5, KindComplaint: 1.5}
	reachOfKind = func(k Kind) float64 { // reach without a map look-up per post
		switch k {
		case KindShare, KindQuote:
			return 1
		case KindReply:
			return 0.5
		case KindComplaint:
			return 1.5
		}
		return reach[k]
	}
	// mixNorm makes the mean reach of each mix 1, so that n stays the mean
	// number of direct follow-ups whatever the mix.
	mixNorm = [3]float64{norm(mixBaseline), norm(mixOrig), norm(mixTalk)}
)

func norm(x mix) float64 {
	return x.share*reach[KindShare] + x.reply*reach[KindReply] + x.quote*reach[KindQuote] + x.complaint*reach[KindComplaint]
}

func mixIndex(r, state int) int {
	switch {
	case r == 0:
		return 0
	case state == stOrig:
		return 1
	}
	return 2
}

func pickKind(c float64, x mix) Kind {
	switch {
	case c < x.share:
		return KindShare
	case c < x.share+x.reply:
		return KindReply
	case c < x.share+x.reply+x.quote:
		return KindQuote
	}
	return KindComplaint
}

// emitCustomer makes the customer post again.
func (m *Model) emitCustomer() {
	m.seq++
	sent := Negative
	if m.thanksDue || m.mood >= 0.3 {
		sent = Positive
	} else if m.mood > -0.2 {
		sent = Neutral
	}
	e := Event{Seq: m.seq, Minute: m.now, Kind: KindCustomer, Negative: sent == Negative, Sentiment: sent, Story: true,
		Followers: m.custFollow, ActorID: "customer", Phase: m.phase()}
	e.Author, e.Handle, e.Text = m.text.customer(m.mood, m.waiting, m.thanksDue, m.moment())
	m.stats.CustomerPosts++
	m.thanksDue = false
	e.Root = m.seed(Post{By: "customer", Followers: m.custFollow, Side: sent}, Weight(m.custFollow))
	m.record(e)
}

// origWeight is a cascade's own exposure's branching: its plain shares at
// the n it started with, its replies and quotes at the crowd's branching
// now relative to then (excitation).
func (m *Model) origWeight(rt *root) float64 { return m.origWeightAt(rt, m.Branching()) }

// origWeightAt is origWeight with the crowd's branching n already at hand.
func (m *Model) origWeightAt(rt *root, n float64) float64 {
	return origShare*rt.n + (1-origShare)*n*rt.rel()
}

// origKind draws the kind of a reaction to a post's own exposure, c
// uniform on [0, 1): a plain share in proportion to the shares' part of
// origWeight, else a reply or a quote as mixOrig has them. While the
// crowd's branching is what it was when the post went out this is
// pickKind(c, mixOrig).
func (m *Model) origKind(c float64, rt *root) Kind {
	w := m.origWeight(rt)
	if w <= 0 {
		return pickKind(c, mixOrig)
	}
	pShare := origShare * rt.n / w
	switch {
	case c < pShare:
		return KindShare
	case c < pShare+(1-pShare)*mixOrig.reply/(mixOrig.reply+mixOrig.quote):
		return KindReply
	}
	return KindQuote
}

// pick chooses the cascade and state of an excited post in proportion to
// their part of the intensity; x is uniform on [0, excitation()).
//
// A state's level is its stored excitation with the pending decay, Σ_k
// exc·pend. This is the hottest loop of a round (cascades times K
// components, for every post), so a cascade's two levels are summed side
// by side: two independent chains the processor runs in parallel, each
// still added component by component from k = 0, so the choice does not
// depend on this arrangement.
func (m *Model) pick(x float64) (r, state int) {
	n := m.Branching()
	if m.k == kernelK {
		return m.pickK(x, n)
	}
	k := m.k
	pend := m.pend[:k]
	for i := range m.roots {
		e := m.exc[2*i*k : 2*(i+1)*k]
		orig, talk := e[:k:k], e[k:]
		var own, said float64
		for j, p := range pend {
			own += orig[j] * p
			said += talk[j] * p
		}
		x -= m.origWeightAt(&m.roots[i], n) * own
		if x < 0 {
			return i, stOrig
		}
		x -= n * said
		if x < 0 {
			return i, stTalk
		}
	}
	return len(m.roots) - 1, stTalk
}

// pickK is pick for the power-law kernel's kernelK components, the case
// of every round. Two cascades' levels are summed side by side, four
// independent chains, before the first of the two is weighed: with the
// sizes known the compiler drops the bounds checks, and each sum still
// adds its terms from k = 0 as pick does, so the choice is the same to
// the last bit. A level summed for a cascade after the chosen one is
// thrown away.
func (m *Model) pickK(x, n float64) (r, state int) {
	pend := (*[kernelK]float64)(m.pend)
	roots := len(m.roots)
	for i := 0; i < roots; i += 2 {
		a := (*[2 * kernelK]float64)(m.exc[2*i*kernelK:])
		b := a // a lone last cascade sums itself twice
		if i+1 < roots {
			b = (*[2 * kernelK]float64)(m.exc[2*(i+1)*kernelK:])
		}
		var ownA, saidA, ownB, saidB float64
		for j := range kernelK {
			p := pend[j]
			ownA += a[j] * p
			saidA += a[kernelK+j] * p
			ownB += b[j] * p
			saidB += b[kernelK+j] * p
		}
		x -= m.origWeightAt(&m.roots[i], n) * ownA
		if x < 0 {
			return i, stOrig
		}
		x -= n * saidA
		if x < 0 {
			return i, stTalk
		}
		if i+1 == roots {
			break
		}
		x -= m.origWeightAt(&m.roots[i+1], n) * ownB
		if x < 0 {
			return i + 1, stOrig
		}
		x -= n * saidB
		if x < 0 {
			return i + 1, stTalk
		}
	}
	return roots - 1, stTalk
}
