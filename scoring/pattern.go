package scoring

import (
	"bytes"
	"regexp"
	"slices"
	"strings"
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
//	                   one sentence and one clause (never across a
//	                   negation, a colon or ", maar" / ", but")
//	^ _                "_" alone: exactly one word (a name after ^)
//	sorry . maar       "." alone: a sentence end (. ! ? …)
//	< hoi              "<" first: the phrase starts a sentence
//	groet _ >          ">" last: the phrase ends a sentence or the reply
//	hopen dat * >      "* >": the phrase runs on over up to gap_words
//	                   words to the end of its sentence
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
	h    uint32 // fnv32 of s (pStem, pExact): most words differ in it, and it is cheaper to compare
	// aboutReader marks a gap in a phrase that starts with "you" (je, jij,
	// u, you, you're): what follows is something the reader did, so the
	// gap never steps over the writer as a new subject. "Je hebt gelijk,
	// ik heb het verkeerd gelezen" owns a mistake; it is no "je hebt …
	// verkeerd". Nor over a situation as a new subject ("it's", "het
	// is", "which is"): "You're right, it's ridiculous to pay for…" and
	// "je bent vast boos, het is ook gek dat…" judge the situation, not
	// the reader.
	aboutReader bool
	// plain marks a choice of plain and exact words only ("sorry|excuses|
	// =dm"); altStems and altForms then hold a bit of each choice's hash
	// (as the nextFilter does), so that most reply words are turned down
	// without trying each choice.
	plain              bool
	altStems, altForms uint64
}

type pattern struct {
	src      string
	toks     []ptok
	atStart  bool
	atEnd    bool
	toEnd    bool // a gap before ">": the span runs on to the sentence end
	question bool
	re       *regexp.Regexp
	feature  int      // index into Rubric.features; -1 for helper patterns
	admits   bool     // an admission (fileFeature.Admissions): done when said
	req      wordMask // stems every match needs
	anyOf    []altMask
}

// wordMatches tests one word pattern token against a word token.
func wordMatches(s *scratch, pt *ptok, t *token) bool {
	switch pt.kind {
	case pStem:
		return t.hs == pt.h && string(s.stem(t)) == pt.s
	case pExact:
		return t.hf == pt.h && string(s.folded(t)) == pt.s
	case pPrefix:
		f := s.folded(t)
		return len(f) >= len(pt.s) && string(f[:len(pt.s)]) == pt.s
	case pSuffix:
		f := s.folded(t)
		return len(f) >= len(pt.s) && string(f[len(f)-len(pt.s):]) == pt.s
	case pContains:
		return bytes.Contains(s.folded(t), pt.b)
	case pAlt:
		if pt.plain && pt.altStems&(1<<(t.hs&63)) == 0 && pt.altForms&(1<<(t.hf&63)) == 0 {
			return false
		}
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
			// Nor over a contrast word that opens a clause: the writer
			// set the two clauses against each other ("niet verplicht,
			// maar we vergoeden" refuses nothing).
			if toks[j].turn {
				return -1
			}
			if p.aboutReader && toks[j].newSubject {
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
// runToEnd returns the index after the last of up to gapWords words that
// lead from end to the end of their sentence, or -1 where the sentence runs
// on longer (a pattern's "* >").
func runToEnd(toks []token, end, gapWords int) int {
	for words := 0; ; words++ {
		if atSentenceEnd(toks, end) {
			return end
		}
		if words >= gapWords {
			return -1
		}
		for end < len(toks) && skippable(&toks[end]) {
			end++
		}
		if end >= len(toks) || toks[end].kind != tWord {
			return -1
		}
		end++
	}
}

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
		return secondPerson[t.s] || strings.HasPrefix(t.s, "you'")
	case pAlt:
		for _, a := range t.alts {
			if addressesReader(a) {
				return true
			}
		}
	}
	return false
}

// markNewSubjects sets newSubject on each word that opens a clause about
// the writer or the situation, once per text: the gaps of every phrase
// about the reader ask it, and looking the words up at every step of every
// gap cost a twentieth of the analysis.
func (s *scratch) markNewSubjects() {
	for j := range s.toks {
		if t := &s.toks[j]; t.kind == tWord {
			t.newSubject = t.lex&lexWriter != 0 || situationSubject(s.toks, j)
		}
	}
}

// situationWords open a clause whose subject is the situation, not a
// person: "it's", "that's", or "it", "that", "this", "which", "het",
// "dat", "dit", "wat" before a copula (copulas).
var (
	situationContracted = map[string]bool{"it's": true, "that's": true, "it’s": true, "that’s": true}
	situationPronouns   = map[string]bool{"it": true, "that": true, "this": true, "which": true, "het": true, "dat": true, "dit": true, "wat": true}
	copulas             = map[string]bool{"is": true, "was": true, "zijn": true, "waren": true, "blijft": true, "bleef": true}
)

// situationSubject reports whether reply word j opens a clause about the
// situation ("it's", "het is", "which was"), a new subject a phrase about
// the reader does not reach over.
func situationSubject(toks []token, j int) bool {
	if toks[j].lex&lexSitWord != 0 {
		return true
	}
	if toks[j].lex&lexSitPronoun == 0 || j+1 >= len(toks) || toks[j+1].kind != tWord {
		return false
	}
	return toks[j+1].lex&lexCopula != 0
}
