package scoring

import (
	"bytes"
	"slices"
)

// A wall stated as a plain rule: "Retourneren kan alleen binnen 14 dagen",
// "Refunds are only possible within 30 days", "Certificates are sent
// within 6-8 weeks". The sentence speaks of a whole class of things, not of
// this customer's case, so the time in it times nothing the brand does for
// them and the passive in it reports no fix (issue 12, "walls and
// brush-offs"; closing note 13: such walls earned next_step).

// detectRules adds a finding of feature f over each clause that states a
// rule about a whole class: at the start of a sentence or after a comma, a
// bare plural and a generic verb ("Refunds are", "Certificaten worden"),
// or a Dutch infinitive used as a noun and one of rule_verbs ("Retourneren
// kan"), not followed by a person ("Morgen kan ik" puts the subject after
// its verb). The clause runs to the first word for a person (person_words:
// "Certificates are sent in 6 weeks; yours went out today" goes on about
// this customer). It is a rule only with a mark of one: a restriction
// ("alleen", "only"), a modal or a word of habit (rule_markers: "kan",
// "usually"), or a span of time ("binnen 14 dagen", "within 6-8 weeks");
// a word of news or a moment ("Crews are on site now", "restored at 18:00
// today") tells what happens in this case. With a restriction, or a
// negation beside a modal ("Afgeprijsde artikelen kunnen niet geruild
// worden"), the rule is a wall, and the clause is feature f.Of (a refusal)
// too.
func (r *Rubric) detectRules(s *scratch, f *feature, lang string) {
	for i := range s.toks {
		t := &s.toks[i]
		if t.kind != tWord || t.quoted || !r.clauseStart(s, i) {
			continue
		}
		// a class narrowed by a condition is a rule by itself; a limit in
		// its clause (a negation, a time, a span) makes it a wall
		conditioned := r.conditionedClass(s, i)
		// the brand's practice: "Claims behandelen we op volgorde van
		// binnenkomst", "We handle claims in the order they come in"
		agent := r.practice(s, i, lang)
		if !conditioned && agent < 0 && !r.statesRule(s, i) {
			continue
		}
		end, restricted, modal, negated, marked, news, limit := i, false, false, false, conditioned || agent >= 0, false, false
		for k := i; k < len(s.toks) && s.toks[k].sent == t.sent; k++ {
			u := &s.toks[k]
			if u.kind != tWord {
				continue
			}
			w := s.folded(u)
			if k > i && k != agent && (r.personWords[string(w)] || r.contrastWords[string(w)]) {
				break // "…are charged, but I've waived it" goes on to this customer
			}
			restricted = restricted || r.restrictionWords[string(w)]
			modal = modal || r.ruleMarkers[string(w)]
			negated = negated || u.neg && !r.sparesBurden(s, i, k)
			marked = marked || r.spanBefore(s, k) || k > i && r.passive(s, k)
			limit = limit || r.timeAt(s, k) || r.spanBefore(s, k)
			news = news || r.newsWords[string(w)] || !conditioned && r.timeAt(s, k) && !r.timeSpanAt(s, k)
			end = k
		}
		if end == i || news || !(restricted || modal || marked) {
			continue
		}
		restricted = restricted || conditioned && (limit || negated)
		a, z := &s.toks[i], &s.toks[end]
		m := match{f: int32(f.idx), t0: int32(i), t1: int32(end + 1), r0: a.r0, r1: z.r1, b0: a.b0, b1: z.b1, sent0: t.sent, sent1: t.sent}
		s.matches = append(s.matches, m)
		if (restricted || negated && modal) && f.Of >= 0 {
			m.f = int32(f.Of)
			s.matches = append(s.matches, m)
		}
	}
}

// practice reports a clause at token i that tells the brand's practice
// as a rule for everyone: the writer's plain subject (an act_agents word
// without an auxiliary in it: "we", "ik"), a verb in the present that is
// no auxiliary, and a bare plural as its object, in either order ("Claims
// behandelen we", "Reparaties plannen we", "We handle claims", "We only
// freeze memberships", "We give out appointments"); a verb in the past
// ("we sent replacements") is an act, no practice. Nothing of this
// customer may stand in the sentence (a word for the reader: "we plannen
// je reparatie", "we handle your claims"). It returns the agent's token,
// or -1. A day or a word of news in the clause still makes it this case's
// act (detectRules).
func (r *Rubric) practice(s *scratch, i int, lang string) int {
	aw := r.langs[lang].acts
	if aw == nil {
		return -1
	}
	var idx [5]int
	n := 0
	for k := i; k < len(s.toks) && s.toks[k].sent == s.toks[i].sent && n < len(idx); k++ {
		if s.toks[k].kind == tWord {
			idx[n] = k
			n++
		}
	}
	word := func(j int) []byte { return s.folded(&s.toks[idx[j]]) }
	plural := func(w []byte) bool {
		return len(w) >= 4 && !isNumber(w) && r.function[string(w)] == 0 && !r.personWords[string(w)] &&
			(bytes.HasSuffix(w, []byte("s")) || bytes.HasSuffix(w, []byte("en")))
	}
	agentWord := func(w []byte) bool {
		return aw.agents[string(w)] && r.personWords[string(w)] && !bytes.ContainsRune(w, '\'')
	}
	verb := func(w []byte) bool { // in the present: "sent", "replaced" tell an act done
		return !isNumber(w) && r.function[string(w)] == 0 && !aw.aux[string(w)] && !aw.done[string(w)] &&
			!aw.states[string(w)] && !aw.promise[string(w)] && !r.personWords[string(w)] &&
			!bytes.HasSuffix(w, []byte("ed")) && !r.irregularParticiples[string(w)]
	}
	agent := -1
	switch {
	case n >= 3 && plural(word(0)) && verb(word(1)) && agentWord(word(2)):
		agent = idx[2] // "Claims behandelen we"
	case n >= 3 && agentWord(word(0)):
		j := 1
		if r.restrictionWords[string(word(j))] || r.ruleMarkers[string(word(j))] {
			j++ // "We only freeze", "we always check"
		}
		if j >= n || !verb(word(j)) {
			return -1
		}
		j++
		if j < n && !r.personWords[string(word(j))] && !r.possessives[string(word(j))] && !isNumber(word(j)) &&
			len(word(j)) <= 4 && !(r.arranged[lang] != nil && r.arranged[lang].articles[string(word(j))]) {
			j++ // a particle: "We give out appointments", "we check all bags"
		}
		if j >= n || !plural(word(j)) {
			return -1
		}
		agent = idx[0]
	default:
		return -1
	}
	for k := i; k < len(s.toks) && s.toks[k].sent == s.toks[i].sent; k++ {
		if u := &s.toks[k]; u.kind == tWord && (r.readerPossessives[string(s.folded(u))] || r.addresseeWords[string(s.folded(u))]) {
			return -1 // this customer's case: "we plannen je reparatie"
		}
	}
	return agent
}

// sparesBurden reports a negation at token k, in the rule's clause from
// token i, that spares the customer a burden rather than withholding
// something from them: a word of spared_burdens within three words of it
// ("wordt niet aangesproken", "betaalt voortaan niets", "hoeft niets uit
// te leggen", "won't be questioned", "pays nothing"). Such a rule is a
// promise to everyone, no wall (playtest 20, P20-18).
func (r *Rubric) sparesBurden(s *scratch, i, k int) bool {
	seen := 0
	for j := k - 1; j >= i && seen < 3; j-- {
		if u := &s.toks[j]; u.kind == tWord {
			if r.sparedBurdens[string(s.folded(u))] {
				return true
			}
			seen++
		}
	}
	seen = 0
	for j := k + 1; j < len(s.toks) && s.toks[j].sent == s.toks[k].sent && seen < 3; j++ {
		if u := &s.toks[j]; u.kind == tWord {
			if r.sparedBurdens[string(s.folded(u))] {
				return true
			}
			seen++
		}
	}
	return false
}

// passive reports a participle at token k right after a generic verb
// ("are sent", "worden verstuurd", "are released"): a process, as a rule
// describes one, not news of this case ("Crews are on site").
func (r *Rubric) passive(s *scratch, k int) bool {
	prev := k - 1
	for prev >= 0 && s.toks[prev].kind != tWord {
		prev--
	}
	if prev < 0 || s.toks[prev].sent != s.toks[k].sent {
		return false
	}
	v := s.folded(&s.toks[prev])
	if !r.genericVerbs[string(v)] && !r.ruleVerbs[string(v)] {
		return false
	}
	w := s.folded(&s.toks[k])
	if len(w) < 4 {
		return false
	}
	last := w[len(w)-1]
	switch {
	case bytes.HasSuffix(w, []byte("ed")), r.irregularParticiples[string(w)]:
		return true // English: "processed", "sent"
	case last == 'd' || last == 't':
		// Dutch: "verstuurd", "betaald", "teruggestort", "opgehaald"
		for _, p := range [][]byte{[]byte("ge"), []byte("ver"), []byte("be"), []byte("ont"), []byte("her")} {
			if bytes.HasPrefix(w, p) {
				return true
			}
		}
		return bytes.Contains(w[2:], []byte("ge"))
	}
	return false
}

// spanBefore reports a number at token k followed by a word of duration
// ("14 dagen", "6-8 weeks", "7-10 days"): a span, as a rule gives one.
func (r *Rubric) spanBefore(s *scratch, k int) bool {
	if !isNumber(s.folded(&s.toks[k])) {
		return false
	}
	for j := k + 1; j < len(s.toks) && j <= k+3 && s.toks[j].sent == s.toks[k].sent; j++ {
		if u := &s.toks[j]; u.kind == tWord && !isNumber(s.folded(u)) {
			return r.durationWords[string(s.folded(u))]
		}
	}
	return false
}

// timeSpanAt reports a time finding starting at token k that gives a span
// ("binnen 14 dagen", "within 30 days") rather than a moment ("today",
// "18:00").
func (r *Rubric) timeSpanAt(s *scratch, k int) bool {
	for j := range s.matches {
		m := &s.matches[j]
		if m.dead || m.t0 != int32(k) || !slices.Contains(r.timed, int(m.f)) {
			continue
		}
		for x := m.t0; x < m.t1; x++ {
			if r.spanBefore(s, int(x)) {
				return true
			}
		}
	}
	return false
}

// clauseStart reports token i as the first word of its sentence or the
// first after a comma ("Sorry Lisa, refunds are only possible…").
func (r *Rubric) clauseStart(s *scratch, i int) bool {
	for k := i - 1; k >= 0; k-- {
		u := &s.toks[k]
		if u.sent != s.toks[i].sent {
			return true
		}
		switch u.kind {
		case tWord:
			return false
		case tSoft:
			if u.punct == ',' {
				return true
			}
		}
	}
	return true
}

// statesRule reports a clause at token i whose subject is a whole class:
// genericStatement's bare plural, or a Dutch infinitive as a noun before
// one of rule_verbs; either not followed by a person.
func (r *Rubric) statesRule(s *scratch, i int) bool {
	w := s.folded(&s.toks[i])
	var buf [3][]byte
	next := r.nextWords(s, i, buf[:0])
	if len(next) < 2 || r.timeAt(s, i) {
		return false // "Morgen is de monteur bij je" names a time, no class
	}
	if !r.content(w) || r.restrictionWords[string(w)] || r.ruleMarkers[string(w)] {
		return false // "alleen is die niet doorgezet"
	}
	generic := r.genericStatement(s, i)
	if !generic {
		infinitive := len(w) >= 6 && w[len(w)-2] == 'e' && w[len(w)-1] == 'n' && r.function[string(w)] == 0
		generic = infinitive && r.ruleVerbs[string(next[0])]
	}
	if !generic {
		return false
	}
	for _, v := range next[1:] {
		if r.personWords[string(v)] {
			return false // "Morgen kan ik", "Samen gaan we"
		}
	}
	return true
}

// nextWords fills out, up to its capacity, with the folded words after
// token i in its sentence.
func (r *Rubric) nextWords(s *scratch, i int, out [][]byte) [][]byte {
	for k := i + 1; k < len(s.toks) && s.toks[k].sent == s.toks[i].sent && len(out) < cap(out); k++ {
		if s.toks[k].kind == tWord {
			out = append(out, s.folded(&s.toks[k]))
		}
	}
	return out
}

// timeAt reports a time (a finding of the timed features) that starts at
// token i.
func (r *Rubric) timeAt(s *scratch, i int) bool {
	for k := range s.matches {
		if m := &s.matches[k]; !m.dead && m.t0 == int32(i) && slices.Contains(r.timed, int(m.f)) {
			return true
		}
	}
	return false
}
