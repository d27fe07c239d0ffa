package scoring

import (
	"bytes"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The pattern language trainers write in rubric.toml. It is words, not
// regular expressions:
//
//	vervelend          a word; inflected forms match too (vervelende,
//	                   excuus/excuses, bellen/belt), by a light stemmer
//	=dm                exactly this word, no stemming
//	frustr*            a word starting with "frustr"; *loos ends with,
//	                   *schuld* contains
//	sorry|excuses      any of these words
//	kan ik * helpen    "*" alone: up to gap_words words in between, within
//	                   one sentence
//	^ _                "_" alone: exactly one word (a name after ^)
//	sorry . maar       "." alone: a sentence end (. ! ? …)
//	< hoi              "<" first: the phrase starts a sentence
//	groet _ >          ">" last: the phrase ends a sentence or the reply
//	kun je ?           "?" last: only inside a question
//	re:(?i)\bsorry\b   an expert's regular expression on the raw text
//
// Case and diacritics never matter. Commas, colons and quotes in a pattern
// are ignored and commas in the reply are skipped, so "sorry, maar" also
// matches "sorry maar". The symbols ^ - / ~ + and emoji are literal.

type ptKind uint8

const (
	pStem     ptKind = iota // word compared by stem
	pExact                  // =word
	pPrefix                 // word*
	pSuffix                 // *word
	pContains               // *word*
	pAlt                    // a|b|c
	pOne                    // _
	pGap                    // *
	pPunct                  // a literal symbol
	pBoundary               // . ! : a sentence end
)

type ptok struct {
	kind ptKind
	s    string
	alts []ptok
	r    rune
	b    []byte // s as bytes, for pContains
	// aboutReader marks a gap in a phrase that starts with "you" (je, jij,
	// u, you): what follows is something the reader did, so the gap never
	// steps over the writer as a new subject. "Je hebt gelijk, ik heb het
	// verkeerd gelezen" owns a mistake; it is no "je hebt … verkeerd".
	aboutReader bool
}

type pattern struct {
	src      string
	toks     []ptok
	atStart  bool
	atEnd    bool
	question bool
	re       *regexp.Regexp
	feature  int      // index into Rubric.features; -1 for helper patterns
	admits   bool     // an admission (fileFeature.Admissions): done when said
	req      wordMask // stems every match needs
}

// compilePattern parses one pattern of the language lang.
func compilePattern(src, lang string) (*pattern, error) {
	p := &pattern{src: src, feature: -1}
	trimmed := strings.TrimSpace(src)
	if trimmed == "" {
		return nil, patternErrorf("empty pattern")
	}
	if rest, ok := strings.CutPrefix(trimmed, "re:"); ok {
		re, err := compileRegex(rest)
		if err != nil {
			return nil, err
		}
		p.re = re
		return p, nil
	}
	// A word choice is split at punctuation like any other chunk:
	// "in-depth|detailed analysis" would read as "in - depth|detailed
	// analysis" and match only "in-depth". Such a choice must be written
	// as patterns of their own.
	for _, chunk := range strings.Fields(trimmed) {
		if strings.Contains(chunk, "|") && strings.IndexFunc(chunk, func(r rune) bool {
			return !(isWordRune(r) || r == '*' || r == '|' || r == '_' || r == '=' || isApostrophe(r))
		}) >= 0 {
			return nil, patternErrorf("%q: a word with punctuation in it (a hyphen) cannot be one of a choice; write it as a pattern of its own", chunk)
		}
	}
	fields := splitPattern(trimmed)
	if len(fields) > 0 && fields[0] == "<" {
		p.atStart = true
		fields = fields[1:]
	}
	if n := len(fields); n > 0 && fields[n-1] == "?" {
		p.question = true
		fields = fields[:n-1]
	}
	if n := len(fields); n > 0 && fields[n-1] == ">" {
		p.atEnd = true
		fields = fields[:n-1]
	}
	if err := phraseInAlternative(fields); err != nil {
		return nil, inPattern(src, err)
	}
	for _, f := range fields {
		switch f {
		case "*":
			p.toks = append(p.toks, ptok{kind: pGap})
			continue
		case "_":
			p.toks = append(p.toks, ptok{kind: pOne})
			continue
		case ".", "!", "?", "…":
			p.toks = append(p.toks, ptok{kind: pBoundary})
			continue
		case "<", ">":
			return nil, patternErrorf("%q: %q may only stand first (<) or last (>)", src, f)
		}
		r, size := utf8.DecodeRuneInString(f)
		if size == len(f) && !isWordRune(r) && r != '*' && r != '=' && r != '|' { // a bare | is an empty alternative
			p.toks = append(p.toks, ptok{kind: pPunct, r: foldPunct(r)})
			continue
		}
		t, err := compileWord(f, lang)
		if err != nil {
			return nil, inPattern(src, err)
		}
		p.toks = append(p.toks, t)
	}
	// Gaps at the ends mean nothing; a pattern must hold something to find.
	for len(p.toks) > 0 && p.toks[0].kind == pGap {
		p.toks = p.toks[1:]
	}
	for len(p.toks) > 0 && p.toks[len(p.toks)-1].kind == pGap {
		p.toks = p.toks[:len(p.toks)-1]
	}
	if len(p.toks) == 0 {
		return nil, patternErrorf("%q: nothing to match", src)
	}
	if p.toks[0].kind == pBoundary {
		return nil, patternErrorf("%q: a pattern cannot start with a sentence end", src)
	}
	markReaderGaps(p.toks)
	for _, t := range p.toks {
		if t.kind == pStem {
			p.req.set([]byte(t.s))
		}
	}
	return p, nil
}

// compileRegex compiles an expert's regular expression; one that is empty
// or matches the empty text would find something everywhere.
func compileRegex(rest string) (*regexp.Regexp, error) {
	if strings.TrimSpace(rest) == "" {
		return nil, fmt.Errorf("empty regular expression")
	}
	re, err := regexp.Compile(rest)
	if err != nil {
		return nil, fmt.Errorf("regular expression %q: %v", rest, err)
	}
	if re.MatchString("") {
		return nil, fmt.Errorf("regular expression %q matches the empty text", rest)
	}
	return re, nil
}

// splitPattern splits on spaces and separates symbols from words, dropping
// punctuation that the matcher skips anyway (commas, colons, quotes).
func splitPattern(s string) []string {
	var out []string
	// A chunk of symbols only (";)", ":-)") is an emoticon: every symbol
	// is literal.
	for _, chunk := range strings.Fields(s) {
		if strings.IndexFunc(chunk, func(r rune) bool { return isWordRune(r) || r == '*' || r == '_' }) < 0 && len([]rune(chunk)) > 1 {
			for _, r := range chunk {
				out = append(out, string(r))
			}
			continue
		}
		out = append(out, splitChunk(chunk)...)
	}
	return out
}

func splitChunk(s string) []string {
	var out []string
	var cur strings.Builder
	flush := func() {
		if cur.Len() > 0 {
			out = append(out, cur.String())
			cur.Reset()
		}
	}
	for _, r := range s {
		switch {
		case unicode.IsSpace(r):
			flush()
		case isWordRune(r) || r == '*' || r == '|' || r == '_' || r == '=' || isApostrophe(r):
			cur.WriteRune(r)
		case r == ',' || r == ';' || r == ':' || r == '"' || r == '“' || r == '”' || r == '(' || r == ')':
			flush()
		default:
			flush()
			out = append(out, string(r))
		}
	}
	flush()
	return out
}

func compileWord(f, lang string) (ptok, error) {
	if strings.Contains(f, "|") {
		var t ptok
		t.kind = pAlt
		for _, a := range strings.Split(f, "|") {
			if a == "" {
				return t, patternErrorf("empty alternative in %q", f)
			}
			at, err := compileWord(a, lang)
			if err != nil {
				return t, err
			}
			if at.kind == pGap || at.kind == pOne {
				return t, patternErrorf("%q: a wildcard cannot be an alternative", f)
			}
			t.alts = append(t.alts, at)
		}
		return t, nil
	}
	if rest, ok := strings.CutPrefix(f, "="); ok {
		if rest == "" || strings.ContainsAny(rest, "*=") {
			return ptok{}, patternErrorf("bad exact word %q", f)
		}
		return ptok{kind: pExact, s: foldString(normApos(rest))}, nil
	}
	star0 := strings.HasPrefix(f, "*")
	star1 := strings.HasSuffix(f, "*")
	core := strings.Trim(f, "*")
	if core == "" || strings.ContainsAny(core, "*=") {
		return ptok{}, patternErrorf("bad wildcard %q: use * at the start or end of a word, or alone", f)
	}
	core = foldString(normApos(core))
	switch {
	case star0 && star1:
		return ptok{kind: pContains, s: core, b: []byte(core)}, nil
	case star0:
		return ptok{kind: pSuffix, s: core}, nil
	case star1:
		return ptok{kind: pPrefix, s: core}, nil
	}
	return ptok{kind: pStem, s: stemString(core, lang)}, nil
}

func normApos(s string) string {
	return strings.Map(func(r rune) rune {
		if isApostrophe(r) {
			return '\''
		}
		return r
	}, s)
}

// wordMatches tests one word pattern token against a word token.
func wordMatches(s *scratch, pt *ptok, t *token) bool {
	switch pt.kind {
	case pStem:
		return string(s.stem(t)) == pt.s
	case pExact:
		return string(s.folded(t)) == pt.s
	case pPrefix:
		f := s.folded(t)
		return len(f) >= len(pt.s) && string(f[:len(pt.s)]) == pt.s
	case pSuffix:
		f := s.folded(t)
		return len(f) >= len(pt.s) && string(f[len(f)-len(pt.s):]) == pt.s
	case pContains:
		return bytes.Contains(s.folded(t), pt.b)
	case pAlt:
		for i := range pt.alts {
			if wordMatches(s, &pt.alts[i], t) {
				return true
			}
		}
		return false
	case pOne:
		return true
	}
	return false
}

// skippable reports tokens a word pattern steps over: commas and other
// soft punctuation, and @mentions in the middle of a phrase.
func skippable(t *token) bool { return t.kind == tSoft || t.kind == tMention }

// matchFrom matches pattern tokens pt against the reply's tokens from ti and
// returns the index after the last matched token, or -1.
func matchFrom(s *scratch, pt []ptok, ti int, gapWords int) int {
	toks := s.toks
	if len(pt) == 0 {
		return ti
	}
	p := &pt[0]
	switch p.kind {
	case pGap:
		j := ti
		for words := 0; ; words++ {
			if e := matchFrom(s, pt[1:], j, gapWords); e >= 0 {
				return e
			}
			if words >= gapWords {
				return -1
			}
			// Step over one word (and the soft punctuation before it),
			// never over a sentence end, nor over a colon or semicolon:
			// what follows one is a statement of its own ("U heeft
			// gelijk: als wij dicht zijn, betaalt u niet" holds no "u
			// heeft … niet betaald").
			for j < len(toks) && skippable(&toks[j]) {
				if toks[j].kind == tSoft && (toks[j].punct == ':' || toks[j].punct == ';') && !clockColon(s, j) {
					return -1
				}
				j++
			}
			// A negation inside a gap changes the meaning ("je had niet zo
			// lang moeten wachten" is no "je had … moeten"): gaps never
			// step over one.
			if j >= len(toks) || toks[j].kind != tWord || toks[j].neg {
				return -1
			}
			if p.aboutReader && writerSubject(s.buf[toks[j].f0:toks[j].f1]) {
				return -1
			}
			j++
		}
	case pBoundary:
		j := ti
		for j < len(toks) && skippable(&toks[j]) {
			j++
		}
		if j >= len(toks) || toks[j].kind != tHard {
			return -1
		}
		for j < len(toks) && toks[j].kind == tHard {
			j++
		}
		return matchFrom(s, pt[1:], j, gapWords)
	case pPunct:
		j := ti
		// Skip other soft punctuation, but not the symbol we look for.
		for j < len(toks) && toks[j].kind == tSoft && toks[j].punct != p.r && toks[j].punct != '\n' {
			j++
		}
		if j >= len(toks) || toks[j].kind != tSoft || toks[j].punct != p.r {
			return -1
		}
		return matchFrom(s, pt[1:], j+1, gapWords)
	default:
		j := ti
		for j < len(toks) && skippable(&toks[j]) {
			j++
		}
		if j >= len(toks) || toks[j].kind != tWord || !wordMatches(s, p, &toks[j]) {
			return -1
		}
		return matchFrom(s, pt[1:], j+1, gapWords)
	}
}

// atSentenceStart reports whether token i begins a sentence: only
// @mentions, quotes, brackets or dashes stand between it and the start of
// the reply, a sentence end or a line break.
func atSentenceStart(toks []token, i int) bool {
	for j := i - 1; j >= 0; j-- {
		t := &toks[j]
		switch {
		case t.kind == tHard:
			return true
		case t.kind == tMention:
		case t.kind == tSoft && t.punct == '\n':
			return true
		case t.kind == tSoft && t.punct != ',' && t.punct != ';' && t.punct != ':':
		default:
			return false
		}
	}
	return true
}

// atSentenceEnd reports whether nothing but punctuation, mentions or
// emoji stands between token end (exclusive) and a sentence end.
func atSentenceEnd(toks []token, end int) bool {
	for j := end; j < len(toks); j++ {
		t := &toks[j]
		switch {
		case t.kind == tHard:
			return true
		case t.kind == tSoft && t.punct == '\n':
			return true
		case t.kind == tSoft, t.kind == tMention:
		default:
			return false
		}
	}
	return true
}

// contractions are the endings of English contractions and the word each
// stands for: "that's" is "that is", "you'll" is "you will".
var contractions = map[string][]string{"s": {"is", "has"}, "re": {"are"}, "ll": {"will", "shall"},
	"ve": {"have"}, "d": {"would", "had"}, "m": {"am"}}

// phraseInAlternative refuses a pattern that joins a phrase to a word
// with "|", which the language reads as single words: "that's|that is how
// you" means "that's is how you" or "that is how you", never "that's how
// you". The sure sign is a contraction beside its own first word, followed
// by the word the contraction stands for ("that's|that is", "you'll|you
// will", "don't|do not"). Write a pattern for each phrase.
func phraseInAlternative(fields []string) error {
	for i, f := range fields {
		if !strings.Contains(f, "|") || i+1 >= len(fields) {
			continue
		}
		nexts := strings.Split(foldString(fields[i+1]), "|")
		for k := range nexts {
			nexts[k] = strings.TrimPrefix(nexts[k], "=")
		}
		alts := strings.Split(foldString(f), "|")
		for _, b := range alts {
			b = strings.TrimPrefix(normApos(b), "=")
			base, means := "", []string(nil)
			if stem, ok := strings.CutSuffix(b, "n't"); ok {
				base, means = stem, []string{"not"}
				switch stem {
				case "ca":
					base = "can"
				case "wo":
					base = "will"
				}
			} else if k := strings.IndexByte(b, '\''); k > 0 {
				base, means = b[:k], contractions[b[k+1:]]
			}
			next := ""
			for _, m := range means {
				if slices.Contains(nexts, m) {
					next = m
				}
			}
			if base == "" || next == "" {
				continue
			}
			for _, a := range alts {
				if strings.TrimPrefix(a, "=") == base {
					return patternErrorf("%q joins single words: it reads %q or %q and never finds %q alone; write a pattern for each phrase",
						f+" "+fields[i+1], b+" "+next, base+" "+next, b)
				}
			}
		}
	}
	return nil
}

// secondPerson and firstPerson are the subject pronouns of the reader and
// the writer in the rubric's languages (folded to lower case).
var (
	secondPerson = map[string]bool{"je": true, "jij": true, "u": true, "you": true}
	firstPerson  = map[string]bool{"ik": true, "we": true, "wij": true, "i": true}
)

// markReaderGaps marks the gaps of a phrase that starts with "you".
func markReaderGaps(toks []ptok) {
	if !addressesReader(toks[0]) {
		return
	}
	for i := range toks {
		if toks[i].kind == pGap {
			toks[i].aboutReader = true
		}
	}
}

// addressesReader reports whether a pattern token is "you" (or an
// alternative holding it), the start of a phrase about the reader.
func addressesReader(t ptok) bool {
	switch t.kind {
	case pStem, pExact:
		return secondPerson[t.s]
	case pAlt:
		for _, a := range t.alts {
			if addressesReader(a) {
				return true
			}
		}
	}
	return false
}

// writerSubject reports whether a folded reply word is "I" or "we".
func writerSubject(folded []byte) bool { return firstPerson[string(folded)] }
