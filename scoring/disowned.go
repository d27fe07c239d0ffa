package scoring

// detectDisowned keeps a finding of feature f (the brand reporting what its
// side told the customer: "we suggested", "onze medewerker zei", "in onze
// eerste reactie") only where the reply quotes a reproach of the customer
// (feature f.Of, blame) after it in the same sentence and takes it back: an
// admission of ownership follows in that sentence or the next ("That was
// not fair to you", "Dat had hij niet mogen zeggen"). Such a sentence owns
// the brand's earlier mistake; it blames no one (playtest 10, P10-1).
// Elsewhere the report is only words ("As we told you, you should have
// called" repeats the blame), and the finding goes.
func (r *Rubric) detectDisowned(s *scratch, f *feature) {
	for i := range s.matches {
		m := &s.matches[i]
		if int(m.f) != f.idx || m.dead {
			continue
		}
		if m.t0 < 0 || !r.reportsBlame(s, m, f.Of) || !r.takenBack(s, m) {
			m.dead = true
		}
	}
}

// reportsBlame: a live finding of feature blame starts after the report,
// in its sentence.
func (r *Rubric) reportsBlame(s *scratch, m *match, blame int) bool {
	for k := range s.matches {
		b := &s.matches[k]
		if int(b.f) == blame && !b.dead && b.t0 >= m.t1 && b.sent0 == m.sent1 {
			return true
		}
	}
	return false
}

// takenBack: an admission of ownership after the report, in its sentence
// or the next.
func (r *Rubric) takenBack(s *scratch, m *match) bool {
	for k := range s.matches {
		o := &s.matches[k]
		if o.dead || o.t0 < m.t1 || !o.admits || r.features[o.f].ID != "ownership" {
			continue
		}
		if o.sent0 == m.sent1 || o.sent0 == m.sent1+1 {
			return true
		}
	}
	return false
}
