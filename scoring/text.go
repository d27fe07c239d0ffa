package scoring

import (
	"unicode"
	"unicode/utf8"
)

// This file turns a reply into tokens the patterns are matched against.
//
// Every token keeps its span in the original text twice, in code points (what
// the debrief highlights) and in bytes (what Go slices), so a feature's Text
// is always exactly the runes of its span. The folded form (lower case,
// diacritics removed) and the stem live in one scratch buffer per analysis,
// which is reused through a pool: the hot path allocates almost nothing.

type tokKind uint8

const (
	tWord    tokKind = iota // letters and digits, apostrophes inside ("don't", "zo'n")
	tMention                // @handle
	tSoft                   // punctuation that does not end a sentence: , ; : - ( ) " ^ / newline …
	tHard                   // sentence end: . ! ? …
)

type token struct {
	kind   tokKind
	r0, r1 int32 // code point span in the reply, end exclusive
	b0, b1 int32 // byte span in the reply, end exclusive
	f0, f1 int32 // folded form in scratch.buf
	s0, s1 int32 // stem in scratch.buf (words only)
	sent   int32 // sentence number
	punct  rune  // the punctuation rune (tSoft, tHard)
	quoted bool  // inside a quotation of someone else's words
	neg    bool  // a negation word ("niet", "not", "don't")
	turn   bool  // a contrast word that opens a clause ("…, maar we vergoeden"): gaps stop at it
	// newSubject: a word that opens a clause with a subject of its own, the
	// writer ("I", "we") or the situation ("it's", "het is"): a phrase about
	// the reader does not reach over it (markNewSubjects)
	newSubject bool
	hf, hs     uint32 // hashes of the folded form and the stem (words)
	lex        uint64 // the rubric's word lists the word is in (lexicon.go)
}

// scratch is the per-analysis working memory.
type scratch struct {
	toks      []token
	buf       []byte
	question  []bool // per sentence: does it end with a question mark
	covered   []bool // per token: part of a finding (padding)
	carries   []bool // per sentence: says something to the customer (padding)
	excuse    []bool // per sentence: gives a reason why it went wrong (padding)
	matches   []match
	restated  []int32   // tokens of the customer's words a restatement repeats (detectRestates)
	features  []Feature // score: the findings before they are copied out
	ends      []int32   // per feature: end of its last finding
	next      []int32   // markQuotes: next closing mark per token
	name      string    // the customer's first name, folded
	nameSrc   string
	handle    string // the customer's handle without @, folded
	handleSrc string
	flags     []bool   // per feature scratch flags
	asked     bool     // the post asks the brand something (asked.go)
	mask      wordMask // the stems of the reply's words, for skipping patterns quickly
	forms     wordMask // the folded forms of the reply's words, likewise

	// The customer's post, tokenized once and kept while it stays the
	// same (post.go); otherPost is the one asked for before it.
	postState
	otherPost postState
	caseMemo  caseMemo
	nameParts namePartsMemo

	replyWords, earlierWords wordList // repeat.go
}

// wordMask is a 256-bit set of word-stem hashes: a pattern whose words are
// not all (probably) in the reply is not tried at all.
type wordMask [4]uint64

func fnv32(b []byte) uint32 {
	h := uint32(2166136261)
	for _, c := range b {
		h ^= uint32(c)
		h *= 16777619
	}
	return h
}

func (m *wordMask) set(b []byte)          { m.setHash(fnv32(b)) }
func (m *wordMask) setHash(h uint32)      { bit := h & 255; m[bit>>6] |= 1 << (bit & 63) }
func (m *wordMask) has(b []byte) bool     { return m.hasHash(fnv32(b)) }
func (m *wordMask) hasHash(h uint32) bool { bit := h & 255; return m[bit>>6]&(1<<(bit&63)) != 0 }

// bloom is a 4096-bit set of word hashes kept with each index of the
// rubric, so that most words of a reply skip the map lookup entirely.
type bloom [64]uint64

func (b *bloom) add(h uint32)      { bit := h & 4095; b[bit>>6] |= 1 << (bit & 63) }
func (b *bloom) has(h uint32) bool { bit := h & 4095; return b[bit>>6]&(1<<(bit&63)) != 0 }

// wordSet is a set of folded words with its bloom filter.
type wordSet struct {
	words map[string]bool
	bloom bloom
}

func (w *wordSet) add(word string) {
	if w.words == nil {
		w.words = map[string]bool{}
	}
	w.words[word] = true
	w.bloom.add(fnv32([]byte(word)))
}

// asciiWord maps an ASCII letter or digit to its lower case, 0 otherwise.
var asciiWord = func() (t [128]byte) {
	for c := byte('0'); c <= '9'; c++ {
		t[c] = c
	}
	for c := byte('a'); c <= 'z'; c++ {
		t[c] = c
		t[c-'a'+'A'] = c
	}
	return t
}()

func (m *wordMask) covers(o *wordMask) bool {
	return o[0]&^m[0] == 0 && o[1]&^m[1] == 0 && o[2]&^m[2] == 0 && o[3]&^m[3] == 0
}

func (s *scratch) folded(t *token) []byte { return s.buf[t.f0:t.f1] }
func (s *scratch) stem(t *token) []byte   { return s.buf[t.s0:t.s1] }

// isWordRune reports letters, digits and combining marks (so that scripts
// that write vowels as marks keep their words whole).
func isWordRune(r rune) bool {
	if uint32(r) < utf8.RuneSelf {
		return asciiWord[r] != 0 // no combining mark is ASCII: spare the table search
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

func isApostrophe(r rune) bool { return r == '\'' || r == '’' || r == '`' || r == '´' }

func isHard(r rune) bool {
	return r == '.' || r == '!' || r == '?' || r == '…' || r == '¿' || r == '¡'
}

// isQuoteRune reports characters that open or close a quotation.
func isQuoteRune(r rune) bool {
	switch r {
	case '"', '“', '”', '„', '«', '»', '‘', '\'', '’', '‚':
		return true
	}
	return false
}

// tokenize splits text into tokens in s.toks, folding and stemming words
// with the stemmer of lang. It never fails: text the rules do not know
// (emoji, other scripts' symbols, control characters) produces no tokens.
//
// It is one long loop on purpose: it is the hot path of every analysis (a
// draft is analysed at every keystroke, BenchmarkAnalyze280), and each
// rune is read, classified and folded in a single pass without calls.
func (s *scratch) tokenize(text string, lang string, neg *wordSet) {
	s.toks = s.toks[:0]
	s.buf = s.buf[:0]
	s.question = s.question[:0]
	s.mask = wordMask{}
	s.forms = wordMask{}
	rn := int32(0) // code point index
	sent := int32(0)
	lastHard := false
	i := 0
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == ' ':
			// The commonest rune of all makes no token.
		case r == '@' && i+size < len(text) && isHandleStart(text[i+size:]):
			// A mention: @ and the handle, one token.
			j := i + size
			n := int32(1)
			f0 := int32(len(s.buf))
			for j < len(text) {
				r2, sz := utf8.DecodeRuneInString(text[j:])
				if r2 == '.' {
					// a dot inside a handle ("@naomi.d", as Facebook and
					// Instagram write them) belongs to it; one that ends
					// the sentence does not
					if next, _ := utf8.DecodeRuneInString(text[j+sz:]); !(isWordRune(next) || next == '_') {
						break
					}
				} else if !(isWordRune(r2) || r2 == '_') {
					break
				}
				s.buf = appendFolded(s.buf, r2)
				j += sz
				n++
			}
			if lastHard {
				sent++
				lastHard = false
			}
			s.toks = append(s.toks, token{kind: tMention, r0: rn, r1: rn + n, b0: int32(i), b1: int32(j),
				f0: f0, f1: int32(len(s.buf)), s0: f0, s1: int32(len(s.buf)), sent: sent})
			rn += n
			i = j
			continue
		case isWordRune(r):
			j := i
			n := int32(0)
			f0 := int32(len(s.buf))
			for j < len(text) {
				if c := text[j]; c < 0x80 && asciiWord[c] != 0 {
					// The common case, without decoding or tables.
					s.buf = append(s.buf, asciiWord[c])
					j++
					n++
					continue
				}
				r2, sz := utf8.DecodeRuneInString(text[j:])
				if isWordRune(r2) {
					s.buf = appendFolded(s.buf, r2)
					j += sz
					n++
					continue
				}
				// An apostrophe between letters belongs to the word.
				if isApostrophe(r2) && j+sz < len(text) {
					r3, _ := utf8.DecodeRuneInString(text[j+sz:])
					if unicode.IsLetter(r3) && n > 0 {
						s.buf = append(s.buf, '\'')
						j += sz
						n++
						continue
					}
				}
				break
			}
			f1 := int32(len(s.buf))
			if lastHard {
				sent++
				lastHard = false
			}
			t := token{kind: tWord, r0: rn, r1: rn + n, b0: int32(i), b1: int32(j), f0: f0, f1: f1, sent: sent}
			t.hf = fnv32(s.buf[f0:f1])
			s.forms.setHash(t.hf)
			if neg != nil && neg.bloom.has(t.hf) {
				t.neg = neg.words[string(s.buf[f0:f1])]
			}
			t.neg = t.neg || hasNT(s.buf[f0:f1])
			// The stem is appended after the folded form.
			s0 := int32(len(s.buf))
			s.buf = append(s.buf, s.buf[f0:f1]...)
			st := stemBytes(s.buf[s0:], lang)
			t.s0, t.s1 = s0, s0+int32(len(st))
			s.buf = s.buf[:t.s1]
			t.hs = fnv32(st)
			s.mask.setHash(t.hs)
			s.toks = append(s.toks, t)
			rn += n
			i = j
			continue
		case r == '.' && lastWordEnd(s.toks, i) && i+size < len(text) && isWordStart(text[i+size:]):
			// A dot inside a word ("ns.nl", "1.5", "o.a.") ends no sentence.
			s.toks = append(s.toks, token{kind: tSoft, r0: rn, r1: rn + 1, b0: int32(i), b1: int32(i + size), sent: sent, punct: '.'})
		case isHard(r):
			// A run like "?!" ends one sentence: the sentence number moves
			// on only at the next word.
			s.toks = append(s.toks, token{kind: tHard, r0: rn, r1: rn + 1, b0: int32(i), b1: int32(i + size), sent: sent, punct: r})
			for int(sent) >= len(s.question) {
				s.question = append(s.question, false)
			}
			if r == '?' {
				s.question[sent] = true
			}
			lastHard = true
		case r == '\n':
			s.toks = append(s.toks, token{kind: tSoft, r0: rn, r1: rn + 1, b0: int32(i), b1: int32(i + size), sent: sent, punct: '\n'})
		case unicode.IsPunct(r) || unicode.Is(unicode.So, r) || r == '^' || r == '~' || r == '+' || r == '=':
			// Punctuation, and emoji as single symbols (so that a pattern
			// can name one: "😂").
			if lastHard {
				// Closing quotes and brackets after a full stop stay in the
				// sentence they close, and so does an emoji: "Thanks so
				// much! 🙄" rolls its eyes at the thanks. The next word
				// starts a new sentence all the same.
				if !(isQuoteRune(r) || r == ')' || unicode.Is(unicode.So, r)) {
					sent++
					lastHard = false
				}
			}
			s.toks = append(s.toks, token{kind: tSoft, r0: rn, r1: rn + 1, b0: int32(i), b1: int32(i + size), sent: sent, punct: foldPunct(r)})
		}
		rn++
		i += size
	}
	for int(sent) >= len(s.question) {
		s.question = append(s.question, false)
	}
	s.markQuotes(text)
}

// lastWordEnd reports whether the last token is a word ending at byte i.
func lastWordEnd(toks []token, i int) bool {
	return len(toks) > 0 && toks[len(toks)-1].kind == tWord && int(toks[len(toks)-1].b1) == i
}

func isWordStart(rest string) bool {
	r, _ := utf8.DecodeRuneInString(rest)
	return isWordRune(r)
}

func isHandleStart(rest string) bool {
	r, _ := utf8.DecodeRuneInString(rest)
	return isWordRune(r) || r == '_'
}

func hasNT(w []byte) bool {
	n := len(w)
	return n > 3 && w[n-1] == 't' && w[n-2] == '\'' && w[n-3] == 'n'
}

func foldPunct(r rune) rune {
	switch r {
	case '’', '‘', '`', '´', '‚':
		return '\''
	case '“', '”', '„', '«', '»':
		return '"'
	case '–', '—', '‐', '‑', '−':
		return '-'
	}
	return r
}

// markQuotes flags tokens inside quotation marks, and tokens after "je zegt"
// / "you say" up to the end of that sentence is handled by the rubric (it
// knows the introducing phrases). A quote character opens a quotation only
// where it stands before a word and after a space or the start, and only if
// a matching close follows; so the apostrophes of "'t" and "zo'n" are never
// taken for quotes.
func (s *scratch) markQuotes(text string) {
	toks := s.toks
	// next[k]: the first closing mark of each kind at or after token k,
	// computed backwards, so that the whole pass is linear however many
	// unmatched quote marks a text holds.
	n := len(toks)
	s.next = append(s.next[:0], make([]int32, 2*(n+1))...)
	nextD, nextS := s.next[:n+1], s.next[n+1:]
	nextD[n], nextS[n] = -1, -1
	for k := n - 1; k >= 0; k-- {
		nextD[k], nextS[k] = nextD[k+1], nextS[k+1]
		if t := &toks[k]; t.kind == tSoft && closesQuote(text, toks, k) {
			switch t.punct {
			case '"':
				nextD[k] = int32(k)
			case '\'':
				nextS[k] = int32(k)
			}
		}
	}
	for i := 0; i < n; i++ {
		t := &toks[i]
		if t.kind != tSoft || (t.punct != '"' && t.punct != '\'') || !opensQuote(text, toks, i) {
			continue
		}
		next := nextD
		if t.punct == '\'' {
			next = nextS
		}
		j := int(next[i+1])
		if j < 0 {
			continue
		}
		for k := i; k <= j; k++ {
			toks[k].quoted = true
		}
		i = j
	}
}

func opensQuote(text string, toks []token, i int) bool {
	t := toks[i]
	if i+1 >= len(toks) || toks[i+1].kind != tWord || toks[i+1].b0 != t.b1 {
		return false
	}
	if t.b0 > 0 {
		r, _ := utf8.DecodeLastRuneInString(text[:t.b0])
		if !(unicode.IsSpace(r) || r == '(' || r == ':' || r == '[') {
			return false
		}
	}
	if t.punct == '\'' {
		// Dutch contractions: 't, 's, 'n, 'k, 'm, 'r are not quotations.
		w := toks[i+1]
		if w.r1-w.r0 == 1 {
			return false
		}
	}
	return true
}

func closesQuote(text string, toks []token, j int) bool {
	t := toks[j]
	if t.b0 == 0 {
		return false
	}
	prev, _ := utf8.DecodeLastRuneInString(text[:t.b0])
	if unicode.IsSpace(prev) {
		return false
	}
	if int(t.b1) < len(text) {
		next, _ := utf8.DecodeRuneInString(text[t.b1:])
		if isWordRune(next) {
			return false
		}
	}
	return true
}

// appendFolded appends r lower-cased and without diacritics.
func appendFolded(b []byte, r rune) []byte {
	if r < 0x80 {
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return append(b, byte(r))
	}
	r = unicode.ToLower(r)
	if r >= 0xC0 && r < 0x180 {
		if f := latinFold[r-0xC0]; f != 0 {
			if f == '2' { // ligatures and sharp s fold to two letters
				switch r {
				case 'ß':
					return append(b, 's', 's')
				case 'æ':
					return append(b, 'a', 'e')
				case 'œ':
					return append(b, 'o', 'e')
				case 'ĳ':
					return append(b, 'i', 'j')
				}
			}
			return append(b, f)
		}
	}
	if unicode.Is(unicode.Mn, r) && r >= 0x300 && r < 0x370 {
		// Combining accents (a decomposed "é") are dropped.
		return b
	}
	return utf8.AppendRune(b, r)
}

// latinFold maps U+00C0..U+017F (lower-cased) to an ASCII letter; '2'
// marks the ligatures that fold to two letters, 0 leaves the rune as is.
var latinFold = func() [0xC0]byte {
	var t [0xC0]byte
	set := func(chars string, to byte) {
		for _, r := range chars {
			if r >= 0xC0 && r < 0x180 {
				t[r-0xC0] = to
			}
		}
	}
	set("àáâãäåāăą", 'a')
	set("çćĉċč", 'c')
	set("ďđ", 'd')
	set("èéêëēĕėęě", 'e')
	set("ĝğġģ", 'g')
	set("ĥħ", 'h')
	set("ìíîïĩīĭįı", 'i')
	set("ĵ", 'j')
	set("ķ", 'k')
	set("ĺļľŀł", 'l')
	set("ñńņňŉ", 'n')
	set("òóôõöøōŏő", 'o')
	set("ŕŗř", 'r')
	set("śŝşš", 's')
	set("ţťŧ", 't')
	set("ùúûüũūŭůűų", 'u')
	set("ŵ", 'w')
	set("ýÿŷ", 'y')
	set("źżž", 'z')
	set("ßæœĳ", '2')
	return t
}()

// foldString is appendFolded over a whole string (used when compiling
// patterns and for names from the context).
func foldString(s string) string {
	var b []byte
	for _, r := range s {
		b = appendFolded(b, r)
	}
	return string(b)
}
