package scoring

import "slices"

// A request for details makes the promises beside it wait: "DM me your
// order number and I'll call you before 5" calls only once the number
// comes. But a promise with its own time, in a sentence of its own that
// ties it to nothing ("Ik bel je vóór 17:00. Stuur je alvast je
// ordernummer?"), stands on its own: the call comes whatever the
// customer sends, and the request only helps it along. Webcare leads
// tell the two apart by that tie: the request and the promise in one
// sentence, or a word that makes the promise wait ("dan", "zodra", "als",
// "then", "once", "so I can").

// stands reports whether the promise m stands on its own: its sentences
// hold a live time (settings.timed), no request for details and no
// condition word.
func (r *Rubric) stands(s *scratch, m *match) bool {
	if m.t0 < 0 || len(r.timed) == 0 {
		return false
	}
	timed := false
	for i := range s.matches {
		o := &s.matches[i]
		if o.dead || o.t0 < 0 || o.sent1 < m.sent0 || o.sent0 > m.sent1 {
			continue
		}
		switch {
		case slices.Contains(r.requests, int(o.f)):
			return false
		case slices.Contains(r.timed, int(o.f)):
			timed = true
		}
	}
	if !timed {
		return false
	}
	for i := range s.toks {
		t := &s.toks[i]
		if t.sent < m.sent0 || t.sent > m.sent1 || t.kind != tWord {
			continue
		}
		if r.conditionWords[string(s.folded(t))] {
			return false
		}
	}
	return true
}

// anyStands reports whether one of the promises that would wait on the
// request stands on its own: then the reply does something whatever the
// customer sends, and its sympathy does not wait either.
func (r *Rubric) anyStands(s *scratch) bool {
	for i := range s.matches {
		m := &s.matches[i]
		if !m.dead && slices.Contains(r.waiting, int(m.f)) && r.stands(s, m) {
			return true
		}
	}
	return false
}

// anyAdmission reports a live admission ("ik las het verkeerd", "you're
// right"): it is done when said, so the sympathy beside it does not wait on
// the details the reply asks for, as a standing promise does not.
func anyAdmission(s *scratch) bool {
	for i := range s.matches {
		if m := &s.matches[i]; !m.dead && m.admits {
			return true
		}
	}
	return false
}
