package scoring

// The detectors in this file sharpen the third question a webcare lead
// asks of a reply: does it avoid correcting, blaming, brushing off or
// mocking the customer (and anyone else)?

// thirdPartyJokes judges the findings of f, a suggestion that the brand
// enlist someone ("misschien moeten we Frans Bauer vragen wat harder te
// zingen", "maybe we should ask Elon Musk to launch a satellite"). Aimed at
// a third party named in the same sentence, in answer to a complaint, no
// one means it as a step: it is a joke at that person's expense, laugh
// marker or not, and becomes a finding of f.Of. Where the sentence names
// no third party ("misschien kunnen we je morgen bellen"), or names a
// colleague ("onze monteur Jan de Vries"), it is a suggestion and counts
// for nothing. A joke the sentence already has at that person's expense
// ("… ;)") is the same joke, not a second one.
func (r *Rubric) thirdPartyJokes(s *scratch, f *feature, text string, ctx Context) {
	if !r.hasMatches(s, f.idx) {
		return
	}
	third := r.thirdPartySentences(s, text, ctx)
	for i := range s.matches {
		m := &s.matches[i]
		if int(m.f) != f.idx || m.dead {
			continue
		}
		if m.sent0 < 0 || m.sent0 >= 64 || third&(1<<uint(m.sent0)) == 0 || r.namesColleague(s, m.sent0) || r.jokeInSentence(s, f.Of, m.sent0) {
			m.dead = true
			continue
		}
		m.f = int32(f.Of)
	}
}

// namesColleague reports a word for a colleague in sentence k: the person
// named there works with the writer.
func (r *Rubric) namesColleague(s *scratch, k int32) bool {
	for i := range s.toks {
		if t := &s.toks[i]; t.kind == tWord && t.sent == k && r.colleagueWords[string(s.folded(t))] {
			return true
		}
	}
	return false
}

// jokeInSentence reports a live finding of feature f in sentence k.
func (r *Rubric) jokeInSentence(s *scratch, f int, k int32) bool {
	for i := range s.matches {
		if m := &s.matches[i]; int(m.f) == f && !m.dead && m.sent0 <= k && k <= m.sent1 {
			return true
		}
	}
	return false
}
