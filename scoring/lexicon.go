package scoring

// The detectors ask of the same reply words, again and again, whether
// they are in one of the rubric's word lists: a clause word, a word that
// gives a reason, a done auxiliary, a function word. Each such question
// was a map lookup, and together they were a fifth of an analysis. The
// lexicon answers them all at once: one lookup per reply word gives a bit
// for every list the word is in (token.lex), and the detectors test the
// bit. The lists stay what the rubric says; the lexicon only remembers
// them by word.

// The bits of the lists every language shares. The bits of a language's
// own lists are handed out from lexLangBase on (lexicon.bit), and the
// function-word mask of r.function sits in the top byte.
const (
	lexClause       uint64 = 1 << iota // r.clauseWords
	lexExcuse                          // r.excuseWords
	lexNotContent                      // r.notContent
	lexIdentifier                      // r.identifierWords
	lexIdentFirst                      // the first word of a two-word key of r.identifierWords
	lexGrade                           // r.gradeWords
	lexWriter                          // firstPerson
	lexSitWord                         // situationContracted
	lexSitPronoun                      // situationPronouns
	lexCopula                          // copulas
	lexCondition                       // r.conditionWords
	lexShortContent                    // r.shortContent
	lexCount                           // countWords

	lexLangBase      = 16
	lexFunctionShift = 56
)

// lexicon maps a folded word to the bits of the lists it is in.
type lexicon struct {
	words map[string]uint64
	bloom bloom
	next  uint // the next free bit of a language's list
}

// mark gives every word of set the bits in b.
func (lx *lexicon) mark(set map[string]bool, b uint64) {
	for w, ok := range set {
		if ok {
			lx.words[w] |= b
		}
	}
}

// bit hands out the bit of a language's own list and marks its words; a
// rubric with more lists than bits is a programming error.
func (lx *lexicon) bit(set map[string]bool) uint64 {
	if lx.next < lexLangBase {
		lx.next = lexLangBase
	}
	if lx.next >= lexFunctionShift {
		panic("scoring: the lexicon has no bit left")
	}
	b := uint64(1) << lx.next
	lx.next++
	lx.mark(set, b)
	return b
}

// buildLexicon fills r.lex from the parsed lists; Parse calls it last.
func (r *Rubric) buildLexicon() {
	lx := &r.lex
	lx.words = map[string]uint64{}
	lx.mark(r.clauseWords, lexClause)
	lx.mark(r.excuseWords, lexExcuse)
	lx.mark(r.notContent, lexNotContent)
	lx.mark(r.gradeWords, lexGrade)
	for w := range r.identifierWords {
		if first, _, two := cutSpace(w); two {
			lx.words[first] |= lexIdentFirst
		} else {
			lx.words[w] |= lexIdentifier
		}
	}
	lx.mark(firstPerson, lexWriter)
	lx.mark(situationContracted, lexSitWord)
	lx.mark(situationPronouns, lexSitPronoun)
	lx.mark(copulas, lexCopula)
	lx.mark(r.conditionWords, lexCondition)
	lx.mark(r.shortContent, lexShortContent)
	for w := range countWords {
		lx.words[w] |= lexCount
	}
	for w, m := range r.function {
		lx.words[w] |= uint64(m) << lexFunctionShift
	}
	for _, lang := range r.langList {
		if aw := r.langs[lang].acts; aw != nil {
			aw.doneAuxBit, aw.agentsBit, aw.doneBit = lx.bit(aw.doneAux), lx.bit(aw.agents), lx.bit(aw.done)
			aw.statesBit, aw.nowBit, aw.newsBit = lx.bit(aw.states), lx.bit(aw.now), lx.bit(aw.news)
			aw.promiseBit, aw.subjectsBit = lx.bit(aw.promise), lx.bit(aw.subjects)
		}
		if ar := r.arranged[lang]; ar != nil {
			ar.fromBit, ar.timesBit = lx.bit(ar.from), lx.bit(ar.times)
		}
	}
	for w := range lx.words {
		lx.bloom.add(fnv32([]byte(w)))
	}
}

// cutSpace splits a key of two words at its first space.
func cutSpace(w string) (first, rest string, two bool) {
	for i := 0; i < len(w); i++ {
		if w[i] == ' ' {
			return w[:i], w[i+1:], true
		}
	}
	return w, "", false
}

// tokenize tokenizes text into s and looks its words up in the lexicon.
func (r *Rubric) tokenize(s *scratch, text, lang string, neg *wordSet) {
	s.tokenize(text, lang, neg)
	for i := range s.toks {
		t := &s.toks[i]
		if t.kind == tWord && r.lex.bloom.has(t.hf) {
			t.lex = r.lex.words[string(s.folded(t))]
		}
	}
	s.markNewSubjects()
}

// function is the function-word mask of r.function for a reply word.
func (t *token) function() uint8 { return uint8(t.lex >> lexFunctionShift) }

// isContent is content for word t of s, read from the word's lexicon
// bits.
func (r *Rubric) isContent(s *scratch, t *token) bool {
	w := s.folded(t)
	if t.kind != tWord {
		return r.content(w)
	}
	if len(w) < 4 && !(len(w) > 0 && w[0] >= '0' && w[0] <= '9') && t.lex&lexShortContent == 0 {
		return false
	}
	return t.lex&lexNotContent == 0
}

// countOfWord is countOf for word t of s: a word of no count list is a
// count only in digits.
func countOfWord(s *scratch, t *token) int {
	if t.kind == tWord && t.lex&lexCount == 0 {
		return countInDigits(s.folded(t))
	}
	return countOf(s.folded(t))
}
