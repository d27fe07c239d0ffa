package scoring

import "strings"

// The rubric's own words for a disclosure (rubric.toml, private_disclosure:
// "your last four premiums were not paid", "ik zie in je dossier dat…")
// find a customer's payments, arrears or file named in public in any
// case, not only in the words a scenario lists (playtest 13, P13-34). What
// the customers already said in public themselves ("I missed one payment
// and you cancel my insurance?") is theirs to say: a reply that answers
// it in their words discloses nothing.

// keepUndisclosed drops the pattern findings of the disclosure feature f
// that repeat a word of the customer's own posts (the post answered and
// the customer's earlier posts; not the agent's situation, which holds
// what was learnt in private).
func (r *Rubric) keepUndisclosed(s *scratch, f *feature, ctx Context, lang string) {
	if !r.hasMatches(s, f.idx) || (ctx.CustomerPost == "" && len(ctx.Thread) == 0) {
		return
	}
	own := ctx.CustomerPost
	if len(ctx.Thread) > 0 {
		own = strings.Join(append([]string{ctx.CustomerPost}, ctx.Thread...), "\n")
	}
	r.tokenizePost(s, own, lang)
	for k := range s.matches {
		m := &s.matches[k]
		if int(m.f) != f.idx || m.dead || m.t0 < 0 {
			continue
		}
		for i := m.t0; i < m.t1; i++ {
			t := &s.toks[i]
			if t.kind != tWord || len(s.folded(t)) < 4 || !r.content(s.folded(t)) {
				continue
			}
			if s.postMask.has(s.stem(t)) && s.post.hasContentStem(r, s.stem(t)) {
				m.dead = true // the customer's own words, said in public by them
				break
			}
		}
	}
}

// preferScenarioFacts drops the pattern findings of the disclosure feature
// f where the scenario's own private fact is found: it is the same breach,
// and the finding that names the fact is the one the debrief shows.
func (r *Rubric) preferScenarioFacts(s *scratch, f *feature) {
	named := false
	for k := range s.matches {
		if m := &s.matches[k]; int(m.f) == f.idx && !m.dead && m.aux > 0 {
			named = true
			break
		}
	}
	if !named {
		return
	}
	for k := range s.matches {
		if m := &s.matches[k]; int(m.f) == f.idx && m.aux == 0 {
			m.dead = true
		}
	}
}
