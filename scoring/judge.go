package scoring

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"unicode"
)

// The detectors in this file judge what a reply does rather than which
// words it contains (../shared/research/webcare-language.md, "Known ways a
// rule-based rubric is gamed"): whether it repeats the customer's own
// harm (restates.go), whether it is a message at all, whether it states a misreading of
// the case, whether its apology is only named to be refused, and whether
// its signature is a person.

// detectList finds text that is not a message: list_min_words words or
// more with hardly a function word of any of the rubric's languages
// ("Dorien sorry vervelend frustratie DM bel vandaag ^Lotte"), or three or
// more sentences of one word each ("Vervelend! Sorry! Balen! Excuses!"),
// hashtags alone, or stock pieces strung with commas (stockRun).
// Sentences need words like "je", "ik", "the", "to" to say anything.
func (r *Rubric) detectList(s *scratch, f *feature) {
	words, function, linking, sentences, longest := 0, 0, 0, 0, 0
	sent, inSent := int32(-1), 0
	for i := range s.toks {
		t := &s.toks[i]
		if t.kind != tWord {
			continue
		}
		if t.sent != sent {
			sent, inSent = t.sent, 0
			sentences++
		}
		inSent++
		longest = max(longest, inSent)
		words++
		if mask, _ := r.functionMask(s, t); mask&^sentenceWord != 0 {
			function++
		} else if mask != 0 {
			linking++
		}
	}
	// Plain sentences are about four words in ten function words; a list
	// has none, or one that slipped in ("hear you"). A verb of being or a
	// pronoun makes a few words a sentence ("Megan was really upset"), but
	// not a list of fragments ("We value you. Missing items.").
	if (words >= r.listMinWords && (function+linking)*10 < words) || (sentences >= 3 && longest == 1) || s.fragmented(function, words) || s.hashtagsOnly(words) || r.stockRun(s) {
		s.addWhole(f.idx)
	}
}

// hashtagsOnly reports a reply of three or more hashtags with at most two
// words beside them (a name to sign it): "#sorry #bandje #ingang #geniet
// ^Joep", "#PowerCut #Sorry #WereOnIt" say no sentence to the customer,
// however well chosen the words (the retired blind9; groups nl7/en7).
func (s *scratch) hashtagsOnly(words int) bool {
	tags := 0
	for i := 1; i < len(s.toks); i++ {
		if t, p := &s.toks[i], &s.toks[i-1]; t.kind == tWord && p.kind == tSoft && p.punct == '#' && p.b1 == t.b0 {
			tags++
		}
	}
	return tags >= 3 && words-tags <= 2
}

// detectHashtagsOnly adds a finding of feature f over a reply of hashtags
// only (hashtagsOnly): a list of words at least addresses the customer in
// words, a row of tags says nothing to anyone (the blind sets ranked it
// below every list of words but one; groups nl29/en29).
func (s *scratch) detectHashtagsOnly(f *feature) {
	words := 0
	for i := range s.toks {
		if s.toks[i].kind == tWord {
			words++
		}
	}
	if s.hashtagsOnly(words) {
		s.addWhole(f.idx)
	}
}

// fragmented reports a list of stock words in fragments ("Apologies.
// Missing items. Refund process. We value you.", "sorry, empathy, we hear
// you, lessons learned"): four or more pieces between sentence ends,
// commas or slashes, three in four of them one or two words long, fewer
// than one word in eight a function word, and nothing specific in it (no
// number: an amount, a time or a date makes a terse reply a message,
// "Refund: £23.40, all 6 items, done").
func (s *scratch) fragmented(function, words int) bool {
	if function*8 > words {
		return false
	}
	// A short last sentence is the sign-off ("Groet, MediaMarkt", "^Jesse"):
	// its pieces do not make the reply a list.
	lastSent, lastWords := int32(-1), 0
	for i := range s.toks {
		if t := &s.toks[i]; t.kind == tWord {
			if t.sent != lastSent {
				lastSent, lastWords = t.sent, 0
			}
			lastWords++
		}
	}
	if lastSent < 1 || lastWords > 3 {
		lastSent = -1
	}
	frags, short, n := 0, 0, 0
	end := func() {
		if n > 0 {
			frags++
			if n <= 2 {
				short++
			}
		}
		n = 0
	}
	for i := range s.toks {
		t := &s.toks[i]
		if lastSent >= 0 && t.sent >= lastSent {
			break
		}
		switch {
		case t.kind == tWord:
			if b := s.folded(t); len(b) > 0 && b[0] >= '0' && b[0] <= '9' {
				return false
			}
			n++
		case t.kind == tHard, t.kind == tSoft && (t.punct == ',' || t.punct == ';' || t.punct == '/' || t.punct == '|' || t.punct == '\n'):
			end()
		}
	}
	end()
	return frags >= 4 && short*4 >= frags*3
}

// detectMisreadings finds a reply that states one of the scenario's
// misreadings of the case (Sanoma: "je hebt nog niet gebeld" to a customer
// who did call). The patterns are the scenario author's, in the rubric's
// pattern language, compiled once per rubric. With private, it finds the
// private facts a public reply states instead (Kind "private").
func (r *Rubric) detectMisreadings(s *scratch, f *feature, ms []Misreading, lang string, private bool) {
	for k, m := range ms {
		if (m.Kind == "private") != private {
			continue
		}
		for _, src := range m.Says {
			p := r.misreadingPattern(src, lang)
			if p == nil {
				continue
			}
			for i := range s.toks {
				if s.toks[i].kind != tWord && s.toks[i].kind != tSoft {
					continue
				}
				e := r.spanAt(s, p, i)
				if e < 0 {
					continue
				}
				a, z := &s.toks[i], &s.toks[e-1]
				s.matches = append(s.matches, match{f: int32(f.idx), t0: int32(i), t1: int32(e),
					r0: a.r0, r1: z.r1, b0: a.b0, b1: z.b1, sent0: a.sent, sent1: z.sent, aux: int16(k + 1)})
				break
			}
		}
	}
}

// misreadingPattern compiles a scenario's misreading pattern once; nil if
// it does not compile (the scenario checker reports it).
func (r *Rubric) misreadingPattern(src, lang string) *pattern {
	key := lang + "\x00" + src
	if v, ok := r.misreadingPats.Load(key); ok {
		return v.(*pattern)
	}
	p, err := compilePattern(src, lang)
	if err != nil || p.re != nil {
		p = nil
	}
	r.misreadingPats.Store(key, p)
	return p
}

// CheckPattern reports whether src is a valid pattern of the rubric's
// pattern language (for a scenario's misreadings).
//
// A gap at either end ("* gebeld") is an error here though the rubric's own
// compiler drops it: the author meant something by it (a word before?) and
// the pattern would match without it.
func CheckPattern(src, lang string) error {
	p, err := compilePattern(src, lang)
	if err == nil && p.re != nil {
		return errRegexNotAllowed
	}
	if err == nil {
		if f := strings.Fields(src); len(f) > 0 && (f[0] == "*" || f[len(f)-1] == "*") {
			return patternErrorf("%q: a * alone at the start or end matches nothing more; drop it, or put the words it stands for", src)
		}
	}
	return err
}

// PatternError is what is wrong with a pattern, kept as a format and its
// values so that a scenario checker can say it in its reader's language.
type PatternError struct {
	Format string
	Args   []any
}

func (e *PatternError) Error() string { return fmt.Sprintf(e.Format, e.Args...) }

// MessageFormat returns the format and values the message is made of.
func (e *PatternError) MessageFormat() (string, []any) { return e.Format, e.Args }

func patternErrorf(format string, args ...any) error {
	return &PatternError{Format: format, Args: args}
}

// inPattern says err of the pattern src: "%q: " before it.
func inPattern(src string, err error) error {
	var pe *PatternError
	if errors.As(err, &pe) {
		return &PatternError{Format: "%q: " + pe.Format, Args: append([]any{src}, pe.Args...)}
	}
	return fmt.Errorf("%q: %v", src, err)
}

var errRegexNotAllowed = patternErrorf("a regular expression is not allowed here: write words")

// detectQuestioned turns an apology that stands alone in a short question
// into a questioned one: "Excuses? Waarvoor?", "Sorry? For what?" name the
// apology only to refuse it (the research doc: quoted apologies).
func (r *Rubric) detectQuestioned(s *scratch, f *feature) {
	for i := range s.matches {
		m := &s.matches[i]
		if int(m.f) != f.Of || m.dead || m.t0 < 0 {
			continue
		}
		k := s.toks[m.t0].sent
		if int(k) >= len(s.question) || !s.question[k] {
			continue
		}
		words := 0
		for j := range s.toks {
			if s.toks[j].sent == k && s.toks[j].kind == tWord {
				words++
			}
		}
		if words <= 4 {
			m.f = int32(f.idx)
		}
	}
}

// detectInternal reads a look into the case that is said to stay inside
// the company ("we kijken er intern naar", "we'll look into this
// internally") as what it is: no step toward the customer. The step,
// ownership or offer of help its words overlap is removed (only those:
// "I'll look into it internally and DM you today" still moves to DM,
// today), and the look itself becomes an evasion, which a concrete step
// elsewhere in the reply undoes as it undoes any evasion (`unless`). It
// runs after dedupe, so that a finding's index names its canceller.
func (r *Rubric) detectInternal(s *scratch, f *feature) {
	for i := range s.matches {
		m := &s.matches[i]
		if int(m.f) != f.idx || m.dead || m.whole() {
			continue
		}
		for j := range s.matches {
			o := &s.matches[j]
			if j == i || o.dead || o.whole() || o.r0 >= m.r1 || m.r0 >= o.r1 {
				continue
			}
			switch {
			case slices.Contains(f.Cancels, int(o.f)):
				o.dead, o.by = true, int32(i+1)
			case int(o.f) == f.Of:
				o.dead = true // "internally" alone: the same evasion, said once
			}
		}
		m.f, m.aux = int32(f.Of), int16(f.idx+1)
	}
}

// detectBrandSignature turns a signature that signs with the brand's name,
// a team or an acronym ("Groet, Sanoma", "^KPN", "Cheers, Deliveroo") into
// a company signature: only a person's name shows a person behind the reply
// (vHL 2018; the research doc: "A company name as signature is not a
// person").
func (r *Rubric) detectBrandSignature(s *scratch, f *feature, text string, ctx Context) {
	r.nameAndRole(s, f.Of, text, ctx)
	for i := range s.matches {
		m := &s.matches[i]
		if int(m.f) != f.Of || m.dead || m.t0 < 0 {
			continue
		}
		// A hyphen inside a word ("name-calling", "e-mail") is no dash
		// before a name: a sign-off dash stands apart from the word before.
		if t := &s.toks[m.t0]; t.punct == '-' && t.b0 > 0 && t.b1 < int32(len(text)) &&
			isWordRune(rune(text[t.b0-1])) && isWordRune(rune(text[t.b1])) {
			m.dead = true
			continue
		}
		// The signing words are the words at the end of the signature, back
		// to the sign-off's punctuation ("Groet, Albert Heijn", "– Sky Help
		// Team", "^Anna"): one of them that is no person's name makes the
		// whole signature no person's.
		last := int(m.t1) - 1
		for last > int(m.t0) && s.toks[last].kind != tWord {
			last--
		}
		if r.signsWithRole(s, int(m.t0), text, ctx) {
			continue // "– Tom, COO Liberty Bottleworks": a person, with their role
		}
		if r.dashGoesOn(s, m, text) {
			m.dead = true // "– really sorry, Tom": the sentence goes on, to Tom
			continue
		}
		for k := last; k >= int(m.t0) && s.toks[k].kind == tWord; k-- {
			t := &s.toks[k]
			if r.notAPerson(text[t.b0:t.b1], string(s.folded(t)), ctx.BrandName) {
				m.f = int32(f.idx)
				break
			}
		}
	}
}

// notAPerson reports whether a signing word is no person's name: a word of
// not_signature ("team", "webcare"), an acronym in capitals, a word with
// digits, or the brand ("Basicfit" for Basic-Fit, "BarclaysUK" for
// Barclays).
func (r *Rubric) notAPerson(raw, folded, brand string) bool {
	name := lettersOnly(folded)
	if r.signatureRoles[name] {
		return false // "– COO": one person, by their role
	}
	if name == "" || r.notSignature[name] || strings.ContainsAny(raw, "0123456789") {
		return true
	}
	if n, caps := capitals(raw); caps && n >= 2 {
		return true
	}
	if brand == "" {
		return false
	}
	whole := lettersOnly(foldString(brand))
	if len(whole) >= 3 && (strings.Contains(name, whole) || strings.Contains(whole, name)) {
		return true
	}
	for _, w := range strings.FieldsFunc(foldString(brand), func(c rune) bool { return !unicode.IsLetter(c) }) {
		if len(w) >= 3 && strings.Contains(name, w) {
			return true
		}
	}
	return false
}

// lettersOnly keeps the letters of s.
func lettersOnly(s string) string {
	return strings.Map(func(c rune) rune {
		if unicode.IsLetter(c) {
			return c
		}
		return -1
	}, s)
}

// signOffMarks are the marks a signature starts with ("^Lotte", "– Tom").
const signOffMarks = "–—-^~"

// signsWithRole reports a signature that starts at token t0 with a
// person's name followed by a comma: what follows is their role or
// company ("– Tom, COO Liberty Bottleworks", "^Yara, Studentenservice"),
// and a person signs.
func (r *Rubric) signsWithRole(s *scratch, t0 int, text string, ctx Context) bool {
	if m := &s.toks[t0]; m.kind != tSoft || !strings.ContainsRune(signOffMarks, m.punct) {
		return false // "Regards, MediaMarkt": a sign-off word, then who signs
	}
	k := t0 + 1
	if k+1 >= len(s.toks) || s.toks[k].kind != tWord {
		return false
	}
	t, c := &s.toks[k], &s.toks[k+1]
	return c.kind == tSoft && c.punct == ',' && !r.notAPerson(text[t.b0:t.b1], string(s.folded(t)), ctx.BrandName) &&
		!r.notContent[string(s.folded(t))]
}

// nameAndRole finds a signature of a name, a comma and a role of up to
// five words at the very end of the reply, after a sign-off mark ("–
// Tom, COO Liberty Bottleworks"), longer than the signature patterns
// reach, and adds it as a finding of feature sig.
func (r *Rubric) nameAndRole(s *scratch, sig int, text string, ctx Context) {
	n := len(s.toks)
	for n > 0 && s.toks[n-1].kind == tHard {
		n-- // a closing full stop
	}
	for i := 0; i+3 < n; i++ {
		t := &s.toks[i]
		if t.kind != tSoft || !strings.ContainsRune(signOffMarks, t.punct) {
			continue
		}
		if t.b0 > 0 && isWordRune(rune(text[t.b0-1])) {
			continue // a hyphen inside a word
		}
		if !r.signsWithRole(s, i, text, ctx) {
			continue
		}
		role := 0
		for k := i + 3; k < n; k++ {
			if s.toks[k].kind != tWord {
				role = -1
				break
			}
			role++
		}
		if role < 1 || role > 5 {
			continue
		}
		for k := range s.matches {
			if m := &s.matches[k]; int(m.f) == sig && !m.dead && m.t0 == int32(i) {
				m.dead = true // the shorter pattern's reading gives way to the whole signature
			}
		}
		z := &s.toks[n-1]
		s.matches = append(s.matches, match{f: int32(sig), t0: int32(i), t1: int32(n),
			r0: t.r0, r1: z.r1, b0: t.b0, b1: z.b1, sent0: t.sent, sent1: z.sent})
		return
	}
}
