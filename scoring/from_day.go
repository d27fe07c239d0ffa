package scoring

import "bytes"

// A fix can be a change that takes effect from a day on, told in the
// present tense: "vanaf morgen stopt de 7:12 weer bij de Brink", "from
// Monday the fast train runs every half hour again", "vanaf vanavond zit
// het in de vaste route". The blind writers rank it as they rank a fix
// arranged (arranged.go), above "DM me and I'll raise it": the failure
// that kept coming back has a day on which it stops. The arranged grammar
// misses it, as the verb is a plain present ("stopt", "runs") and not a
// passive, a progressive or a future.
//
// A clause reports such a change when it holds the word that opens a day
// (arranged_from) followed by a day (arranged_times, a number or
// arranged_from_dates, with arranged_from_fillers inside it: "from next
// week", "vanaf maandag 14 april", "from now on"), and
//   - where the day opens the clause, the first word after it is a subject
//     (arranged_subjects, done_subjects, a state's pronoun, or
//     arranged_from_openers: "from tomorrow the 07:12 runs", "from Monday
//     he's on the new timetable") or a finite verb by its ending or a state
//     ("vanaf maandag vaart de pont", "vanaf morgen staan er 40 fietsen");
//     after a comma the next clause is read ("From Monday, the 07:12 runs");
//   - where it does not, the clause opens with such a subject, after a word
//     that joins it to what was done (arranged_from_links: "so", "dus"):
//     "de pont vaart vanaf maandag weer elk kwartier".
// An instruction to the customer opens with a verb and is no change ("From
// now on, measure your bag at home", "order your prescription from now
// on"). It is no fix either with the writer as its subject (a promise or a
// fix the done detector reads), with a negation, a condition, a possibility
// or a duty (promise_words other than the plain future), a verb that only
// passes on, notes or looks, a call promised, a price or a rule
// (arranged_from_not: "from this month the booking fee applies", "vanaf 1
// januari geldt het nieuwe tarief"), a participle the post has, a
// question, or a finding that costs points or sympathy before it.

// reportsFromDay reports whether the clause [c0, c1) tells a change that
// takes effect from a day on (see the file comment).
func (r *Rubric) reportsFromDay(s *scratch, aw *actWords, ar *arrangedRules, c0, c1 int, hasPost bool) bool {
	if ar == nil || len(ar.from) == 0 {
		return false
	}
	k := c0
	for k < c1 && (s.toks[k].kind != tWord || s.toks[k].lex&ar.fromBit == 0) {
		k++
	}
	if k >= c1 {
		return false // most clauses: no day from which anything changes
	}
	j, when := ar.fromDay(s, k+1, c1)
	if !when {
		return false
	}
	first := firstWordAt(s, c0, c1)
	e0, e1 := c0, c1 // the words the change is told in
	if first >= 0 && first != k && ar.fromLinks[string(s.folded(&s.toks[first]))] {
		e0 = first + 1 // "I've done it now, so from next month your bills come …"
		first = firstWordAt(s, e0, c1)
	}
	var opener int
	if first == k {
		if j >= c1 && c1 < len(s.toks) && s.toks[c1].kind == tSoft {
			e1 = c1 + 1 // "From Monday, the 07:12 runs …": read the next clause
			for e1 < len(s.toks) && !r.clauseEnd(s, &s.toks[e1]) {
				e1++
			}
		}
		opener = firstWordAt(s, j, e1)
		if opener < 0 || !ar.opensChange(s, aw, opener, true) {
			return false
		}
	} else if opener = first; !ar.opensChange(s, aw, opener, false) {
		return false
	}
	if r.genericStatement(s, opener) {
		return false // a rule for a whole class: "carers pay nothing"
	}
	for i := e0; i < e1; i++ {
		u := &s.toks[i]
		if u.kind != tWord {
			continue
		}
		w := s.folded(u)
		if ar.subjects[string(w)] || aw.subjects[string(w)] {
			continue // a determiner or a pronoun, never the verb ("her" shares the stem of "here")
		}
		if u.quoted || u.neg || aw.agents[string(w)] || r.conditionWords[string(w)] || ar.contact[string(w)] ||
			aw.promise[string(w)] && !ar.future[string(w)] || ar.notAct(w) || ar.fromNotWord(w) ||
			aw.stock(w, s.stem(u)) && !aw.states[string(w)] || hasPost && r.participle(w) && r.inPost(s, u) {
			return false
		}
	}
	return !r.questionAt(s, e1-1) && !r.clauseHasFinding(s, e0, e1)
}

// fromDay reads the day after the opening word, from token j: the tokens
// it takes, at most four words, and whether it names a day.
func (ar *arrangedRules) fromDay(s *scratch, j, c1 int) (int, bool) {
	when := false
	for n := 0; j < c1 && n < 4; j, n = j+1, n+1 {
		t := &s.toks[j]
		if t.kind != tWord {
			if clockMark(s, j) {
				continue
			}
			break
		}
		w := s.folded(t)
		switch {
		case ar.times[string(w)] || ar.fromDates[string(w)] || isNumber(w) || ar.clock(s, j):
			when = true
		case ar.fromFillers[string(w)]:
		default:
			return j, when
		}
	}
	return j, when
}

// opensChange reports a subject at token k, or, right after a day that
// opens the clause (afterDay), a finite verb: a state or the ending of a
// finite verb.
func (ar *arrangedRules) opensChange(s *scratch, aw *actWords, k int, afterDay bool) bool {
	w := s.folded(&s.toks[k])
	if ar.subjects[string(w)] || aw.subjects[string(w)] || ar.fromOpeners[string(w)] || ar.states[string(w)] && bytes.IndexByte(w, '\'') > 0 {
		return true
	}
	return afterDay && (ar.states[string(w)] || ar.future[string(w)] || hasAnySuffix(w, ar.verbEndings))
}

func (ar *arrangedRules) fromNotWord(w []byte) bool {
	if ar.fromNot[string(w)] {
		return true
	}
	for _, p := range ar.fromNotPre {
		if bytes.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// firstWordAt returns the first word token of [c0, c1), or -1.
func firstWordAt(s *scratch, c0, c1 int) int {
	for k := c0; k < c1; k++ {
		if s.toks[k].kind == tWord {
			return k
		}
	}
	return -1
}
