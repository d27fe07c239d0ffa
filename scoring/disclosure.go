package scoring

import "strings"

// The rubric's own words for a disclosure (rubric.toml, private_disclosure:
// "your last four premiums were not paid", "ik zie in je dossier dat…")
// find a customer's payments, arrears or file named in public in any
// case, not only in the words a scenario lists (playtest 13, P13-34). What
// the customers already said in public themselves ("I missed one payment
// and you cancel my insurance?") is theirs to say: a reply that answers
// it in their words discloses nothing.

// detectDisclosure keeps the disclosure feature f's pattern findings that
// disclose (not the customer's own words, not a time taken for a phone
// number) and adds the scenario's private facts stated in the reply.
func (r *Rubric) detectDisclosure(s *scratch, f *feature, ctx Context, lang, text string) {
	r.keepUndisclosed(s, f, ctx, lang)
	r.keepPhoneNumbers(s, f, ctx, text)
	r.detectPhoneNumbers(s, f, ctx, text)
	r.detectAddresses(s, f, ctx, text)
	r.detectRecords(s, f, ctx, text)
	r.detectMisreadings(s, f, ctx.Misreadings, lang, true)
	r.preferScenarioFacts(s, f)
}

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
			if t.kind != tWord || len(s.folded(t)) < 4 || !r.isContent(s, t) || countWords[string(s.folded(t))] > 0 {
				continue // a count ("twee kinderen", "two months") tells no matter of theirs
			}
			if r.isRelative(s.folded(t)) {
				continue // "van je vader" says whose it is, not what: the post's "mijn vader" posted no health
			}
			// the customer's own words, said in public by them; a word of
			// theirs inside a longer one of the reply counts too ("staat
			// open" in "openstaat", "zwanger" in "zwangerschap")
			if (s.postMask.has(s.stem(t)) && s.post.hasContentStem(r, s.stem(t))) || s.post.hasPrefixOf(r, s.folded(t)) {
				m.dead = true
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

// keepPhoneNumbers drops the findings of the disclosure feature f that end
// on a number too short to be a phone number. The patterns for the
// customer's number read out in public ("your number … 0…", "belt je op
// 0…") end on a number starting with 0, and a time has one too: "DM me
// your number, I'll call you tonight before 21:00" asked for the number in
// private and was scored as leaking it. A phone number has at least nine
// digits, however it is grouped ("06-12345678", "07700 900123").
//
// A number the customer posted themselves is theirs to have made public.
func (r *Rubric) keepPhoneNumbers(s *scratch, f *feature, ctx Context, text string) {
	own := ""
	for k := range s.matches {
		m := &s.matches[k]
		if int(m.f) != f.idx || m.dead || m.t0 < 0 || m.t1 <= m.t0 {
			continue
		}
		b0 := int(s.toks[m.t1-1].b0)
		if b0 >= len(text) || text[b0] != '0' {
			continue
		}
		if digitsFrom(text, b0) < minPhoneDigits {
			m.dead = true
			continue
		}
		if own == "" {
			own = customersDigits(ctx)
		}
		if _, e, _ := phoneAt(text, b0); e > 0 && strings.Contains(own, strings.TrimPrefix(phoneDigits(text[b0:e]), "+")) {
			m.dead = true
		}
	}
}

// digitsFrom counts the digits of the number that starts at byte i of
// text, over the spaces, hyphens, dots, slashes and brackets that group a
// phone number's digits; a colon (a time) or anything else ends it.
func digitsFrom(text string, i int) int {
	n := 0
	for ; i < len(text); i++ {
		switch c := text[i]; {
		case c >= '0' && c <= '9':
			n++
		case c == ' ' || c == '-' || c == '.' || c == '/' || c == '(' || c == ')':
			if i+1 >= len(text) || text[i+1] < '0' || text[i+1] > '9' {
				return n // the number ends before the next word
			}
		default:
			return n
		}
	}
	return n
}

// hasPrefixOf reports whether the (post) scratch has a content word of at
// least four letters that shares its opening with w, each word going on
// for at most maxInflection letters more: the customer's "staat open" in
// "openstaat", "zwanger" in "zwangerschap", "pregnant" in "pregnancy"; not
// "betaling" in "betalingsachterstand", a new matter.
func (ps *scratch) hasPrefixOf(r *Rubric, w []byte) bool {
	const maxInflection = 5
	for j := range ps.toks {
		u := &ps.toks[j]
		if u.kind != tWord {
			continue
		}
		p := ps.folded(u)
		if len(p) < 4 || !r.content(p) {
			continue
		}
		n := 0
		for n < len(p) && n < len(w) && p[n] == w[n] {
			n++
		}
		if n >= 4 && len(p)-n <= maxInflection && len(w)-n <= maxInflection && (n == len(p) || n == len(w) || n >= 6) {
			return true
		}
	}
	return false
}

// isRelative reports a word for someone close to the customer
// (settings.relative_words), or its genitive ("moeders", "dad's").
func (r *Rubric) isRelative(w []byte) bool {
	if r.relativeWords[string(w)] {
		return true
	}
	for _, end := range []string{"'s", "’s", "s"} {
		if len(w) > len(end) && strings.HasSuffix(string(w), end) && r.relativeWords[string(w[:len(w)-len(end)])] {
			return true
		}
	}
	return false
}
