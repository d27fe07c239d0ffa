package scoring

// shownSpan returns the words a finding is shown with: its own, or, for a
// fix the writer reports of their own act, its clause (actClause).
func (r *Rubric) shownSpan(s *scratch, f *feature, m *match, lang string) *match {
	if f.ID != "resolved" {
		return m
	}
	if wide, ok := r.actClause(s, m, lang); ok {
		return &wide
	}
	return m
}

// actClause widens a finding that opens with the writer as the subject
// and stops at the verb ("I've asked", "ik heb … gevraagd") to the end of
// its clause, for the explanation and the debrief's marks: the words that
// do the act are "I've asked our network team to check the mast near
// you", not "I've asked" (playtest 28, F4). The points stay the finding's.
func (r *Rubric) actClause(s *scratch, m *match, lang string) (match, bool) {
	aw := r.langs[lang].acts
	if aw == nil || m.whole() || m.t0 < 0 || int(m.t1) >= len(s.toks) || !aw.agents[string(s.folded(&s.toks[m.t0]))] {
		return *m, false
	}
	end, words := int(m.t1), 0
	for end < len(s.toks) && s.toks[end].sent == s.toks[m.t1-1].sent && !r.clauseEnd(s, &s.toks[end]) && words < 12 {
		if s.toks[end].kind == tWord {
			words++
		}
		end++
	}
	for end > int(m.t1) && s.toks[end-1].kind != tWord {
		end--
	}
	if end == int(m.t1) {
		return *m, false
	}
	wide := *m
	z := &s.toks[end-1]
	wide.t1, wide.r1, wide.b1 = int32(end), z.r1, z.b1
	return wide, true
}
