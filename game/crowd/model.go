package crowd

import (
	"math"
	"math/rand/v2"
)

// DefaultKeepEvents is how many recent events Events keeps unless
// KeepEvents says otherwise: far more than a feed shows, and a firestorm of
// a million posts does not hold a million texts.
const DefaultKeepEvents = 20000

// Limits on n and on the accumulated effect of replies.
const (
	maxBranching = 4.0
	minHeat      = -2.3 // n can fall to a tenth of its start
	maxHeat      = 1.8  // or grow six-fold
	refractory   = 10.0 // minutes before the customer posts again
)

// root is a post whose cascade the crowd reacts to: the customer's, the
// brand's, an actor's; root 0 is the background of baseline posts.
type root struct {
	brand, customer bool
	// praise: the post is on the brand's side (a customer's thank-you,
	// "best pizza ever", a defender's post); a plain share of it repeats
	// the praise
	praise bool
	neg    float64 // share of negative reactions
	at     float64
	// n is the branching ratio of the post's own exposure (its plain
	// shares), fixed when the cascade starts: a later apology does not
	// make people unsee a post that is out there. What people say about
	// it (replies and quotes of it, and the talk they start) follows the
	// crowd's branching now: n times the crowd's branching now over n0,
	// the crowd's branching when it started (see origRel).
	n, n0      float64
	followers  int
	shares     int  // plain shares of the post itself
	stimulated bool // Stimulate has set how much the reply is shared
	// share multiplies the branching of a brand reply's own shares: how
	// striking it is (Stimulate; 0: not a stimulated reply)
	share   float64
	started bool // its branching and reach are fixed (startReply)
	// readAs is the side a started brand reply was read on (startReply):
	// Negative offending, Positive applauded, Neutral neither; private
	// that it moved to DM (its exposures are half as often passed on)
	readAs  Sentiment
	private bool
	// of is, for the cascade an outlet's write-up gives a brand reply
	// (carryReply), the index of that reply's root (0: none); carried is,
	// on the reply, the plain shares that came through write-ups
	of, carried int
	recent      [2][4]int // recent Seqs per state, for Parent
	nrecent     [2]int
}

// Two states per cascade: "orig" is the root post's own exposure (the post
// and its plain shares: a retweet of a retweet is a retweet of the
// original); "talk" is everything said about it (replies, quotes,
// complaints and their shares). A share drawn from "orig" of a brand root
// is a share of the brand's reply (Stats.BrandShares).
const (
	stOrig = 0
	stTalk = 1
)

type actorState struct {
	Actor
	generic   bool
	pickup    bool      // the news outlet of a media pickup (pickup.go)
	side      Sentiment // the pickup's: the side of the story it covers
	scheduled bool
	at        float64
	posted    bool
	claimed   bool // the scenario posts for this actor itself (ClaimActor)
}

// Model is one round's crowd. Create it with New, feed it the brand's and the
// customer's posts with Seed (or SeedPost) and Stimulate, and move time with
// AdvanceTo.
type Model struct {
	p    Params
	rng  *rand.Rand
	lang string
	resp Response
	kern kernel
	k    int

	now   float64 // scenario minutes
	mu    float64 // baseline per minute
	n0    float64
	heat  float64 // log of the replies' multiplier on n; cools towards 0
	slick float64 // log of the multiplier on μ (the oil slick); cools towards 0
	cool  float64 // per-minute factor of the cooling
	act   float64 // day/night activity a(t)
	clock float64 // minute of the day at minute 0; <0: no rhythm

	negShare float64 // share of negative posts
	openNeg  float64 // negShare before the brand said anything (the opening post's crowd)
	posShare float64 // share of positive among the rest
	goodLast bool    // the brand's last reply was a good one
	replied  bool    // the brand has replied at least once
	offended bool    // a reply provoked or was cold: there is something to be outraged about
	sided    bool    // a stimulus said where the crowd stands: its tone is the crowd's, not the cascade's
	lastRepl float64

	roots []root
	exc   []float64 // (root·2 + state)·K + k: excitation per cascade, state, kernel component, at activity time synced
	// agg are the running sums over cascades per state and kernel
	// component (own exposure weighted by its cascade's n), now; see sync.
	agg [2][]float64
	// aggRel is the running sum of the own exposures weighted by n/n0
	// (origRel): the replies and quotes of a post follow the crowd's
	// branching now.
	aggRel []float64
	pend   []float64 // per kernel component: the decay since the last sync
	// decay's cache: the factors e^−β·d per kernel component for the
	// activity time d they were computed for. A quiet stretch steps the
	// clock a whole minute at a time, the same d over and over.
	decayFactor []float64
	decayFor    float64
	decaySet    bool
	// Branching's cache: n(t) for the heat it was computed at
	nHeat, nNow float64
	nSet        bool
	// the baseline's cache: μ with the oil slick it was computed at
	muSlick, muBase, muNow float64
	muSet                  bool

	// the customer
	mood         float64
	waiting      bool
	waitSince    float64
	lastCustomer float64
	custOn       bool
	custFollow   int
	thanksDue    bool

	actors  []*actorState
	generic bool
	// genericKnown has bit i set once an actor of genericThresholds[i]'s
	// kind is known (hasGenericKind)
	genericKnown uint8

	// who has seen the story: the summed followers of the posts against
	// the brand and of those on its side (see reach.go)
	exposure  [2]float64
	group     bool    // a boycott page has formed
	groupFrom float64 // exposure[0] when it formed
	pickupAt  float64 // the exposure at which media pick the story up (pickup.go)
	pickedUp  bool    // they have (it is scheduled or posted)

	// the pending thinning candidate, kept across calls so that splitting
	// AdvanceTo into smaller steps does not change the round
	hasCand   bool
	cand      float64
	candBound float64

	events   []Event
	keep     int
	callFrom int // index in events of the current AdvanceTo call's first event
	seq      int
	stats    Stats
	storyNeg int // negative posts of the story: not the baseline's (actors' thresholds)
	// replyRoot is the index in roots of the brand's first reply (0:
	// none yet): the cascades before it began before the brand said
	// anything, and their praise is not support for what it said
	replyRoot int
	firstSeed float64
	seeded    bool
	win       window
	peak15    int

	text    *textGen
	noTexts bool // bystanders' posts get no author or text (SkipTexts)
	// bystanders' posts are counted but not returned (SkipBystanderEvents)
	noBystanderEvents bool
}

// SkipTexts leaves the bystanders' posts without author, handle and text,
// and without the phase that picks their line: for replaying a round over
// many worlds, where only the counts matter. Texts come from their own
// random stream, so the round is otherwise the same.
func (m *Model) SkipTexts() { m.noTexts = true }

// SkipBystanderEvents counts the bystanders' posts in Stats, the meter and
// the actors' thresholds as before but leaves them out of the events
// AdvanceTo returns: for a round whose feed shows only the customer's and
// the actors' posts (a world of "100 worlds"), which then pays nothing to
// keep thousands of posts nobody reads. The round is otherwise the same.
func (m *Model) SkipBystanderEvents() { m.noBystanderEvents = true }

// New returns a crowd for the given parameters; the same seed gives the same
// round. lang is "nl" or "en" (the generated texts); mood is the customer's
// mood at the start, -1 furious .. +1 delighted.
func New(p Params, seed uint64, lang string, mood float64) *Model {
	if p.HalfLifeMinutes <= 0 {
		p.HalfLifeMinutes = 40
	}
	posShare := 0.3
	if p.NegativeShare <= 0 {
		var pos float64
		p.NegativeShare, pos = OpeningStance(mood)
		posShare = pos / (1 - p.NegativeShare)
	}
	if p.CoolingHalfLifeMinutes == 0 {
		p.CoolingHalfLifeMinutes = 720
	}
	if p.Participation <= 0 || p.Participation > 1 {
		p.Participation = 1
	}
	m := &Model{
		p: p, lang: lang, resp: DefaultResponse(),
		rng:  rand.New(rand.NewPCG(seed, 0x5eed)),
		kern: newKernel(p.Kernel, p.HalfLifeMinutes),
		mu:   math.Max(0, p.BaselinePerHour) / 60, n0: math.Max(0, p.Branching),
		act: 1, clock: -1, cool: 1,
		negShare: clamp(p.NegativeShare, 0.02, 0.98), posShare: posShare,
		mood: clamp(mood, -1, 1), lastCustomer: math.Inf(-1),
		generic: true, keep: DefaultKeepEvents,
		text: newTextGen(lang, seed),
	}
	m.openNeg = m.negShare
	m.pickupAt = pickupExposure(p)
	// a post that praises the brand draws the lines of a praise case
	m.text.praise = mood > 0
	if p.CoolingHalfLifeMinutes > 0 {
		m.cool = math.Exp2(-1 / p.CoolingHalfLifeMinutes)
	}
	m.k = len(m.kern.beta)
	m.agg = [2][]float64{make([]float64, m.k), make([]float64, m.k)}
	m.aggRel = make([]float64, m.k)
	m.pend = make([]float64, m.k)
	m.decayFactor = make([]float64, m.k)
	for k := range m.pend {
		m.pend[k] = 1
	}
	m.addRoot(root{neg: -1}) // background
	return m
}

// SetResponse replaces the coefficients that turn the brand's actions into
// changes of the crowd and the customer (see DefaultResponse).
func (m *Model) SetResponse(r Response) { m.resp = r; m.hasCand = false }

// SetClock turns on the day/night rhythm: minute 0 of the round is
// minuteOfDay (0..1439) on the clock, e.g. 660 for 11:00. Activity follows
// the daily cycle of Twitter use (Golder & Macy 2011, Science): about a
// seventh of the mean around 4:00, peaking in the evening. Kernel time runs on
// activity time, so reactions that would fall in the night come in the
// morning. Call it before the first AdvanceTo.
func (m *Model) SetClock(minuteOfDay float64) {
	m.clock = math.Mod(math.Mod(minuteOfDay, 1440)+1440, 1440)
	m.act = m.activity(m.now)
	m.hasCand = false
}

// KeepEvents bounds the memory of a long round: Events keeps only about the
// last n events (at least n, at most 2n plus the events of the current
// AdvanceTo call); counters and the meter are unaffected. The slice
// AdvanceTo returns always holds all of the call's new events and is valid
// until the next call. The default is DefaultKeepEvents; n ≤ 0 keeps all.
func (m *Model) KeepEvents(n int) {
	m.keep = n
	if n > 0 && n <= DefaultKeepEvents && cap(m.events) < 2*n {
		// room for what compact keeps, so that a long round does not
		// grow the slice again and again from nothing
		m.events = append(make([]Event, 0, 2*n), m.events...)
	}
}

// GenericActors switches the built-in threshold actors on or off (default
// on): a blogger, a news site and a boycott page that join when the negative
// posts pass 100, 400 and 2,500, for each of those kinds that the scenario
// has not registered an actor of with AddActor.
func (m *Model) GenericActors(on bool) { m.generic = on }

// EnableCustomer lets the model make the customer post again on her own
// (followers: her followers; 0 switches it off). Her posts are Events with
// Kind KindCustomer and ActorID "customer", drawn at the rate CustomerUrge
// gives, with a text that fits her mood. Leave it off when the scenario
// scripts all of the customer's posts; use CustomerUrge to decide when to
// show a scripted one.
func (m *Model) EnableCustomer(followers int) {
	m.custOn = followers > 0
	m.custFollow = followers
	m.hasCand = false
}

// SetContext names the brand and the customer for the generated texts
// (placeholders {brand}, {brandhandle}, {customer}, {handle}, and
// {brandtag}: the brand's name as a hashtag). Without it the texts say "het
// bedrijf" / "the company".
func (m *Model) SetContext(brand, brandHandle, customer, customerHandle string) {
	m.text.setContext(brand, brandHandle, customer, customerHandle)
}

// ReserveNames keeps the first names of the case's own people (the agent's
// signature, the actors, the trainer's injects) from the bystanders, as
// the customer's is: a bystander who shares a name with one reads as that
// person. A name is its first word of letters ("^Lotte" is Lotte, "Tom,
// COO" is Tom).
func (m *Model) ReserveNames(names ...string) {
	g := m.text
	if g.reserved == nil {
		g.reserved = map[string]bool{}
	}
	for _, n := range names {
		if f := firstName(n); f != "" {
			g.reserved[f] = true
		}
	}
}

// AddPool adds the scenario's own bystander lines to the built-in pools of
// the model's language: negative lines (about an offending reply) to the
// peak and to a storm that fades without a good reply, positive lines (praise
// for a good reply) to the calm after it, neutral lines to every phase.
// Placeholders as in SetContext.
func (m *Model) AddPool(negative, positive, neutral []string) {
	m.text.addPool(negative, positive, neutral)
}

func (m *Model) addRoot(r root) int {
	m.roots = append(m.roots, r)
	m.exc = append(m.exc, make([]float64, 2*m.k)...)
	return len(m.roots) - 1
}

// jump adds a post's excitation w to a cascade's state.
// The cascade's stored excitation is as of the last sync, so the jump is
// stored divided by the decay pending since.
func (m *Model) jump(r, state int, w float64) {
	alpha, beta := m.kern.alpha, m.kern.beta[:len(m.kern.alpha)]
	e := m.exc[(2*r+state)*m.k:][:len(alpha)]
	pend, agg := m.pend[:len(alpha)], m.agg[state][:len(alpha)]
	if state != stOrig {
		for k, a := range alpha {
			x := w * a * beta[k]
			e[k] += x / pend[k]
			agg[k] += x
		}
		return
	}
	n, rel, aggRel := m.roots[r].n, m.roots[r].rel(), m.aggRel[:len(alpha)]
	for k, a := range alpha {
		x := w * a * beta[k]
		e[k] += x / pend[k]
		agg[k] += n * x
		aggRel[k] += rel * x
	}
}

// scaleOwn multiplies a cascade's own exposure (how much the post itself
// is shared) by f.
func (m *Model) scaleOwn(r int, f float64) {
	e := m.exc[(2*r+stOrig)*m.k : (2*r+stOrig+1)*m.k]
	for k := range e {
		e[k] *= f
	}
	m.sync()
}

// Seed registers a post by the customer (brand false) or the brand at the
// current time; the crowd reacts to it with a burst of weight·n direct
// reactions on average (weight: the post's reach relative to an average
// bystander post, see Weight). It returns the root index that the cascade's
// events carry. Call Stimulate right after seeding a brand reply: the
// reply's analysis decides how much it is shared and in what tone.
func (m *Model) Seed(brand bool, weight float64) int {
	if brand {
		return m.seed(Post{By: "brand"}, weight)
	}
	return m.seed(Post{By: "customer"}, weight)
}

// SeedPost is Seed for a post by the customer, the brand or an actor (By is
// its id), with the weight taken from its followers (Weight).
func (m *Model) SeedPost(p Post) int {
	return m.seed(p, Weight(p.Followers))
}

func (m *Model) seed(p Post, weight float64) int {
	r := root{at: m.now, neg: m.negShare, n: m.Branching(), n0: m.Branching(), followers: p.Followers}
	switch p.By {
	case "brand":
		r.brand = true
		if m.replyRoot == 0 {
			m.replyRoot = len(m.roots)
			m.win.forgetSupport() // see beforeReply
		}
		m.waiting = false
		m.replied = true
	case "customer":
		r.customer, r.praise = true, p.Side == Positive || (p.Side == Neutral && m.mood > 0)
		// an unhappy customer's post spreads the complaint and asks for
		// an answer; a thank-you does neither, whatever the mood
		unhappy := m.mood < 0 && p.Side != Positive
		if unhappy {
			m.expose(Negative, p.Followers)
		}
		if !m.waiting && unhappy {
			m.waiting, m.waitSince = true, m.now
		}
		m.lastCustomer = m.now
	default:
		tone := m.toneOf(p.By)
		r.neg = 0.85 // an actor joins to criticise
		if tone == Positive {
			r.neg, r.praise = 0.15, true
		}
		if m.actorKind(p.By) == KindBoycott && !m.group {
			m.formGroup() // before its own post: its followers see it
		}
		m.expose(tone, p.Followers)
	}
	if !m.seeded {
		m.seeded, m.firstSeed = true, m.now
	}
	i := m.addRoot(r)
	m.jump(i, stOrig, math.Max(0, weight)*m.infectiousness())
	m.hasCand = false
	return i - 1
}

// Stats returns the counters at the current time.
func (m *Model) Stats() Stats {
	s := m.stats
	if s.Posts > 0 {
		s.NegativeShare = float64(s.Negative) / float64(s.Posts)
	}
	s.Against = m.storyNeg
	s.Outrage = m.Outrage()
	s.Branching = m.Branching()
	s.Heat, s.Support = m.Heat(), m.Support()
	s.Reach, s.SupportReach = m.Reach(), m.SupportReach()
	s.GroupMembers, s.Likes = m.GroupMembers(), m.Likes()
	s.PickedUp = m.PickedUp()
	return s
}

// Sample is one point of the outrage curve at the current time.
func (m *Model) Sample() CurvePoint {
	s := m.Stats()
	return CurvePoint{Minute: m.now, Posts: s.Posts, Negative: s.Negative, NegativeShare: s.NegativeShare,
		Shares: s.Shares, BrandShares: s.BrandShares, Outrage: s.Outrage, Branching: s.Branching,
		Heat: s.Heat, Support: s.Support, Reach: s.Reach, SupportReach: s.SupportReach}
}

// Events returns the events so far (the last ones only, with KeepEvents).
func (m *Model) Events() []Event { return m.events }

// Now is the model's clock in scenario minutes.
func (m *Model) Now() float64 { return m.now }

// clamp uses the built-in min and max, which treat NaN and signed zeros as
// math.Min and math.Max do but compile inline: clamp is on the hot path.
func clamp(x, lo, hi float64) float64 { return max(lo, min(hi, x)) }

func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}
