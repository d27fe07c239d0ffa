package scoring

// Apologies to a pleased customer: which of them the misplaced detector
// leaves alone (playtest 11, P11-2, P11-5, P11-6).

// apologisesForSlip reports an apology that names the brand's own slip
// (apology_for_slip in its sentence: "sorry for my first reply", "sorry
// nog voor het gedoe") or owns a mistake (an admission): to a pleased
// customer such a reply was read, and none of its apologies is misplaced.
func (r *Rubric) apologisesForSlip(s *scratch) bool {
	slip, own, apology := r.byID["apology_for_slip"], r.byID["ownership"], r.byID["apology"]
	if slip == nil || apology == nil {
		return false
	}
	for i := range s.matches {
		m := &s.matches[i]
		if m.dead || !(int(m.f) == slip.idx || (own != nil && int(m.f) == own.idx && m.admits)) {
			continue
		}
		for j := range s.matches {
			a := &s.matches[j]
			if !a.dead && int(a.f) == apology.idx && a.sent0 <= m.sent1 && m.sent0 <= a.sent1 {
				return true
			}
		}
	}
	return false
}

// acceptsApology reports an apology word inside the customer's apology
// accepted ("Apology accepted", "dank voor je excuses"): not the brand's.
func (r *Rubric) acceptsApology(s *scratch, a *match) bool {
	acc := r.byID["accepts_apology"]
	if acc == nil {
		return false
	}
	for i := range s.matches {
		if m := &s.matches[i]; !m.dead && int(m.f) == acc.idx && m.r0 <= a.r0 && a.r1 <= m.r1 {
			return true
		}
	}
	return false
}
