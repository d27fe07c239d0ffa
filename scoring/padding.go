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
	excuse := r.excuseSentences(s, n)
	stock := r.stockSentences(s, n, excuse)
	acts := r.markCarriers(s, text, n, excuse)
	post := caseText(ctx)
	if post != "" {
		r.tokenizePost(s, post, t.lang)
	}
	for i := range s.toks {
		tk := &s.toks[i]
		if tk.kind != tWord || s.carries[tk.sent] || excuse[tk.sent] || !acts {
			continue
		}
		w := text[tk.b0:tk.b1]
		if isNumber(s.folded(tk)) || (midSentence(s, i) && capitalised(w) && !brandWord(w, ctx.BrandName)) ||
			(post != "" && s.postMask.has(s.stem(tk)) && r.isContent(s, tk) && s.post.hasContentStem(r, s.stem(tk))) {
			s.carries[tk.sent] = true
		}
	}
	idle, stocked := 0, 0
	for i := range s.toks {
		if tk := &s.toks[i]; tk.kind == tWord && !s.covered[i] && !s.carries[tk.sent] {
			if stock&(1<<uint(min(tk.sent, 63))) != 0 {
				stocked++ // what the brand says of itself costs from its first word
				continue
			}
			idle++
		}
	}
	charged := stocked + max(0, idle-r.paddingFree)
	if charged == 0 {
		return
	}
	words := float64(charged)
	note := fmt.Sprintf("%d words that add nothing", charged)
	if t.lang != "en" {
		note = fmt.Sprintf("%d woorden die niets toevoegen", charged)
	}
	t.addWhole(f, f.Points, moodFactor(f, mood)*words, note)
}

// markCarriers marks the words that are part of a finding and the
// sentences a padding_carrier finding makes say something, and reports
// whether the reply does something for the customer: a carrier beside the
// harm restated and an apology (a step, a fix, ownership, a request, a
// time). Where it does not, the case's words read back are no carrier
// either, nor are they in a sentence that gives a reason (excuse): at
// length they explain instead of help.
func (r *Rubric) markCarriers(s *scratch, text string, n int, excuse []bool) bool {
	restates := r.featureIdx("restates_case")
	acts := r.doesSomething(s)
	for i := range s.matches {
		m := &s.matches[i]
		if m.dead || m.t0 < 0 {
			continue
		}
		if slices.Contains(r.paddingStock, int(m.f)) {
			continue // its words are the padding
		}
		for k := m.t0; k < m.t1; k++ {
			s.covered[k] = true
		}
		if int(m.f) == restates && (!acts || m.sent0 >= 0 && int(m.sent0) < n && excuse[m.sent0]) {
			continue
		}
		if slices.Contains(r.paddingCarriers, int(m.f)) && !saidBefore(s, text, i) {
			for k := m.sent0; k <= m.sent1 && int(k) < n; k++ {
				s.carries[k] = true
			}
		}
	}
	return acts
}

// doesSomething reports a live padding_carrier finding beside the harm
// restated and an apology: a step, a fix, ownership, a request, a time.
func (r *Rubric) doesSomething(s *scratch) bool {
	restates, apology := r.featureIdx("restates_case"), r.featureIdx("apology")
	for i := range s.matches {
		m := &s.matches[i]
		if f := int(m.f); !m.dead && m.t0 >= 0 && f != restates && f != apology && slices.Contains(r.paddingCarriers, f) {
			return true
		}
	}
	return false
}

// excuseMask returns a bit per sentence (the first 64) that gives a reason
// why it went wrong (excuse_words).
func (r *Rubric) excuseMask(s *scratch) uint64 {
	var m uint64
	for i := range s.toks {
		if tk := &s.toks[i]; tk.kind == tWord && tk.sent < 64 && tk.lex&lexExcuse != 0 {
			m |= 1 << uint(tk.sent)
		}
	}
	return m
}

// featureIdx is the index of the feature with this id, -1 if the rubric
// has none.
func (r *Rubric) featureIdx(id string) int {
	if f, ok := r.byID[id]; ok {
		return f.idx
	}
	return -1
}

// excuseSentences marks the sentences that give a reason why it went
// wrong ("omdat", "doordat", "vanwege", "because", "due to", "which
// means": excuse_words). Such a sentence explains; it does nothing for the
// customer, so the words of the post, a number or a name in it do not make
// it carry something: only a step, a fix, ownership or an apology does
// (issue 12, stop 18: 800 characters on why the brand could not help, each
// sentence holding a word of the case, cost nothing). A short reason in a
// reply that helps stays within padding_free_words.
func (r *Rubric) excuseSentences(s *scratch, n int) []bool {
	s.excuse = append(s.excuse[:0], make([]bool, n)...)
	for i := range s.toks {
		if tk := &s.toks[i]; tk.kind == tWord && int(tk.sent) < n && tk.lex&lexExcuse != 0 {
			s.excuse[tk.sent] = true
		}
	}
	return s.excuse
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

// stockSentences returns a bit per sentence (the first 64) that holds a
// live finding of settings.padding_stock (what the brand says of itself
// to everyone: "Wij hechten veel waarde aan…", "customer satisfaction is
// at the heart of everything we do"), and marks those sentences as the
// excuse sentences are marked: a word of the post, a number or a name in
// them carries nothing (the released sets: "Bij GlasNet staat de klant
// centraal … in de Bloemenbuurt"), only a step, a fix, ownership or an
// apology does. Their idle words cost from the first one.
func (r *Rubric) stockSentences(s *scratch, n int, excuse []bool) uint64 {
	var set uint64
	for i := range s.matches {
		m := &s.matches[i]
		if m.dead || m.t0 < 0 || !slices.Contains(r.paddingStock, int(m.f)) {
			continue
		}
		for k := m.sent0; k <= m.sent1 && int(k) < n; k++ {
			excuse[k] = true
			if k < 64 {
				set |= 1 << uint(k)
			}
		}
	}
	return set
}
