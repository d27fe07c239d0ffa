package scoring

// The rubric's patterns are indexed by their first word, so that a reply's
// token only meets the patterns that can start with it. Common first words
// ("ik", "we", "you", "sorry") still start a hundred patterns each; most of
// them fail at their second word. So each index entry carries a small
// filter of the words its second token accepts, and a pattern is tried at
// a token only where the next word passes it. The filter only ever says
// "cannot match": every pattern it lets through is matched in full, in the
// order of the index, so the findings are the same as trying them all.

// candidate is a pattern in a first-word index, with what it needs of
// the reply beyond its first word: the next word (the nextFilter's stems,
// forms and any), and the words further on that every match holds
// (lr.needs[need0:need0+nneed], see pattern_needs.go), the first of which
// is kept here too where it is a word of its own (h1). It is packed into
// 32 bytes: the lists of the common first words are walked at every such
// word of the reply.
type candidate struct {
	stems, forms uint64
	pi, need0    int32
	h1           uint32
	nneed        uint16
	any          bool
	first        uint8 // 0: no h1; needStem or needForm: h1 is a stem's or a form's hash
}

const (
	needStem uint8 = 1 + iota
	needForm
)

// admits reports whether the candidate's next-word filter lets w through.
func (c *candidate) admits(w *nextWord) bool {
	if c.any {
		return true
	}
	return w.ok && (c.stems&(1<<(w.hs&63)) != 0 || c.forms&(1<<(w.hf&63)) != 0)
}

// needs is the candidate's needed words.
func (c *candidate) needs(lr *langRules) []needWord {
	return lr.needs[c.need0 : c.need0+int32(c.nneed)]
}

// nextFilter is what a pattern's second token needs of the reply's next
// word: a word whose stem or folded form hashes into stems or forms (a
// 64-bit Bloom filter each). any lets every token through: a pattern of
// one word, or one whose second token is a gap, a symbol, a sentence end,
// a prefix or another wildcard.
type nextFilter struct {
	stems, forms uint64
	any          bool
}

// nextWord is the word that follows a token in the matcher's sense:
// soft punctuation and mentions are stepped over. ok is false where a
// sentence end or the end of the reply comes first.
type nextWord struct {
	hs, hf uint32
	ok     bool
}

// secondWordFilter works out the filter of a pattern's second token.
func secondWordFilter(p *pattern) nextFilter {
	if len(p.toks) < 2 {
		return nextFilter{any: true}
	}
	t := p.toks[1]
	alts := []ptok{t}
	if t.kind == pAlt {
		alts = t.alts
	}
	var f nextFilter
	for _, a := range alts {
		switch a.kind {
		case pStem:
			f.stems |= 1 << (fnv32([]byte(a.s)) & 63)
		case pExact:
			f.forms |= 1 << (fnv32([]byte(a.s)) & 63)
		default:
			return nextFilter{any: true}
		}
	}
	return f
}

// wordAfter returns the word after token i, stepping over what the
// matcher steps over (skippable).
func wordAfter(toks []token, i int) nextWord {
	for j := i + 1; j < len(toks); j++ {
		t := &toks[j]
		if skippable(t) {
			continue
		}
		if t.kind != tWord {
			break
		}
		return nextWord{hs: t.hs, hf: t.hf, ok: true}
	}
	return nextWord{}
}

// add indexes a compiled pattern by its first word: by stem, by exact
// form, by the first two letters of a prefix, by symbol. Words are keyed
// by their hash, which the tokenizer has already worked out: where two
// keys share a hash their patterns share a list, and the patterns of the
// other word fail at their first word, so the findings stay the same. A
// suffix ("*aandoening") is keyed by its last two letters. Only patterns
// that start with a "contains" or "_" are tried everywhere.
func (lr *langRules) add(p *pattern) {
	i := int32(len(lr.patterns))
	lr.patterns = append(lr.patterns, p)
	if p.re != nil {
		lr.regex = append(lr.regex, i)
		return
	}
	first := p.toks[0]
	alts := []ptok{first}
	if first.kind == pAlt {
		alts = first.alts
	}
	next := secondWordFilter(p)
	c := candidate{pi: i, stems: next.stems, forms: next.forms, any: next.any}
	lr.setNeeds(&c, p)
	put := func(l []candidate) []candidate {
		if len(l) > 0 && l[len(l)-1].pi == i {
			return l // two alternatives with one key
		}
		return append(l, c)
	}
	generic := false
	for _, t := range alts {
		switch {
		case t.kind == pStem:
			h := fnv32([]byte(t.s))
			lr.stemIdx[h] = put(lr.stemIdx[h])
			lr.stemBloom.add(h)
		case t.kind == pExact:
			h := fnv32([]byte(t.s))
			lr.wordIdx[h] = put(lr.wordIdx[h])
			lr.wordBloom.add(h)
		case t.kind == pPrefix && len(t.s) >= 2:
			h := fnv32([]byte(t.s[:2]))
			lr.prefixIdx[h] = put(lr.prefixIdx[h])
			lr.prefixBloom.add(h)
		case t.kind == pSuffix && len(t.s) >= 2:
			h := fnv32([]byte(t.s[len(t.s)-2:]))
			lr.suffixIdx[h] = put(lr.suffixIdx[h])
			lr.suffixBloom.add(h)
		case t.kind == pPunct:
			lr.punctIdx[t.r] = put(lr.punctIdx[t.r])
		default:
			generic = true
		}
	}
	if generic {
		lr.generic = append(lr.generic, c)
	}
}

// matchPatterns tries every pattern that can start at each token: by stem,
// exact form, two-letter prefix or suffix, or symbol, and the few that can
// start anywhere; then the experts' regular expressions.
func (r *Rubric) matchPatterns(s *scratch, lr *langRules, text string) {
	var rw replyWords
	for i := range s.toks {
		if t := &s.toks[i]; t.kind == tWord {
			rw.stems.add(t.hs)
			rw.forms.add(t.hf)
		}
	}
	// The patterns that can start anywhere are met at every word: those
	// whose needed words the reply lacks are set aside once, in order.
	var buf [32]candidate
	generic := lr.generic
	if len(generic) <= len(buf) {
		generic = buf[:0]
		for _, c := range lr.generic {
			if rw.alive(c.pi, c.needs(lr)) {
				generic = append(generic, c)
			}
		}
	}
	for i := range s.toks {
		t := &s.toks[i]
		switch t.kind {
		case tWord:
			next := wordAfter(s.toks, i)
			if lr.stemBloom.has(t.hs) {
				r.tryAll(s, lr, lr.stemIdx[t.hs], i, &next, &rw)
			}
			if lr.wordBloom.has(t.hf) {
				r.tryAll(s, lr, lr.wordIdx[t.hf], i, &next, &rw)
			}
			if f := s.folded(t); len(f) >= 2 {
				if h := fnv32(f[:2]); lr.prefixBloom.has(h) {
					r.tryAll(s, lr, lr.prefixIdx[h], i, &next, &rw)
				}
				if h := fnv32(f[len(f)-2:]); lr.suffixBloom.has(h) {
					r.tryAll(s, lr, lr.suffixIdx[h], i, &next, &rw)
				}
			}
			r.tryAll(s, lr, generic, i, &next, &rw)
		case tSoft:
			if cs := lr.punctIdx[t.punct]; len(cs) > 0 {
				next := wordAfter(s.toks, i)
				r.tryAll(s, lr, cs, i, &next, &rw)
			}
		}
	}
	for _, pi := range lr.regex {
		r.tryRegex(s, text, lr.patterns[pi])
	}
}

// tryAll tries the candidates at token i whose second word can be next
// and whose needed words are in the reply.
func (r *Rubric) tryAll(s *scratch, lr *langRules, cs []candidate, i int, next *nextWord, rw *replyWords) {
	for k := range cs {
		if c := &cs[k]; c.admits(next) && rw.first(c) && rw.alive(c.pi, c.needs(lr)) {
			r.try(s, lr, c.pi, i)
		}
	}
}

// altMask is a word of a pattern that the reply must hold, given as the
// hashes of its alternatives' stems and exact forms ("sorry|excuses",
// "=dm"): a pattern with a word none of whose forms is in the reply is not
// tried at all.
type altMask struct{ stems, forms wordMask }

// setRequirements works out the words every match of p needs: its plain
// words by stem (req), and each word with alternatives or an exact form as
// one altMask. A word with a wildcard ("frustr*") requires nothing
// checkable.
func (p *pattern) setRequirements() {
	for _, t := range p.toks {
		switch t.kind {
		case pStem:
			p.req.setHash(t.h)
		case pExact:
			var m altMask
			m.forms.setHash(t.h)
			p.anyOf = append(p.anyOf, m)
		case pAlt:
			if m, ok := alternativesMask(t.alts); ok {
				p.anyOf = append(p.anyOf, m)
			}
		}
	}
}

func alternativesMask(alts []ptok) (altMask, bool) {
	var m altMask
	for _, a := range alts {
		switch a.kind {
		case pStem:
			m.stems.setHash(a.h)
		case pExact:
			m.forms.setHash(a.h)
		default:
			return m, false
		}
	}
	return m, true
}

// hasOneOfEach reports whether the reply holds, for every altMask, a word
// with one of its stems or forms (probably: the masks are Bloom filters).
func (s *scratch) hasOneOfEach(ms []altMask) bool {
	for k := range ms {
		if !s.mask.meets(&ms[k].stems) && !s.forms.meets(&ms[k].forms) {
			return false
		}
	}
	return true
}

// meets reports whether two masks share a bit.
func (m *wordMask) meets(o *wordMask) bool {
	return m[0]&o[0] != 0 || m[1]&o[1] != 0 || m[2]&o[2] != 0 || m[3]&o[3] != 0
}
