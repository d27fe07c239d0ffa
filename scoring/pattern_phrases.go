package scoring

import (
	"fmt"
	"strings"
)

// "|" joins single words: "sorry voor het|de ongemak" reads "het" or "de"
// between "voor" and "ongemak". A pattern written as if "|" joined phrases
// ("my mistake|our bad", meant as "my mistake" or "our bad") reads
// "mistake" or "our" between "my" and "bad", finds "my our bad" and never
// what was meant, and nothing said so. The rubric refuses such a pattern
// where its words give it away (phraseAlternative):
//
//   - a word of the alternative repeats a word beside it: "in future|the
//     future" (meant "in future" or "in the future"), "vanaf nu|vanaf
//     vandaag", "niet meer|nooit meer|nooit";
//   - the alternative follows a possessive, a personal word or a negation
//     and holds another such word beside a word that is none: the other
//     word opens a phrase of its own, as "our" in "my mistake|our bad" or
//     "not" in "no longer|not welcome".
//
// Whatever the rubric cannot tell from its words still passes: "do
// much|anything|a lot about" is read as written.

// phraseSettings are the words that open a phrase the way "my" and "our"
// do, for phraseAlternative; personal words and negations come from
// person_words, addressee_words and each language's negation.
type phraseSettings struct {
	Possessives []string `toml:"possessives"`
}

// phraseAlternative is the reason fields (a pattern split, anchors off)
// read a "|" as joining phrases, or "". opener says whether a word opens a
// phrase (a possessive, a personal word, a negation), function whether it
// is a function word of the language: "message us your|the details" holds
// two determiners, one word or the other, and passes.
func phraseAlternative(fields []string, opener, function func(string) bool) string {
	word := func(k int) bool {
		if k < 0 || k >= len(fields) {
			return false
		}
		f := fields[k]
		return f != "_" && !strings.ContainsAny(f, "*.!?…")
	}
	same := func(a, b string) bool {
		return foldString(strings.TrimPrefix(a, "=")) == foldString(strings.TrimPrefix(b, "="))
	}
	for i, f := range fields {
		if !strings.Contains(f, "|") || !word(i-1) || !word(i+1) {
			continue
		}
		members := strings.Split(f, "|")
		for _, k := range []int{i - 1, i + 1} {
			for _, a := range members {
				for _, b := range strings.Split(fields[k], "|") {
					if same(a, b) {
						return fmt.Sprintf("%q repeats %q beside it: it reads one word between %q and %q, not one phrase or another",
							f, a, fields[i-1], fields[i+1])
					}
				}
			}
		}
		before := fields[i-1]
		if strings.Contains(before, "|") || !opener(before) {
			continue
		}
		var opens, other string
		for _, a := range members {
			switch {
			case opener(a):
				opens = a
			case !function(a) && !strings.Contains(a, "*"):
				other = a
			}
		}
		if opens != "" && other != "" {
			return fmt.Sprintf("%q after %q holds %q, which opens a phrase as %q does, beside %q: it reads one word between %q and %q, not one phrase or another",
				f, before, opens, before, other, before, fields[i+1])
		}
	}
	return ""
}

// checkPhraseAlternative is phraseAlternative for a pattern of the rubric
// in lang, as an error that names the pattern and says how to write it.
func (r *Rubric) checkPhraseAlternative(src, lang string) error {
	src = strings.TrimSpace(src)
	if strings.HasPrefix(src, "re:") {
		return nil
	}
	neg, fn := map[string]bool{}, map[string]bool{}
	if lr := r.langs[lang]; lr != nil {
		neg, fn = lr.neg, lr.function
	}
	opener := func(w string) bool {
		w = foldString(strings.TrimPrefix(w, "="))
		return r.possessives[w] || r.personWords[w] || r.addresseeWords[w] || neg[w]
	}
	function := func(w string) bool { return fn[foldString(strings.TrimPrefix(w, "="))] }
	if why := phraseAlternative(splitPattern(src), opener, function); why != "" {
		return fmt.Errorf(`pattern %q: %s; "|" joins single words: write each phrase as a pattern of its own`, src, why)
	}
	return nil
}
