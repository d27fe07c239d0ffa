package session

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/webcaresim/webcaresim/scenarios"
	"github.com/webcaresim/webcaresim/scoring"
)

// replyPhrases are the phrases of a reply that bystanders reacting to it
// quote before their words, in the reply's order: its sentences short
// enough to quote whole and, within a sentence of several clauses, the
// clauses of three words or more. The sentences bystanders quote through {quote} and {worst}, and
// any other that offends, are left out: an apology is quoted once, not by
// one bystander after another, and a put-down is passed on by the few
// {worst} allows. So are the @handles, the signature and a bare greeting.
// A clause is quoted only when it says something on its own (five words or
// more): "als onze gast." quoted before a line read as a stray fragment.
func replyPhrases(text string, a scoring.Analysis, quote, worst string) []string {
	var out []string
	seen := map[string]bool{}
	add := func(p string, minWords int) {
		p = strings.TrimSpace(strings.TrimRight(strings.TrimSpace(p), ",;:–-"))
		if utf8.RuneCountInString(p) > scenarios.PhraseMax {
			p = cutAtWord(p, scenarios.PhraseMax)
		}
		if len(strings.Fields(p)) < minWords || seen[p] || signs(p, a) {
			return
		}
		seen[p] = true
		out = append(out, p)
	}
	for _, sent := range sentences(text) {
		if overlaps(sent, quote) || overlaps(sent, worst) || offends(sent, a) {
			continue
		}
		// people quote a clause rather than a long sentence
		clauses := strings.FieldsFunc(sent, func(r rune) bool { return r == ',' || r == ';' })
		if len(clauses) == 1 || utf8.RuneCountInString(sent) <= scenarios.PhraseMax {
			add(sent, 3)
		}
		if len(clauses) > 1 {
			for _, c := range clauses {
				add(c, 5)
			}
		}
	}
	return out
}

// phraseTones are what the rubric found in each phrase: 1 something good
// and nothing bad, -1 something bad, 0 neither. A bystander who praises
// the reply quotes only a good one (crowd.Stimulus.PhraseTones).
func phraseTones(phrases []string, a scoring.Analysis) []int {
	tones := make([]int, len(phrases))
	for i, p := range phrases {
		p = strings.TrimSuffix(p, "…")
		for _, f := range a.Features {
			span := strings.TrimSpace(f.Text)
			if span == "" || f.ID == "signature" || f.ID == "company_signature" || !(strings.Contains(p, span) || strings.Contains(span, p)) {
				continue
			}
			switch {
			case f.Points < 0:
				tones[i] = -1
			case f.Points > 0 && tones[i] == 0:
				tones[i] = 1
			}
		}
	}
	return tones
}

// signs reports whether a phrase is the reply's signature ("– Joost,
// eigenaar", "Groet, HEMA"), which no bystander quotes as what was said.
func signs(p string, a scoring.Analysis) bool {
	if strings.HasPrefix(p, "–") || strings.HasPrefix(p, "-") {
		return true
	}
	for _, f := range a.Features {
		if f.ID != "signature" && f.ID != "company_signature" {
			continue
		}
		if t := strings.TrimSpace(f.Text); t != "" && (strings.Contains(p, t) || strings.Contains(t, p)) {
			return true
		}
	}
	return false
}

// offends reports whether a sentence holds a finding that offends.
func offends(sent string, a scoring.Analysis) bool {
	for _, f := range a.Features {
		if provocative[f.ID] && strings.TrimSpace(f.Text) != "" && strings.Contains(sent, strings.TrimSpace(f.Text)) {
			return true
		}
	}
	return false
}

// sentences are a reply's sentences without the @handles that open it and
// without the signature (^Eva).
func sentences(text string) []string {
	var out []string
	start := 0
	for i := nextSentenceEnd(text, 0); i >= 0; i = nextSentenceEnd(text, i+1) {
		out = appendSentence(out, text[start:i+1])
		start = i + 1
	}
	return appendSentence(out, text[start:])
}

func appendSentence(out []string, s string) []string {
	var words []string
	for _, w := range strings.Fields(s) {
		if strings.HasPrefix(w, "@") && len(words) == 0 || strings.HasPrefix(w, "^") {
			continue
		}
		words = append(words, w)
	}
	if len(words) == 0 {
		return out
	}
	return append(out, strings.Join(words, " "))
}

// overlaps reports whether a sentence is, holds or lies within a quote
// (a quote cut with an ellipsis is compared by what is left of it).
func overlaps(sent, quote string) bool {
	quote = strings.TrimSpace(strings.TrimSuffix(quote, "…"))
	if quote == "" {
		return false
	}
	return strings.Contains(sent, quote) || strings.Contains(quote, strings.TrimRight(sent, ".!?"))
}

// cutAtWord cuts s to at most max characters at a word, with an ellipsis.
func cutAtWord(s string, max int) string {
	rs := []rune(s)[:max-1]
	cut := len(rs)
	for cut > max/2 && !unicode.IsSpace(rs[cut-1]) {
		cut--
	}
	return strings.TrimRight(string(rs[:cut]), " ,;:") + "…"
}
