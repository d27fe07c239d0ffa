package scoring

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// padding charges the words a reply spends on nothing (the research doc:
// corporate padding; LTvH 2021: short sentences are part of a human
// voice). Only a sentence that carries nothing counts: one with a finding
// of the padding_carriers (a step, an apology, ownership, a time), a number,
// a name of the case's world (a capitalised word inside the sentence that
// is not the brand) or a content word of the post says something to the
// customer, however long it is (playtest 10, P10-2: a 98-word apology whose
// every sentence was a fact, an apology or a step was charged as padding).
// In the other sentences, every word that is part of no finding costs the
// padding feature's points beyond padding_free_words; a short reply is
// never charged.
//
// A finding that repeats the very words of an earlier one of its feature
// carries nothing new: "Wij willen u graag helpen" eight times is padding.
func (r *Rubric) padding(s *scratch, t *tally, ctx Context, text string, mood float64) {
	var f *feature
	for _, g := range r.features {
		if g.Detector == "padding" {
			f = g
		}
	}
	if f == nil {
		return
	}
	s.covered = append(s.covered[:0], make([]bool, len(s.toks))...)
	n := 0
	if len(s.toks) > 0 {
		n = int(s.toks[len(s.toks)-1].sent) + 1
	}
	s.carries = append(s.carries[:0], make([]bool, n)...)
	for i := range s.matches {
		m := &s.matches[i]
		if m.dead || m.t0 < 0 {
			continue
		}
		for k := m.t0; k < m.t1; k++ {
			s.covered[k] = true
		}
		if slices.Contains(r.paddingCarriers, int(m.f)) && !saidBefore(s, text, i) {
			for k := m.sent0; k <= m.sent1 && int(k) < n; k++ {
				s.carries[k] = true
			}
		}
	}
	post := caseText(ctx)
	if post != "" {
		r.tokenizePost(s, post, t.lang)
	}
	for i := range s.toks {
		tk := &s.toks[i]
		if tk.kind != tWord || s.carries[tk.sent] {
			continue
		}
		w := text[tk.b0:tk.b1]
		if isNumber(s.folded(tk)) || (midSentence(s, i) && capitalised(w) && !brandWord(w, ctx.BrandName)) ||
			(post != "" && s.postMask.has(s.stem(tk)) && r.content(s.folded(tk)) && s.post.hasContentStem(r, s.stem(tk))) {
			s.carries[tk.sent] = true
		}
	}
	idle := 0
	for i := range s.toks {
		if tk := &s.toks[i]; tk.kind == tWord && !s.covered[i] && !s.carries[tk.sent] {
			idle++
		}
	}
	if idle <= r.paddingFree {
		return
	}
	words := float64(idle - r.paddingFree)
	note := fmt.Sprintf("%d words that add nothing", idle-r.paddingFree)
	if t.lang != "en" {
		note = fmt.Sprintf("%d woorden die niets toevoegen", idle-r.paddingFree)
	}
	t.addWhole(f, f.Points, moodFactor(f, mood)*words, note)
}

// capitalised reports a word of two letters or more that starts with a
// capital letter (English "I" names no one).
func capitalised(w string) bool {
	c, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(c) && utf8.RuneCountInString(w) > 1
}

// saidBefore reports an earlier live finding of the same feature with the
// same words as finding i.
func saidBefore(s *scratch, text string, i int) bool {
	m := &s.matches[i]
	for k := range s.matches {
		o := &s.matches[k]
		if o.f == m.f && !o.dead && o.t0 >= 0 && o.r0 < m.r0 && strings.EqualFold(text[o.b0:o.b1], text[m.b0:m.b1]) {
			return true
		}
	}
	return false
}
