package scoring

import (
	"cmp"
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// match is one finding before it becomes a Feature.
type match struct {
	f      int32 // feature index
	t0, t1 int32 // token span [t0, t1); t0 == -1 for a fact of the whole reply
	r0, r1 int32 // code point span
	b0, b1 int32 // byte span
	sent0  int32 // sentences the span touches
	sent1  int32
	dead   bool
}

func (m *match) whole() bool { return m.t0 < 0 && m.r0 == m.r1 }

// Analyze finds the rubric's features in a reply and scores it.
//
// Steps: tokens; quotations of the customer are set aside; every pattern is
// tried where its first word occurs; negated and quoted matches are
// dropped; detectors add what words cannot say (the customer's name,
// capitals, a reply that ignores the post, length, language); features that
// undo others cancel them in the same sentence ("sorry, maar" cancels the
// apology); the context changes points (mood); and the scores are the
// baselines plus every feature's points, clamped to 0..100.
func (r *Rubric) Analyze(text string, ctx Context) Analysis {
	lang := r.language(ctx.Language)
	lr := r.langs[lang]
	s := r.pool.Get().(*scratch)
	defer r.pool.Put(s)
	s.tokenize(text, lang, &lr.negSet)
	// The customer's name and handle, folded; kept while they stay the
	// same, so that the hot path does not allocate for them.
	if ctx.CustomerName != s.nameSrc {
		s.nameSrc, s.name = ctx.CustomerName, foldString(firstWord(ctx.CustomerName))
	}
	if ctx.CustomerHandle != s.handleSrc {
		s.handleSrc, s.handle = ctx.CustomerHandle, foldString(trimAt(ctx.CustomerHandle))
	}
	r.markQuoteIntros(s, lr)
	s.matches = s.matches[:0]

	var punct [utf8.UTFMax]byte
	for i := range s.toks {
		t := &s.toks[i]
		switch t.kind {
		case tWord:
			if lr.stemBloom.has(t.hs) {
				for _, pi := range lr.stemIdx[string(s.stem(t))] {
					r.try(s, lr, pi, i)
				}
			}
			f := s.folded(t)
			if lr.wordBloom.has(t.hf) {
				for _, pi := range lr.wordIdx[string(f)] {
					r.try(s, lr, pi, i)
				}
			}
			if len(f) >= 2 && lr.prefixBloom.has(fnv32(f[:2])) {
				for _, pi := range lr.prefixIdx[string(f[:2])] {
					r.try(s, lr, pi, i)
				}
			}
			for _, pi := range lr.generic {
				r.try(s, lr, pi, i)
			}
		case tSoft:
			n := utf8.EncodeRune(punct[:], t.punct)
			for _, pi := range lr.punctIdx[string(punct[:n])] {
				r.try(s, lr, pi, i)
			}
		}
	}
	for _, pi := range lr.regex {
		r.tryRegex(s, text, lr.patterns[pi])
	}
	words := 0
	for i := range s.toks {
		if s.toks[i].kind == tWord {
			words++
		}
	}
	mood := ctx.CustomerMood
	if math.IsNaN(mood) {
		mood = 0
	}
	mood = math.Max(-1, math.Min(1, mood))

	for _, f := range r.features {
		switch f.Detector {
		case "name":
			r.detectName(s, f, ctx)
		case "shouting":
			r.detectShouting(s, text, f, ctx)
		case "wrong_language":
			r.detectLanguage(s, f, text, lang)
		case "too_short":
			if words > 0 && words < r.tooShortWords {
				s.addWhole(f.idx)
			}
		case "wall_of_text":
			if words > r.wallWords {
				s.addWhole(f.idx)
			}
		case "canned":
			if r.hasMatches(s, f.idx) && (ctx.CustomerPost == "" || r.refersToPost(s, caseText(ctx), lang)) {
				r.kill(s, f.idx, -1, -1)
			}
		}
	}

	// Sorted once, by place (longer first where two start together): the
	// order of the debrief. Then one finding per place and feature: where
	// two patterns of a feature overlap, the earlier and longer one stays.
	slices.SortFunc(s.matches, func(a, b match) int {
		if c := cmp.Compare(a.r0, b.r0); c != 0 {
			return c
		}
		if c := cmp.Compare(b.r1, a.r1); c != 0 {
			return c
		}
		return cmp.Compare(a.f, b.f)
	})
	nf := len(r.features)
	s.ends = append(s.ends[:0], make([]int32, nf)...)
	s.flags = append(s.flags[:0], make([]bool, 2*nf)...)
	wholeSeen := s.flags[nf:]
	for i := range s.matches {
		m := &s.matches[i]
		if m.dead {
			continue
		}
		if m.whole() {
			m.dead = wholeSeen[m.f]
			wholeSeen[m.f] = true
			continue
		}
		if m.r0 < s.ends[m.f] {
			m.dead = true
			continue
		}
		s.ends[m.f] = m.r1
	}
	r.cancel(s)
	for _, f := range r.features {
		switch f.Detector {
		case "misplaced":
			if mood > r.delightedAbove {
				r.replace(s, f.Of, f.idx, nil)
			}
		case "at_expense":
			third := r.thirdPartySentences(s, ctx)
			if third != 0 {
				r.replace(s, f.Of, f.idx, func(m *match) bool {
					for k := m.sent0; k <= m.sent1; k++ {
						if k < 64 && third&(1<<uint(k)) != 0 {
							return true
						}
					}
					return false
				})
			}
		}
	}
	return r.score(s, text, lang, mood)
}

// language picks the rules for a context's language: the one asked for
// (ignoring case and region), else Dutch, else the first the rubric has.
func (r *Rubric) language(lang string) string {
	if r.langs[lang] != nil {
		return lang
	}
	// "NL", "nl-BE", "en_GB": the language part, lower case.
	if i := strings.IndexAny(lang, "-_"); i > 0 {
		lang = lang[:i]
	}
	if l := strings.ToLower(lang); r.langs[l] != nil {
		return l
	}
	if r.langs["nl"] != nil {
		return "nl"
	}
	return r.langList[0]
}

func (r *Rubric) try(s *scratch, lr *langRules, pi int32, i int) {
	p := lr.patterns[pi]
	if !s.mask.covers(&p.req) {
		return // a word the pattern needs is not in the reply
	}
	toks := s.toks
	if p.atStart && !atSentenceStart(toks, i) {
		return
	}
	e := matchFrom(s, p.toks, i, r.gapWords)
	if e < 0 {
		return
	}
	if p.atEnd && !atSentenceEnd(toks, e) {
		return
	}
	last := e - 1
	for last > i && toks[last].kind != tWord {
		last--
	}
	if p.question && !s.question[toks[last].sent] {
		return
	}
	for k := i; k < e; k++ {
		if toks[k].quoted {
			return
		}
	}
	f := r.features[p.feature]
	if f.Negatable && r.negated(s, i) {
		return
	}
	if f.NotCustomer && s.name != "" {
		// "Thanks Sam!" addresses the customer; "Thanks, Jen" signs.
		for k := i; k < e; k++ {
			if toks[k].kind == tWord && string(s.folded(&toks[k])) == s.name {
				return
			}
		}
	}
	s.matches = append(s.matches, match{f: int32(p.feature), t0: int32(i), t1: int32(e),
		r0: toks[i].r0, r1: toks[e-1].r1, b0: toks[i].b0, b1: toks[e-1].b1,
		sent0: toks[i].sent, sent1: toks[e-1].sent})
}

// tryRegex runs an expert's regular expression on the raw reply. Its
// matches obey quotation and negation like any other pattern.
func (r *Rubric) tryRegex(s *scratch, text string, p *pattern) {
	for _, loc := range p.re.FindAllStringIndex(text, 16) {
		if loc[0] == loc[1] {
			continue
		}
		// The tokens the match touches.
		t0, t1 := -1, -1
		for k := range s.toks {
			t := &s.toks[k]
			if int(t.b1) > loc[0] && int(t.b0) < loc[1] {
				if t0 < 0 {
					t0 = k
				}
				t1 = k + 1
			}
		}
		m := match{f: int32(p.feature), t0: -1, t1: -1, b0: int32(loc[0]), b1: int32(loc[1]),
			r0: int32(utf8.RuneCountInString(text[:loc[0]]))}
		m.r1 = m.r0 + int32(utf8.RuneCountInString(text[loc[0]:loc[1]]))
		if t0 >= 0 {
			quoted := false
			for k := t0; k < t1; k++ {
				quoted = quoted || s.toks[k].quoted
			}
			if quoted || (r.features[p.feature].Negatable && r.negated(s, t0)) {
				continue
			}
			m.t0, m.t1 = int32(t0), int32(t1)
			m.sent0, m.sent1 = s.toks[t0].sent, s.toks[t1-1].sent
		}
		s.matches = append(s.matches, m)
	}
}

// negated reports a negation word within the window before token i, in the
// same clause: "geen excuses", "not sorry", "ik vind het niet vervelend".
// Any punctuation ends the clause, so "Oh no, I'm so sorry" stays an
// apology.
func (r *Rubric) negated(s *scratch, i int) bool {
	words := 0
	for j := i - 1; j >= 0 && words < r.negWindow; j-- {
		t := &s.toks[j]
		if t.kind != tWord {
			if t.kind == tSoft && t.punct == '\'' {
				continue // "'t", "'s"
			}
			return false
		}
		if t.neg {
			return true
		}
		words++
	}
	return false
}

// markQuoteIntros sets aside what follows "je zegt", "you say" and the
// like, to the end of the clause: the customer's words, reported.
func (r *Rubric) markQuoteIntros(s *scratch, lr *langRules) {
	for i := range s.toks {
		if s.toks[i].kind != tWord {
			continue
		}
		if !lr.introBloom.has(s.toks[i].hs) {
			continue
		}
		for _, p := range lr.introIdx[string(s.stem(&s.toks[i]))] {
			e := matchFrom(s, p.toks, i, r.gapWords)
			if e < 0 {
				continue
			}
			// The reported words run to the end of the clause: a comma,
			// colon or sentence end closes them ("Je zegt dat we niks
			// doen, maar …" — what follows "maar" is ours again).
			for k := e; k < len(s.toks); k++ {
				t := &s.toks[k]
				if t.kind == tHard || (t.kind == tSoft && (t.punct == ',' || t.punct == ';' || t.punct == ':' || t.punct == '\n')) {
					break
				}
				t.quoted = true
			}
		}
	}
}

func (s *scratch) addWhole(f int) {
	s.matches = append(s.matches, match{f: int32(f), t0: -1, t1: -1, sent0: -1, sent1: -1})
}

func (s *scratch) addSpan(f int, b0, b1 int, r0, r1 int32, sent int32) {
	s.matches = append(s.matches, match{f: int32(f), t0: -1, t1: -1, b0: int32(b0), b1: int32(b1),
		r0: r0, r1: r1, sent0: sent, sent1: sent})
}

func (r *Rubric) hasMatches(s *scratch, f int) bool {
	for i := range s.matches {
		if int(s.matches[i].f) == f && !s.matches[i].dead {
			return true
		}
	}
	return false
}

// kill removes feature f's findings, all of them (sent0 < 0) or those
// touching sentences sent0..sent1.
func (r *Rubric) kill(s *scratch, f int, sent0, sent1 int32) {
	for i := range s.matches {
		m := &s.matches[i]
		if int(m.f) != f || m.dead {
			continue
		}
		if sent0 < 0 || m.sent0 < 0 || (m.sent1 >= sent0 && m.sent0 <= sent1) {
			m.dead = true
		}
	}
}

// cancel lets a feature that undoes others remove them from the sentences
// it occurs in: a non-apology or "sorry, maar" is no apology, and a
// rhetorical put-down is no invitation to talk.
func (r *Rubric) cancel(s *scratch) {
	for _, f := range r.features {
		if len(f.Cancels) == 0 {
			continue
		}
		for i := range s.matches {
			m := &s.matches[i]
			if int(m.f) != f.idx || m.dead {
				continue
			}
			for _, c := range f.Cancels {
				if m.sent0 < 0 {
					r.kill(s, c, -1, -1)
				} else {
					r.kill(s, c, m.sent0, m.sent1)
				}
			}
		}
	}
}

// replace turns findings of feature from into findings of feature to, where
// keep (nil: everywhere) says so.
func (r *Rubric) replace(s *scratch, from, to int, keep func(*match) bool) {
	for i := range s.matches {
		m := &s.matches[i]
		if int(m.f) != from || m.dead || (keep != nil && !keep(m)) {
			continue
		}
		m.f = int32(to) // in place: the order by place stays
	}
}

// detectName finds the customer's first name, or their handle where it is
// not simply the address every reply on Twitter starts with.
func (r *Rubric) detectName(s *scratch, f *feature, ctx Context) {
	handle, nameF := s.handle, s.name
	leading := true
	for i := range s.toks {
		t := &s.toks[i]
		switch t.kind {
		case tWord:
			leading = false
			if nameF != "" && !t.quoted && string(s.folded(t)) == nameF {
				s.matches = append(s.matches, match{f: int32(f.idx), t0: int32(i), t1: int32(i + 1),
					r0: t.r0, r1: t.r1, b0: t.b0, b1: t.b1, sent0: t.sent, sent1: t.sent})
			}
		case tMention:
			if !leading && handle != "" && string(s.folded(t)) == handle {
				s.matches = append(s.matches, match{f: int32(f.idx), t0: int32(i), t1: int32(i + 1),
					r0: t.r0, r1: t.r1, b0: t.b0, b1: t.b1, sent0: t.sent, sent1: t.sent})
			}
		}
	}
}

func firstWord(s string) string {
	for i, r := range s {
		if !isWordRune(r) && r != '-' && r != '\'' {
			return s[:i]
		}
	}
	return s
}

func trimAt(h string) string {
	if len(h) > 0 && h[0] == '@' {
		return h[1:]
	}
	return h
}

// thirdPartySentences returns a bit set of the sentences that mention
// someone other than the customer or the addressees: a joke there is at
// their expense.
func (r *Rubric) thirdPartySentences(s *scratch, ctx Context) uint64 {
	handle := s.handle
	var set uint64
	leading := true
	for i := range s.toks {
		t := &s.toks[i]
		if t.kind == tWord {
			leading = false
		}
		if t.kind != tMention || t.sent >= 64 {
			continue
		}
		// The mentions a reply starts with are its addressees, and the
		// customer is no third party wherever they are named.
		if leading || (handle != "" && string(s.folded(t)) == handle) {
			continue
		}
		set |= 1 << uint(t.sent)
	}
	return set
}

// detectShouting finds words in capitals and runs of exclamation marks.
// Acronyms (DM, KPN, HEMA) are not shouting: a single capital word must be
// five letters or longer and not listed in not_shouting; two or more
// capital words in a row shout together. It works on the tokens, so it
// costs one pass over the letters of each word.
func (r *Rubric) detectShouting(s *scratch, text string, f *feature, ctx Context) {
	brand := firstWord(ctx.BrandName)
	run0, run1 := -1, -1 // token span of the current run of capital words
	words, letters, acronyms := 0, 0, 0
	flush := func() {
		shout := words-acronyms >= 1 && ((words >= 2 && letters >= 6) || (words == 1 && letters >= 5))
		if run0 >= 0 && shout {
			a, b := &s.toks[run0], &s.toks[run1]
			s.addSpan(f.idx, int(a.b0), int(b.b1), a.r0, b.r1, a.sent)
		}
		run0, words, letters, acronyms = -1, 0, 0, 0
	}
	for i := 0; i < len(s.toks); i++ {
		t := &s.toks[i]
		switch t.kind {
		case tWord:
			n, caps := capitals(text[t.b0:t.b1])
			if !caps {
				flush()
				continue
			}
			if run0 < 0 {
				run0 = i
			}
			run1 = i
			words++
			letters += n
			if n < 3 || r.notShouting[string(s.folded(t))] || (brand != "" && strings.EqualFold(text[t.b0:t.b1], brand)) {
				acronyms++
			}
		case tHard:
			flush()
			if t.punct != '!' && t.punct != '?' {
				continue
			}
			j, bangs := i, 0
			for j < len(s.toks) && s.toks[j].kind == tHard && (s.toks[j].punct == '!' || s.toks[j].punct == '?') &&
				(j == i || s.toks[j].b0 == s.toks[j-1].b1) {
				if s.toks[j].punct == '!' {
					bangs++
				}
				j++
			}
			if j-i >= 3 && bangs >= 1 {
				s.addSpan(f.idx, int(t.b0), int(s.toks[j-1].b1), t.r0, s.toks[j-1].r1, t.sent)
			}
			i = j - 1
		case tSoft:
			// Spaces are not tokens; a dash or slash keeps a run going,
			// other punctuation ends it.
			if t.punct != '-' && t.punct != '/' && t.punct != '\'' {
				flush()
			}
		}
	}
	flush()
}

// capitals returns the number of letters in w and whether all its cased
// letters (at least two) are capitals.
func capitals(w string) (letters int, caps bool) {
	upper := 0
	for _, c := range w {
		if c < 0x80 {
			switch {
			case 'A' <= c && c <= 'Z':
				upper++
				letters++
			case 'a' <= c && c <= 'z':
				return letters, false
			}
			continue
		}
		if unicode.IsLetter(c) {
			letters++
			if unicode.IsUpper(c) {
				upper++
			} else if unicode.IsLower(c) {
				return letters, false
			}
		}
	}
	return letters, upper >= 2
}

// detectLanguage flags a reply written mostly in another of the rubric's
// languages, by counting function words ("de", "het", "the", "and").
func (r *Rubric) detectLanguage(s *scratch, f *feature, text, lang string) {
	var counts [8]int
	other := 0
	for i := range s.toks {
		t := &s.toks[i]
		if t.kind != tWord || t.quoted {
			continue
		}
		if !r.funcBloom.has(t.hf) {
			continue
		}
		w := s.folded(t)
		if mask := r.function[string(w)]; mask != 0 {
			for k := range r.langList {
				if k < len(counts) && mask&(1<<uint(k)) != 0 {
					counts[k]++
				}
			}
		} else if r.otherLang[string(w)] {
			other++
		}
	}
	own := counts[slices.Index(r.langList, lang)]
	for k, l := range r.langList {
		if l != lang && k < len(counts) && counts[k] >= 3 && counts[k] > 2*own {
			s.addWhole(f.idx)
			return
		}
	}
	// A language the rubric has no patterns for: mostly letters of another
	// script (Arabic, Cyrillic, Chinese) cannot be Dutch or English, and
	// a Latin-script reply is judged by the common words of French,
	// German, Turkish and others listed in the rubric, as above.
	if otherScript(text) || (other >= 3 && other > 2*own) {
		s.addWhole(f.idx)
	}
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

// refersToPost reports whether the reply shares a content word (or a
// number) with the post it answers. Function words and the generic words
// of every language ("bedankt", "bericht", "sorry") do not count: a
// template contains those for every post.
func (r *Rubric) refersToPost(s *scratch, post, lang string) bool {
	if s.post == nil {
		s.post = new(scratch)
	}
	ps := s.post
	if s.postText != post || s.postLang != lang || len(ps.toks) == 0 {
		ps.tokenize(post, lang, nil)
		s.postText, s.postLang = post, lang
		s.postMask = wordMask{}
		for j := range ps.toks {
			if u := &ps.toks[j]; u.kind == tWord && r.content(ps.folded(u)) {
				s.postMask.set(ps.stem(u))
			}
		}
	}
	for i := range s.toks {
		t := &s.toks[i]
		if t.kind != tWord || !s.postMask.has(s.stem(t)) || !r.content(s.folded(t)) {
			continue
		}
		for j := range ps.toks {
			u := &ps.toks[j]
			if u.kind == tWord && string(ps.stem(u)) == string(s.stem(t)) && r.content(ps.folded(u)) {
				return true
			}
		}
	}
	return false
}

// caseText is what a reply can refer to so as not to be boilerplate: the
// post it answers and what the agent has learnt beyond it (a double debit
// found in a DM is as concrete as anything in the post). The customer's name
// is left out of the situation: "Thanks for your message, Dorien" is still a
// template.
func caseText(ctx Context) string {
	if ctx.Situation == "" {
		return ctx.CustomerPost
	}
	situation := ctx.Situation
	if ctx.CustomerName != "" {
		situation = strings.ReplaceAll(situation, ctx.CustomerName, " ")
	}
	return ctx.CustomerPost + "\n" + situation
}

func (r *Rubric) content(w []byte) bool {
	isDigit := len(w) > 0 && w[0] >= '0' && w[0] <= '9'
	if len(w) < 4 && !isDigit {
		return false
	}
	return !r.notContent[string(w)]
}

// moodFactor scales a feature's points to the customer's mood: 1 for a
// calm customer, angry_factor for a furious one (-1), happy_factor for a
// delighted one (+1), linear in between.
func moodFactor(f *feature, mood float64) float64 {
	anger := math.Max(0, -mood)
	joy := math.Max(0, mood)
	return 1 + (f.AngryFactor-1)*anger + (f.HappyFactor-1)*joy
}

func round1(x float64) float64 { return math.Round(x*10) / 10 }

// score turns the surviving findings into Features and the two scores.
func (r *Rubric) score(s *scratch, text, lang string, mood float64) Analysis {
	live := 0
	nf := len(r.features)
	s.flags = append(s.flags[:0], make([]bool, 3*nf)...)
	present, seen, hurt := s.flags[:nf], s.flags[nf:2*nf], s.flags[2*nf:]
	for i := range s.matches {
		if !s.matches[i].dead {
			live++
			present[s.matches[i].f] = true
		}
	}
	a := Analysis{Text: text, Language: lang, Features: make([]Feature, 0, live+2), Missing: []Missing{}}
	var sum [2]float64 // empathy, de-escalation
	emp, dee := r.baseEmpathy, r.baseDeescalation
	for i := range s.matches {
		m := &s.matches[i]
		if m.dead {
			continue
		}
		f := r.features[m.f]
		factor := moodFactor(f, mood)
		for _, sb := range f.SoftenedBy {
			if present[sb] {
				factor *= f.SoftenFactor
				break
			}
		}
		first := !seen[f.idx]
		seen[f.idx] = true
		pts := f.RepeatPoints
		if first {
			pts = f.Points
		}
		ft := Feature{ID: f.ID, Dimension: f.Dimension, Points: round1(pts * factor), Label: f.label(lang)}
		if first && pts < 0 && factor >= 0.5 {
			hurt[f.idx] = true // it costs at least half its points here
		}
		if !m.whole() {
			ft.Start, ft.End, ft.ByteStart, ft.ByteEnd = int(m.r0), int(m.r1), int(m.b0), int(m.b1)
			ft.Text = text[m.b0:m.b1]
		}
		a.Features = append(a.Features, ft)
		sum[dimIndex(f.Dimension)] += ft.Points
		if first {
			for _, dim := range f.alsoDims {
				fa := ft
				fa.Dimension = dim
				fa.Points = round1(f.Also[dim] * factor)
				a.Features = append(a.Features, fa)
				sum[dimIndex(dim)] += fa.Points
			}
		}
	}
	a.Empathy = round1(clamp(emp + sum[0]))
	a.Deescalation = round1(clamp(dee + sum[1]))
	// Ceilings: some features sink a reply whatever else it says.
	for _, f := range r.features {
		// A ceiling holds only where the feature is a real fault in this
		// context, costing at least half its points ("!!!" to a delighted
		// customer is enthusiasm).
		if !hurt[f.idx] || len(f.capDims) == 0 {
			continue
		}
		for _, dim := range f.capDims {
			score := &a.Empathy
			if dim == Deescalation {
				score = &a.Deescalation
			}
			if max := f.Cap[dim]; *score > max {
				*score = max
				a.Caps = append(a.Caps, Cap{ID: f.ID, Dimension: dim, Max: max})
			}
		}
	}
	for _, e := range r.expect {
		if !r.applies(e.when, mood) {
			continue
		}
		met := false
		for _, id := range e.any {
			met = met || present[id]
		}
		if met || len(e.any) == 0 {
			continue
		}
		f := r.features[e.any[0]]
		dup := false
		for _, m := range a.Missing {
			dup = dup || m.ID == f.ID
		}
		if !dup {
			a.Missing = append(a.Missing, Missing{ID: f.ID, Dimension: f.Dimension, Label: f.missingLabel(lang), Tip: pick(f.Tip, lang)})
		}
	}
	return a
}

func (r *Rubric) applies(when string, mood float64) bool {
	switch when {
	case "always":
		return true
	case "complaint":
		return mood < 0
	case "angry":
		return mood <= r.angryBelow
	case "delighted":
		return mood >= r.delightedAbove
	}
	return false
}

func dimIndex(d string) int {
	if d == Deescalation {
		return 1
	}
	return 0
}

func clamp(x float64) float64 { return math.Max(0, math.Min(100, x)) }

func pick(m map[string]string, lang string) string {
	if v := m[lang]; v != "" {
		return v
	}
	if v := m["nl"]; v != "" {
		return v
	}
	return m["en"]
}

func (f *feature) label(lang string) string { return pick(f.Label, lang) }

func (f *feature) missingLabel(lang string) string {
	if v := pick(f.Missing, lang); v != "" {
		return v
	}
	return f.label(lang)
}
