package scoring

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

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
// their expense. Someone is mentioned by handle, or named in full.
func (r *Rubric) thirdPartySentences(s *scratch, text string, ctx Context) uint64 {
	set := r.handledThirdParties(s)
	for i := 0; i < len(s.toks); {
		n := capitalRun(s, text, i)
		at := i
		if n > 0 && !midSentence(s, i) {
			at, n = i+1, n-1 // a sentence's first word is capitalised anyway ("Maybe Frans Bauer …")
			for n > 0 && surnameParticles[text[s.toks[at].b0:s.toks[at].b1]] {
				at, n = at+1, n-1 // nor is the rest of a signature a name of its own ("– Jacob de Vries")
			}
		}
		if n >= 2 && midSentence(s, at) && s.toks[at].sent < 64 && !namesOfTheCase(s, text, at, n, ctx) {
			set |= 1 << uint(s.toks[at].sent)
		}
		i = at + max(n, 1)
	}
	return set
}

// handledThirdParties is the bit set of sentences with an @-mention of
// someone other than the customer or the reply's addressees.
func (r *Rubric) handledThirdParties(s *scratch) uint64 {
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

// A person named in full ("Frans Bauer", "Elon Musk") is two or more words
// in a row that start with a capital and go on in small letters, in the
// middle of a sentence, where nothing but a name is written that way. A
// sentence's first word, acronyms ("DM", "KPN") and the writer's own name
// after "^" or a dash are not such a name; neither are the customer's name,
// the brand's, nor anything the case's own posts say ("Fijnaart").

// capitalRun counts the name-like words in a row from token i. The small
// words of a surname ("Janny van der Heijden", "Ludwig van Beethoven") belong
// to the run where a name-like word follows them.
func capitalRun(s *scratch, text string, i int) int {
	n := 0
	for i+n < len(s.toks) {
		t := &s.toks[i+n]
		if t.kind != tWord || (n > 0 && t.sent != s.toks[i].sent) {
			break
		}
		if nameLike(text[t.b0:t.b1]) {
			n++
			continue
		}
		k := n
		for n > 0 && i+k < len(s.toks) && s.toks[i+k].kind == tWord && s.toks[i+k].sent == s.toks[i].sent && surnameParticles[text[s.toks[i+k].b0:s.toks[i+k].b1]] {
			k++
		}
		if k == n || i+k >= len(s.toks) || s.toks[i+k].kind != tWord || s.toks[i+k].sent != s.toks[i].sent || !nameLike(text[s.toks[i+k].b0:s.toks[i+k].b1]) {
			break
		}
		n = k
	}
	return n
}

// surnameParticles are the small words inside a full name, written in small
// letters between its capitalised parts.
var surnameParticles = map[string]bool{"van": true, "de": true, "der": true, "den": true, "het": true,
	"te": true, "ter": true, "ten": true, "'t": true, "von": true, "di": true, "da": true, "du": true,
	"le": true, "la": true, "del": true, "dos": true}

// nameLike is a word written as a name: a capital, then small letters.
func nameLike(w string) bool {
	first := true
	small := false
	for _, c := range w {
		switch {
		case first && !unicode.IsUpper(c):
			return false
		case !first && unicode.IsUpper(c):
			return false // an acronym or shouting
		case !first && unicode.IsLower(c):
			small = true
		}
		first = false
	}
	return small
}

// midSentence reports whether token i has a word before it in its
// sentence, and is not a signature after "^" or a dash.
func midSentence(s *scratch, i int) bool {
	if i == 0 || s.toks[i-1].sent != s.toks[i].sent {
		return false
	}
	if p := &s.toks[i-1]; p.kind == tSoft && (p.punct == '^' || p.punct == '-' || p.punct == '–' || p.punct == '—') {
		return false
	}
	for j := i - 1; j >= 0 && s.toks[j].sent == s.toks[i].sent; j-- {
		if s.toks[j].kind == tWord {
			return true
		}
	}
	return false
}

// namesOfTheCase reports whether any word of the run is the customer's or
// the brand's, or stands in the case's own posts.
func namesOfTheCase(s *scratch, text string, i, n int, ctx Context) bool {
	for k := i; k < i+n; k++ {
		w := text[s.toks[k].b0:s.toks[k].b1]
		if surnameParticles[w] {
			continue // "van" in the post does not make "Janny van der Heijden" the case's own name
		}
		if containsFold(ctx.CustomerName, w) || containsFold(ctx.BrandName, w) || containsFold(ctx.CustomerPost, w) || containsFold(ctx.Situation, w) {
			return true
		}
		for _, p := range ctx.Thread {
			if containsFold(p, w) {
				return true
			}
		}
	}
	return false
}

// containsFold reports whether word stands in text as a whole word,
// ignoring case, without allocating. A name inside a longer word is not that
// name: "Ed" does not stand in "cancelled", nor "Jan" in "Januari".
func containsFold(text, word string) bool {
	for i := 0; i+len(word) <= len(text); i++ {
		if !strings.EqualFold(text[i:i+len(word)], word) {
			continue
		}
		before, _ := utf8.DecodeLastRuneInString(text[:i])
		after, _ := utf8.DecodeRuneInString(text[i+len(word):])
		if (i == 0 || !isWordRune(before)) && (i+len(word) == len(text) || !isWordRune(after)) {
			return true
		}
	}
	return false
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
			// a code with digits in it ("SORRY10", "PIZZA2") is typed as it is
			// used, not shouted
			if n < 3 || r.notShouting[string(s.folded(t))] || (brand != "" && strings.EqualFold(text[t.b0:t.b1], brand)) ||
				strings.ContainsAny(text[t.b0:t.b1], "0123456789") {
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
			if j-i >= 3 && bangs >= 1 && !r.warmBefore(s, i) {
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

// warmBefore reports whether the word before token i ends an apology, a
// thank-you, sympathy or shared joy ("sorry!!!", "thanks!!!", "gefeliciteerd!!!"):
// marks there press the warmth, they raise no voice at the customer.
func (r *Rubric) warmBefore(s *scratch, i int) bool {
	for k := range s.matches {
		m := &s.matches[k]
		if m.dead || int(m.t1) != i {
			continue
		}
		switch r.features[m.f].ID {
		case "apology", "acknowledge_emotion", "thanks", "share_joy":
			return true
		}
	}
	return false
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

// sharedWords counts the distinct content words (or numbers) the reply
// shares with the post, up to limit.
func (r *Rubric) sharedWords(s *scratch, post, lang string, limit int) int {
	r.tokenizePost(s, post, lang)
	var seen [4][]byte
	n := 0
	for i := range s.toks {
		t := &s.toks[i]
		if t.kind != tWord || !s.postMask.has(s.stem(t)) || !r.isContent(s, t) || !s.post.hasContentStem(r, s.stem(t)) {
			continue
		}
		dup := false
		for k := 0; k < n && k < len(seen); k++ {
			dup = dup || string(seen[k]) == string(s.stem(t))
		}
		if dup {
			continue
		}
		if n < len(seen) {
			seen[n] = s.stem(t)
		}
		if n++; n >= limit {
			return n
		}
	}
	return n
}

// caseText is what a reply can refer to so as not to be boilerplate: the
// post it answers, the case's earlier posts, and what the agent has learnt
// beyond them (a double debit
// found in a DM is as concrete as anything in the post). The customer's name
// is left out of the situation: "Thanks for your message, Dorien" is still a
// template.
func caseText(ctx Context) string {
	if ctx.knownCaseText != "" {
		return ctx.knownCaseText
	}
	if ctx.Situation == "" && len(ctx.Thread) == 0 {
		return ctx.CustomerPost
	}
	var b strings.Builder
	b.WriteString(ctx.CustomerPost)
	for _, t := range ctx.Thread {
		b.WriteByte('\n')
		b.WriteString(t)
	}
	if situation := ctx.Situation; situation != "" {
		if ctx.CustomerName != "" {
			situation = strings.ReplaceAll(situation, ctx.CustomerName, " ")
		}
		b.WriteByte('\n')
		b.WriteString(situation)
	}
	return b.String()
}

func (r *Rubric) content(w []byte) bool {
	isDigit := len(w) > 0 && w[0] >= '0' && w[0] <= '9'
	if len(w) < 4 && !isDigit && !r.shortContent[string(w)] {
		return false
	}
	// Most words the detectors ask about are content words: the Bloom
	// filter spares them the map.
	return !r.notContentBloom.has(fnv32(w)) || !r.notContent[string(w)]
}

// dashGoesOn reports a dash that carries the sentence on rather than
// signing it: a signing word in lower case that is neither a word of
// not_signature ("– team Sanoma" signs, as a team) nor a particle of a
// name ("– Jan de Vries"). "– really sorry, Tom" thanks or addresses Tom.
func (r *Rubric) dashGoesOn(s *scratch, m *match, text string) bool {
	if t := &s.toks[m.t0]; t.kind != tSoft || (t.punct != '–' && t.punct != '—' && t.punct != '-') {
		return false
	}
	for k := int(m.t0) + 1; k < int(m.t1); k++ {
		t := &s.toks[k]
		if t.kind != tWord {
			continue
		}
		c, _ := utf8.DecodeRuneInString(text[t.b0:t.b1])
		w := lettersOnly(string(s.folded(t)))
		if unicode.IsLower(c) && !r.notSignature[w] && !nameParticles[w] {
			return true
		}
	}
	return false
}

// nameParticles are the lower-case words inside a person's name.
var nameParticles = map[string]bool{"van": true, "de": true, "der": true, "den": true, "ter": true, "ten": true,
	"te": true, "het": true, "la": true, "le": true, "da": true, "di": true, "von": true, "du": true, "el": true, "al": true, "bin": true}

// titleOnlyGreetings drops a greeting that addresses a title and no name
// ("Beste mevrouw,", "Dear Sir,", "Geachte heer"): it is the opening of a
// form letter, not a personal address. A title before a surname ("Beste
// mevrouw De Boef") names the customer and stays.
func (r *Rubric) titleOnlyGreetings(s *scratch, f *feature, text string) {
	for i := range s.matches {
		m := &s.matches[i]
		if int(m.f) != f.idx || m.dead || m.t0 < 0 || int(m.t1) >= len(s.toks) {
			continue
		}
		t := &s.toks[m.t1]
		if t.kind != tWord || !r.titles[string(s.folded(t))] {
			continue
		}
		k := int(m.t1) + 1
		if k < len(s.toks) && s.toks[k].kind == tWord && s.toks[k].sent == t.sent && capitalised(text[s.toks[k].b0:s.toks[k].b1]) {
			continue // a surname after the title
		}
		m.dead = true
	}
}
