package scoring

// The brand's own words restate nothing of the customer's: a sales pitch
// ("deze week 20% korting met code BANK20") is the brand's offer, and a
// signature ("- Joyce") the agent's name, even where the customer named
// the agent or the post shares a word with the offer (playtest 14, P14-14;
// playtest 15, P15-4). detectRestates skips them.

// pitchSentences returns a bit per sentence (the first 64) that holds a
// live sales pitch, before or after the promotion detector relabels it.
func (r *Rubric) pitchSentences(s *scratch) uint64 {
	var bits uint64
	for i := range s.matches {
		m := &s.matches[i]
		if m.dead || m.sent0 < 0 {
			continue
		}
		pitch := r.features[m.f].Detector == "promotion"
		if m.aux > 0 && int(m.aux) <= len(r.features) {
			pitch = pitch || r.features[m.aux-1].Detector == "promotion"
		}
		if !pitch {
			continue
		}
		for k := m.sent0; k <= m.sent1 && k < 64; k++ {
			bits |= 1 << uint(k)
		}
	}
	return bits
}

// signatureSpan returns the tokens [t0, t1) of the reply's last live
// signature ("- Joyce", "Groet, Zitcomfort"), or an empty span.
func (r *Rubric) signatureSpan(s *scratch) (int, int) {
	t0, t1 := -1, -1
	sig, ok1 := r.byID["signature"]
	co, ok2 := r.byID["company_signature"]
	for i := range s.matches {
		m := &s.matches[i]
		if m.dead || m.t0 < 0 {
			continue
		}
		if (ok1 && int(m.f) == sig.idx) || (ok2 && int(m.f) == co.idx) {
			t0, t1 = int(m.t0), int(m.t1)
		}
	}
	return t0, t1
}
