package scoring

import "slices"

// Patterns that start with a common word ("je", "we", "sorry") and go on
// over a gap pass the next-word filter at every such word; most of them
// need a word further on that the reply lacks. So each index entry carries
// the words every match holds beyond its first: its plain words (by the
// hash of the stem), its exact words (by the hash of the form) and its
// choices of those ("reactie|bericht|tweet": one of them). They are looked
// up in Bloom filters of the reply's words, large enough that a word the
// reply lacks is nearly always told apart, before the pattern is opened.
// Like the next-word filter, they only ever say "cannot match".

// needWord is one choice of a word a pattern needs: its stem's hash, or
// its folded form's. last closes a group: one of the group's choices must
// be in the reply.
type needWord struct {
	h    uint32
	stem bool
	last bool
}

// maxNeeds is how many groups of needed words an entry keeps: the most
// telling ones, single words (the longest first) before the smallest
// choices.
const maxNeeds = 4

// setNeeds appends the needed words of p to lr.needs and gives c their
// range, and the first of them where it is a word of its own.
func (lr *langRules) setNeeds(c *candidate, p *pattern) {
	var groups [][]needWord
	for _, t := range p.toks[1:] {
		switch {
		case t.kind == pStem || t.kind == pExact:
			groups = append(groups, []needWord{{h: t.h, stem: t.kind == pStem}})
		case t.kind == pAlt && t.plain:
			var g []needWord
			for _, a := range t.alts {
				g = append(g, needWord{h: a.h, stem: a.kind == pStem})
			}
			groups = append(groups, g)
		}
	}
	wordLen := func(g []needWord) int {
		for _, t := range p.toks[1:] {
			if (t.kind == pStem || t.kind == pExact) && t.h == g[0].h {
				return len(t.s)
			}
		}
		return 0
	}
	slices.SortStableFunc(groups, func(a, b []needWord) int {
		if len(a) != len(b) {
			return len(a) - len(b)
		}
		if len(a) == 1 {
			return wordLen(b) - wordLen(a)
		}
		return 0
	})
	c.need0 = int32(len(lr.needs))
	for _, g := range groups[:min(len(groups), maxNeeds)] {
		g[len(g)-1].last = true
		lr.needs = append(lr.needs, g...)
	}
	c.nneed = uint16(len(lr.needs) - int(c.need0))
	if len(groups) > 0 && len(groups[0]) == 1 {
		c.h1, c.first = groups[0][0].h, needForm
		if groups[0][0].stem {
			c.first = needStem
		}
	}
}

// replyWords holds the hashes of the reply's words, stems and folded
// forms (the 256-bit masks of scratch are too small to tell much), and
// what holds answered for each of the first 4096 patterns: a pattern is
// met at every "je" of the reply, and its needs are the same each time.
type replyWords struct {
	stems, forms bloom
	known, ok    bloom // by pattern index
}

// first reports whether the reply may hold the candidate's first needed
// word, where it has one of its own: most candidates that fail, fail
// there, without a look at lr.needs.
func (rw *replyWords) first(c *candidate) bool {
	switch c.first {
	case needStem:
		return rw.stems.has(c.h1)
	case needForm:
		return rw.forms.has(c.h1)
	}
	return true
}

// alive is holds for pattern pi, answered once per reply.
func (rw *replyWords) alive(pi int32, needs []needWord) bool {
	if pi >= 4096 {
		return rw.holds(needs)
	}
	if rw.known.has(uint32(pi)) {
		return rw.ok.has(uint32(pi))
	}
	rw.known.add(uint32(pi))
	if !rw.holds(needs) {
		return false
	}
	rw.ok.add(uint32(pi))
	return true
}

// holds reports whether the reply may hold a choice of every group of
// needs.
func (rw *replyWords) holds(needs []needWord) bool {
	ok := false
	for i := range needs {
		n := &needs[i]
		if !ok {
			if n.stem {
				ok = rw.stems.has(n.h)
			} else {
				ok = rw.forms.has(n.h)
			}
		}
		if n.last {
			if !ok {
				return false
			}
			ok = false
		}
	}
	return true
}
