package scoring

import (
	"bytes"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Restatement: a reply that repeats the customer's own harm in the
// customer's words acknowledges it without any stock word. The detector
// and the post's tokens it compares with live here; the other detectors
// that judge what a reply does are in judge.go.

// detectRestates finds the sentence that repeats most content words of the
// post (or of what the agent learnt): "Vijf dagen zonder verwarming met een
// baby" restates the harm in the customer's own terms, which is
// acknowledgement without any stock word (hotel-review replies: restating
// the specific complaint raised satisfaction; the research doc). A sentence
// needs restate_words distinct words of the post; one shared word ("je
// pakket") is a reference, not a restatement. The words of a request for
// details name what the customer must send ("DM me your booking number"),
// not their case: they restate nothing, in English as in Dutch, where
// "je reserveringsnummer" shares no stem with "gereserveerd" (translation
// pair pair9-gedaan-huurauto).
func (r *Rubric) detectRestates(s *scratch, f *feature, post, lang, text, brand string) {
	r.tokenizePost(s, post, lang)
	ps := s.post
	bestSent, best, b0, b1 := int32(-1), 0, -1, -1
	sent, n, first, last := int32(-1), 0, -1, -1
	spoken := r.sentencesWithFunctionWords(s)
	var seen [12][]byte            // distinct stems of the current sentence
	var words, bestWords [12]int32 // their tokens: the customer's words the explanation quotes
	flush := func() {
		if n > best {
			bestSent, best, b0, b1 = sent, n, first, last
			bestWords = words
		}
	}
	generic := false
	fixed := r.fixSentences(s) | r.pitchSentences(s)
	if !r.doesSomething(s) {
		fixed |= r.excuseMask(s) // reasons why it went wrong, instead of help, explain: they do not read the harm back
	}
	sig0, sig1 := r.signatureSpan(s)
	for i := range s.toks {
		t := &s.toks[i]
		if t.kind != tWord || (t.sent < 64 && fixed&(1<<uint(t.sent)) != 0) || (i >= sig0 && i < sig1) {
			continue
		}
		if t.sent != sent {
			if !generic {
				flush()
			}
			sent, n, first, last = t.sent, 0, -1, -1
			generic = r.genericStatement(s, i)
		}
		if t.quoted || !r.isContent(s, t) || brandWord(text[t.b0:t.b1], brand) || nameWord(s, i) || r.inRequest(s, i) {
			continue
		}
		// The post's words in a row without a single function word
		// ("inpost locker code parcel", "bunq storing inloggen app huur")
		// are a keyword list, not the customer's harm said back to them.
		if t.sent < 64 && spoken&(1<<uint(t.sent)) == 0 {
			continue
		}
		st := s.stem(t)
		if !(s.postMask.has(st) && ps.hasContentStem(r, st)) && !s.sharesCompound(r, st) && !s.sharesIrregularBase(r, st) {
			continue
		}
		if !addDistinct(seen[:], n, st) {
			continue
		}
		if n < len(words) {
			words[n] = int32(i)
		}
		n++
		if first < 0 {
			first = i
		}
		last = i
	}
	if !generic {
		flush()
	}
	if best < r.restateWords {
		return
	}
	s.restated = append(s.restated[:0], bestWords[:min(best, len(bestWords))]...)
	a, z := &s.toks[b0], &s.toks[b1]
	s.matches = append(s.matches, match{f: int32(f.idx), t0: int32(b0), t1: int32(b1 + 1),
		r0: a.r0, r1: z.r1, b0: a.b0, b1: z.b1, sent0: bestSent, sent1: bestSent})
}

// inRequest reports token i inside a live request for details.
func (r *Rubric) inRequest(s *scratch, i int) bool {
	for k := range s.matches {
		m := &s.matches[k]
		if !m.dead && m.t0 >= 0 && int32(i) >= m.t0 && int32(i) < m.t1 && slices.Contains(r.requests, int(m.f)) {
			return true
		}
	}
	return false
}

// fixSentences returns a bit per sentence (the first 64) that reports a
// fix done ("De dubbele incasso is teruggeboekt", "I've refunded the double
// charge"). Such a sentence tells what the brand did, and counts as
// resolved: the case's words in it are not also the customer's harm read
// back to them (playtest 12, P12-24: one fix counted three times).
func (r *Rubric) fixSentences(s *scratch) uint64 {
	f, ok := r.byID["resolved"]
	if !ok {
		return 0
	}
	var bits uint64
	for i := range s.matches {
		m := &s.matches[i]
		if int(m.f) != f.idx || m.dead || m.sent0 < 0 {
			continue
		}
		for k := m.sent0; k <= m.sent1 && k < 64; k++ {
			bits |= 1 << uint(k)
		}
	}
	return bits
}

// brandWord reports a word written with a capital that is a word of the
// brand's name ("Kind regards, The Hollin Water Team" to a post about
// Hollin Water): the brand naming itself restates nothing of the customer's.
func brandWord(w, brand string) bool {
	if brand == "" || w == "" {
		return false
	}
	if c, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(c) {
		return false
	}
	for i := 0; i+len(w) <= len(brand); i++ {
		if strings.EqualFold(brand[i:i+len(w)], w) && (i == 0 || !isWordRune(rune(brand[i-1]))) &&
			(i+len(w) == len(brand) || !isWordRune(rune(brand[i+len(w)]))) {
			return true
		}
	}
	return false
}

// nameWord reports the customer's own first name: greeting the customer
// repeats a word of the post, not what happened to them (playtest 15,
// P15-4: "+26 … in their own words" on "Police, we are sorry Anouk"; the
// brand's own name is brandWord's).
func nameWord(s *scratch, i int) bool {
	return s.name != "" && string(s.folded(&s.toks[i])) == s.name
}

// genericStatement reports a sentence, starting at token i, that opens
// with a bare plural (after one of the generic_determiners at most) and a
// generic_verb: a statement about a whole class ("Courtesy cars are only
// included on Premium plans", "Refunds are processed in order",
// "Certificaten worden binnen 6 weken verstuurd", "Our boxes are
// insulated"). It repeats the post's words to state a rule or defend the
// brand, not to name what happened to this customer.
func (r *Rubric) genericStatement(s *scratch, i int) bool {
	if len(r.genericVerbs) == 0 {
		return false
	}
	k := i
	word := func() []byte {
		for k < len(s.toks) && s.toks[k].kind != tWord {
			if s.toks[k].kind != tMention || s.toks[k].sent != s.toks[i].sent {
				return nil
			}
			k++
		}
		if k >= len(s.toks) || s.toks[k].sent != s.toks[i].sent {
			return nil
		}
		w := s.folded(&s.toks[k])
		k++
		return w
	}
	plural := func(w []byte) bool {
		return len(w) >= 4 && !isNumber(w) && r.function[string(w)] == 0 && (bytes.HasSuffix(w, []byte("s")) || bytes.HasSuffix(w, []byte("en")))
	}
	w := word()
	if w != nil && r.genericVerbs["#"+string(w)] {
		w = word()
	}
	if w == nil || isNumber(w) || r.function[string(w)] != 0 {
		return false
	}
	v := word()
	if !plural(w) || !r.genericVerbs[string(v)] {
		// a compound's head after one modifier: "Courtesy cars are",
		// "Missed collections can"
		w, v = v, word()
		if w == nil || !plural(w) || v == nil || !r.genericVerbs[string(v)] {
			return false
		}
	}
	return true
}

// hasContentStem reports whether the (post) scratch has a content word
// with this stem.
func (ps *scratch) hasContentStem(r *Rubric, st []byte) bool {
	for j := range ps.toks {
		u := &ps.toks[j]
		if u.kind == tWord && bytes.Equal(ps.stem(u), st) && r.isContent(ps, u) {
			return true
		}
	}
	return false
}

// compoundPart is the shortest part of a compound that counts (in bytes):
// "schade" in "valschade", not "paal" in "lantaarnpaal".
const compoundPart = 5

// sharesCompound reports whether a content word of the post
// and st are parts of one compound: "assistentieteam" and "assistentie",
// "lantaarnpaal" and "paal" is too short, "valschade" and "schade".
// Dutch writes compounds as one word where English writes two, so without
// this a Dutch reply restates less than its English translation.
func (s *scratch) sharesCompound(r *Rubric, st []byte) bool {
	const minPart = compoundPart
	if len(st) < minPart || !(s.postEnds.has(st[:minPart]) || s.postEnds.has(st[len(st)-minPart:])) {
		return false // no post word starts or ends like this one
	}
	ps := s.post
	for j := range ps.toks {
		u := &ps.toks[j]
		if u.kind != tWord {
			continue
		}
		for _, pt := range [2][]byte{ps.stem(u), participleBase(ps.stem(u), s.postLang)} {
			short, long := st, pt
			if len(pt) < len(st) {
				short, long = pt, st
			}
			if len(short) < minPart || len(short) == len(long) {
				continue
			}
			if (bytes.HasPrefix(long, short) || bytes.HasSuffix(long, short)) && r.isContent(ps, u) {
				return true
			}
		}
	}
	return false
}

// irregularSuffix is the longest ending a reply's word may add to the base
// of an irregular form of the post: "pay" + "ment", "send" + "ing".
const irregularSuffix = 4

// sharesIrregularBase reports whether st is the base, or the base with a
// short ending, of an English irregular form the post holds
// (settings.irregular_bases): "double payment" restates "paid double",
// as Dutch "dubbele betaling" meets "dubbel betaald" by its stem and
// "bestelnummer" meets "besteld" by participleBase.
func (s *scratch) sharesIrregularBase(r *Rubric, st []byte) bool {
	if s.postLang != "en" || len(r.irregularBases) == 0 {
		return false
	}
	ps := s.post
	for j := range ps.toks {
		u := &ps.toks[j]
		if u.kind != tWord {
			continue
		}
		base, ok := r.irregularBases[string(ps.folded(u))]
		if ok && bytes.HasPrefix(st, base) && len(st)-len(base) <= irregularSuffix {
			return true
		}
	}
	return false
}

// participleBase returns a Dutch past participle's stem without its "ge"
// ("gereserveerd" → "reserver"), so that a compound made of the same
// verb in a reply ("reserveringsnummer", "leveringsdatum" to "geleverd")
// is read as the customer's word, as English "booking number" meets
// "booked" by its stem. Other stems, and English ones, come back as nil.
func participleBase(st []byte, lang string) []byte {
	if lang != "nl" || len(st) < compoundPart+2 || st[0] != 'g' || st[1] != 'e' {
		return nil
	}
	return st[2:]
}

// onlyEcho returns the restates feature when the customer's words are read
// back only to turn them against the customer: no other substance, no
// sympathy, no question, and a rule or a fault beside them. Repeating the
// post in order to refuse, to advise or to advertise ("Afspraken die niet
// 24 uur van tevoren worden afgezegd, brengen wij in rekening", "Wist je
// dat je met Unlimited onbeperkt naar de film kunt?") acknowledges
// nothing; restating the harm beside anything done or felt for the
// customer, or a plain answer in their words, still does (issue 12). The
// complaint handed back as reported speech (echoes_post) with no other
// substance is an echo beside sympathy too.
func (r *Rubric) onlyEcho(present []bool) *feature {
	for _, f := range r.features {
		if f.Detector != "restates" || !present[f.idx] {
			continue
		}
		for _, id := range r.substance {
			if id != f.idx && present[id] {
				return nil
			}
		}
		// The complaint handed back as reported speech ("you write that…",
		// echoes_post) is an echo even beside sympathy: "you write that …
		// We're sorry to hear that" does nothing (playtest 22, P22-16).
		echo, ok := r.byID["echoes_post"]
		parrot := ok && present[echo.idx]
		if r.anyPresent(present, r.sympathy) && !parrot {
			return nil
		}
		turned := false // the reply turns the words against the customer: a rule, a fault
		for _, g := range r.features {
			if present[g.idx] && (g.ID == "invite_dialogue" || g.ID == "concedes") {
				return nil
			}
			turned = turned || present[g.idx] && (g.Points < 0 && g.Detector != "no_substance" && g.Detector != "padding" || g.Detector == "rules")
		}
		if !turned && !parrot {
			return nil // a plain answer in the customer's words ("Yes, Norway is in your roaming zone")
		}
		return f
	}
	return nil
}

// echoShare keeps hollow_factor of an echo's points and records the rest
// as a discount that says why.
func (r *Rubric) echoShare(s *scratch, t *tally, m *match, f *feature, pts, factor float64, first bool) float64 {
	e, d := worth(f, pts, factor, first)
	ke, kd := worth(f, pts, factor*r.hollowFactor, first)
	if e != ke || d != kd {
		t.a.Discounts = append(t.a.Discounts, r.discount(s, t.text, t.lang, m, f, e-ke, d-kd, f.idx, nil))
	}
	return r.hollowFactor
}

// besideRequest reports a live request for details in the sentences of m:
// words of the post there are the promise that waits on it ("DM me your
// number so we can refund the double charge"), not the harm named on its
// own (playtest 12, P12-9).
func (r *Rubric) besideRequest(s *scratch, m *match) bool {
	for i := range s.matches {
		q := &s.matches[i]
		if !q.dead && slices.Contains(r.requests, int(q.f)) && q.sent0 <= m.sent1 && m.sent0 <= q.sent1 {
			return true
		}
	}
	return false
}

// addDistinct adds the stem st after the n stems counted so far in seen,
// unless it is among them, and reports whether it was new. seen keeps at
// most len(seen) stems; past that every stem counts as new.
func addDistinct(seen [][]byte, n int, st []byte) bool {
	for k := 0; k < n && k < len(seen); k++ {
		if bytes.Equal(seen[k], st) {
			return false
		}
	}
	if n < len(seen) {
		seen[n] = st
	}
	return true
}

// restatedQuote is what the explanation quotes of a restatement: the
// customer's own words the reply repeats, not every word between the
// first and the last of them ("guards … customers … medication", where
// the sentence ran "guards deal with customers who use medication,
// together with the Diabetes"). Words next to each other stay together.
func (s *scratch) restatedQuote(text string) string {
	var b strings.Builder
	for k, i := range s.restated {
		switch {
		case k == 0:
		case i == s.restated[k-1]+1:
			b.WriteByte(' ')
		default:
			b.WriteString(" … ")
		}
		t := &s.toks[i]
		b.WriteString(text[t.b0:t.b1])
	}
	return b.String()
}

// sentencesWithFunctionWords is a mask of the sentences (the first 64) that
// hold at least one function word of any of the rubric's languages ("je",
// "the", "zonder", "and"): a sentence says something to someone; a row of
// content words does not.
func (r *Rubric) sentencesWithFunctionWords(s *scratch) uint64 {
	var mask uint64
	for i := range s.toks {
		t := &s.toks[i]
		if t.kind != tWord || t.sent >= 64 {
			continue
		}
		if m, _ := r.functionMask(s, t); m != 0 {
			mask |= 1 << uint(t.sent)
		}
	}
	return mask
}
