package scoring

import "slices"

func (r *Rubric) hasMatches(s *scratch, f int) bool {
	for i := range s.matches {
		if int(s.matches[i].f) == f && !s.matches[i].dead {
			return true
		}
	}
	return false
}

// countMatches counts feature f's live findings.
func (r *Rubric) countMatches(s *scratch, f int) int {
	n := 0
	for i := range s.matches {
		if int(s.matches[i].f) == f && !s.matches[i].dead {
			n++
		}
	}
	return n
}

// kill removes feature f's findings, all of them (sent0 < 0) or those
// touching sentences sent0..sent1. by is the finding that cancels them (its
// index in s.matches), -1 when no finding does: the explanation names it.
func (r *Rubric) kill(s *scratch, f int, sent0, sent1 int32, by int) {
	for i := range s.matches {
		m := &s.matches[i]
		if int(m.f) != f || m.dead || i == by {
			continue
		}
		if sent0 < 0 || m.sent0 < 0 || (m.sent1 >= sent0 && m.sent0 <= sent1) {
			m.dead = true
			m.by = int32(by + 1)
		}
	}
}

// killWithin removes feature f's findings that lie inside the words of
// finding by (`cancels_within`): "morgen" in "je deadline morgen" is the
// customer's time, not a step, while "ik bel je morgen" in the same
// sentence still is.
func (r *Rubric) killWithin(s *scratch, f int, by int) {
	b := &s.matches[by]
	if b.t0 < 0 {
		return
	}
	for i := range s.matches {
		m := &s.matches[i]
		if int(m.f) != f || m.dead || i == by || m.t0 < 0 {
			continue
		}
		if m.t0 >= b.t0 && m.t1 <= b.t1 {
			m.dead = true
			m.by = int32(by + 1)
		}
	}
}

// killBefore removes feature f's findings that start before finding by
// (`cancels_before`): an apology followed by a denial ("sorry for the late
// fitting. For the record: the worktop is within tolerance") is taken back
// as by a "but", while an apology after it owns the rest ("the tiles are
// within the norm, but we were late, sorry").
func (r *Rubric) killBefore(s *scratch, f int, by int) {
	b := &s.matches[by]
	if b.t0 < 0 {
		return
	}
	for i := range s.matches {
		if m := &s.matches[i]; int(m.f) == f && !m.dead && m.t0 >= 0 && m.t0 < b.t0 {
			m.dead, m.by = true, int32(by+1)
		}
	}
}

// hasStandingMatch reports a live finding of feature u that no live
// finding in its sentences will cancel (`cancels`, `cancels_within`): a
// "keep you posted" read as a step and undone as a promise without a time
// (vague_promise) is no concrete step beside which "we pakken het verder
// op" is how the step is taken (playtest 22, P22-26).
func (r *Rubric) hasStandingMatch(s *scratch, u int) bool {
	for i := range s.matches {
		m := &s.matches[i]
		if int(m.f) != u || m.dead {
			continue
		}
		if !r.cancelledLater(s, m, u) {
			return true
		}
	}
	return false
}

// cancelledLater reports a live finding beside m (in its sentences, or
// around its words) whose feature cancels feature u and earns nothing in
// its place: a fix done that stands for the step ("ik heb het pakket
// opnieuw ingepland") keeps it standing.
func (r *Rubric) cancelledLater(s *scratch, m *match, u int) bool {
	if m.t0 < 0 {
		return false
	}
	for j := range s.matches {
		v := &s.matches[j]
		if v.dead || v == m || v.t0 < 0 {
			continue
		}
		g := r.features[v.f]
		if g.Points > 0 {
			continue
		}
		if slices.Contains(g.Cancels, u) && v.sent1 >= m.sent0 && v.sent0 <= m.sent1 {
			return true
		}
		if slices.Contains(g.CancelsIn, u) && m.t0 >= v.t0 && m.t1 <= v.t1 {
			return true
		}
	}
	return false
}

// cancel lets a feature that undoes others remove them: from the sentences
// it occurs in (`cancels`: a non-apology or "sorry, maar" is no apology, and
// a rhetorical put-down is no invitation to talk), or from the whole reply
// (`cancels_in_reply`: a refusal, an evasion or a template after "wat
// vervelend" leaves the customer with the wall, not the sympathy;
// ../shared/research/webcare-language.md, "Known ways a rule-based rubric
// is gamed").
func (r *Rubric) cancel(s *scratch) {
	// Most features have no finding in a reply: nothing of theirs to
	// cancel, nor anything to cancel with.
	nf := len(r.features)
	s.flags = append(s.flags[:0], make([]bool, nf)...)
	found := s.flags[:nf]
	for i := range s.matches {
		found[s.matches[i].f] = true
	}
	// `unless`: "we geven het door" beside a concrete step is how the
	// step is taken, not an evasion.
	for _, f := range r.features {
		if !found[f.idx] {
			continue
		}
		for _, u := range f.Unless {
			if r.hasStandingMatch(s, u) {
				r.kill(s, f.idx, -1, -1, -1)
				break
			}
		}
	}
	for _, f := range r.cancelOrder {
		if !found[f.idx] {
			continue
		}
		for i := range s.matches {
			m := &s.matches[i]
			if int(m.f) != f.idx || m.dead {
				continue
			}
			for _, c := range f.Cancels {
				if m.sent0 < 0 {
					r.kill(s, c, -1, -1, i)
				} else {
					r.kill(s, c, m.sent0, m.sent1, i)
				}
			}
			for _, c := range f.CancelsReply {
				r.kill(s, c, -1, -1, i)
			}
			for _, c := range f.CancelsIn {
				r.killWithin(s, c, i)
			}
			for _, c := range f.CancelsPrior {
				r.killBefore(s, c, i)
			}
		}
	}
	r.harmClaimsItsWords(s)
}

// harmClaimsItsWords: words that do harm report no good done. A finding
// of what was done or of the customer's matter (settings.claimed_by_harm:
// a fix reported done, ownership, the harm restated) that shares words
// with a live finding of harm (the customer's private matter read out,
// blame, a correction, a wall) is undone by it: "we hebben je echt drie
// herinneringen gestuurd" is the leak, not a fix reported done (playtest
// 20, P20-14), and "we've sent you two reminders about the missed fees"
// no more. A promise stays what it is ("the nurse will call you on
// 07700…" is a step that leaks a number), and so does whatever the reply
// does in other words.
func (r *Rubric) harmClaimsItsWords(s *scratch) {
	for i := range s.matches {
		h := &s.matches[i]
		if h.dead || h.whole() || !r.features[h.f].harms() {
			continue
		}
		for k := range s.matches {
			m := &s.matches[k]
			if m.dead || m.whole() || k == i || !slices.Contains(r.claimedByHarm, int(m.f)) {
				continue
			}
			if m.r0 < h.r1 && h.r0 < m.r1 {
				m.dead, m.by = true, int32(i+1)
			}
		}
	}
}

// replace turns findings of feature from into findings of feature to, where
// keep (nil: everywhere) says so.
func (r *Rubric) replace(s *scratch, from, to int, keep func(*match) bool) {
	for i := range s.matches {
		m := &s.matches[i]
		if int(m.f) != from || m.dead || (keep != nil && !keep(m)) {
			continue
		}
		m.f = int32(to) // in place: the order by place stays
	}
}
