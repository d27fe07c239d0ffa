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

// postComplains reports a case whose post (or an earlier post of the
// customer) voices a complaint beside the praise ("Wel jammer dat de
// pinautomaat er weer uit lag", "shame about the queue"): sympathy or an
// apology for that part was read, and is not misplaced.
func (r *Rubric) postComplains(s *scratch, ctx Context, lang string) bool {
	post := caseText(ctx)
	if post == "" || len(r.complaintWords) == 0 {
		return false
	}
	r.tokenizePost(s, post, lang)
	return s.postComplains
}

// misplacedSympathy keeps the sympathy for a complaint (feature f's own
// findings: "Vervelend om te horen", "sorry to hear that") only in a
// reply to a delighted customer who voiced no complaint. It runs with the
// detectors, so that words of sympathy to an angry customer are no fault
// when the others look for one.
func (r *Rubric) misplacedSympathy(s *scratch, f *feature, ctx Context, mood float64, lang string) {
	if !(mood > r.delightedAbove) || r.apologisesForSlip(s) || r.postComplains(s, ctx, lang) {
		r.kill(s, f.idx, -1, -1, -1)
	}
}

// besideMisplacedApology drops feature f's findings in a sentence whose
// apology is already misplaced ("Sorry to hear that"): that sentence
// pays once.
func (r *Rubric) besideMisplacedApology(s *scratch, f *feature) {
	for _, g := range r.features {
		if g.Detector != "misplaced" {
			continue
		}
		for i := range s.matches {
			if m := &s.matches[i]; !m.dead && int(m.f) == g.idx && m.sent0 >= 0 {
				r.kill(s, f.idx, m.sent0, m.sent1, -1)
			}
		}
	}
}

// postApologises reports a post (in lang) in which the customer apologises
// ("Sorry for the shitty tweet"), by post_apology_words.
func (r *Rubric) postApologises(s *scratch, post, lang string) bool {
	if len(r.postApologyWords) == 0 {
		return false
	}
	r.tokenizePost(s, post, lang)
	return s.postApologises
}
