package crowd

import "math"

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
	// ShareCold and ShareProvocation weigh what makes the brand's reply
	// striking to a reader, 0..1 (see Striking): its coldness 1 − q and
	// its arousal p. A put-down is screenshot material; a good apology is
	// rarely retweeted. How much more a striking reply is shared is the
	// fitted global Shareability (Params.Shareability).
	ShareCold, ShareProvocation float64
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
		ShareCold: 0.75, ShareProvocation: 0.5,
		MoodQuality: 0.8, MoodApology: 0.25, MoodNextStep: 0.1, MoodPrivate: 0.15, MoodProvocation: 0.8,
		MoodSilence: 0.15, MoodSourPerHour: 0.2,
	}
}

// Bystanders' followers are log-normal, median 150, σ = 1.3: the heavy tail
// of Twitter follower counts. A post's reach w is its poster's followers
// over the mean, so an average post has w = 1 and n keeps its meaning as
// the mean number of direct follow-ups (SEISMIC weighs each retweet by its

// Stimulate applies what the brand did to the crowd and the customer. With
// q the mean of empathy and de-escalation (0..1) and p the provocation:
//
//   - the branching ratio n is multiplied by (1 + 0.35p)·e^{0.6(0.5−q)}, and
//     by 0.7 for an apology, 0.85 for a concrete next step, 0.7 for a move to
//     DM or phone (weighed by the critics' share of those who take a
//     side: care calms critics, not admirers); silence multiplies it by
//     1.2. The effect cools back
//     towards the scenario's n with Params.CoolingHalfLifeMinutes.
//   - the baseline μ (other customers with their own frustrations) is
//     multiplied by 1.6 for silence, the oil-slick effect, and by 0.8 for
//     a good reply; it cools back the same way.
//   - the negative share moves up with p and a cold reply, down with an
//     apology and a move to private; the positive share (defenders of the
//     brand) the other way.
//   - the brand reply seeded just before keeps the branching ratio of this
//     moment for its own shares, whatever later replies do, times
//     e^{γ(s−0.5)}: s is how striking it is (Striking, (0.75(1−q) +
//     0.5p)/1.25) and γ the fitted Params.Shareability; every share of it
//     carries the same content, so the factor holds for every generation
//     of its shares (half the first when it moves to private). Reactions
//     to it are negative with probability 0.1 + 0.8(1−q) + 0.6p.
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
	// A reply the public takes sides on (the case says so: Stimulus
	// NegativeShare/PositiveShare) stirs strong feelings whatever its
	// words, and it is arousal, admiration as much as anger, that gets a
	// story passed on (Berger & Milkman 2012): for spreading it counts as a
	// full provocation.
	arousal := p
	if s.NegativeShare != nil || s.PositiveShare != nil {
		arousal = 1
	}
	dh := math.Log(1+r.ProvocationGain*arousal) + m.calming(s, q)
	m.heat = clamp(m.heat+dh, minHeat, maxHeat)
	m.negShare = clamp(m.negShare+0.35*p+0.3*(0.5-q)-0.1*b2f(s.Apology)-0.05*b2f(s.Private), 0.05, 0.95)
	m.posShare = clamp(m.posShare+0.4*(q-0.5)+0.15*b2f(s.Apology)-0.3*p, 0.05, 0.9)
	m.goodLast = q >= 0.6 && p < 0.1 && (s.Apology || s.NextStep || s.Private)
	m.offended = m.offended || p >= 0.3 || q < 0.3
	m.text.heard(s, p >= 0.3 || q < 0.3)
	if m.goodLast {
		m.slick = clamp(m.slick+math.Log(r.AnswerBaseline), minHeat, maxHeat)
	}
	m.lastRepl = m.now

	// The brand reply seeded just before this call.
	if i := len(m.roots) - 1; i > 0 && m.roots[i].brand && !m.roots[i].stimulated && m.roots[i].at == m.now {
		rt := &m.roots[i]
		rt.stimulated = true
		rt.share = math.Exp(m.p.Shareability * (r.Striking(q, arousal) - 0.5))
		if s.Private {
			rt.private = true
			m.scaleOwn(i, 0.5) // a reply that moves to DM is half as often passed on
		}
		// measured from a complaint's crowd: one that opened on the brand's
		// side (praise) is that much less critical of whatever it says
		rt.neg = clamp(0.1+0.8*(1-q)+0.6*p-0.1*b2f(s.Apology)-(OpeningAgree-m.openNeg), 0.05, 0.97)
	}

	m.side(s)
	m.startReply()

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

// calming is the change of log n from the reply's care: its warmth or
// coldness, an apology, a next step, a move to private. Care answers a
// grievance, so it calms the critics' part of the talk and leaves those
// who applaud the brand as they are: it is weighed by the critics' share
// of the people who take a side (after this reply's stimulus has said
// where the public stands). A crowd that sides with the brand keeps
// passing the story on however warmly the brand thanks it.
func (m *Model) calming(s Stimulus, q float64) float64 {
	r := m.resp
	c := r.QualityGain * (0.5 - q)
	if s.Apology {
		c += math.Log(r.Apology)
	}
	if s.NextStep {
		c += math.Log(r.NextStep)
	}
	if s.Private {
		c += math.Log(r.Private)
	}
	neg, pos := m.negShare, m.posShare*(1-m.negShare)
	if s.NegativeShare != nil {
		neg = clamp(*s.NegativeShare, 0.02, 0.98)
	}
	if s.PositiveShare != nil {
		pos = *s.PositiveShare
	}
	if c < 0 && neg+pos > 0 {
		c *= neg / (neg + pos)
	}
	return c
}

// Striking is how much a reply stirs whoever reads it, 0 (a warm, calm
// reply) to 1 (an insult, or a reply the public takes sides on): its
// coldness 1 − q and its arousal p, weighed by ShareCold and
// ShareProvocation. High-arousal content, anger as much as admiration, is
// passed on more (Berger & Milkman 2012).
func (r Response) Striking(q, arousal float64) float64 {
	w := r.ShareCold + r.ShareProvocation
	if w <= 0 {
		return 0.5
	}
	return clamp((r.ShareCold*(1-q)+r.ShareProvocation*arousal)/w, 0, 1)
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

// startReply fixes the branching of the brand reply seeded just before, now
// that the reply's effect is known, and counts who has seen it: a reply the
// crowd reads as offending adds its followers to the negative story's
// reach, one the crowd applauds to the positive story's.
func (m *Model) startReply() {
	i := len(m.roots) - 1
	if i <= 0 || !m.roots[i].brand || m.roots[i].at != m.now || m.roots[i].started {
		return
	}
	rt := &m.roots[i]
	rt.started = true
	rt.n, rt.n0 = m.Branching(), m.Branching()
	if rt.share > 0 {
		rt.n = math.Min(maxBranching, rt.n*rt.share)
	}
	m.sync() // the sums weigh its exposure with its new n
	switch {
	case m.sided && m.negShare < m.posShare*(1-m.negShare):
		rt.readAs = Positive
		m.expose(Positive, rt.followers)
	case (m.sided && m.negShare >= 0.5) || (!m.sided && rt.neg >= 0.5):
		rt.readAs = Negative
		m.expose(Negative, rt.followers)
	}
}
