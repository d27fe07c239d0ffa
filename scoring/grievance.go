package scoring

import (
	"bytes"
	"strings"
)

// A post of abuse alone ("Kut-universiteit", "KPN sucks", "Useless
// fucking shambles, @KPN") names nothing the brand did wrong: the
// university case's lesson is to ask what is wrong, and the debrief told
// the trainee who did that "Missing: no apology, while the customer is
// angry" (found in play). An expectation marked `grievance` holds only
// where the case names a grievance: a content word that is neither abuse
// (abuse_words, or a compound that begins with one of abuse_prefixes:
// "kutbedrijf", "shitty") nor a word of the brand's name. Abuse beside a
// grievance ("Shitty KPN, no internet for three days") names it.

// namesGrievance reports whether the case's text (the post, the thread and
// what the agent learnt) names something the brand could be at fault for.
// A case with no text says nothing either way: the expectation holds.
func (r *Rubric) namesGrievance(s *scratch, ctx Context, lang string) bool {
	text := caseText(ctx)
	if strings.TrimSpace(text) == "" {
		return true
	}
	r.tokenizePost(s, text, lang)
	brand := foldList(strings.Fields(ctx.BrandName))
	ps := s.post
	for j := range ps.toks {
		u := &ps.toks[j]
		if u.kind != tWord {
			continue
		}
		w := ps.folded(u)
		if !r.content(w) || r.abuse(w) || inList(brand, w) {
			continue
		}
		return true
	}
	return false
}

// abuse reports a word of abuse: one of abuse_words, or a word that begins
// with one of abuse_prefixes.
func (r *Rubric) abuse(w []byte) bool {
	if r.abuseWords[string(w)] {
		return true
	}
	for _, p := range r.abusePrefixes {
		if bytes.HasPrefix(w, []byte(p)) {
			return true
		}
	}
	return false
}

// foldList folds each word as the tokenizer folds the words of a text,
// dropping the empty ones.
func foldList(words []string) []string {
	var out []string
	for _, w := range words {
		if f := foldString(strings.Trim(w, ".,;:!?'\"()")); f != "" {
			out = append(out, f)
		}
	}
	return out
}

func inList(list []string, w []byte) bool {
	for _, x := range list {
		if x == string(w) {
			return true
		}
	}
	return false
}
