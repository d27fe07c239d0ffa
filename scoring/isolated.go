package scoring

// detectIsolated judges the customer's case set apart from everyone
// else's ("je bent de eerste die hierover klaagt", "other customers got
// their orders on time"; feature f): it tells the customer the problem is
// their own odd case, so it becomes feature f.Of, blame, whose cancels and
// caps then apply, with its own label as the note (playtest 24, P24-17).
// Unlike "dat klopt niet" (detector contradiction) a step or a promise
// beside it does not take it back: "I'll check yours myself" after "you're
// the first to complain" still says it is his case. Only an admission of
// the fault in so many words does ("bij jou ging het bij ons mis, onze
// fout"): then the others' orders measure how badly this one went.
func (r *Rubric) detectIsolated(s *scratch, f *feature) {
	if f.Of < 0 || !r.hasMatches(s, f.idx) {
		return
	}
	admits := r.admitsFault(s)
	for i := range s.matches {
		m := &s.matches[i]
		if int(m.f) != f.idx || m.dead {
			continue
		}
		if admits {
			m.dead = true
		} else {
			m.f, m.aux = int32(f.Of), int16(f.idx+1) // in place: the order by place stays; the note names the isolation
		}
	}
}

// admitsFault reports a live ownership finding found by an admission
// pattern ("onze fout", "that's on us").
func (r *Rubric) admitsFault(s *scratch) bool {
	for i := range s.matches {
		if m := &s.matches[i]; !m.dead && m.admits && r.features[m.f].ID == "ownership" {
			return true
		}
	}
	return false
}
