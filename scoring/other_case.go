package scoring

import (
	"bytes"
	"strconv"
	"strings"
)

// A reply pasted from another customer's case keeps that case's facts:
// "six weeks of waiting, a damaged sofa and three emails" to a customer who
// waited eight weeks for a dining table and sent two emails (playtest 16,
// P16-19: credited "+26 You name the customer's case in their own words",
// 97/96). A lead reads the counts first: a number said of a thing the
// customer counted differently ("three emails" to "two emails") is a fact
// of someone else's case. One such count may be a slip; two facts wrong
// (counts, or beside a wrong count a thing of the case's kind the customer
// never named: "a damaged sofa") tell that the reply was written for
// another customer, where the reply reads those facts back as the
// customer's (restates_case in their sentence). A measure ("zes weken" to
// "acht weken") is no such fact on its own account: a reply names its own
// ("within 5 working days", "2 miles away") as often as it miscounts.

// countWords are the number words a reply and a post count things with,
// by value, in both languages. "een"/"a" are left out: they are articles
// far more often than counts.
var countWords = map[string]int{
	"één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8, "negen": 9,
	"tien": 10, "elf": 11, "twaalf": 12, "dertien": 13, "veertien": 14, "vijftien": 15, "twintig": 20, "dertig": 30,
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
	"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "twenty": 20, "thirty": 30,
}

// countAt returns the value of token t of src as a count of things, or
// -1: a number word, or a whole number in digits that is no part of an
// amount, a time, a date or a range ("€39,90", "16:00", "6-8").
func countAt(s *scratch, t *token, src string) int {
	if t.kind != tWord {
		return -1
	}
	w := s.folded(t)
	if len(w) > 0 && isDigit(w[0]) {
		if t.b0 > 0 && strings.IndexByte("€$£:.,-/+#", src[t.b0-1]) >= 0 || int(t.b1) < len(src) && strings.IndexByte(":.,-/%", src[t.b1]) >= 0 && int(t.b1)+1 < len(src) && isDigit(src[t.b1+1]) {
			return -1
		}
	}
	return countOfWord(s, t)
}

// countOf returns the value of a folded word that counts (a number word or
// a whole number in digits), or -1.
func countOf(w []byte) int {
	if v, ok := countWords[string(w)]; ok {
		return v
	}
	return countInDigits(w)
}

// countInDigits returns the value of a whole number of up to six digits,
// or -1.
func countInDigits(w []byte) int {
	if len(w) == 0 || len(w) > 6 {
		return -1
	}
	for _, c := range w {
		if !isDigit(c) {
			return -1
		}
	}
	v, _ := strconv.Atoi(string(w))
	return v
}

// countedWords is how many content words after a number it counts:
// "drie onbeantwoorde mails", "two unanswered emails".
const countedWords = 2

// detectOtherCase finds the facts of another customer's case: counts that
// contradict the post's, and beside them things of the case's kind the
// case never names. The match spans the sentence with the first wrong
// count; its aux is 1 + the post's token of the count it contradicts.
func (r *Rubric) detectOtherCase(s *scratch, f *feature, text string, ctx Context, lang string) {
	post := caseText(ctx)
	if post == "" {
		return
	}
	r.tokenizePost(s, post, lang)
	sig0, sig1 := r.signatureSpan(s)
	strong, first, last, firstPost := 0, -1, -1, -1
	var wrongSents uint64
	for i := range s.toks {
		t := &s.toks[i]
		if t.kind != tWord || t.quoted || (i >= sig0 && i < sig1) {
			continue
		}
		v := countAt(s, t, text)
		if v < 0 {
			continue
		}
		if j, k := r.contradictedCount(s, i, v, post); j >= 0 {
			if !measureUnits[string(s.folded(&s.toks[k]))] {
				strong++
			}
			if t.sent < 64 {
				wrongSents |= 1 << uint(t.sent)
			}
			if first < 0 {
				first, firstPost = i, j
			}
			last = max(last, k)
		}
	}
	if strong == 0 || !r.restatesIn(s, wrongSents) {
		return // only measures (the reply's own, as often as not), or no reading of the case back
	}
	n, k := r.foreignThings(s, ctx, lang, wrongSents)
	if strong+n < 2 {
		return // one count off is a slip, not another customer's case
	}
	z := max(last, k)
	a, t := &s.toks[first], &s.toks[z]
	s.matches = append(s.matches, match{f: int32(f.idx), t0: int32(first), t1: int32(z + 1),
		r0: a.r0, r1: t.r1, b0: a.b0, b1: t.b1, sent0: a.sent, sent1: t.sent,
		aux: int16(min(firstPost+1, 1<<15-1))})
}

// contradictedCount returns the post's token of a count of the same thing
// as the reply's count v at token i, with another value, and the reply's
// token of that thing; -1, -1 if none. A count the post also gives with
// this value agrees, whatever else it says.
func (r *Rubric) contradictedCount(s *scratch, i, v int, post string) (int, int) {
	ps := s.post
	found, thing := -1, -1
	n := 0
	for k := i + 1; k < len(s.toks) && s.toks[k].sent == s.toks[i].sent; k++ {
		u := &s.toks[k]
		if u.kind != tWord || countOfWord(s, u) >= 0 {
			break // "39,90": a number after a number counts nothing
		}
		if newSet[string(s.folded(u))] {
			break // "40 nieuwe films", "two more weeks": the brand's news, not the customer's count
		}
		if !r.isContent(s, u) {
			continue
		}
		if n++; n > countedWords {
			break
		}
		st := s.stem(u)
		for j := range ps.toks {
			pv := countAt(ps, &ps.toks[j], post)
			if pv < 0 || !r.counts(ps, j, st) {
				continue
			}
			if pv == v {
				return -1, -1
			}
			if found < 0 {
				found, thing = j, k
			}
		}
	}
	return found, thing
}

// counts reports whether the number at token j counts a word with stem
// st: the first content word after it in its sentence ("twee mails", "4
// dagen"; not the "monteur" of "4 dagen niet, monteur zou komen").
func (r *Rubric) counts(s *scratch, j int, st []byte) bool {
	for k := j + 1; k < len(s.toks) && s.toks[k].sent == s.toks[j].sent; k++ {
		u := &s.toks[k]
		if u.kind != tWord {
			continue
		}
		if r.isContent(s, u) {
			return countOfWord(s, u) < 0 && bytes.Equal(s.stem(u), st)
		}
	}
	return false
}

// restatesIn reports a restates_case finding in one of the sentences
// (a bit each): the reply reads the case back there, so its counts are
// meant as the customer's. A count in a sentence of the brand's own news
// ("deze maand komen er 40 nieuwe films bij") tells something new.
func (r *Rubric) restatesIn(s *scratch, sents uint64) bool {
	rs, ok := r.byID["restates_case"]
	if !ok {
		return false
	}
	for i := range s.matches {
		m := &s.matches[i]
		if int(m.f) == rs.idx && !m.dead && m.sent0 >= 0 && m.sent0 < 64 && sents&(1<<uint(m.sent0)) != 0 {
			return true
		}
	}
	return false
}

// newSet are the words that make a count one of new things ("40 nieuwe
// films", "two more weeks", "3 extra days").
var newSet = map[string]bool{
	"nieuw": true, "nieuwe": true, "extra": true, "meer": true, "andere": true, "aanvullende": true,
	"new": true, "more": true, "additional": true, "other": true, "further": true, "fresh": true,
}

// measureUnits are the words a wait, an age, a distance or a size is
// measured in. A reply names its own ("binnen 5 werkdagen", "spread over
// 12 months", "a hotel 2 miles away", "older than 50 years") as often as
// it miscounts the customer's: a wrong measure is in the span, but no
// wrong fact of its own.
var measureUnits = map[string]bool{
	"seconde": true, "seconden": true, "minuut": true, "minuten": true, "min": true, "uur": true, "uren": true,
	"dag": true, "dagen": true, "werkdag": true, "werkdagen": true, "nacht": true, "nachten": true, "week": true,
	"weken": true, "maand": true, "maanden": true, "jaar": true, "jaren": true, "keer": true,
	"second": true, "seconds": true, "minute": true, "minutes": true, "mins": true, "hour": true, "hours": true,
	"day": true, "days": true, "night": true, "nights": true, "working": true, "week's": true, "weeks": true,
	"month": true, "months": true, "year": true, "years": true, "times": true,
	"meter": true, "meters": true, "metres": true, "metre": true, "km": true, "kilometer": true, "kilometers": true,
	"kilometre": true, "kilometres": true, "mile": true, "miles": true, "cm": true, "kilo": true, "kilos": true,
	"kg": true, "gram": true, "euro": true, "euros": true, "pound": true, "pounds": true, "dollar": true,
	"dollars": true, "procent": true, "percent": true, "graden": true, "degrees": true,
}

// foreignThings counts the things of the case's kind (a listed thing of
// one of its topics) in the sentences with a wrong count that the case
// never names ("a damaged sofa" to a customer waiting for a dining
// table), and returns the last one's token.
func (r *Rubric) foreignThings(s *scratch, ctx Context, lang string, sents uint64) (n, last int) {
	lr := r.langs[lang]
	last = -1
	if len(lr.topic) == 0 {
		return 0, last
	}
	caseTopics := r.caseTopics(s, caseText(ctx), lang)
	var seen [4][]byte
	for i := range s.toks {
		t := &s.toks[i]
		if t.kind != tWord || t.quoted || t.sent >= 64 || sents&(1<<uint(t.sent)) == 0 {
			continue
		}
		st := s.stem(t)
		if lr.topicOf(s.folded(t), st)&caseTopics == 0 {
			continue
		}
		if (s.postMask.has(st) && s.post.hasContentStem(r, st)) || s.sharesCompound(r, st) {
			continue // the customer's own thing
		}
		if !addDistinct(seen[:], n, st) {
			continue
		}
		n, last = n+1, i
	}
	return n, last
}

// otherCaseNote says, in lang, what the customer counted: the post's words
// from the count the reply contradicts to the thing it counts ("acht
// weken").
func (r *Rubric) otherCaseNote(s *scratch, m *match, ctx Context, lang string) string {
	post := caseText(ctx)
	r.tokenizePost(s, post, lang)
	ps := s.post
	j := int(m.aux) - 1
	if j < 0 || j >= len(ps.toks) {
		return ""
	}
	z := j // to the thing it counts: the first content word after it (counts)
	for k := j + 1; k < len(ps.toks) && ps.toks[k].sent == ps.toks[j].sent; k++ {
		if u := &ps.toks[k]; u.kind == tWord && r.isContent(ps, u) {
			z = k
			break
		}
	}
	return otherCaseFact(post[ps.toks[j].b0:ps.toks[z].b1], lang)
}

func otherCaseFact(words, lang string) string {
	if lang == "en" {
		return "The customer wrote “" + words + "”."
	}
	return "De klant schreef „" + words + "”."
}

// translateOtherCaseNote writes the note of otherCaseNote in lang.
func translateOtherCaseNote(note, lang string) (string, bool) {
	for _, p := range []string{"The customer wrote “", "De klant schreef „"} {
		if rest, found := strings.CutPrefix(note, p); found {
			return otherCaseFact(strings.TrimSuffix(rest, "”."), lang), true
		}
	}
	return "", false
}

func init() {
	detectors["other_case"] = "counts that contradict the post's (\"six weeks\" to \"eight weeks\"), two facts wrong with the things of the case's kind it never names: a reply written for another customer"
}
