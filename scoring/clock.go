package scoring

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A clock time ("17:00", "9.30") is a time the customer can hold the
// brand to, in any language: the first of settings.timed finds it. It is
// three tokens, the hours, a colon or dot and the minutes, written without
// spaces; an amount ("€19.50") is no time.

// clockColon reports whether the colon or dot at token j is inside a clock
// time: such a colon starts no statement of its own, and a gap may step
// over it ("laat je vóór 18:00 weten" promises as "vóór 18 uur" does).
func clockColon(s *scratch, j int) bool {
	toks := s.toks
	if j < 1 || j+1 >= len(toks) {
		return false
	}
	prev, sep, next := &toks[j-1], &toks[j], &toks[j+1]
	if sep.kind != tSoft || (sep.punct != ':' && sep.punct != '.') || prev.kind != tWord || next.kind != tWord ||
		prev.b1 != sep.b0 || sep.b1 != next.b0 {
		return false
	}
	h, m := s.folded(prev), s.folded(next)
	if len(h) == 0 || len(h) > 2 || len(m) != 2 || !allDigits(h) || !allDigits(m) {
		return false
	}
	hour := int(h[0] - '0')
	if len(h) == 2 {
		hour = hour*10 + int(h[1]-'0')
	}
	if hour > 23 || m[0] > '5' {
		return false
	}
	// "1.234.56" or "3,15.30" is a longer number.
	return j < 2 || toks[j-2].kind != tSoft || toks[j-2].b1 != prev.b0 || (toks[j-2].punct != '.' && toks[j-2].punct != ',')
}

// amountBefore reports a currency sign before byte b0 of text, spaces
// between allowed: "€19.50", "£ 9.30".
func amountBefore(text string, b0 int32) bool {
	t := strings.TrimRight(text[:b0], " ")
	r, _ := utf8.DecodeLastRuneInString(t)
	return unicode.Is(unicode.Sc, r)
}

// matchClockTimes adds a finding of the first timed feature for every
// clock time outside a quotation.
func (r *Rubric) matchClockTimes(s *scratch, text string) {
	if len(r.timed) == 0 {
		return
	}
	f := int32(r.timed[0])
	for j := 1; j+1 < len(s.toks); j++ {
		if !clockColon(s, j) || s.toks[j-1].quoted || amountBefore(text, s.toks[j-1].b0) {
			continue
		}
		a, b := &s.toks[j-1], &s.toks[j+1]
		s.matches = append(s.matches, match{f: f, t0: int32(j - 1), t1: int32(j + 2),
			r0: a.r0, r1: b.r1, b0: a.b0, b1: b.b1, sent0: a.sent, sent1: b.sent})
	}
}

func allDigits(w []byte) bool {
	for _, c := range w {
		if !isDigit(c) {
			return false
		}
	}
	return true
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }
