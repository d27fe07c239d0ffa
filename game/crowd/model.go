package crowd

import (
	"math"
	"math/rand/v2"
)

// Response are the coefficients that turn what the brand did into changes of
// the crowd and the customer. DefaultResponse documents each one; a scenario
// can be calibrated by changing them (Model.SetResponse).
type Response struct {
	// Provocation p (0..1) multiplies n by (1 + ProvocationGain·p): an insult
	// gives the crowd something to share and someone to side with
	// (Pfeffer et al. 2014: firestorms feed on opinion, not on new
	// information). With the default 0.35 and the cold tone that comes with
	// it (QualityGain), a full put-down multiplies n by about 1.75: a topic
	// at n = 0.55 goes critical, a second put-down or silence after it takes
	// it past 1.
	// Calibrated on the Sanoma case (calibrate_test.go).
	ProvocationGain float64
	// QualityGain: n is multiplied by e^{QualityGain·(0.5 − q)}, with q the
	// mean of empathy and de-escalation (0..1): a cold or defensive reply
	// heats a little, a warm one calms a little.
	QualityGain float64
	// Apology, NextStep and Private multiply n: a real apology, a concrete
	// next step and moving the conversation to DM or phone each take away a
	// reason to keep talking in public (the university case: no oil-slick
	// effect).
	Apology, NextStep, Private float64
	// Silence multiplies n when the brand lets a decision pass, and
	// SilenceBaseline multiplies the baseline μ: the oil-slick effect
	// ("olievlek", LVB 2017) of an ignored complaint, where others join in
	// with their own frustrations. A good reply multiplies μ by
	// AnswerBaseline: a complaint visibly handled invites fewer. Both cool
	// back like n.
	Silence, SilenceBaseline, AnswerBaseline float64
	// ShareBase, ShareCold and ShareProvocation: how much the brand's reply
	// itself is shared, relative to an average post of its reach:
	// ShareBase + ShareCold·(1 − q) + ShareProvocation·p, halved when it
	// moves the conversation to private. A put-down is screenshot material;
	// a good apology is rarely retweeted.
	ShareBase, ShareCold, ShareProvocation float64
	// MoodQuality, MoodApology, MoodNextStep, MoodPrivate, MoodProvocation:
	// how the customer's mood moves with a reply:
	// Δmood = MoodQuality·(q − 0.5) + MoodApology·apology + … − MoodProvocation·p.
	MoodQuality, MoodApology, MoodNextStep, MoodPrivate, MoodProvocation float64
	// MoodSilence is the drop in mood when the brand lets a decision pass;
	// MoodSourPerHour the drop for every hour the customer waits for an
	// answer.
	MoodSilence, MoodSourPerHour float64
}

// DefaultResponse are the coefficients the model uses unless SetResponse
// changes them.
func DefaultResponse() Response {
	return Response{
		ProvocationGain: 0.35,
		QualityGain:     0.6,
		Apology:         0.7, NextStep: 0.85, Private: 0.7,
		Silence: 1.2, SilenceBaseline: 1.6, AnswerBaseline: 0.8,
		ShareBase: 0.25, ShareCold: 0.75, ShareProvocation: 0.5,
		MoodQuality: 0.8, MoodApology: 0.25, MoodNextStep: 0.1, MoodPrivate: 0.15, MoodProvocation: 0.8,
		MoodSilence: 0.15, MoodSourPerHour: 0.2,
	}
}

// Bystanders' followers are log-normal, median 150, σ = 1.3: the heavy tail
// of Twitter follower counts. A post's reach w is its poster's followers
// over the mean, so an average post has w = 1 and n keeps its meaning as
// the mean number of direct follow-ups (SEISMIC weighs each retweet by its
// poster's followers, Zhao et al. 2015).
const (
	followersMedian = 150
	followersSigma  = 1.3
	followersMax    = 2_000_000
)

var meanFollowers = followersMedian * math.Exp(followersSigma*followersSigma/2)

// Weight is the reach of a post by an account with this many followers,
// relative to an average bystander post: the burst its post starts has
// Weight·n direct reactions on average. Use it with Seed, or call SeedPost.
func Weight(followers int) float64 {
	if followers <= 0 {
		return 1
	}
	return float64(followers) / meanFollowers
}

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
	neg             float64 // share of negative reactions
	at              float64
	stimulated      bool
	recent          [2][4]int // recent Seqs per state, for Parent
	nrecent         [2]int
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
	posShare float64 // share of positive among the rest
	goodLast bool    // the brand's last reply was a good one
	replied  bool    // the brand has replied at least once
	offended bool    // a reply provoked or was cold: there is something to be outraged about
	sided    bool    // a stimulus said where the crowd stands: its tone is the crowd's, not the cascade's
	lastRepl float64

	roots []root
	exc   []float64 // (root·2 + state)·K + k: excitation per cascade, state, kernel component
	fac   []float64 // scratch: decay factors

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

	// the pending thinning candidate, kept across calls so that splitting
	// AdvanceTo into smaller steps does not change the round
	hasCand   bool
	cand      float64
	candBound float64

	events    []Event
	keep      int
	seq       int
	stats     Stats
	firstSeed float64
	seeded    bool
	win       window
	peak15    int

	text *textGen
}

// New returns a crowd for the given parameters; the same seed gives the same
// round. lang is "nl" or "en" (the generated texts); mood is the customer's
// mood at the start, -1 furious .. +1 delighted.
func New(p Params, seed uint64, lang string, mood float64) *Model {
	if p.HalfLifeMinutes <= 0 {
		p.HalfLifeMinutes = 40
	}
	if p.NegativeShare <= 0 {
		p.NegativeShare = 0.5
	}
	if p.CoolingHalfLifeMinutes == 0 {
		p.CoolingHalfLifeMinutes = 720
	}
	m := &Model{
		p: p, lang: lang, resp: DefaultResponse(),
		rng:  rand.New(rand.NewPCG(seed, 0x5eed)),
		kern: newKernel(p.Kernel, p.HalfLifeMinutes),
		mu:   math.Max(0, p.BaselinePerHour) / 60, n0: math.Max(0, p.Branching),
		act: 1, clock: -1, cool: 1,
		negShare: clamp(p.NegativeShare, 0.02, 0.98), posShare: 0.3,
		mood: clamp(mood, -1, 1), lastCustomer: math.Inf(-1),
		generic: true, keep: DefaultKeepEvents,
		text: newTextGen(lang, seed),
	}
	if p.CoolingHalfLifeMinutes > 0 {
		m.cool = math.Exp2(-1 / p.CoolingHalfLifeMinutes)
	}
	m.k = len(m.kern.beta)
	m.fac = make([]float64, m.k)
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
func (m *Model) KeepEvents(n int) { m.keep = n }

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

// AddPool adds the scenario's own bystander lines to the built-in pools of
// the model's language: negative lines (about an offending reply) to the
// peak and to a storm that fades without a good reply, positive lines (praise
// for a good reply) to the calm after it, neutral lines to every phase.
// Placeholders as in SetContext.
func (m *Model) AddPool(negative, positive, neutral []string) {
	m.text.addPool(negative, positive, neutral)
}

// AddActor registers a scenario actor. When the round's negative posts reach
// a.AfterNegativePosts it posts once, after a delay that fits its kind (a
// celebrity reacts in minutes, a blog takes half an hour or more, the press
// an hour or more); its post excites the crowd in proportion to its
// followers. Actors with AfterNegativePosts 0 are known (their kind covers
// the generic actor of that kind) but never post by threshold.
func (m *Model) AddActor(a Actor) {
	m.actors = append(m.actors, &actorState{Actor: a})
	m.checkActors()
}

// ClaimActor tells the model that the scenario itself posts for actor id
// now (a scripted post), so the actor does not also post by threshold. It
// reports whether the actor had already posted by threshold before the
// scenario first posted for it, in which case the scripted post would
// repeat it and should be left out.
func (m *Model) ClaimActor(id string) (alreadyPosted bool) {
	for _, a := range m.actors {
		if a.ID == id {
			alreadyPosted = a.posted && !a.claimed
			a.posted, a.scheduled, a.claimed = true, true, true
			m.hasCand = false
		}
	}
	return alreadyPosted
}

func (m *Model) addRoot(r root) int {
	m.roots = append(m.roots, r)
	m.exc = append(m.exc, make([]float64, 2*m.k)...)
	return len(m.roots) - 1
}

func (m *Model) jump(r, state int, w float64) {
	e := m.exc[(2*r+state)*m.k:]
	for k, a := range m.kern.alpha {
		e[k] += w * a * m.kern.beta[k]
	}
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
	r := root{at: m.now, neg: m.negShare}
	switch p.By {
	case "brand":
		r.brand = true
		m.waiting = false
		m.replied = true
	case "customer":
		r.customer = true
		// an unhappy customer's post asks for an answer; a content
		// one's (a thank-you) does not
		if !m.waiting && m.mood < 0 {
			m.waiting, m.waitSince = true, m.now
		}
		m.lastCustomer = m.now
	default:
		r.neg = 0.85 // an actor joins to criticise
	}
	if !m.seeded {
		m.seeded, m.firstSeed = true, m.now
	}
	i := m.addRoot(r)
	m.jump(i, stOrig, math.Max(0, weight))
	m.hasCand = false
	return i - 1
}

// Stimulate applies what the brand did to the crowd and the customer. With
// q the mean of empathy and de-escalation (0..1) and p the provocation:
//
//   - the branching ratio n is multiplied by (1 + 0.35p)·e^{0.6(0.5−q)}, and
//     by 0.7 for an apology, 0.85 for a concrete next step, 0.7 for a move to
//     DM or phone; silence multiplies it by 1.2. The effect cools back
//     towards the scenario's n with Params.CoolingHalfLifeMinutes.
//   - the baseline μ (other customers with their own frustrations) is
//     multiplied by 1.6 for silence, the oil-slick effect, and by 0.8 for
//     a good reply; it cools back the same way.
//   - the negative share moves up with p and a cold reply, down with an
//     apology and a move to private; the positive share (defenders of the
//     brand) the other way.
//   - the brand reply seeded just before is shared 0.25 + 0.75(1−q) + 0.5p
//     times as much as an average post of its reach (half that when it
//     moves to private), and reactions to it are negative with probability
//     0.1 + 0.8(1−q) + 0.6p.
//   - the customer's mood moves by 0.8(q−0.5) + 0.25·apology + 0.1·next step
//   - 0.15·private − 0.8p; silence takes 0.15 off, and every hour she
//     waits for an answer another 0.2.
//
// The coefficients are those of DefaultResponse (SetResponse changes them).
func (m *Model) Stimulate(s Stimulus) {
	r := m.resp
	m.hasCand = false
	if s.Silent {
		m.heat = clamp(m.heat+math.Log(r.Silence), minHeat, maxHeat)
		m.slick = clamp(m.slick+math.Log(r.SilenceBaseline), minHeat, maxHeat)
		m.negShare = clamp(m.negShare+0.05, 0.05, 0.95)
		m.mood = clamp(m.mood-r.MoodSilence, -1, 1)
		m.goodLast = false
		if !m.waiting {
			m.waiting, m.waitSince = true, m.now
		}
		return
	}
	q := clamp((s.Empathy+s.Deescalation)/200, 0, 1)
	p := clamp(s.Provocation, 0, 1)
	dh := math.Log(1+r.ProvocationGain*p) + r.QualityGain*(0.5-q)
	if s.Apology {
		dh += math.Log(r.Apology)
	}
	if s.NextStep {
		dh += math.Log(r.NextStep)
	}
	if s.Private {
		dh += math.Log(r.Private)
	}
	if s.BranchingFactor > 0 {
		dh += math.Log(s.BranchingFactor)
	}
	m.heat = clamp(m.heat+dh, minHeat, maxHeat)
	m.negShare = clamp(m.negShare+0.35*p+0.3*(0.5-q)-0.1*b2f(s.Apology)-0.05*b2f(s.Private), 0.05, 0.95)
	m.posShare = clamp(m.posShare+0.4*(q-0.5)+0.15*b2f(s.Apology)-0.3*p, 0.05, 0.9)
	m.goodLast = q >= 0.6 && p < 0.1 && (s.Apology || s.NextStep || s.Private)
	m.offended = m.offended || p >= 0.3 || q < 0.3
	if m.goodLast {
		m.slick = clamp(m.slick+math.Log(r.AnswerBaseline), minHeat, maxHeat)
	}
	m.lastRepl = m.now

	// The brand reply seeded just before this call.
	if i := len(m.roots) - 1; i > 0 && m.roots[i].brand && !m.roots[i].stimulated && m.roots[i].at == m.now {
		rt := &m.roots[i]
		rt.stimulated = true
		sh := r.ShareBase + r.ShareCold*(1-q) + r.ShareProvocation*p
		if s.Private {
			sh /= 2
		}
		e := m.exc[(2*i+stOrig)*m.k : (2*i+stOrig+1)*m.k]
		for k := range e {
			e[k] *= sh
		}
		rt.neg = clamp(0.1+0.8*(1-q)+0.6*p-0.1*b2f(s.Apology), 0.05, 0.97)
	}

	m.side(s)

	m.mood = clamp(m.mood+r.MoodQuality*(q-0.5)+r.MoodApology*b2f(s.Apology)+r.MoodNextStep*b2f(s.NextStep)+
		r.MoodPrivate*b2f(s.Private)-r.MoodProvocation*p, -1, 1)
	m.waiting = false
	m.thanksDue = m.goodLast && m.mood >= 0.1
}

// side applies a stimulus's NegativeShare and PositiveShare: the crowd's
// shares from now on. Until then a post is negative with the tone of its
// cascade (the post it reacts to) averaged with the crowd's; once a
// stimulus has said where the crowd stands, with the crowd's alone: a
// public that has taken sides reads every new post, the brand's, the
// customer's or a blogger's, through its stance. Later replies move the
// shares on from there as usual. A post that is not negative is positive
// with posShare, so posShare is the positive share over the rest.
func (m *Model) side(s Stimulus) {
	if s.NegativeShare == nil && s.PositiveShare == nil {
		return
	}
	m.sided = true
	if s.NegativeShare != nil {
		m.negShare = clamp(*s.NegativeShare, 0.02, 0.98)
	}
	if s.PositiveShare != nil {
		m.posShare = clamp(*s.PositiveShare/(1-m.negShare), 0, 1)
	}
}

// Mood is the customer's current mood, -1 furious .. +1 delighted.
func (m *Model) Mood() float64 { return m.mood }

// Waiting reports whether the customer is waiting for an answer: she posted
// (or the brand let a decision pass) and the brand has not replied since.
func (m *Model) Waiting() bool { return m.waiting }

// CustomerUrge is the rate, in posts per hour, at which the customer posts
// again in public now: 2·anger², where anger = max(0, −mood), multiplied by
// 1 + (minutes waiting)/30 (at most 3) while she waits for an answer, plus
// 1.5 when a good reply has made her happy and she has not yet said so
// (the "Zo kan het dus ook" tweet). It is zero for ten minutes after her
// last post. A furious customer who waits an hour posts about every ten
// minutes; a content one does not post at all. The session can show a
// scripted post when the urge is high, or let the model post for her with
// EnableCustomer; 1 − e^{−urge·h} is the chance she posts within h hours.
func (m *Model) CustomerUrge() float64 {
	if m.now-m.lastCustomer < refractory {
		return 0
	}
	anger := math.Max(0, -m.mood)
	u := 2 * anger * anger
	if m.waiting {
		u *= 1 + math.Min(2, math.Max(0, math.Floor(m.now)-m.waitSince)/30)
	}
	if m.thanksDue {
		u += 1.5
	}
	return u
}

// Branching is the current branching ratio n(t): the expected number of
// direct follow-ups per post. At 1 or more the crowd is in a firestorm.
func (m *Model) Branching() float64 {
	return clamp(m.n0*math.Exp(m.heat), 0, maxBranching)
}

// saturation is S(t): the share of the audience not yet used up.
func (m *Model) saturation() float64 {
	if m.p.Audience <= 0 {
		return 1
	}
	return math.Max(0, 1-float64(m.stats.Posts)/float64(m.p.Audience))
}

// rates returns the three parts of the intensity (per minute): baseline,
// the customer, and the self-excited part.
//
// The saturation S applies to the baseline too: once the audience is used
// up there is nobody left to post about it.
func (m *Model) rates() (base, cust, excited float64) {
	sat := m.saturation()
	base = m.act * m.mu * math.Exp(m.slick) * sat
	if m.custOn {
		cust = m.act * m.CustomerUrge() / 60
	}
	x := 0.0
	for _, v := range m.exc {
		x += v
	}
	excited = m.act * m.Branching() * sat * x
	return
}

// decay moves the excitation dt minutes forward (activity time a·dt).
func (m *Model) decay(dt float64) {
	if dt <= 0 {
		return
	}
	for k, b := range m.kern.beta {
		m.fac[k] = math.Exp(-b * m.act * dt)
	}
	for i := 0; i < len(m.exc); i += m.k {
		e := m.exc[i : i+m.k]
		for k := range e {
			e[k] *= m.fac[k]
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
		// the day/night rhythm steps on the hour
		b = m.now + 60 - math.Mod(m.clock+m.now, 60)
		if b <= m.now {
			b = m.now + 60
		}
	}
	for _, a := range m.actors {
		if a.scheduled && !a.posted && a.at < b {
			b = math.Max(a.at, m.now)
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
	start := len(m.events)
	for m.now < t {
		// Breaks are recomputed after every event: an event can schedule
		// an actor or start the customer's refractory time.
		brk := m.nextBreak()
		stop := math.Min(t, brk)
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
	return m.events[start:]
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

// emit draws the marks of an accepted event; u picks its source.
func (m *Model) emit(u, base, cust float64) {
	if u < cust+base && u >= base {
		m.emitCustomer()
		return
	}
	r, state := 0, stTalk
	if u >= base {
		// pick a cascade and state in proportion to their excitation
		x := (u - base - cust) / (m.act * m.Branching() * m.saturation())
		r, state = len(m.roots)-1, stTalk
	pick:
		for i := 0; i < len(m.roots); i++ {
			for s := 0; s < 2; s++ {
				e := m.exc[(2*i+s)*m.k : (2*i+s+1)*m.k]
				for _, v := range e {
					x -= v
				}
				if x < 0 {
					r, state = i, s
					break pick
				}
			}
		}
	}
	rt := &m.roots[r]

	// kind
	var kind Kind
	c := m.rng.Float64()
	switch {
	case r == 0:
		kind = pickKind(c, mixBaseline)
	case state == stOrig:
		kind = pickKind(c, mixOrig)
	default:
		kind = pickKind(c, mixTalk)
	}
	// sentiment
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
	f := m.followers()

	parent := 0
	if n := rt.nrecent[state]; n > 0 && m.rng.Float64() < 0.5 {
		parent = rt.recent[state][m.rng.IntN(min(n, len(rt.recent[state])))]
	}
	m.seq++
	e := Event{Seq: m.seq, Minute: m.now, Kind: kind, Negative: sent == Negative, Sentiment: sent,
		Parent: parent, Root: r - 1, Followers: f}
	e.Phase = m.phase()
	e.Author, e.Handle, e.Text = m.text.post(kind, sent, e.Phase, m.replied, m.goodLast, m.offended)
	m.count(&e)
	if kind == KindShare && state == stOrig && rt.brand {
		m.stats.BrandShares++
	}

	// its own offspring: a plain share keeps exposing the root post; all
	// else is talk about it
	next := stTalk
	if kind == KindShare && state == stOrig {
		next = stOrig
	}
	rt.recent[next][rt.nrecent[next]%len(rt.recent[next])] = e.Seq
	rt.nrecent[next]++
	m.jump(r, next, Weight(f)*reach[kind]/mixNorm[mixIndex(r, state)])
	m.events = append(m.events, e)
	m.checkActors()
}

// count updates the counters and the meter's window for a new event.
func (m *Model) count(e *Event) {
	m.stats.Posts++
	switch e.Sentiment {
	case Negative:
		m.stats.Negative++
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
	m.win.add(e.Minute, e.Negative)
	m.win.trim(m.now)
	m.peak15 = max(m.peak15, m.win.n15)
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

// followers draws a bystander's followers.
func (m *Model) followers() int {
	f := math.Exp(math.Log(followersMedian) + followersSigma*m.rng.NormFloat64())
	return int(math.Min(followersMax, math.Round(f)))
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
	reach = map[Kind]float64{KindShare: 1, KindQuote: 1, KindReply: 0.5, KindComplaint: 1.5}
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
	e := Event{Seq: m.seq, Minute: m.now, Kind: KindCustomer, Negative: sent == Negative, Sentiment: sent,
		Followers: m.custFollow, ActorID: "customer", Phase: m.phase()}
	e.Author, e.Handle, e.Text = m.text.customer(m.mood, m.waiting, m.thanksDue)
	m.stats.CustomerPosts++
	m.thanksDue = false
	e.Root = m.seed(Post{By: "customer", Followers: m.custFollow}, Weight(m.custFollow))
	m.events = append(m.events, e)
}

// checkActors schedules the actors whose threshold has been reached.
func (m *Model) checkActors() {
	for _, a := range m.actors {
		if !a.scheduled && a.AfterNegativePosts > 0 && m.stats.Negative >= a.AfterNegativePosts {
			a.scheduled = true
			a.at = m.now + actorDelay(a.Kind, m.rng.Float64())
			m.hasCand = false
		}
	}
	// The generic blogger, news site and boycott page pick up a storm
	// against the brand, not a crowd that has taken its side.
	if !m.generic || 2*m.stats.Negative < m.stats.Posts {
		return
	}
	for _, g := range genericThresholds {
		if m.stats.Negative < g.after || m.hasActorKind(g.kind) {
			continue
		}
		a := m.text.genericActor(g.kind)
		a.AfterNegativePosts = g.after
		m.actors = append(m.actors, &actorState{Actor: a, generic: true})
		m.checkActors()
		return
	}
}

func (m *Model) hasActorKind(k Kind) bool {
	for _, a := range m.actors {
		if a.Kind == k {
			return true
		}
	}
	return false
}

var genericThresholds = []struct {
	kind  Kind
	after int
}{{KindBlog, 100}, {KindPress, 400}, {KindBoycott, 2500}}

// actorDelay is how long an actor takes to post once its threshold is
// passed: u is uniform on [0,1).
func actorDelay(k Kind, u float64) float64 {
	switch k {
	case KindCelebrity:
		return 2 + 13*u
	case KindBlog:
		return 20 + 40*u
	case KindPress:
		return 45 + 75*u
	case KindBoycott:
		return 30 + 60*u
	}
	return 5 + 25*u
}

// eventKind maps an actor's kind to the kind of its post: the crowd kinds
// stay; another customer tells their own story (a complaint); anyone else
// (a bystander, a colleague) replies in the thread.
func eventKind(k Kind) Kind {
	switch k {
	case KindShare, KindReply, KindQuote, KindComplaint, KindBlog, KindPress, KindCelebrity, KindBoycott:
		return k
	case "customer":
		return KindComplaint
	}
	return KindReply
}

// postActors publishes the actors that are due now.
func (m *Model) postActors() {
	for _, a := range m.actors {
		if !a.scheduled || a.posted || a.at > m.now {
			continue
		}
		a.posted = true
		m.seq++
		kind := eventKind(a.Kind)
		e := Event{Seq: m.seq, Minute: m.now, Kind: kind, Negative: true, Sentiment: Negative,
			Followers: a.Followers, ActorID: a.ID, Author: a.Name, Handle: a.Handle, Text: a.Text}
		e.Phase = m.phase()
		if e.Text == "" {
			e.Text = m.text.actorText(kind)
		}
		m.count(&e)
		m.stats.ActorPosts++
		e.Root = m.seed(Post{By: a.ID, Followers: a.Followers}, Weight(a.Followers))
		m.events = append(m.events, e)
		m.checkActors()
	}
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

// Stats returns the counters at the current time.
func (m *Model) Stats() Stats {
	s := m.stats
	if s.Posts > 0 {
		s.NegativeShare = float64(s.Negative) / float64(s.Posts)
	}
	s.Outrage = m.Outrage()
	s.Branching = m.Branching()
	return s
}

// Sample is one point of the outrage curve at the current time.
func (m *Model) Sample() CurvePoint {
	s := m.Stats()
	return CurvePoint{Minute: m.now, Posts: s.Posts, Negative: s.Negative, NegativeShare: s.NegativeShare,
		Shares: s.Shares, BrandShares: s.BrandShares, Outrage: s.Outrage, Branching: s.Branching}
}

// Events returns the events so far (the last ones only, with KeepEvents).
func (m *Model) Events() []Event { return m.events }

// Now is the model's clock in scenario minutes.
func (m *Model) Now() float64 { return m.now }

// activity is the day/night factor a(t) at scenario minute t.
func (m *Model) activity(t float64) float64 {
	if m.clock < 0 {
		return 1
	}
	h := int(math.Mod(m.clock+math.Floor(t), 1440) / 60)
	return hourly[h] / hourlyMean
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

func clamp(x, lo, hi float64) float64 { return math.Max(lo, math.Min(hi, x)) }

func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}
