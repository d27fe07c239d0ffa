package scoring

import "slices"

// What should or should not have happened, said by the brand (a modal
// perfect: "die aanmaning had niet verstuurd mogen worden", "dat geld had
// al lang op je rekening moeten staan", "that reminder shouldn't have been
// sent", "that money should have been back in your account long ago"),
// owns a failure as plainly as "our mistake": the brand names what it
// failed to do. Said of the customer's own act ("je had eerder je hand
// moeten opsteken", "you shouldn't have waited until the last day", "you
// could have deleted it") it tells them what they did wrong: blame. Who is
// meant is read from the clause's subject, not from the words around it:
//
//   - the customer (settings.counterfactual_customer) doing something:
//     blame (feature `of`); the customer undergoing it (the passive, "you
//     shouldn't have been removed", or a verb of undergoing,
//     settings.undergo_verbs: "je had die brief nooit mogen krijgen", "you
//     should never have had to wait") is what the brand owed them:
//     ownership;
//   - the brand (settings.counterfactual_brand: "we hadden…", "I should
//     have…"): ownership;
//   - anything else (the act, the thing, a colleague: "dat", "die bus",
//     "the driver"): ownership where it should not have been, or should
//     have been in the active ("had op je rekening moeten staan", "should
//     have gone through"); a passive that should have been ("your reading
//     should have been sent by the 1st") may be a rule for the customer and
//     is left to the other patterns;
//   - "could" (settings.counterfactual_could) is blame said of the
//     customer ("je had ook kunnen bellen"), nothing negated ("you
//     couldn't have known" clears them) and ownership said of the brand
//     ("we hadden je kunnen bellen"); of anything else it owns nothing
//     ("het had erger kunnen zijn").
//
// A finding that becomes ownership is an admission (done when said); one
// that becomes blame takes the ownership patterns' reading of its words
// with it ("You should never have parked there" was read as ownership).

// detectCounterfactual relabels feature f's findings as described above.
func (r *Rubric) detectCounterfactual(s *scratch, f *feature, lang string) {
	own := r.featureIdx("ownership")
	if own < 0 || f.Of < 0 || !r.hasMatches(s, f.idx) {
		return
	}
	for i := range s.matches {
		m := &s.matches[i]
		if int(m.f) != f.idx || m.dead || m.t0 < 0 {
			continue
		}
		kind := r.counterfactualOf(s, m, lang)
		if kind != cfNone {
			r.cfClauseIsNoFix(s, f, m)
		}
		switch kind {
		case cfOwn:
			m.f, m.admits = int32(own), true
		case cfBlame:
			m.f = int32(f.Of)
			for j := range s.matches {
				o := &s.matches[j]
				if int(o.f) == own && !o.dead && o.t0 >= 0 && o.t0 < m.t1 && m.t0 < o.t1 {
					o.dead = true // "should never have" was read as ours
				}
			}
		default:
			m.dead = true
		}
	}
}

// cfClauseIsNoFix removes the findings of feature f's `cancels` (a fix
// done, a step, a time) inside the clause of the finding m: what should have been is no fix done ("That money
// should have been back in your account long ago", "That refund should
// have gone through the same day"). A fix in the next clause stands.
func (r *Rubric) cfClauseIsNoFix(s *scratch, f *feature, m *match) {
	inClause := func(k int) bool {
		t := &s.toks[k]
		return t.sent == s.toks[m.t0].sent && t.kind != tSoft && t.kind != tHard && !(t.kind == tWord && t.lex&lexClause != 0)
	}
	start, end := int(m.t0), int(m.t1)
	for start > 0 && inClause(start-1) {
		start--
	}
	for end < len(s.toks) && inClause(end) {
		end++
	}
	for j := range s.matches {
		o := &s.matches[j]
		if !o.dead && int(o.t0) >= start && int(o.t0) < end && slices.Contains(f.Cancels, int(o.f)) {
			o.dead = true
		}
	}
}

const (
	cfNone = iota
	cfOwn
	cfBlame
)

// counterfactualOf reads the finding m (from the finite "had"/"hadden" to
// the modal in Dutch, from the modal to "have" in English): whose act it
// is, whether it should not have been, and whether its verb is a passive
// or one of undergoing.
func (r *Rubric) counterfactualOf(s *scratch, m *match, lang string) int {
	t0, t1 := int(m.t0), int(m.t1)
	negated, limited, could := false, false, false
	for k := t0; k < t1; k++ {
		t := &s.toks[k]
		if t.kind == tSoft || t.kind == tHard {
			return cfNone // "Je had een afspraak, en we moeten…" is no modal perfect
		}
		if t.kind != tWord {
			continue
		}
		if lang != "nl" && k > t0 && r.personWords[string(s.folded(t))] {
			return cfNone // "Should you have any questions", "could we have a look"
		}
		negated = negated || t.neg
		limited = limited || r.restrictionWords[string(s.folded(t))]
		could = could || r.cfCould[string(s.folded(t))]
	}
	// a negation earlier in the clause ("There's no way you should have
	// paid that") negates it too
	for k := t0 - 1; k >= 0 && s.toks[k].sent == s.toks[t0].sent && s.toks[k].kind != tSoft && s.toks[k].kind != tHard; k-- {
		negated = negated || s.toks[k].kind == tWord && s.toks[k].neg
	}
	subj := r.cfSubject(s, t0, lang)
	passive, verb := r.cfVerb(s, t1, lang)
	if verb == nil || lang != "nl" && passive == cfActive && !r.cfParticiple(verb) {
		return cfNone // "the stay you should have", "you shouldn't have a fine": no perfect
	}
	if string(verb) == "to" {
		// "you shouldn't have to call at all": an obligation the brand put
		// on the customer, owed to them where it should not have been
		if subj == cfCustomer && negated {
			return cfOwn
		}
		return cfNone
	}
	switch subj {
	case cfCustomer:
		if could && negated {
			return cfNone // "je had het niet kunnen weten", "you couldn't have known": no fault of theirs
		}
		if passive == cfPassive || r.undergoVerbs[string(verb)] {
			return cfOwn
		}
		if r.chargedVerbs[string(verb)] && (negated || limited) {
			return cfOwn // "you should only have paid once", "je had dat nooit mogen betalen"
		}
		return cfBlame
	case cfBrandSide:
		return cfOwn
	}
	switch {
	case could:
		return cfNone
	case negated:
		return cfOwn
	case passive == cfCopula && r.evidentWords[string(verb)]:
		return cfNone // "It should have been obvious from the website" defends
	case passive != cfPassive:
		return cfOwn
	}
	return cfNone
}

const (
	cfOther = iota
	cfCustomer
	cfBrandSide
)

const (
	cfActive = iota
	cfPassive
	cfCopula
)

// cfSubject finds the subject of the clause of the finding that starts at
// token t0: in Dutch the pronoun just after "had" ("Daar had je niet mogen
// parkeren") or else the word just before it ("Je had…", "Die bus had…");
// in English the word just before the modal, over an adverb ("You really
// shouldn't have…"), and the reader where the modal opens the clause
// ("Should've measured it yourself"). A noun there ("Je moeder had…") is no pronoun: the
// subject is someone else.
func (r *Rubric) cfSubject(s *scratch, t0 int, lang string) int {
	kind := func(w []byte) int {
		switch {
		case r.cfCustomer[string(w)]:
			return cfCustomer
		case r.cfBrand[string(w)]:
			return cfBrandSide
		}
		return cfOther
	}
	if lang == "nl" {
		// "We hadden je moeten bellen": the pronoun before "had" is the
		// subject and "je" its object; "Daar had je…", "Dat had je…" put
		// the subject after it.
		if k := t0 - 1; k >= 0 && s.toks[k].kind == tWord && s.toks[k].sent == s.toks[t0].sent {
			w := s.folded(&s.toks[k])
			if c := kind(w); c != cfOther {
				return c
			}
			if !r.cfAdverbs[string(w)] {
				return cfOther // "onze ober had je nooit … mogen noemen": "je" is his object
			}
		}
		if k := t0 + 1; k < len(s.toks) && s.toks[k].kind == tWord && s.toks[k].sent == s.toks[t0].sent {
			if c := kind(s.folded(&s.toks[k])); c != cfOther {
				return c
			}
		}
	}
	if lang != "nl" && r.clauseStart(s, t0) {
		return cfCustomer // "Should've measured it yourself first": the reader left out
	}
	for k, hops := t0-1, 0; k >= 0 && hops < 2; k-- {
		t := &s.toks[k]
		if t.sent != s.toks[t0].sent || t.kind != tWord {
			return cfOther
		}
		w := s.folded(t)
		if c := kind(w); c != cfOther {
			return c
		}
		if !r.cfAdverb(w) {
			return cfOther
		}
		hops++
	}
	return cfOther
}

// cfAdverb reports a word that may stand between the subject and the
// modal ("really", "echt", "honestly").
func (r *Rubric) cfAdverb(w []byte) bool {
	return r.cfAdverbs[string(w)] || len(w) > 4 && string(w[len(w)-2:]) == "ly"
}

// cfVerb reads the verb after the finding that ends before token t1: in
// Dutch the infinitive after the modal, or with "worden"/"zijn" after it
// the participle before the modal (a passive: "verstuurd mogen worden");
// in English the word after "have", or after "have been" (a passive with
// a participle, "been sent"; otherwise a copula: "been back", "been more
// careful").
func (r *Rubric) cfVerb(s *scratch, t1 int, lang string) (int, []byte) {
	next := func(k int) (int, []byte) {
		for ; k < len(s.toks); k++ {
			t := &s.toks[k]
			if t.kind != tWord || t.sent != s.toks[t1-1].sent {
				return k, nil
			}
			w := s.folded(t)
			if t.neg || r.cfAdverb(w) {
				continue
			}
			return k, w
		}
		return k, nil
	}
	k, w := next(t1)
	if w == nil {
		return cfActive, nil
	}
	if !r.cfPassiveAux[string(w)] {
		return cfActive, w
	}
	if lang == "nl" {
		for p := t1 - 2; p >= 0 && s.toks[p].kind == tWord; p-- {
			if pw := s.folded(&s.toks[p]); !r.cfAdverb(pw) && !s.toks[p].neg {
				if dutchParticiple(pw) {
					return cfPassive, pw
				}
				return cfCopula, pw // "had duidelijk moeten zijn": the predicate
			}
		}
		return cfCopula, w
	}
	_, v := next(k + 1)
	if v != nil && r.englishParticiple(v) {
		return cfPassive, v
	}
	return cfCopula, v // "been back", "been obvious": the predicate
}

// dutchParticiple reports "verstuurd", "afgewezen", "gebeld": a past
// participle (ge-/be-/ver-/ont-/her- and a participle's ending).
func dutchParticiple(w []byte) bool {
	n := len(w)
	if n < 5 {
		return false
	}
	end := w[n-1] == 'd' || w[n-1] == 't' || (n > 6 && string(w[n-2:]) == "en")
	if !end {
		return false
	}
	for _, p := range []string{"ge", "be", "ver", "ont", "her", "er"} {
		if len(w) > len(p)+2 && string(w[:len(p)]) == p {
			return true
		}
	}
	for i := 1; i+2 < n; i++ {
		if w[i] == 'g' && w[i+1] == 'e' {
			return true // "afgewezen", "teruggestort"
		}
	}
	return false
}

// cfParticiple reports an English word that may follow "have" in a
// perfect: a participle ("parked", "sent", "gone"), "to" or a verb of
// undergoing ("had", "got").
func (r *Rubric) cfParticiple(w []byte) bool {
	return string(w) == "to" || r.englishParticiple(w) || r.undergoVerbs[string(w)] || r.chargedVerbs[string(w)] || r.cfPerfectVerbs[string(w)]
}
