package scoring

import "slices"

// detectWhatItDoes runs the detector of feature f that reads what the
// reply does rather than which words it has: a step in its own words, a
// factual answer, a fix still to come, a time that times nothing, a refusal with an
// alternative, a sales pitch, an advert in place of an answer, an
// instruction that is all the reply does, a reply of hashtags only.
func (r *Rubric) detectWhatItDoes(s *scratch, f *feature, ctx Context, lang string) {
	switch f.Detector {
	case "acts":
		r.detectActs(s, f, lang)
	case "specifics":
		r.detectSpecifics(s, f, ctx, lang)
	case "bare_time":
		r.detectBareTimes(s, f, lang)
	case "pitch_instead":
		r.detectPitchInstead(s, f, ctx, lang)
	case "alternative":
		r.detectAlternatives(s, f, lang)
	case "promotion":
		r.detectPromotions(s, f, ctx, lang)
	case "on_customer":
		r.detectOnCustomer(s, f, lang)
	case "done":
		r.detectDone(s, f, ctx, lang)
	case "future_clause":
		r.detectFutureClauses(s, f)
	case "answers":
		r.detectAnswers(s, f, ctx, lang)
	case "hashtags_only":
		s.detectHashtagsOnly(f)
	}
}

// detectSpecifics adds a finding of feature f for the first sentence that
// tells the customer something specific of their case that their post did
// not: a number of its own (a time, an amount, a platform, a size: "in at
// 18:05", "zelfde €50", "3,5x25") or a word of news now ("Ligt nu klaar",
// "your dad's number is now off every list"). A plain factual answer is a
// way forward even without a first-person step (the blind sets' short
// replies that give the facts a customer needs). Like brand_acts it is
// found only where the reply has no listed step and no fault, and only in
// a sentence with no finding that costs points: a wall that quotes a
// phone number is still a wall. What a number says must be news too: one
// the post already gave ("sorry you waited 3 hours") restates; a span of
// time not counted from now ("valid for 12 months", "48 hours' notice",
// "maximaal 15 werkdagen") is a rule, while "in 5 minutes" is news; a run
// of numbers is a phone or account number; a sentence that states a rule
// about a whole class ("Gift cards are valid…") tells nothing of this case.
func (r *Rubric) detectSpecifics(s *scratch, f *feature, ctx Context, lang string) {
	if r.hasStep(s) || r.hasFault(s) {
		return
	}
	post := caseText(ctx)
	if post != "" {
		r.tokenizePost(s, post, lang)
	}
	sent, generic := int32(-1), false
	for i := range s.toks {
		t := &s.toks[i]
		if t.kind != tWord || t.quoted {
			continue
		}
		if t.sent != sent {
			sent, generic = t.sent, r.genericStatement(s, i)
		}
		w := s.folded(t)
		news := r.newsWords[string(w)]
		if generic || (!news && !(isNumber(w) && r.newNumber(s, i, post != ""))) {
			continue
		}
		if r.sentenceCosts(s, t.sent, news) {
			continue
		}
		s.matches = append(s.matches, match{f: int32(f.idx), t0: int32(i), t1: int32(i + 1),
			r0: t.r0, r1: t.r1, b0: t.b0, b1: t.b1, sent0: t.sent, sent1: t.sent})
		return
	}
}

// newNumber reports whether the number at token i tells the customer
// something: not a number of the post, not one of a run of numbers (a
// phone or account number), and not a span of time unless it counts from
// now ("in 5 minutes", "over een uur"; settings.duration_words and
// from_now_words).
func (r *Rubric) newNumber(s *scratch, i int, hasPost bool) bool {
	t := &s.toks[i]
	if hasPost {
		if st := s.stem(t); s.postMask.has(st) && s.post.hasContentStem(r, st) {
			return false
		}
	}
	for _, k := range [2]int{i - 1, i + 1} {
		if k >= 0 && k < len(s.toks) && s.toks[k].kind == tWord && isNumber(s.folded(&s.toks[k])) {
			return false
		}
	}
	if i+1 < len(s.toks) && s.toks[i+1].kind == tWord && r.durationWords[string(s.folded(&s.toks[i+1]))] {
		return i > 0 && s.toks[i-1].kind == tWord && r.fromNowWords[string(s.folded(&s.toks[i-1]))]
	}
	return true
}

// sentenceCosts reports a live finding in sentence sent that costs points
// (a wall, a referral, a vague promise that undoes a step), or, where
// sympathy too says nothing specific (a word of now: "I know you're upset
// now"), a sympathy finding.
func (r *Rubric) sentenceCosts(s *scratch, sent int32, sympathyToo bool) bool {
	for k := range s.matches {
		m := &s.matches[k]
		if m.dead || m.whole() || sent < m.sent0 || sent > m.sent1 {
			continue
		}
		if g := r.features[m.f]; g.Points < 0 || (sympathyToo && slices.Contains(r.sympathy, g.idx)) {
			return true
		}
	}
	return false
}

// detectBareTimes adds a finding of feature f over each time (f's `of`,
// concrete_time) that times nothing the brand does: in a clause that
// follows a sympathy finding, it dates the harm the sympathy is about
// ("Sorry dat je vandaag zonder stroom zit", "sorry it was so busy
// today"); in a clause with no other content word it stands alone
// ("Sorry, vandaag."). Its `cancels_within` takes the step out of the
// time's own words; a step of other words in the clause stays.
func (r *Rubric) detectBareTimes(s *scratch, f *feature, lang string) {
	for k := range s.matches {
		m := &s.matches[k]
		if int(m.f) != f.Of || m.dead || m.t0 < 0 {
			continue
		}
		c0 := int(m.t0)
		for c0 > 0 && !r.clauseEnd(s, &s.toks[c0-1]) {
			c0--
		}
		c1 := int(m.t1)
		for c1 < len(s.toks) && !r.clauseEnd(s, &s.toks[c1]) {
			c1++
		}
		if r.actWithTime(s, m, lang) {
			continue // "ik bel hem nu": the time is the brand's own act's (playtest 21, P21-1)
		}
		if r.sympathyBetween(s, int32(c0), m.t0) || !r.otherContent(s, c0, c1, m) {
			s.matches = append(s.matches, match{f: int32(f.idx), t0: m.t0, t1: m.t1,
				r0: m.r0, r1: m.r1, b0: m.b0, b1: m.b1, sent0: m.sent0, sent1: m.sent1})
		}
	}
}

// actWithTime reports a time whose own words start with the brand as
// subject ("ik bel hem nu"): the act and its time, no bare time.
func (r *Rubric) actWithTime(s *scratch, m *match, lang string) bool {
	t := &s.toks[m.t0]
	aw := r.langs[lang].acts
	return m.t1-m.t0 > 2 && t.kind == tWord && aw != nil && aw.agents[string(s.folded(t))]
}

// otherContent reports a word in tokens [c0, c1) outside the time t that
// says something: not a function word, not the customer's name, and not
// part of a finding of sympathy, thanks or address.
func (r *Rubric) otherContent(s *scratch, c0, c1 int, t *match) bool {
	for i := c0; i < c1; i++ {
		u := &s.toks[i]
		if u.kind != tWord || (int32(i) >= t.t0 && int32(i) < t.t1) {
			continue
		}
		w := s.folded(u)
		if r.function[string(w)] != 0 || string(w) == s.name || r.inGreeting(s, int32(i)) {
			continue
		}
		return true
	}
	return false
}

// inGreeting reports token i inside a live finding that carries nothing
// but warmth: sympathy, thanks, a greeting or the customer's name.
func (r *Rubric) inGreeting(s *scratch, i int32) bool {
	for k := range s.matches {
		m := &s.matches[k]
		if m.dead || m.t0 < 0 || i < m.t0 || i >= m.t1 {
			continue
		}
		if id := r.features[m.f].ID; slices.Contains(r.sympathy, int(m.f)) || id == "thanks" || id == "personal_address" {
			return true
		}
	}
	return false
}
