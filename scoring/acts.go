package scoring

import (
	"bytes"
	"slices"
)

// The detector in this file answers the second of a webcare lead's three
// questions (issue 12: "does it take ownership or offer a concrete next
// step?") from the grammar of the reply rather than from a list of
// phrases: a clause in which the brand speaks in the first person and does
// something ("ik heb je €180 gecrediteerd", "draaien we ze terug", "I've
// moved you to the 07:40", "we'll swap it tomorrow") is a step, whatever
// its verb, unless the verb only feels, thinks, hopes, passes on or looks
// ("we begrijpen", "we nemen het mee", "we'll look into it", "I'm
// sorry"), or the clause is negated ("we can't refund"). The step
// patterns list the verbs a lead would name; this finds the ones a
// trainee or a real brand writes that no list has (plain good replies
// without stock words were the weakest trap on the blind sets).

// actWords are a language's words for the acts detector.
type actWords struct {
	agents   map[string]bool // first-person subjects: ik, we; I, we, I've, we'll
	aux      map[string]bool // auxiliaries and adverbs between the subject and the verb
	notActs  map[string]bool // verbs (folded form or stem) that do nothing for the customer
	notPre   [][]byte        // prefixes of such verbs ("begrijp*", "apologi*")
	done     map[string]bool // auxiliaries of a done act: heb, have, I've
	now      map[string]bool // words that tie a done act to this customer now: je, you, nu, today
	inverted bool            // the finite verb may come before the subject ("dan zet ik")
	states   map[string]bool // auxiliaries of a state or a passive: is, zijn, staat, has, been (the done detector)
	news     map[string]bool // words that make a state news: weer, nu, now, back
	promise  map[string]bool // words of a promise or a possibility: zal, kan, will, can
	subjects map[string]bool // definite subjects of a state: de, het, die, the, it, both
	doneAux  map[string]bool // agents, done and state auxiliaries together: a clause without one reports no fix
	// The lists' bits in the lexicon (token.lex).
	doneAuxBit, agentsBit, doneBit, statesBit, nowBit, newsBit, promiseBit, subjectsBit uint64
	// readLinks open a clause of their own; set only where the
	// participle ends its clause (Dutch "ik heb je bericht gelezen"), see
	// readObject.
	readLinks map[string]bool
	// ruleWords after a participle tell how the brand does it, as a rule
	// ("is calculated based on", "wordt berekend op basis van"): no fix.
	ruleWords map[string]bool
}

func (aw *actWords) stock(folded, stem []byte) bool {
	if aw.notActs[string(folded)] || aw.notActs[string(stem)] {
		return true
	}
	for _, p := range aw.notPre {
		if bytes.HasPrefix(folded, p) {
			return true
		}
	}
	return false
}

// clauseEnd reports whether token t ends a clause: punctuation other than
// an apostrophe or a hyphen inside a word, or a word that joins clauses.
func (r *Rubric) clauseEnd(s *scratch, t *token) bool {
	switch t.kind {
	case tHard:
		return true
	case tSoft:
		return t.punct != '\'' && t.punct != '-' && t.punct != '/'
	case tWord:
		return t.lex&lexClause != 0
	}
	return false
}

// detectActs adds a finding of feature f for the first clause in which
// the brand names an act of its own, in a sentence with no fault, where
// the reply has no listed step at all: see the file comment. It answers
// the question once, for a reply the step patterns do not read; it never
// adds to a reply they do. The span runs from the subject (or the verb
// before it) to the end of the clause.
func (r *Rubric) detectActs(s *scratch, f *feature, lang string) {
	aw := r.langs[lang].acts
	if aw == nil || r.hasStep(s) || r.hasFault(s) {
		// The question is answered already (a listed step), or the reply
		// walls, blames, refuses or mocks: it gets no benefit of the doubt.
		return
	}
	for i := range s.toks {
		t := &s.toks[i]
		if t.kind != tWord || t.quoted || !aw.agents[string(s.folded(t))] {
			continue
		}
		// The clause around the subject.
		c0 := i
		for c0 > 0 && !r.clauseEnd(s, &s.toks[c0-1]) {
			c0--
		}
		c1 := i + 1
		for c1 < len(s.toks) && !r.clauseEnd(s, &s.toks[c1]) {
			c1++
		}
		if r.acts(s, aw, c0, i, c1) && !r.sentenceHasStepOrFault(s, f, t.sent) && !r.afterSympathy(s, i) {
			a, z := t, &s.toks[c1-1]
			if aw.inverted && i > c0 {
				a = &s.toks[i-1] // "dan zet ik": from the verb
			}
			s.matches = append(s.matches, match{f: int32(f.idx), t0: int32(i), t1: int32(c1),
				r0: a.r0, r1: z.r1, b0: a.b0, b1: z.b1, sent0: t.sent, sent1: t.sent})
			return // one act answers the question
		}
	}
}

// acts reports whether the clause [c0, c1) with the subject at token i
// names an act: no negation and no stock verb from the subject on, and a word
// after the subject (or, where the verb may come first, before it) that
// is neither an auxiliary nor a function word.
func (r *Rubric) acts(s *scratch, aw *actWords, c0, i, c1 int) bool {
	verb := false
	// What comes before the subject (or the verb before it) belongs to
	// another clause without a comma: "Omdat je niet goed bent
	// geïnformeerd draaien we ze terug".
	if aw.inverted && i > c0 {
		c0 = i - 1
	} else {
		c0 = i
	}
	done, now := false, false
	for k := c0; k < c1; k++ {
		u := &s.toks[k]
		if u.kind != tWord {
			continue
		}
		if u.neg || u.quoted {
			return false
		}
		w := s.folded(u)
		done = done || aw.done[string(w)]
		now = now || aw.now[string(w)] || isNumber(w)
		if aw.stock(w, s.stem(u)) {
			return false
		}
		if k == i || aw.agents[string(w)] || aw.aux[string(w)] || r.notContent[string(w)] || isNumber(w) {
			continue
		}
		if k > i || (aw.inverted && k == i-1) {
			verb = true
		}
	}
	// A done act tells what was done for this customer only beside a word
	// of theirs, a number or a word of now: "we hebben het protocol
	// gevolgd" justifies the past.
	return verb && (!done || now) && !r.tellsThePast(s, aw, i)
}

// tellsThePast reports a subject followed straight by a verb in the
// simple past: "we charged you twice", "ik gebruikte je oude adres" tell
// what went wrong, not what the brand does about it. (A done fix takes an
// auxiliary: "I've refunded", "ik heb teruggestort".)
func (r *Rubric) tellsThePast(s *scratch, aw *actWords, i int) bool {
	j := i + 1
	if j >= len(s.toks) || s.toks[j].kind != tWord {
		return false
	}
	subj, w := s.folded(&s.toks[i]), s.folded(&s.toks[j])
	if aw.aux[string(w)] || aw.agents[string(w)] {
		return false
	}
	switch {
	case aw.inverted: // Dutch "ik": a first person singular ending in -de or -te is past
		return string(subj) == "ik" && len(w) > 4 && (bytes.HasSuffix(w, []byte("de")) || bytes.HasSuffix(w, []byte("te")))
	case len(subj) <= 2: // English "I", "we" without an auxiliary
		return len(w) > 4 && bytes.HasSuffix(w, []byte("ed"))
	}
	return false
}

// sentenceHasStepOrFault reports a live finding in sentence sent of a
// feature that already answers the question (a step, a fix, an offer,
// ownership), of a fault (any feature with negative points: "we nemen
// het mee" is an evasion, not an act), or of one that undoes the step
// the acts stand for (f's `of`: "as soon as possible" is a vague promise).
func (r *Rubric) sentenceHasStepOrFault(s *scratch, f *feature, sent int32) bool {
	for k := range s.matches {
		m := &s.matches[k]
		if m.dead || m.whole() || sent < m.sent0 || sent > m.sent1 {
			continue
		}
		g := r.features[m.f]
		// A no with an alternative ("maar ik …") leaves the act after it.
		if (g.Points < 0 && g.Detector != "alternative") || g == f || (f.Of >= 0 && slices.Contains(g.Cancels, f.Of)) || slices.Contains(r.requests, g.idx) {
			return true
		}
		if slices.Contains(r.substance, g.idx) && g.Detector != "restates" {
			return true
		}
	}
	return false
}

func isNumber(w []byte) bool { return len(w) > 0 && w[0] >= '0' && w[0] <= '9' }

// afterSympathy reports a live sympathy finding ending at most three
// tokens before token i in its sentence: "sorry that we've added to a hard
// week", "het spijt me dat we je lieten wachten" name what the apology is
// for, not a step.
func (r *Rubric) afterSympathy(s *scratch, i int) bool {
	for k := range s.matches {
		m := &s.matches[k]
		if m.dead || m.t0 < 0 || m.t1 > int32(i) || int32(i)-m.t1 > 3 || m.sent1 != s.toks[i].sent {
			continue
		}
		if slices.Contains(r.sympathy, int(m.f)) {
			return true
		}
	}
	return false
}

// hasStep reports a live finding of a step, a fix, an offer or ownership
// (the substance features other than restating the case, and a request
// for details).
func (r *Rubric) hasStep(s *scratch) bool {
	for k := range s.matches {
		m := &s.matches[k]
		if m.dead {
			continue
		}
		g := r.features[m.f]
		if (slices.Contains(r.substance, g.idx) && g.Detector != "restates" && g.Detector != "acts") || slices.Contains(r.requests, g.idx) {
			return true
		}
	}
	return false
}

// hasFault reports a live finding of a fault that answers the third
// question wrongly: a feature that costs points and cancels the sympathy
// of the whole reply or caps a score (a wall, blame, a questioned apology,
// a put-down).
func (r *Rubric) hasFault(s *scratch) bool {
	for k := range s.matches {
		m := &s.matches[k]
		if g := r.features[m.f]; !m.dead && g.Points < 0 && (len(g.CancelsReply) > 0 || len(g.capDims) > 0) {
			return true
		}
	}
	return false
}
