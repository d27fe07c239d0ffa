package scoring

import (
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The detectors in this file judge whether a reply is about this customer
// at all (issue 12: "does it acknowledge this customer's specific
// problem"): a reply written for another post (another product, another
// problem) and a reply that greets the customer by a name that is not
// theirs. Both are what a reader sees first: the webcare did not read the
// post (seeds, Sanoma tip 2 "Luister goed naar de klant"; Domino's, "Goh,
// was dat een automatisch bericht?").

// detectOffTopic finds a reply written for another post: it names
// off_topic_words or more things of a topic the case never touches
// ("wat vervelend dat u zo lang op de lesmethode wacht… waar uw bestelling
// blijft" to a customer who wrote about calling and e-mailing), and nothing
// in it refers to the case: no content word of the post or of what the
// agent learnt, and no thing of the case's own topics. The things are the
// words of the language's `topics` (bestelling, pakket, abonnement,
// factuur, trein, verwarming…); a reply that names none of them, or words
// the rubric does not list, is never off topic: a plain reply that says
// what was done in other words than the customer's is not punished. Where
// the case names no listed thing at all, it takes one foreign thing more.
// A foreign thing named after a word for the customer's complaint ("je
// klacht over de factuur", "your question about the bill") weighs as two:
// that is the reply saying what the case is about, and getting it wrong.
// The case is the post, its earlier posts (Context.Thread) and what the
// agent learnt. The span is the sentence that names most of the foreign
// things.
func (r *Rubric) detectOffTopic(s *scratch, f *feature, ctx Context, lang string) {
	post := caseText(ctx)
	lr := r.langs[lang]
	if post == "" || r.offTopicWords <= 0 || len(lr.topic) == 0 {
		return
	}
	caseTopics := r.caseTopics(s, post, lang)
	var seen [8][]byte
	foreign := 0
	bestSent, best, b0, b1 := int32(-1), 0, -1, -1
	sent, n, first, last := int32(-1), 0, -1, -1
	namedSent := int32(-1) // the sentence in which the reply names the complaint
	flush := func() {
		if n > best {
			bestSent, best, b0, b1 = sent, n, first, last
		}
	}
	for i := range s.toks {
		t := &s.toks[i]
		if t.kind != tWord || t.quoted {
			continue
		}
		st := s.stem(t)
		if lr.caseNoun[string(st)] {
			namedSent = t.sent
		}
		content := r.isContent(s, t)
		if content && ((s.postMask.has(st) && s.post.hasContentStem(r, st)) || s.sharesCompound(r, st)) {
			return // the reply refers to the case
		}
		if fw := s.folded(t); lr.caseTopic[string(fw)] != 0 && lr.topic[string(fw)] == 0 {
			continue // "~kastje": tells the case's topic, never a reply's, whatever its base form
		}
		topics := lr.topicOf(s.folded(t), st) // a listed thing is content however short ("juf", "gas")
		if topics == 0 {
			continue
		}
		if topics&caseTopics != 0 {
			return // a thing of the case's own kind: "je bestelling" to "mijn pakket"
		}
		dup := false
		for k := 0; k < foreign && k < len(seen); k++ {
			dup = dup || string(seen[k]) == string(st)
		}
		if dup {
			continue
		}
		if foreign < len(seen) {
			seen[foreign] = st
		}
		foreign++
		if namedSent == t.sent {
			foreign++ // "your complaint about the bill": the reply's reading of the case
		}
		if t.sent != sent {
			flush()
			sent, n, first, last = t.sent, 0, -1, -1
		}
		n++
		if first < 0 {
			first = i
		}
		last = i
	}
	flush()
	need := r.offTopicWords
	if caseTopics == 0 {
		need++ // the case names no listed thing: it takes more to tell it is another
	}
	if foreign < need || b0 < 0 {
		return
	}
	a, z := &s.toks[b0], &s.toks[b1]
	s.matches = append(s.matches, match{f: int32(f.idx), t0: int32(b0), t1: int32(b1 + 1),
		r0: a.r0, r1: z.r1, b0: a.b0, b1: z.b1, sent0: bestSent, sent1: bestSent})
}

// caseTopics returns the topics (a bit per topic) the case's own text
// names, worked out once per reply.
func (r *Rubric) caseTopics(s *scratch, post, lang string) uint64 {
	r.tokenizePost(s, post, lang)
	if !s.postTopicsSet {
		lr := r.langs[lang]
		s.postTopics, s.postTopicsSet = 0, true
		for j := range s.post.toks {
			if u := &s.post.toks[j]; u.kind == tWord {
				st := s.post.stem(u)
				s.postTopics |= lr.topicOf(s.post.folded(u), st) | lr.caseTopic[string(st)]
			}
		}
		if implied := r.topicImplies; implied != nil {
			for t := s.postTopics; t != 0; t &= t - 1 {
				s.postTopics |= implied[bits.TrailingZeros64(t)]
			}
		}
	}
	return s.postTopics
}

// topicOf returns the topics (a bit per topic) of a word: by its stem, or
// for a compound by its last part ("retourpakket" is a pakket,
// "lesmethode" a methode), or else by its base form: a plural the light
// stemmer leaves apart ("deliveries", "batteries") or a diminutive
// ("bonnetje", "treintje") is the listed thing all the same, so that the
// lists name each thing once and a reply in other forms of the same words
// is still read as about it.
func (lr *langRules) topicOf(folded, stem []byte) uint64 {
	if b := lr.topic[string(stem)]; b != 0 {
		return b
	}
	if b := lr.compoundTopic(folded); b != 0 {
		return b
	}
	n := len(folded)
	if n > 5 && string(folded[n-3:]) == "ies" {
		var buf [48]byte
		base := append(append(buf[:0], folded[:n-3]...), 'y')
		if b := lr.topic[string(base)]; b != 0 {
			return b
		}
		return lr.compoundTopic(base)
	}
	for _, cut := range diminutiveCuts(folded) {
		if cut == 0 {
			break
		}
		base := folded[:n-cut]
		if b := lr.topic[string(base)]; b != 0 {
			return b
		}
		if b := lr.compoundTopic(base); b != 0 {
			return b
		}
	}
	return 0
}

// compoundTopic returns the topics of the longest listed last part of w
// (at least compoundPart letters).
func (lr *langRules) compoundTopic(w []byte) uint64 {
	for j := 1; len(w)-j >= compoundPart; j++ {
		if b := lr.topic[string(w[j:])]; b != 0 {
			return b
		}
	}
	return 0
}

// diminutiveCuts gives the endings to cut off a Dutch diminutive to reach
// its noun, longest first (0: none): "bonnetje" -> "bon" (a doubled
// consonant and -etje), "treintje" -> "trein" (-tje, -pje), "kaartje" ->
// "kaart" (-je); a plural -s goes too. The stemmer leaves these apart, and
// the wrong cuts only fail to be found in the lists. English words seldom
// end so, and then are not found either.
func diminutiveCuts(w []byte) [3]int {
	var cuts [3]int
	n, s := len(w), 0
	if n > 3 && w[n-1] == 's' {
		n, s = n-1, 1
	}
	if n <= 5 || string(w[n-2:n]) != "je" {
		return cuts
	}
	k := 0
	if n > 7 && string(w[n-4:n]) == "etje" && w[n-5] == w[n-6] && !isVowel(w[n-5]) {
		cuts[k], k = 5+s, k+1
	}
	if c := w[n-3]; c == 't' || c == 'p' {
		cuts[k], k = 3+s, k+1
	}
	cuts[k] = 2 + s
	return cuts
}

// topics reads a language's topic lists: every word by its folded form and
// its stem, with the bit of its topic. Topic names are shared by the
// languages (the same topic in Dutch and English has the same bit).
func (p *parser) topics(lang string, lr *langRules, topics map[string][]string) {
	if len(topics) == 0 {
		return
	}
	lr.topic = map[string]uint64{}
	for _, name := range sortedKeys(topics) {
		k, ok := p.topicBit[name]
		if !ok {
			if len(p.topicBit) >= 64 {
				p.add(p.pos.Line("language."+lang+".topics"), "language."+lang+".topics."+name, "more than 64 topics")
				continue
			}
			k = len(p.topicBit)
			if p.topicBit == nil {
				p.topicBit = map[string]int{}
			}
			p.topicBit[name] = k
		}
		for _, w := range topics[name] {
			into := lr.topic
			if rest, ok := strings.CutPrefix(w, "~"); ok {
				// "~card": tells the case's topic, never a reply's
				if lr.caseTopic == nil {
					lr.caseTopic = map[string]uint64{}
				}
				into, w = lr.caseTopic, rest
			}
			fw := foldString(normApos(w))
			into[fw] |= 1 << uint(k)
			into[stemString(fw, lang)] |= 1 << uint(k)
		}
	}
}

// topicImplications reads settings.topic_implies after every language's
// topics have their bits: a case of a topic is about the topics it names
// as well.
func (p *parser) topicImplications() {
	implies := p.fr.Settings.TopicImplies
	if len(implies) == 0 {
		return
	}
	p.r.topicImplies = make([]uint64, 64)
	for _, name := range sortedKeys(implies) {
		k, ok := p.topicBit[name]
		if !ok {
			p.add(p.pos.Exact("settings.topic_implies."+name), "settings.topic_implies."+name, "no topic %q in any language", name)
			continue
		}
		for _, other := range implies[name] {
			j, ok := p.topicBit[other]
			if !ok {
				p.add(p.pos.Exact("settings.topic_implies."+name), "settings.topic_implies."+name, "no topic %q in any language", other)
				continue
			}
			p.r.topicImplies[k] |= 1 << uint(j)
		}
	}
}

// detectWrongName finds a greeting that calls the customer by a word that
// is not their name: "Hoi juf" to Dorien (Sanoma's put-down), "Hi Sarah" to
// Dorien (a reply written for someone else). The word right after the
// greeting of feature `of` is read as the name it addresses, unless it is a
// function word ("Hi, I'm…"), a word of greeting_not_name ("Hoi allemaal",
// "Good morning"), a title before a surname the rubric does not know
// ("Beste mevrouw De Boef"), or followed by "hier"/"here" (the writer's own
// name: "Hoi, Lotte hier"). The customer's name must be known; their first
// name, any part of their full name or handle, or a short form of it ("Sam"
// for Samantha) is theirs.
func (r *Rubric) detectWrongName(s *scratch, f *feature, text string, ctx Context) {
	if s.name == "" {
		return
	}
	defer r.detectWrongVocative(s, f, text, ctx)
	for i := range s.matches {
		m := &s.matches[i]
		if int(m.f) != f.Of || m.dead || m.t0 < 0 {
			continue
		}
		// A greeting that is the customer's own name ("Dorien we zoeken
		// het uit") has named them; the word after it is no name.
		if r.isCustomersName(s, string(s.folded(&s.toks[m.t0])), ctx.CustomerName) {
			continue
		}
		k := r.addressedWord(s, int(m.t0))
		if k < 0 {
			continue
		}
		t := &s.toks[k]
		if w := string(s.folded(t)); r.isCustomersName(s, w, ctx.CustomerName) || misspelt([]byte(w), s.name) {
			continue // theirs, or theirs misspelt (misspelt_name)
		} else if organisationInPost(w, ctx.CustomerPost) {
			continue // the paper or the column that wrote the post ("Beste Servicepolitie")
		}
		s.matches = append(s.matches, match{f: int32(f.idx), t0: m.t0, t1: int32(k + 1),
			r0: s.toks[m.t0].r0, r1: t.r1, b0: s.toks[m.t0].b0, b1: t.b1, sent0: m.sent0, sent1: t.sent})
		return
	}
}

// addressedWord returns the token a greeting starting at token g addresses
// by name, or -1: the first word after it, directly (no punctuation
// between), past the greeting's own words ("good morning").
func (r *Rubric) addressedWord(s *scratch, g int) int {
	for k := g + 1; k < len(s.toks) && k <= g+3; k++ {
		t := &s.toks[k]
		if t.kind != tWord || t.quoted {
			return -1
		}
		w := s.folded(t)
		switch {
		case r.greetNotName[string(w)]:
			continue
		case r.titles[string(w)], r.notContent[string(w)]:
			return -1 // "Hi, I'm…", "Beste mevrouw De Boef", "Hoi klant"
		}
		if n := k + 1; n < len(s.toks) && s.toks[n].kind == tWord && r.selfIntro[string(s.folded(&s.toks[n]))] {
			return -1 // "Hoi Lotte hier": the writer's own name
		}
		return k
	}
	return -1
}

// isCustomersName reports whether w names the customer: a word of their
// name or handle, or a short form of one ("sam" for "samantha", "dor" for
// "dorien") of at least three letters.
func (r *Rubric) isCustomersName(s *scratch, w, name string) bool {
	w = lettersOnly(w)
	if w == "" {
		return true
	}
	for _, p := range s.customerNameParts(name) {
		if p == w || (len(w) >= 3 && strings.HasPrefix(p, w)) || (len(p) >= 3 && strings.Contains(w, p)) {
			return true
		}
	}
	return false
}

// vocativeOpeners open a sentence that speaks to someone by name: "Sorry
// Marieke, je hebt gelijk", "Zo Bram, opgelost", "Thanks Tom!".
var vocativeOpeners = map[string]bool{"sorry": true, "excuses": true, "dank": true, "bedankt": true,
	"thanks": true, "zo": true, "nou": true, "oke": true, "oké": true, "ok": true, "okay": true, "well": true, "so": true}

// detectWrongVocative adds a finding of f for a name that is not the
// customer's where a sentence speaks to someone right after its opening
// word ("Sorry Marieke," to Dorien): the reply was written for someone
// else as surely as "Hoi Marieke" is. The word must be written as a name
// (a capital) and be followed by a comma or the sentence's end, and be
// nobody the case names (the brand, someone in the post). Only when no
// greeting found a wrong name already.
func (r *Rubric) detectWrongVocative(s *scratch, f *feature, text string, ctx Context) {
	if r.hasMatches(s, f.idx) {
		return
	}
	var caseFolded string
	first := -1
	for k := range s.toks {
		t := &s.toks[k]
		if k == 0 || s.toks[k-1].sent != t.sent {
			first = -1
		}
		if t.kind != tWord || t.quoted {
			continue
		}
		if first < 0 {
			first = k
			continue
		}
		if k != first+1 || !vocativeOpeners[string(s.folded(&s.toks[first]))] || k+1 >= len(s.toks) {
			continue
		}
		if n := &s.toks[k+1]; n.kind != tHard && (n.kind != tSoft || n.punct != ',') {
			continue
		}
		if c, _ := utf8.DecodeRuneInString(text[t.b0:]); !unicode.IsUpper(c) {
			continue
		}
		w := string(s.folded(t))
		if r.isCustomersName(s, w, ctx.CustomerName) || misspelt([]byte(w), s.name) || r.titles[w] || r.notContent[w] || r.greetNotName[w] {
			continue
		}
		if caseFolded == "" {
			caseFolded = " " + foldString(caseText(ctx)+" "+ctx.BrandName) + " "
		}
		if strings.Contains(caseFolded, w) {
			continue // someone the case names, or the brand
		}
		o := &s.toks[first]
		s.matches = append(s.matches, match{f: int32(f.idx), t0: int32(first), t1: int32(k + 1),
			r0: o.r0, r1: t.r1, b0: o.b0, b1: t.b1, sent0: o.sent, sent1: t.sent})
		return
	}
}
