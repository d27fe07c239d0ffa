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
		if (post != "" && r.pitchInPost(s, m)) || r.stepInSentence(s, m.sent0) {
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
		if t.kind == tWord && r.content(s.folded(t)) && s.postMask.has(s.stem(t)) && s.post.hasContentStem(r, s.stem(t)) {
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
func (r *Rubric) stepInSentence(s *scratch, k int32) bool {
	if k < 0 {
		return false
	}
	for i := range s.matches {
		m := &s.matches[i]
		if m.dead || m.sent0 > k || k > m.sent1 {
			continue
		}
		if f := r.features[m.f]; f.Detector != "restates" && slices.Contains(r.substance, f.idx) {
			return true
		}
	}
	return false
}
