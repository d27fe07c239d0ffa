package scoring

import (
	"strings"
	"unicode/utf8"
)

// A phone number in a public reply that the reply says is the customer's
// is a leak, whatever the words around it (playtest 22, P22-14: "Je
// adviseur belt je zo op 06-41 22 87 19" scored all green, because the
// words before the number repeated the student's "bellen" and were taken
// for his own words). The number is found by its shape: a run of at least
// minPhoneDigits digits that opens with 0, + or "(0", grouped by spaces,
// hyphens, dots, slashes or brackets ("06 18 37 42 90", "+31 6 2957 3318",
// "(010) 482 19 77", "07700 900 461"). It is the customer's when its
// sentence, before it, calls the customer on it ("belt je zo op", "will
// ring you before 2pm on", "neemt contact met je op via") or names it as
// theirs ("je nummer", "your mobile"): the language's number_call_verbs,
// customer_number_words and number_nouns. Every other number is one to
// call: the brand's own line, a colleague's, a third party's ("bel de
// alarmcentrale: +31 55 …", "contact the council tax team on 01632 …"),
// which a reply gives far more often than it leaks one; and so is a
// service line's (settings.service_numbers) and one the customer posted
// themselves.

const (
	minPhoneDigits = 9  // the shortest national number ("020 555 1234" has ten; nine leaves room for a missing digit)
	maxPhoneDigits = 15 // the longest international number (E.164)
)

// phoneWords adds a language's words that make a number the customer's.
func (p *parser) phoneWords(fl fileLanguage) {
	for _, w := range fl.CustomerNumberWords {
		p.r.phoneWords[foldString(normApos(w))] |= phoneCustomer
	}
	for _, w := range fl.OwnNumberWords {
		p.r.phoneWords[foldString(normApos(w))] |= phoneOwn
	}
	for _, w := range fl.NumberNouns {
		p.r.phoneWords[foldString(normApos(w))] |= phoneNoun
	}
	for _, w := range fl.AddressNouns {
		p.r.phoneWords[foldString(normApos(w))] |= addressNoun
	}
	for _, w := range fl.AddressPlaces {
		p.r.phoneWords[foldString(normApos(w))] |= addressPlace
	}
	for _, w := range fl.NumberCallVerbs {
		w = foldString(normApos(w))
		if agent, verb, ok := strings.Cut(w, " "); ok {
			// "ik bel": "bel je" alone is the customer calling ("dan bel
			// je ons"), after "ik" it is the brand calling them
			p.r.phoneWords[verb] |= phoneCallAfterAgent
			p.r.phoneWords[agent] |= phoneAgent
			continue
		}
		p.r.phoneWords[w] |= phoneCall
	}
}

// The kinds of word that make a number the customer's (phoneWords).
const (
	phoneCustomer       uint8 = 1 << iota // "je", "you": the customer, called or owning
	phoneNoun                             // "nummer", "number"
	phoneCall                             // "belt", "call": a verb that calls someone
	phoneCallAfterAgent                   // "bel": calls someone only after "ik"
	phoneAgent                            // "ik"
	phoneOwn                              // "ons", "mij", "our": the brand's own line after the customer's word
)

// digitsOnly normalises the listed service numbers as phoneDigits does.
func digitsOnly(numbers []string) []string {
	out := make([]string, 0, len(numbers))
	for _, n := range numbers {
		out = append(out, phoneDigits(n))
	}
	return out
}

// phoneDigits keeps a number's digits, with a leading "+" for an
// international one ("0031" is "+31"); the "(0)" written after a country
// code is dropped ("+31 (0)88 …" is "+3188…").
func phoneDigits(n string) string {
	n = strings.ReplaceAll(n, "(0)", "")
	var b strings.Builder
	for i := 0; i < len(n); i++ {
		if c := n[i]; c >= '0' && c <= '9' {
			b.WriteByte(c)
		} else if c == '+' && b.Len() == 0 {
			b.WriteByte('+')
		}
	}
	d := b.String()
	if strings.HasPrefix(d, "00") {
		d = "+" + d[2:]
	}
	return d
}

// customersDigits holds the digits of the customer's own posts, each post's
// numbers apart.
func customersDigits(ctx Context) string {
	var b strings.Builder
	for _, p := range append([]string{ctx.CustomerPost}, ctx.Thread...) {
		for _, w := range strings.FieldsFunc(p, func(r rune) bool {
			return r != '+' && r != '(' && r != ')' && r != '-' && r != '.' && r != '/' && r != ' ' && (r < '0' || r > '9')
		}) {
			b.WriteString(phoneDigits(w))
			b.WriteByte('|')
		}
	}
	return b.String()
}

// detectPhoneNumbers adds a disclosure finding for every phone number in
// the reply that is the customer's.
func (r *Rubric) detectPhoneNumbers(s *scratch, f *feature, ctx Context, text string) {
	var own string
	for i := 0; i < len(text); i++ {
		b0, b1, digits := phoneAt(text, i)
		if b1 < 0 {
			continue
		}
		i = b1
		if digits < minPhoneDigits || digits > maxPhoneDigits || dateShaped(text[b0:b1]) {
			continue
		}
		d := phoneDigits(text[b0:b1])
		if r.isServiceNumber(d) {
			continue
		}
		if own == "" {
			own = customersDigits(ctx)
		}
		if strings.Contains(own, strings.TrimPrefix(d, "+")) {
			continue // posted by the customer
		}
		t0, t1 := tokensIn(s, b0, b1)
		if t0 < 0 || s.toks[t0].quoted || !r.customersNumber(s, t0) {
			continue
		}
		r0 := int32(utf8.RuneCountInString(text[:b0]))
		s.matches = append(s.matches, match{f: int32(f.idx), t0: int32(t0), t1: int32(t1),
			r0: r0, r1: r0 + int32(utf8.RuneCountInString(text[b0:b1])), b0: int32(b0), b1: int32(b1),
			sent0: s.toks[t0].sent, sent1: s.toks[t1-1].sent})
	}
}

// phoneAt reads a number that starts at byte i ("0…", "+…", "(0…") and is
// not part of a word; it returns its byte span and its count of digits, or
// b1 = -1.
func phoneAt(text string, i int) (b0, b1, digits int) {
	c := text[i]
	next := byte(0)
	if i+1 < len(text) {
		next = text[i+1]
	}
	opens := c == '0' || (c == '+' && next >= '1' && next <= '9') || (c == '(' && next == '0')
	if !opens || (i > 0 && isWordByte(text[i-1])) {
		return 0, -1, 0
	}
	b1 = -1
	for k := i; k < len(text); k++ {
		switch ch := text[k]; {
		case ch >= '0' && ch <= '9':
			digits++
			b1 = k + 1
		case ch == '+' && k == i:
		case ch == ' ' || ch == '-' || ch == '.' || ch == '/' || ch == '(' || ch == ')':
			if !groupsOn(text, k) {
				return i, b1, digits
			}
		default:
			if isWordByte(ch) {
				return 0, -1, 0 // "0800nummer", "06abc": a word, not a number
			}
			return i, b1, digits
		}
	}
	return i, b1, digits
}

// groupsOn reports whether the separator at byte k groups the digits of
// one number: a digit or an opening bracket follows ("06 41", "+31 (0)6"),
// or a space after a closing one ("(010) 482").
func groupsOn(text string, k int) bool {
	if k+1 >= len(text) {
		return false
	}
	nx := text[k+1]
	return nx >= '0' && nx <= '9' || nx == '(' || (text[k] == ')' && nx == ' ')
}

func isWordByte(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80
}

// dateShaped reports a date with its year ("06-12-2026", "05/01/2027"):
// day and month of two digits, a year of four.
func dateShaped(n string) bool {
	groups := strings.FieldsFunc(n, func(r rune) bool { return r == '-' || r == '/' || r == '.' })
	return len(groups) >= 3 && len(groups[0]) <= 2 && len(groups[1]) <= 2 && len(groups[2]) >= 4 && groups[2][:2] == "20"
}

func (r *Rubric) isServiceNumber(d string) bool {
	for _, p := range r.serviceNumbers {
		if p != "" && strings.HasPrefix(d, p) {
			return true
		}
	}
	return false
}

// tokensIn returns the tokens that the byte span [b0, b1) touches.
func tokensIn(s *scratch, b0, b1 int) (t0, t1 int) {
	t0, t1 = -1, -1
	for k := range s.toks {
		if t := &s.toks[k]; int(t.b1) > b0 && int(t.b0) < b1 {
			if t0 < 0 {
				t0 = k
			}
			t1 = k + 1
		}
	}
	return t0, t1
}

// customersNumber reports whether the sentence of token i, before it,
// calls the customer on the number ("belt je zo op", "ring you before 2pm
// on", "contact met je op via": a call verb up to three words before the
// customer's word) or names it as theirs ("je nummer", "your mobile
// number": the customer's word up to two words before a number noun).
func (r *Rubric) customersNumber(s *scratch, i int) bool {
	sent := s.toks[i].sent
	kind := func(j int) uint8 {
		if j < 0 || j >= i || s.toks[j].sent != sent || s.toks[j].kind != tWord {
			return 0
		}
		return r.phoneWords[string(s.folded(&s.toks[j]))]
	}
	for j := i - 1; j >= 0 && s.toks[j].sent == sent; j-- {
		if kind(j)&phoneOwn != 0 {
			return false // "belt u alleen nog met mij: 030 …", "call us on …"
		}
		if kind(j)&phoneCustomer == 0 {
			continue
		}
		for k := j + 1; k <= j+2; k++ {
			if kind(k)&phoneNoun != 0 {
				return true
			}
		}
		for k := j - 1; k >= j-3; k-- {
			if c := kind(k); c&phoneCall != 0 || (c&phoneCallAfterAgent != 0 && kind(k-1)&phoneAgent != 0) {
				return true
			}
		}
	}
	return false
}
