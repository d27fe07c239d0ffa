package scoring

import "slices"

// detectAsSaid judges a reminder that the brand said it before ("zoals ik
// al zei", "zoals gezegd", "as I said", "as mentioned"; feature f). Before
// the brand's own step or fix in its sentence (f.KeptBy: "Nee, zoals ik al
// zei: hij gaat vandaag weg", "as mentioned, the refund reaches you on
// Friday") it repeats the brand's word and is at most a little impatient:
// it stays f. Before anything else (what the customer did wrong, a rule,
// nothing at all) it tells the customer they did not listen: it becomes
// feature f.Of, a correction (playtest 18, P18-12: "zoals ik al zei" before
// the gym's own promise cost -25 as blame and took the brand-suicide
// ending). Nor is it a correction in a reply that does something and has
// no fault ("Zoals ik al zei: dit mag niemand meer overkomen. Daarom krijgen
// al onze beveiligers vanaf maandag uitleg…" sent HEMA's full repair to the
// boycott ending), or said to a pleased customer ("As I said, you're always
// welcome, Anouk", playtest 19, P19-13): there is nothing it could correct.
func (r *Rubric) detectAsSaid(s *scratch, f *feature, mood float64) {
	for i := range s.matches {
		m := &s.matches[i]
		if int(m.f) != f.idx || m.dead || m.t0 < 0 {
			continue
		}
		kept := r.ownStepFollows(s, f, m) || r.doesSomething(s) || mood > r.delightedAbove
		if r.hasFault(s) || !kept {
			m.f = int32(f.Of) // in place: the order by place stays
		}
	}
}

// ownStepFollows: a live finding of f.KeptBy starts after m in its
// sentence, not undone where it stands, and no finding that costs points
// does.
func (r *Rubric) ownStepFollows(s *scratch, f *feature, m *match) bool {
	kept := false
	for k := range s.matches {
		o := &s.matches[k]
		if o.dead || o.t0 < m.t1 || o.sent0 != m.sent1 {
			continue
		}
		g := r.features[o.f]
		if g.Points < 0 && g != f {
			return false
		}
		if slices.Contains(f.KeptBy, int(o.f)) && !r.undoneWithin(s, o) {
			kept = true
		}
	}
	return kept
}

// undoneWithin: o lies inside the words of a live finding that cancels it
// there (cancels_within: "refunds take 14 days" states a rule, no step).
func (r *Rubric) undoneWithin(s *scratch, o *match) bool {
	for k := range s.matches {
		h := &s.matches[k]
		if !h.dead && h != o && h.t0 >= 0 && h.t0 <= o.t0 && o.t1 <= h.t1 && slices.Contains(r.features[h.f].CancelsIn, int(o.f)) {
			return true
		}
	}
	return false
}
