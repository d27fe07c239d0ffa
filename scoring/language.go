package scoring

import (
	"slices"
	"unicode"
	"unicode/utf8"
)

// detectLanguage flags a reply written mostly in another of the rubric's
// languages, by counting function words ("de", "het", "the", "and").
func (r *Rubric) detectLanguage(s *scratch, f *feature, text, lang string) {
	counts, other := r.functionWords(s)
	if r.mostlyOther(counts, lang) != "" {
		s.addWhole(f.idx)
		return
	}
	own := counts[slices.Index(r.langList, lang)]
	// A language the rubric has no patterns for: mostly letters of another
	// script (Arabic, Cyrillic, Chinese) cannot be Dutch or English, and
	// a Latin-script reply is judged by the common words of French,
	// German, Turkish and others listed in the rubric, as above.
	if otherScript(text) || (other >= 3 && other > 2*own) {
		s.addWhole(f.idx)
	}
}

// dominantLanguage names the rubric language other than lang in which the
// reply is mostly written, by the same count of function words as
// detectLanguage; "" when the reply is in lang or in no rubric language.
func (r *Rubric) dominantLanguage(s *scratch, lang string) string {
	counts, _ := r.functionWords(s)
	return r.mostlyOther(counts, lang)
}

// mostlyOther names the rubric language other than lang whose function
// words outnumber lang's more than twice (at least three of them), or "".
func (r *Rubric) mostlyOther(counts [8]int, lang string) string {
	own := counts[slices.Index(r.langList, lang)]
	for k, l := range r.langList {
		if l != lang && k < len(counts) && counts[k] >= 3 && counts[k] > 2*own {
			return l
		}
	}
	return ""
}

// functionWords counts, per rubric language, the reply's function words
// outside quotations, and the common words of languages without patterns.
func (r *Rubric) functionWords(s *scratch) (counts [8]int, other int) {
	for i := range s.toks {
		t := &s.toks[i]
		if t.kind != tWord || t.quoted {
			continue
		}
		mask, w := r.functionMask(s, t)
		if mask != 0 {
			for k := range r.langList {
				if k < len(counts) && mask&(1<<uint(k)) != 0 {
					counts[k]++
				}
			}
		} else if w != nil && r.otherLang[string(w)] {
			other++
		}
	}
	return counts, other
}

// functionMask is the one reading of a word token as a function word, for
// the language check, the list check and the restated case: the bit set
// of the rubric languages the word is a function word of (sentenceWord for
// a verb of being or a pronoun that marks none), 0 for any other word. w is
// the folded word when it may be in the rubric's lists of small words (a
// function word or a common word of a language without patterns), nil
// when the filter rules that out.
func (r *Rubric) functionMask(s *scratch, t *token) (mask uint8, w []byte) {
	if !r.funcBloom.has(t.hf) {
		return 0, nil
	}
	return t.function(), s.folded(t)
}

// otherScript reports whether most letters of text, outside handles,
// links and quotation marks, are not Latin. Emoji are no letters and do
// not count; a quoted Arabic name in a Dutch reply is outweighed.
func otherScript(text string) bool {
	latin, other := 0, 0
	skip := false
	for i := 0; i < len(text); {
		c := rune(text[i])
		size := 1
		if c >= utf8.RuneSelf {
			c, size = utf8.DecodeRuneInString(text[i:])
		}
		i += size
		switch {
		case c < utf8.RuneSelf:
			// ASCII, the bulk of any Dutch or English reply: no tables.
			switch {
			case c == '@' || c == '#':
				skip = true
			case c == ' ' || c == '\n' || c == '\t' || c == '\r':
				skip = false
			case !skip && (c|0x20 >= 'a' && c|0x20 <= 'z'):
				latin++
			}
		case unicode.IsSpace(c):
			skip = false
		case skip || !unicode.IsLetter(c):
		case unicode.Is(unicode.Latin, c):
			latin++
		default:
			other++
		}
	}
	return other > latin && other >= 4
}
