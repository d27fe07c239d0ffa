package scoring

import (
	"cmp"
	"math"
	"slices"
	"strings"
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
	by     int32 // 1 + the index of the finding that cancelled this one; 0 if none
	aux    int16 // detector data: the misreading a finding states
	admits bool  // found by an admission pattern: done when said
}

func (m *match) whole() bool { return m.t0 < 0 && m.r0 == m.r1 }

// Analyze finds the rubric's features in a reply and scores it.
//
// Steps: tokens; quotations of the customer are set aside; every pattern is
// tried where its first word occurs; negated and quoted matches are
// dropped; detectors add what words cannot say (the customer's name,
// capitals, a reply that ignores the post or restates it, a list of words,
// a misreading of the case, length, language); features that undo others
// cancel them, in their sentence ("sorry, maar" cancels the apology) or in
// the whole reply (a refusal cancels the sympathy around it); the context
// changes points (mood, sympathy without substance); and the scores are the
// baselines plus every feature's points, clamped to 0..100.
func (r *Rubric) Analyze(text string, ctx Context) Analysis {
	lang := r.language(ctx.Language)
	lr := r.langs[lang]
	s := r.pool.Get().(*scratch)
	defer r.pool.Put(s)
	ctx.knownCaseText = s.caseTextOf(ctx)
	r.tokenize(s, text, lang, &lr.negSet)
	// A reply in the rubric's other language is read in its own words:
	// "we're reversing the charge" is a step in a Dutch case too. Only the
	// wrong_language finding, judged against the case's language, says
	// it is the wrong language; labels stay in the case's language.
	read := lang
	if other := r.dominantLanguage(s, lang); other != "" {
		read, lr = other, r.langs[other]
		r.tokenize(s, text, read, &lr.negSet)
	}
	r.markTurns(s)
	// The customer's name and handle, folded; kept while they stay the
	// same, so that the hot path does not allocate for them.
	if ctx.CustomerName != s.nameSrc {
		s.nameSrc, s.name = ctx.CustomerName, foldString(firstWord(ctx.CustomerName))
	}
	if ctx.CustomerHandle != s.handleSrc {
		s.handleSrc, s.handle = ctx.CustomerHandle, foldString(trimAt(ctx.CustomerHandle))
	}
	r.markQuoteIntros(s, lr)
	s.matches, s.restated = s.matches[:0], s.restated[:0]
	r.matchPatterns(s, lr, text)
	r.matchClockTimes(s, text)
	mood := ctx.CustomerMood
	if math.IsNaN(mood) {
		mood = 0
	}
	mood = math.Max(-1, math.Min(1, mood))
	s.asked = r.asksOutsideWhen(s, ctx, read, mood)
	r.detect(s, text, read, ctx)
	for _, f := range r.features {
		if f.When != "" && !r.applies(f.When, mood) && !(f.WhenAsked && s.asked) {
			r.kill(s, f.idx, -1, -1, -1) // "we geven het door" to a delighted customer passes on praise
		}
	}
	r.dedupe(s)
	// What the context makes of a finding comes first: an apology to a
	// delighted customer is misplaced whatever else cancels it.
	r.reclassify(s, text, ctx, mood)
	r.cancel(s)
	return r.score(s, text, lang, mood, ctx)
}

// detect runs the detectors that add or re-label findings before features
// cancel each other.
func (r *Rubric) detect(s *scratch, text, lang string, ctx Context) {
	words := 0
	for i := range s.toks {
		if s.toks[i].kind == tWord {
			words++
		}
	}
	for _, f := range r.features {
		switch f.Detector {
		case "name":
			r.titleOnlyGreetings(s, f, text)
			r.detectName(s, f, ctx)
		case "shouting":
			r.detectShouting(s, text, f, ctx)
		case "wrong_language":
			r.detectLanguage(s, f, text, r.language(ctx.Language))
		case "too_short", "wall_of_text":
			r.detectLength(s, f, text, words)
		case "canned":
			r.detectCanned(s, f, ctx, lang)
		case "restates":
			if post := caseText(ctx); post != "" && r.restateWords > 0 {
				r.detectRestates(s, f, post, lang, text, ctx.BrandName)
			}
		case "not_a_message":
			r.detectList(s, f)
		case "misreading":
			r.detectMisreadings(s, f, ctx.Misreadings, lang, false)
		case "disclosure":
			r.detectDisclosure(s, f, ctx, lang, text)
		case "questioned":
			r.detectQuestioned(s, f)
		case "not_a_person":
			r.detectBrandSignature(s, f, text, ctx)
		case "disowned", "reported_name":
			r.detectWhoseWords(s, f, lang)
		case "as_said":
			r.detectAsSaid(s, f, ctx.CustomerMood)
		case "off_topic", "guessed_cause", "other_case":
			r.detectReading(s, f, text, ctx, lang)
		case "acts", "specifics", "bare_time", "pitch_instead", "alternative", "promotion", "on_customer", "done", "future_clause", "answers", "hashtags_only":
			r.detectWhatItDoes(s, f, ctx, lang)
		case "wrong_name", "misspelt_name", "wrong_handle":
			r.detectAddressing(s, f, text, ctx)
		case "misplaced_sympathy":
			r.misplacedSympathy(s, f, ctx, ctx.CustomerMood, lang)
		case "rules":
			r.detectRules(s, f, lang)
		case "counterfactual":
			r.detectCounterfactual(s, f, lang)
		case "mission":
			r.detectMission(s, f)
		case "contrast", "asks_again", "disputed", "legal_of_post", "defended_after_sorry", "waved_apology", "under_rules":
			r.detectReadOfPost(s, f, ctx.CustomerPost, lang)
		case "repeats":
			if len(ctx.Earlier) > 0 && s.repeatsEarlier(text, ctx.Earlier) {
				s.addWhole(f.idx)
			}
		case "ironic":
			// Praise of a long post's detail can be meant; of a short one
			// it is irony. Without the post nothing tells them apart.
			if r.hasMatches(s, f.idx) && (ctx.CustomerPost == "" || wordCount(ctx.CustomerPost) >= r.ironicPostWords) {
				r.kill(s, f.idx, -1, -1, -1)
			}
		}
	}
}

// detectLength finds a reply too short to say anything or too long to be
// read. An emoji or a handle alone has no word and is too short too ("🙏"
// said nothing); only an empty text is not a reply.
func (r *Rubric) detectLength(s *scratch, f *feature, text string, words int) {
	switch f.Detector {
	case "too_short":
		if (words < r.tooShortWords || r.curt(s, words)) && strings.TrimSpace(text) != "" {
			s.addWhole(f.idx)
		}
	case "wall_of_text":
		if words > r.wallWords {
			s.addWhole(f.idx)
		}
	}
}

// detectCanned keeps a template's finding only where the reply does not
// name the case. One word of the post dropped into two stock phrases
// ("sorry you're having issues with your parcel… we'll be happy to look
// into this") is still a template; a reply that names two things of the
// case, or one beside a single stock phrase, is not. A sales pitch beside
// it counts as a stock phrase here, and is judged apart (detectPromotions).
func (r *Rubric) detectCanned(s *scratch, f *feature, ctx Context, lang string) {
	if r.hasMatches(s, f.idx) && (ctx.CustomerPost == "" || r.sharedWords(s, caseText(ctx), lang, 2) >= min(2, r.countMatches(s, f.idx)+r.countPitches(s, f.idx))) {
		r.kill(s, f.idx, -1, -1, -1)
	}
}

// dedupe sorts the findings once, by place (longer first where two start
// together): the order of the debrief. Then one finding per place and
// feature: where two patterns of a feature overlap, the earlier and longer
// one stays.
func (r *Rubric) dedupe(s *scratch) {
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
}

// reclassify turns findings into others the context makes of them: an
// apology to a delighted customer is misplaced, a joke in a sentence about
// a third party is at their expense.
func (r *Rubric) reclassify(s *scratch, text string, ctx Context, mood float64) {
	for _, f := range r.features {
		switch f.Detector {
		case "misplaced":
			if mood > r.delightedAbove && !r.apologisesForSlip(s) && !r.postComplains(s, ctx, r.language(ctx.Language)) {
				r.replace(s, f.Of, f.idx, func(m *match) bool { return !r.acceptsApology(s, m) })
			}
		case "misplaced_sympathy":
			r.besideMisplacedApology(s, f)
		case "contradiction":
			// "Dat klopt niet" is blame, unless the reply owns the fault or
			// reports the fix done: then it agrees that the situation is
			// not right.
			if r.ownsFault(s) || r.reportsFix(s) {
				r.kill(s, f.idx, -1, -1, -1)
			} else {
				r.replace(s, f.idx, f.Of, nil)
			}
		case "isolated":
			r.detectIsolated(s, f)
		case "mocks":
			r.detectMocks(s, f, ctx, mood)
		case "third_party_joke":
			r.thirdPartyJokes(s, f, text, ctx)
		case "internal":
			r.detectInternal(s, f)
		case "at_expense":
			if !r.hasMatches(s, f.Of) {
				break // no joke to be at anyone's expense
			}
			third := r.thirdPartySentences(s, text, ctx)
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

// spanAt returns the end of pattern p's match starting at token i, or -1:
// the words it needs are there, its place in the sentence is right, and
// none of it is the customer's quoted words.
func (r *Rubric) spanAt(s *scratch, p *pattern, i int) int {
	if !s.mask.covers(&p.req) || !s.hasOneOfEach(p.anyOf) {
		return -1 // a word the pattern needs is not in the reply
	}
	toks := s.toks
	if p.atStart && !atSentenceStart(toks, i) {
		return -1
	}
	e := matchFrom(s, p.toks, i, r.gapWords)
	if e < 0 {
		return -1
	}
	if p.toEnd {
		if e = runToEnd(toks, e, r.gapWords); e < 0 {
			return -1
		}
	}
	if p.atEnd && !atSentenceEnd(toks, e) {
		return -1
	}
	last := e - 1
	for last > i && toks[last].kind != tWord {
		last--
	}
	if p.question && !s.question[toks[last].sent] {
		return -1
	}
	for k := i; k < e; k++ {
		if toks[k].quoted {
			return -1
		}
	}
	return e
}

func (r *Rubric) try(s *scratch, lr *langRules, pi int32, i int) {
	p := lr.patterns[pi]
	e := r.spanAt(s, p, i)
	if e < 0 {
		return
	}
	toks := s.toks
	f := r.features[p.feature]
	if f.Negatable && r.negated(s, i) {
		return
	}
	if f.NotContract && r.theirContract(s, i, e) {
		return // "it's just your own policy": the customer's insurance, no rule
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
		sent0: toks[i].sent, sent1: toks[e-1].sent, admits: p.admits})
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
			r0: int32(utf8.RuneCountInString(text[:loc[0]])), admits: p.admits}
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
// apology, and so does a word that joins two clauses (clause_words): in
// "dat was niet netjes en het spijt ons" the negation is over before the
// apology.
func (r *Rubric) negated(s *scratch, i int) bool {
	// A finding that opens with a negation of its own ("don't need to
	// order from us") is a clause of its own: an earlier negation ("who
	// don't get that") belongs to another.
	if s.toks[i].neg {
		return false
	}
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
		if t.lex&lexClause != 0 {
			return false
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

// ownsFault reports a live finding of ownership ("foutje aan onze kant",
// "our mistake").
func (r *Rubric) ownsFault(s *scratch) bool {
	for i := range s.matches {
		if m := &s.matches[i]; !m.dead && r.features[m.f].ID == "ownership" {
			return true
		}
	}
	return false
}

// wordCount counts the runs of letters and digits in a text.
func wordCount(text string) int {
	n, in := 0, false
	for _, c := range text {
		w := isWordRune(c)
		if w && !in {
			n++
		}
		in = w
	}
	return n
}
