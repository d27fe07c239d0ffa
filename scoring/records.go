package scoring

import "strings"

// What the brand knows of this customer from its own records, said in a
// public reply, is a leak however it is worded (issue 12: a customer,
// card or student number read out, "je pasnummer 20417733", "your student
// number is 2087714"; a grade, "je cijfer is binnen: een 4,8", "your mark
// is in: you got 38%"). Words alone do not find these: the leak is the
// code or the figure beside the word, so they are read by their shape
// here, as phone numbers and addresses are (phone.go, address.go). A code
// or a figure the customer posted themselves is theirs to have made
// public.

// maxIdentifierGap and maxGradeGap are how many tokens may stand between the word for the
// record and its code or figure ("klantnummer 88-20417", "your student
// number is s2041187", "je cijfer is binnen: een 4,8").
const (
	maxIdentifierGap = 4
	maxGradeGap      = 8
	minIdentifierLen = 4 // digits in a customer, card or student number
)

// detectRecords adds the disclosure feature f's findings for an
// identifier of the customer's (settings.identifier_words followed by a
// code of at least minIdentifierLen digits) and for a grade (a word of
// settings.grade_words in a sentence that names the reader, followed by a
// mark of at most 10 or a percentage).
func (r *Rubric) detectRecords(s *scratch, f *feature, ctx Context, text string) {
	if len(r.identifierWords) == 0 && len(r.gradeWords) == 0 {
		return
	}
	own, read := "", false
	posted := func(b0, b1 int) bool {
		if !read {
			own, read = customersDigits(ctx), true
		}
		d := digitsOf(text[b0:b1])
		return d != "" && strings.Contains(own, d)
	}
	for i := 0; i < len(s.toks); i++ {
		t := &s.toks[i]
		// The lexicon tells the words of identifier_words and
		// grade_words, and the first words of the two-word identifiers.
		if t.kind != tWord || t.quoted || t.lex&(lexIdentifier|lexIdentFirst|lexGrade) == 0 {
			continue
		}
		n := 1
		if t.lex&lexIdentFirst != 0 && i+1 < len(s.toks) && s.toks[i+1].kind == tWord && r.identifierWords[string(s.folded(t))+" "+string(s.folded(&s.toks[i+1]))] {
			n = 2
		} else if t.lex&(lexIdentifier|lexGrade) == 0 {
			continue
		}
		if n == 2 || t.lex&lexIdentifier != 0 {
			if k := r.codeAfter(s, i+n, t.sent); k >= 0 && !posted(int(t.b0), int(s.toks[k].b1)) {
				r.addDisclosure(s, f, text, int(t.b0), int(s.toks[k].b1))
				i = k
			}
			continue
		}
		if k0, k1 := r.gradeAfter(s, text, i+1, t.sent); k1 >= 0 && r.namesReader(s, t.sent) && !posted(int(s.toks[k0].b0), int(s.toks[k1].b1)) {
			r.addDisclosure(s, f, text, int(t.b0), gradeEnd(text, int(s.toks[k1].b1)))
			i = k1
		}
	}
}

// codeAfter returns the token of a code of at least minIdentifierLen
// digits within maxIdentifierGap tokens from token i in sentence sent, or
// -1.
func (r *Rubric) codeAfter(s *scratch, i int, sent int32) int {
	for k := i; k < len(s.toks) && k < i+maxIdentifierGap; k++ {
		t := &s.toks[k]
		if t.sent != sent || t.kind == tHard {
			return -1
		}
		if t.kind == tWord && len(digitsOf(string(s.folded(t)))) >= minIdentifierLen {
			return k
		}
	}
	return -1
}

// gradeAfter returns the tokens of a mark within maxGradeGap tokens from
// token i in sentence sent: a number of one or two digits up to 10, with
// a decimal after a comma or a point ("4,8", "5.5"), or any number
// followed by "%"; and not a count of something ("2 days", "3 boeken").
func (r *Rubric) gradeAfter(s *scratch, text string, i int, sent int32) (int, int) {
	for k := i; k < len(s.toks) && k < i+maxGradeGap; k++ {
		t := &s.toks[k]
		if t.sent != sent || t.kind == tHard {
			return -1, -1
		}
		w := s.folded(t)
		if t.kind != tWord || !allDigits(w) || len(w) > 3 {
			continue
		}
		end := k
		if k+2 < len(s.toks) && s.toks[k+1].kind == tSoft && (s.toks[k+1].punct == ',' || s.toks[k+1].punct == '.') &&
			s.toks[k+1].b0 == t.b1 && allDigits(s.folded(&s.toks[k+2])) && len(s.folded(&s.toks[k+2])) <= 2 && s.toks[k+2].b0 == s.toks[k+1].b1 {
			end = k + 2
		}
		b1 := int(s.toks[end].b1)
		if b1 < len(text) && text[b1] == '%' {
			return k, end
		}
		if len(w) > 2 || atoi(w) > 10 {
			continue
		}
		if end+1 < len(s.toks) && s.toks[end+1].kind == tWord && s.toks[end+1].sent == sent && !r.gradeFollowers[string(s.folded(&s.toks[end+1]))] {
			continue // a count of something: "2 days", "3 boeken"
		}
		return k, end
	}
	return -1, -1
}

// namesReader reports whether sentence sent holds a word for the reader's
// own ("je", "your"): the grade is the customer's.
func (r *Rubric) namesReader(s *scratch, sent int32) bool {
	for k := range s.toks {
		if t := &s.toks[k]; t.sent == sent && t.kind == tWord && r.readerPossessives[string(s.folded(t))] {
			return true
		}
	}
	return false
}

// gradeEnd takes a "%" right after a mark into its span.
func gradeEnd(text string, b1 int) int {
	if b1 < len(text) && text[b1] == '%' {
		return b1 + 1
	}
	return b1
}

func atoi(w []byte) int {
	n := 0
	for _, c := range w {
		n = n*10 + int(c-'0')
	}
	return n
}

func digitsOf(s string) string {
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			b = append(b, s[i])
		}
	}
	return string(b)
}
