package scoring

// detectWhoseWords runs the detectors that tell whose words a finding
// reports: the brand's earlier ones taken back (disowned), the brand's own
// repeated (as_said), a name someone else called (reported_name).
func (r *Rubric) detectWhoseWords(s *scratch, f *feature, lang string) {
	switch f.Detector {
	case "disowned":
		r.detectDisowned(s, f)
	case "reported_name":
		r.detectReportedName(s, f, lang)
	}
}

// detectReportedName keeps a verb of calling (feature f: "noemen",
// "uitmaken voor", "calling") only where a term of abuse (feature f.Of, an
// insult) is its complement in the same clause and the brand is not its
// subject; the finding then spans the verb and the name, and cancels the
// insult inside it. "Calling my team idiots won't get your order here any
// faster", "mijn team idioten noemen brengt je bestelling niet sneller",
// "als je ons oplichters noemt": the name is the customer's word,
// reported, not the brand calling him one (playtest 18, P18-19). English
// puts the name after the verb, Dutch also before it ("ons voor dieven
// uitmaken"), which a quote intro (that marks what follows it) cannot
// reach. "Ik noem je een sukkel", "dan noem ik je…", "I'll call you an
// idiot" have the brand as subject and stay insults.
func (r *Rubric) detectReportedName(s *scratch, f *feature, lang string) {
	aw := r.langs[lang].acts
	for i := range s.matches {
		m := &s.matches[i]
		if int(m.f) != f.idx || m.dead {
			continue
		}
		n := -1
		if m.t0 >= 0 && aw != nil {
			n = r.calledName(s, m, f.Of)
		}
		if n < 0 || r.brandCalls(s, aw, m, &s.matches[n]) {
			m.dead = true
			continue
		}
		o := &s.matches[n]
		t0, t1 := min(m.t0, o.t0), max(m.t1, o.t1)
		a, z := &s.toks[t0], &s.toks[t1-1]
		m.t0, m.t1, m.r0, m.r1, m.b0, m.b1 = t0, t1, a.r0, z.r1, a.b0, z.b1
	}
}

// Words a term of abuse may stand from its verb of calling: "calling my
// whole team a bunch of idiots", "ons met z'n allen prutsers noemen".
const (
	nameAfterVerbWords  = 6
	nameBeforeVerbWords = 5
)

// calledName returns the index of a live finding of feature name in the
// clause of the verb m, after it (within nameAfterVerbWords words) or
// before it (within nameBeforeVerbWords), or -1.
func (r *Rubric) calledName(s *scratch, m *match, name int) int {
	for k := range s.matches {
		o := &s.matches[k]
		if int(o.f) != name || o.dead || o.t0 < 0 {
			continue
		}
		if o.t0 >= m.t1 && r.sameClause(s, int(m.t1), int(o.t0), nameAfterVerbWords) {
			return k
		}
		if o.t1 <= m.t0 && r.sameClause(s, int(o.t1), int(m.t0), nameBeforeVerbWords) {
			return k
		}
	}
	return -1
}

// sameClause: tokens [i, j) hold no clause end and at most words words.
func (r *Rubric) sameClause(s *scratch, i, j, words int) bool {
	n := 0
	for k := i; k < j; k++ {
		t := &s.toks[k]
		if r.clauseEnd(s, t) {
			return false
		}
		if t.kind == tWord {
			n++
		}
	}
	return n <= words
}

// brandCalls reports whether the brand is the subject of the verb of
// calling m with the name o: a first-person subject right before the verb
// (auxiliaries and adverbs between: "I'll call you", "ik noem je"), right
// after it where the verb may come first ("dan noem ik je"), or, where
// the name comes before the verb, in the clause before the name ("dat ik
// je een sukkel noem": a first person right before the reader is the
// subject, the reader the object). A first person who only thinks or understands
// ("ik snap dat je ons oplichters noemt", "I think calling…") is the
// subject of that verb, not of the calling; a reader ("je", "you") before
// it is the customer calling.
func (r *Rubric) brandCalls(s *scratch, aw *actWords, m, o *match) bool {
	if aw.inverted {
		if v := int(m.t1); v < len(s.toks) && s.toks[v].kind == tWord && aw.agents[string(s.folded(&s.toks[v]))] {
			return true
		}
	}
	for k := int(min(m.t0, o.t0)) - 1; k >= 0; k-- {
		t := &s.toks[k]
		if r.clauseEnd(s, t) {
			return false
		}
		if t.kind != tWord {
			continue
		}
		w := string(s.folded(t))
		switch {
		case aw.agents[w]:
			return !r.thinksOnly(s, aw, k)
		case secondPerson[w] || w == "jullie":
			// "omdat ik je een idioot noem": a subject first, then the
			// reader as object.
			return o.t0 < m.t0 && k > 0 && s.toks[k-1].kind == tWord && aw.agents[string(s.folded(&s.toks[k-1]))]
		case o.t0 > m.t0 && !aw.aux[w]:
			// The name follows the verb: the subject stands right before
			// it, past auxiliaries and adverbs only.
			return false
		}
	}
	return false
}

// thinksOnly: the first-person word at k is followed by a verb that does
// nothing (not_acts: "vind", "snap", "think"): its subject, not the
// calling's.
func (r *Rubric) thinksOnly(s *scratch, aw *actWords, k int) bool {
	if k+1 >= len(s.toks) || s.toks[k+1].kind != tWord {
		return false
	}
	t := &s.toks[k+1]
	return aw.stock(s.folded(t), s.stem(t))
}
