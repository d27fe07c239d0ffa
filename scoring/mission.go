package scoring

// detectMission lets feature f's findings (what the brand says of itself
// to everyone: "wij zetten ons dagelijks met veel passie in", "we are
// committed to") cover their whole clause: the striving is the
// whole clause, and the step or act its words seem to name ("om alle
// inwoners zo goed mogelijk te ondersteunen", "to making every change
// simple") is part of it, for everyone and for no one in particular
// (cancels_within). A clause is bounded by punctuation and by the words
// that join clauses (clause_words).
func (r *Rubric) detectMission(s *scratch, f *feature) {
	for i := range s.matches {
		m := &s.matches[i]
		if int(m.f) != f.idx || m.dead || m.t0 < 0 {
			continue
		}
		inClause := func(k int) bool {
			t := &s.toks[k]
			return t.sent == s.toks[m.t0].sent && t.kind != tSoft && t.kind != tHard && !(t.kind == tWord && t.lex&lexClause != 0)
		}
		start := int(m.t0)
		for start > 0 && inClause(start-1) {
			start--
		}
		for start < int(m.t0) && s.toks[start].kind != tWord {
			start++
		}
		if start < int(m.t0) {
			first := &s.toks[start]
			m.t0, m.r0, m.b0, m.sent0 = int32(start), first.r0, first.b0, first.sent
		}
		end := int(m.t1)
		for end < len(s.toks) && inClause(end) {
			end++
		}
		for end > int(m.t1) && s.toks[end-1].kind != tWord {
			end--
		}
		if end > int(m.t1) {
			last := &s.toks[end-1]
			m.t1, m.r1, m.b1, m.sent1 = int32(end), last.r1, last.b1, last.sent
		}
	}
}
