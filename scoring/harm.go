package scoring

import "slices"

// The detectors in this file sharpen the third question a webcare lead
// asks of a reply: does it avoid correcting, blaming, brushing off or
// mocking the customer (and anyone else)?

// thirdPartyJokes judges the findings of f, a suggestion that the brand
// enlist someone ("misschien moeten we Frans Bauer vragen wat harder te
// zingen", "maybe we should ask Elon Musk to launch a satellite"). Aimed at
// a third party named in the same sentence, in answer to a complaint, no
// one means it as a step: it is a joke at that person's expense, laugh
// marker or not, and becomes a finding of f.Of. Where the sentence names
// no third party ("misschien kunnen we je morgen bellen"), or names a
// colleague ("onze monteur Jan de Vries"), it is a suggestion and counts
// for nothing. A joke the sentence already has at that person's expense
// ("… ;)") is the same joke, not a second one.
func (r *Rubric) thirdPartyJokes(s *scratch, f *feature, text string, ctx Context) {
	if !r.hasMatches(s, f.idx) {
		return
	}
	third := r.thirdPartySentences(s, text, ctx)
	for i := range s.matches {
		m := &s.matches[i]
		if int(m.f) != f.idx || m.dead {
			continue
		}
		if m.sent0 < 0 || m.sent0 >= 64 || third&(1<<uint(m.sent0)) == 0 || r.namesColleague(s, m.sent0) || r.jokeInSentence(s, f.Of, m.sent0) {
			m.dead = true
			continue
		}
		m.f = int32(f.Of)
	}
}

// namesColleague reports a word for a colleague in sentence k: the person
// named there works with the writer.
func (r *Rubric) namesColleague(s *scratch, k int32) bool {
	for i := range s.toks {
		if t := &s.toks[i]; t.kind == tWord && t.sent == k && r.colleagueWords[string(s.folded(t))] {
			return true
		}
	}
	return false
}

// jokeInSentence reports a live finding of feature f in sentence k.
func (r *Rubric) jokeInSentence(s *scratch, f int, k int32) bool {
	for i := range s.matches {
		if m := &s.matches[i]; int(m.f) == f && !m.dead && m.sent0 <= k && k <= m.sent1 {
			return true
		}
	}
	return false
}

// detectPromotions judges the findings of f, a sales pitch ("20% korting",
// "shop online", "don't miss"). Sharing a word with the customer's post
// does not make an advert an answer ("nu 20% korting in elke winkel" to a
// customer whose complaint was about a shop): it stays a template, a
// finding of f.Of, unless the customer spoke of the offer themselves (a
// word of the pitch is a word of the post: "de korting werkt niet aan de
// kassa"), or the sentence gives it as a step ("ik heb €10 korting op je
// volgende bestelling gezet" is compensation, not an advert).
func (r *Rubric) detectPromotions(s *scratch, f *feature, ctx Context, lang string) {
	if !r.hasMatches(s, f.idx) {
		return
	}
	post := caseText(ctx)
	if post != "" {
		r.tokenizePost(s, post, lang)
	}
	for i := range s.matches {
		m := &s.matches[i]
		if int(m.f) != f.idx || m.dead {
			continue
		}
		if (post != "" && r.pitchInPost(s, m)) || r.stepInSentence(s, m) {
			m.dead = true
			continue
		}
		m.f, m.aux = int32(f.Of), int16(f.idx+1) // the note says it is a pitch
	}
}

// pitchInPost reports whether a content word of finding m stands in the
// post the scratch holds.
func (r *Rubric) pitchInPost(s *scratch, m *match) bool {
	if m.t0 < 0 {
		return false
	}
	for k := m.t0; k < m.t1; k++ {
		t := &s.toks[k]
		if t.kind == tWord && r.isContent(s, t) && s.postMask.has(s.stem(t)) && s.post.hasContentStem(r, s.stem(t)) {
			return true
		}
	}
	return false
}

// countPitches counts the live findings of the sales-pitch features that
// become feature f.
func (r *Rubric) countPitches(s *scratch, f int) int {
	n := 0
	for _, p := range r.features {
		if p.Detector == "promotion" && p.Of == f {
			n += r.countMatches(s, p.idx)
		}
	}
	return n
}

// stepInSentence reports a live finding of a step, a fix or ownership (the
// substance features but the restated harm) in sentence k.
func (r *Rubric) stepInSentence(s *scratch, p *match) bool {
	k := p.sent0
	if k < 0 {
		return false
	}
	for i := range s.matches {
		m := &s.matches[i]
		if m.dead || m.sent0 > k || k > m.sent1 {
			continue
		}
		if p.t0 >= 0 && m.t0 >= p.t0 && m.t1 <= p.t1 {
			continue // the pitch's own time ("Order today"): no step of the brand's
		}
		if f := r.features[m.f]; f.Detector != "restates" && slices.Contains(r.substance, f.idx) {
			return true
		}
	}
	return false
}

// detectAlternatives judges the findings of f.Of, a refusal: one that goes
// on, in its sentence, after a word of contrast (contrast_words: "maar",
// "but") to what the brand does instead ("Omruilen lukt niet, maar ik
// breng je vandaag een leentoestel") is the rubric's own advice, a no with
// a way forward, not a wall. It becomes a finding of f, which costs a
// little and cancels nothing, so the step after it counts. A refusal
// followed by a referral or by nothing stays a wall.
func (r *Rubric) detectAlternatives(s *scratch, f *feature, lang string) {
	if !r.hasMatches(s, f.Of) || len(r.contrastWords) == 0 {
		return
	}
	for i := range s.matches {
		m := &s.matches[i]
		if int(m.f) != f.Of || m.dead || m.t0 < 0 {
			continue
		}
		for k := int(m.t1); k < len(s.toks) && s.toks[k].sent == m.sent1; k++ {
			if t := &s.toks[k]; t.kind == tWord && r.contrastWords[string(s.folded(t))] {
				if !r.sympathyBetween(s, m.t0, int32(k)) && r.actsAfter(s, k+1, lang) {
					m.f = int32(f.idx)
					r.refusedSteps(s, i, int32(k))
				}
				break
			}
		}
	}
}

// refusedSteps cancels the steps of refusal i's sentence before token k,
// the contrast word: "Omruilen lukt niet, maar …" refuses the swap, it does
// not offer it.
func (r *Rubric) refusedSteps(s *scratch, i int, k int32) {
	sent := s.matches[i].sent0
	for j := range s.matches {
		m := &s.matches[j]
		if m.dead || m.t0 < 0 || m.t0 >= k || m.sent0 != sent || !slices.Contains(r.substance, int(m.f)) || r.features[m.f].Detector == "restates" {
			continue
		}
		m.dead, m.by = true, int32(i+1)
	}
}

// sympathyBetween reports a sympathy finding within tokens [t0, t1): what
// a refusal refuses there is the apology ("we're not in a position to
// apologise, but…"), which no alternative redeems.
func (r *Rubric) sympathyBetween(s *scratch, t0, t1 int32) bool {
	for i := range s.matches {
		if m := &s.matches[i]; !m.dead && m.t0 >= t0 && m.t0 < t1 && slices.Contains(r.sympathy, int(m.f)) {
			return true
		}
	}
	return false
}

// actsAfter reports whether the brand does something in the rest of the
// sentence from token k: a live step, fix or ownership finding starts
// there, or a clause in which the brand, in the first person, acts.
func (r *Rubric) actsAfter(s *scratch, k int, lang string) bool {
	if k >= len(s.toks) {
		return false
	}
	sent := s.toks[k].sent
	for i := range s.matches {
		m := &s.matches[i]
		if m.dead || m.t0 < int32(k) || m.sent0 != sent {
			continue
		}
		if g := r.features[m.f]; g.Detector != "restates" && slices.Contains(r.substance, g.idx) {
			return true
		}
	}
	aw := r.langs[lang].acts
	if aw == nil {
		return false
	}
	end := k
	for end < len(s.toks) && s.toks[end].sent == sent {
		end++
	}
	for i := k; i < end; i++ {
		if t := &s.toks[i]; t.kind == tWord && !t.quoted && aw.agents[string(s.folded(t))] && r.acts(s, aw, k, i, end) && !mayOnly(s, i, end) {
			return true
		}
	}
	return false
}

// possibility are the modals that make an act a possibility: "but we can
// look at a refund" offers to consider, it does nothing yet.
var possibility = map[string]bool{"kan": true, "kunnen": true, "kun": true, "zou": true, "zouden": true,
	"can": true, "could": true, "might": true, "may": true}

// mayOnly reports a modal of possibility in tokens [i, end).
func mayOnly(s *scratch, i, end int) bool {
	for k := i; k < end; k++ {
		if t := &s.toks[k]; t.kind == tWord && possibility[string(s.folded(t))] {
			return true
		}
	}
	return false
}

// reportsFix reports a live finding of a fix done (the settings' `done`
// features: resolved).
func (r *Rubric) reportsFix(s *scratch) bool {
	for i := range s.matches {
		if m := &s.matches[i]; !m.dead && slices.Contains(r.done, int(m.f)) {
			return true
		}
	}
	return false
}

// detectPitchInstead adds a finding of feature f where the reply has a
// live advert (f's `of`, or a sales pitch the promotion detector marked),
// shares no content word with the case, and has no word of sympathy or
// help for the customer (settings.sympathy, substance): an advert in
// place of an answer passes over what the customer wrote (playtest 11,
// P11-14: an open-day plug to a student thanking for help). Thanks or joy
// shared do not make it an answer: "Great to hear! Refer a friend…" is
// the advert with a lead-in (blind10; groups nl9/en9), and the feature's
// `cancels` takes their points.
func (r *Rubric) detectPitchInstead(s *scratch, f *feature, ctx Context, lang string) {
	post := caseText(ctx)
	if post == "" || !r.hasPitch(s, f.Of) || r.sharedWords(s, post, lang, 1) > 0 {
		return
	}
	for k := range s.matches {
		m := &s.matches[k]
		if m.dead {
			continue
		}
		g := r.features[m.f]
		if slices.Contains(r.sympathy, g.idx) || slices.Contains(r.substance, g.idx) {
			return
		}
	}
	s.addWhole(f.idx)
}

// hasPitch reports a live finding of feature of or a sales pitch (a
// promotion the promotion detector turned into a template).
func (r *Rubric) hasPitch(s *scratch, of int) bool {
	for k := range s.matches {
		if m := &s.matches[k]; !m.dead && (int(m.f) == of || (m.aux > 0 && r.features[m.aux-1].Detector == "promotion")) {
			return true
		}
	}
	return false
}
