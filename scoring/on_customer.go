package scoring

import "slices"

// A reply that answers a complaint only with what the customer must do
// ("Controleer uw ingevoerde standen in de app", "Please make sure your bin
// is visible from the road", "Cabin bags must fit the sizer; please check
// the dimensions before you fly") puts the problem back on them: nothing
// in it is done by the brand, and the instruction says, without a word of
// blame, that the fault is theirs. The retired blind set blind9's writers
// ranked such replies below hollow sympathy, an evasion and a template
// (notes/rubric17.md, 22 of its 74 misranked pairs), and the rubric scored
// them as a neutral reply or, where they repeat the post's nouns, as
// acknowledgement.

func init() {
	detectors["on_customer"] = "an instruction or a duty put to the customer (the feature's patterns) that becomes feature `of` in a reply to a complaint in which the brand does nothing itself and no other fault is found; a feature without `of` is found only as what another one becomes"
}

// detectOnCustomer makes the findings of feature f, an instruction or a
// duty put to the customer, feature f.Of where they are all the reply
// does, and drops them anywhere else: a step, a fix, an offer, ownership
// or a request for details of the brand's own, in another sentence or
// beside the instruction in its own ("Bring the car in tomorrow: we'll
// swap all four"), means the instruction is part of helping, and a reply
// already judged a wall, a referral, blame or a put-down pays for that
// finding, not twice. A fact or a time inside the instruction's sentence
// is the customer's ("make sure your bin is out by 7am"): no step of the
// brand's, and f.Of's `cancels` take it away.
func (r *Rubric) detectOnCustomer(s *scratch, f *feature, lang string) {
	if f.Of < 0 || !r.hasMatches(s, f.idx) {
		return
	}
	r.dropSharedInstructions(s, f, lang)
	var told uint64 // sentences with an instruction to the customer
	for k := range s.matches {
		if m := &s.matches[k]; !m.dead && int(m.f) == f.idx && m.sent0 >= 0 {
			for t := m.sent0; t <= m.sent1 && t < 64; t++ {
				told |= 1 << uint(t)
			}
		}
	}
	if told == 0 {
		return
	}
	// A rule for everyone is a duty too: the step and the time it names
	// ("Pakketten moeten binnen 48 uur worden gemeld") are no step of ours.
	var ruled uint64
	for k := range s.matches {
		if m := &s.matches[k]; !m.dead && r.features[m.f].Detector == "rules" && m.sent0 >= 0 && m.sent0 < 64 {
			ruled |= 1 << uint(m.sent0)
		}
	}
	for k := range s.matches {
		m := &s.matches[k]
		if m.dead || int(m.f) == f.idx {
			continue
		}
		g := r.features[m.f]
		fault := g.Points < 0 && (len(g.CancelsReply) > 0 || len(g.capDims) > 0)
		ours := (slices.Contains(r.substance, g.idx) && g.Detector != "restates") || slices.Contains(r.requests, g.idx)
		switch {
		case !ours:
		case withinSentences(m, ruled):
			ours = false
		case withinSentences(m, told) && (g.Detector == "specifics" || g.ID == "next_step"):
			ours = g.Detector != "specifics" && !r.overlapsFeature(s, m, f.idx)
		}
		if fault || ours {
			r.kill(s, f.idx, -1, -1, -1)
			return
		}
	}
	r.replace(s, f.idx, f.Of, nil)
}

// dropSharedInstructions drops the instructions in a sentence that says
// something else the rubric weighs: sympathy ("hoe machteloos je je moet
// voelen", "how you must feel"), a finding that costs points already (a
// joke, a referral), or the brand as a person ("dat hadden we je moeten
// laten weten", "send it to me and I'll review it"): what the customer is
// told there is not all the sentence does.
func (r *Rubric) dropSharedInstructions(s *scratch, f *feature, lang string) {
	var agents map[string]bool
	if aw := r.langs[lang].acts; aw != nil {
		agents = aw.agents
	}
	for k := range s.matches {
		m := &s.matches[k]
		if m.dead || int(m.f) != f.idx || m.sent0 < 0 {
			continue
		}
		if r.sentenceSays(s, m, f.idx) || sentenceHasWord(s, m.sent0, m.sent1, agents) {
			m.dead = true
		}
	}
}

// sentenceSays reports a live finding in the sentences of m, other than
// one of feature f, that is sympathy or costs points.
func (r *Rubric) sentenceSays(s *scratch, m *match, f int) bool {
	for k := range s.matches {
		o := &s.matches[k]
		if o.dead || int(o.f) == f || o.whole() || o.sent1 < m.sent0 || o.sent0 > m.sent1 {
			continue
		}
		if g := r.features[o.f]; g.Points < 0 || slices.Contains(r.sympathy, g.idx) {
			return true
		}
	}
	return false
}

// sentenceHasWord reports a word of words, not quoted, in sentences
// sent0..sent1.
func sentenceHasWord(s *scratch, sent0, sent1 int32, words map[string]bool) bool {
	if len(words) == 0 {
		return false
	}
	for i := range s.toks {
		t := &s.toks[i]
		if t.kind == tWord && !t.quoted && t.sent >= sent0 && t.sent <= sent1 && words[string(s.folded(t))] {
			return true
		}
	}
	return false
}

// overlapsFeature reports a live finding of feature f whose words overlap
// those of m.
func (r *Rubric) overlapsFeature(s *scratch, m *match, f int) bool {
	for k := range s.matches {
		o := &s.matches[k]
		if !o.dead && int(o.f) == f && o.t0 >= 0 && m.t0 >= 0 && o.t0 < m.t1 && m.t0 < o.t1 {
			return true
		}
	}
	return false
}

// withinSentences reports a finding that lies wholly in the sentences of
// mask.
func withinSentences(m *match, mask uint64) bool {
	if m.sent0 < 0 {
		return false
	}
	for t := m.sent0; t <= m.sent1; t++ {
		if t >= 64 || mask&(1<<uint(t)) == 0 {
			return false
		}
	}
	return true
}
