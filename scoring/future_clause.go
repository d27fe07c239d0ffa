package scoring

import "strings"

// A fix named inside a clause that waits on a moment or a condition is a
// moment still to come, not a fix done: "we laten het je weten zodra het
// bad weer open is", "we'll let you know as soon as the pool is open
// again", "if it's lost you'll get a full refund", "we'll be in touch once
// the engineer has been booked", and the main clause after such a clause
// that opens its sentence, "Zodra het onderdeel binnen is, staat je auto
// weer klaar". The same holds for a clause of purpose, "we doen er alles
// aan om je weer online te krijgen": the fix is what the reply aims at.
// The future_fix patterns listed the participles a lead names; a writer
// uses any fix's words (the released blind14 ranked "We'll let you know as
// soon as the pool is open again" above the date itself). A word that
// merely points back to a time ("until then I've sent two heaters", "tot
// die tijd heb ik een auto geregeld", "als eerste") opens no clause: the
// opener must be followed by a subject (future_clause_subjects).

// futureOpener opens a clause still to come: its words ("as soon as"), and
// for a clause of purpose the word that closes it after the fix ("om …
// te").
type futureOpener struct {
	words  []string
	closer string
}

// detectFutureClauses adds a finding of feature f over every clause of a
// moment, a condition or a purpose that holds a finding of f's `of` (the
// fix done), from the opener to the end of that finding; f's
// cancels_within then takes the fix out of it.
func (r *Rubric) detectFutureClauses(s *scratch, f *feature) {
	if f.Of < 0 || len(r.futureOpeners) == 0 {
		return
	}
	for i, n := 0, len(s.matches); i < n; i++ {
		m := s.matches[i]
		if int(m.f) != f.Of || m.dead || m.t0 < 0 {
			continue
		}
		c0 := int(m.t0)
		for c0 > 0 && !r.clauseEnd(s, &s.toks[c0-1]) {
			c0--
		}
		k := r.futureOpenerIn(s, c0, int(m.t0), int(m.t1))
		if k < 0 {
			k = r.frontedFutureClause(s, c0)
		}
		if k < 0 {
			continue
		}
		a, z := &s.toks[k], &s.toks[m.t1-1]
		s.matches = append(s.matches, match{f: int32(f.idx), t0: int32(k), t1: m.t1,
			r0: a.r0, r1: z.r1, b0: a.b0, b1: z.b1, sent0: a.sent, sent1: z.sent})
	}
}

// futureOpenerIn returns the token of the first opener of a clause of a
// moment, a condition or a purpose in [c0, t0), followed by a subject;
// -1 if none. An opener of purpose ("om") counts only where its closing
// word ("te") follows the fix, at t1 or later in the clause.
func (r *Rubric) futureOpenerIn(s *scratch, c0, t0, t1 int) int {
	for k := c0; k < t0; k++ {
		n, closer := r.futureOpenerAt(s, k)
		if n == 0 {
			continue
		}
		if closer == "" || r.closerAfter(s, t1, closer) {
			return k
		}
	}
	return -1
}

// frontedFutureClause returns the opener of a clause of a moment or a
// condition that opens the sentence and ends just before the clause at c0
// ("Zodra het onderdeel binnen is, staat je auto klaar"); -1 if none.
func (r *Rubric) frontedFutureClause(s *scratch, c0 int) int {
	if c0 < 2 {
		return -1
	}
	sent := s.toks[c0].sent
	k := c0 - 1
	for k > 0 && s.toks[k-1].sent == sent && !r.clauseEnd(s, &s.toks[k-1]) {
		k--
	}
	for k < c0 && s.toks[k].kind != tWord {
		k++
	}
	for j := k - 1; j >= 0 && s.toks[j].sent == sent; j-- {
		if s.toks[j].kind == tWord {
			return -1 // the clause before does not open the sentence
		}
	}
	if n, closer := r.futureOpenerAt(s, k); n > 0 && closer == "" {
		return k
	}
	return -1
}

// futureOpenerAt reports how many words the opener at token k has, and its
// closing word if it opens a clause of purpose; 0 where none stands there
// or no subject follows it.
func (r *Rubric) futureOpenerAt(s *scratch, k int) (int, string) {
	for _, o := range r.futureOpeners {
		j, ok := k, true
		for _, w := range o.words {
			for j < len(s.toks) && s.toks[j].kind != tWord && s.toks[j].sent == s.toks[k].sent {
				j++
			}
			if j >= len(s.toks) || s.toks[j].kind != tWord || string(s.folded(&s.toks[j])) != w {
				ok = false
				break
			}
			j++
		}
		if ok && j < len(s.toks) && s.toks[j].kind == tWord && r.futureSubjects[string(s.folded(&s.toks[j]))] {
			return len(o.words), o.closer
		}
	}
	return 0, ""
}

// closerAfter reports the word w from token t1 to the end of its clause.
func (r *Rubric) closerAfter(s *scratch, t1 int, w string) bool {
	for j := t1; j < len(s.toks) && !r.clauseEnd(s, &s.toks[j]); j++ {
		if s.toks[j].kind == tWord && string(s.folded(&s.toks[j])) == w {
			return true
		}
	}
	return false
}

// futureClauses adds a language's openers of a clause still to come and
// the subjects that may follow them (future_clause.go).
func (p *parser) futureClauses(fl fileLanguage) {
	for _, w := range fl.FutureClauseWords {
		// "om … te": the opener, and the word that closes its clause
		opener, closer, _ := strings.Cut(foldString(normApos(w)), "…")
		p.r.futureOpeners = append(p.r.futureOpeners, futureOpener{words: strings.Fields(opener), closer: strings.TrimSpace(closer)})
	}
	for _, w := range fl.FutureClauseSubjects {
		p.r.futureSubjects[foldString(normApos(w))] = true
	}
}
