package scoring

import (
	"strings"
	"unicode"
)

// A reply that tags @sophie_runs for the customer @sophieruns reaches a
// stranger, and the customer is never notified; one that calls Sophie
// "Sofie" or "Sophia" shows it was typed without looking. Both are near
// misses of what the case says: a handle or a name a letter or two away
// from the customer's own. Only near misses count: a reply may address
// other people of the thread or name a colleague, and a word far from the
// customer's name is no attempt at it.

// detectWrongHandle adds a finding of f for every @-mention that is a near
// miss of the customer's handle (and is not someone the case itself
// mentions). Its note is the customer's handle.
func (r *Rubric) detectWrongHandle(s *scratch, f *feature, ctx Context) {
	handle := s.handle
	if len([]rune(handle)) < 3 {
		return
	}
	var caseFolded string
	for i := range s.toks {
		t := &s.toks[i]
		if t.kind != tMention || t.quoted {
			continue
		}
		m := s.folded(t)
		if !nearMiss(m, handle) {
			continue
		}
		if caseFolded == "" {
			caseFolded = foldString(caseText(ctx)) + " " + foldString(ctx.BrandName)
		}
		if strings.Contains(caseFolded, "@"+string(m)) {
			continue // someone the case itself mentions
		}
		s.matches = append(s.matches, match{f: int32(f.idx), t0: int32(i), t1: int32(i + 1),
			r0: t.r0, r1: t.r1, b0: t.b0, b1: t.b1, sent0: t.sent, sent1: t.sent})
	}
}

// detectMisspeltName adds a finding of f for a word written as a name that
// is a near miss of the customer's first name, where a name is meant: after
// a greeting or in the middle of a sentence, or at its start with a comma
// after it ("Sofie, ik bel je vandaag"). The reply is still for them, but
// typed without looking: the greeting does not count and the slip costs a
// little (a greeting with another name altogether is wrong_name).
func (r *Rubric) detectMisspeltName(s *scratch, f *feature, text string, ctx Context) {
	for i := range s.toks {
		t := &s.toks[i]
		if t.kind != tWord || t.quoted || !nameLike(text[t.b0:t.b1]) {
			continue
		}
		wb := s.folded(t)
		if t.lex&lexNotContent != 0 || !misspelt(wb, s.name) {
			continue
		}
		w := string(wb)
		if r.isCustomersName(s, w, ctx.CustomerName) {
			continue
		}
		if !midSentence(s, i) && !(i+1 < len(s.toks) && s.toks[i+1].kind == tSoft && s.toks[i+1].punct == ',') {
			continue
		}
		if r.signs(s, i) || strings.Contains(foldString(caseText(ctx)+" "+ctx.BrandName), w) {
			continue // the writer's own name, or one the case itself uses: someone else
		}
		s.matches = append(s.matches, match{f: int32(f.idx), t0: int32(i), t1: int32(i + 1),
			r0: t.r0, r1: t.r1, b0: t.b0, b1: t.b1, sent0: t.sent, sent1: t.sent})
		return
	}
}

// misspelt reports whether w is a slip of the customer's folded first name
// (of four letters or more: one letter off "Bo" or "Jan" is another name).
func misspelt(w []byte, name string) bool {
	return len(name) >= 4 && nearMiss(w, name)
}

// nearMiss reports whether a is a slip of b: the same letters and digits
// with other separators ("sophie_runs", "sophie.runs"), or one edit away
// (two for words of six letters or more: "Sofie" for Sophie), counting a
// swap of two neighbours as one edit ("Sohpie"). Both are folded; it
// works on bytes and allocates nothing, as it runs for every capitalised
// word of every reply.
func nearMiss(a []byte, b string) bool {
	if string(a) == b || len(a) > maxNearMiss || len(b) > maxNearMiss {
		return false
	}
	if sameAlnum(a, b) {
		return true
	}
	limit := 1
	if len(b) >= 6 {
		limit = 2
	}
	if d := len(a) - len(b); d > limit || -d > limit {
		return false
	}
	return editDistance(a, b) <= limit
}

// maxNearMiss is the longest handle or name compared, in bytes (a handle
// has at most 15 characters on most platforms).
const maxNearMiss = 40

func isAlnumByte(c byte) bool { return isDigit(c) || c >= 'a' && c <= 'z' || c >= 0x80 }

// sameAlnum reports whether a and b have the same letters and digits.
func sameAlnum(a []byte, b string) bool {
	i, j := 0, 0
	for {
		for i < len(a) && !isAlnumByte(a[i]) {
			i++
		}
		for j < len(b) && !isAlnumByte(b[j]) {
			j++
		}
		if i == len(a) || j == len(b) {
			return i == len(a) && j == len(b)
		}
		if a[i] != b[j] {
			return false
		}
		i++
		j++
	}
}

// editDistance is the optimal string alignment distance of two short byte
// strings: insertions, deletions, substitutions and swaps of neighbours
// each cost one.
func editDistance(a []byte, b string) int {
	var rows [3][maxNearMiss + 1]int
	prev2, prev, cur := &rows[0], &rows[1], &rows[2]
	for j := 0; j <= len(b); j++ {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(b)]
}

// signs reports whether token i is part of a signature: the writer's own
// name, however close to the customer's.
func (r *Rubric) signs(s *scratch, i int) bool {
	sig := r.byID["signature"]
	if sig == nil {
		return false
	}
	for k := range s.matches {
		m := &s.matches[k]
		if int(m.f) == sig.idx && !m.dead && m.t0 <= int32(i) && int32(i) < m.t1 {
			return true
		}
	}
	return false
}

// addressNote is the note of a wrong handle or a misspelt name in lang:
// who the customer is. Empty for every other finding.
func addressNote(f *feature, ctx Context, lang string) string {
	switch {
	case f.Detector == "wrong_handle" && ctx.CustomerHandle != "":
		return handleNote("@"+trimAt(ctx.CustomerHandle), lang)
	case (f.Detector == "wrong_name" || f.Detector == "misspelt_name") && ctx.CustomerName != "":
		return nameNote(firstWord(ctx.CustomerName), lang)
	}
	return ""
}

func handleNote(handle, lang string) string {
	if lang == "en" {
		return "The customer is " + handle + ": you tag another account, and the customer is not notified of your reply."
	}
	return "De klant is " + handle + ": je tagt een ander account, en de klant krijgt geen melding van je antwoord."
}

func nameNote(name, lang string) string {
	if lang == "en" {
		return "The customer's name is " + name + "."
	}
	return "De klant heet " + name + "."
}

// translateAddressNote writes the note of a wrong handle or name (made in
// the analysis language) in lang; ok is false for any other note.
func translateAddressNote(detector, note, lang string) (string, bool) {
	switch detector {
	case "wrong_handle":
		for _, w := range strings.Fields(note) {
			if strings.HasPrefix(w, "@") {
				return handleNote(strings.TrimRight(w, ":"), lang), true
			}
		}
	case "wrong_name", "misspelt_name":
		for _, p := range []string{"The customer's name is ", "De klant heet "} {
			if rest, found := strings.CutPrefix(note, p); found {
				return nameNote(strings.TrimSuffix(rest, "."), lang), true
			}
		}
	}
	return "", false
}

// The detectors of this file, registered here so that the rubric's own
// tables stay as they are.
func init() {
	detectors["wrong_handle"] = "an @-mention a letter or two away from the customer's handle: the reply tags someone else"
	detectors["misspelt_name"] = "the customer's name a letter or two off where a name is meant (\"Sofie\" for Sophie)"
	needsOf["misspelt_name"] = true
}

// detectAddressing runs the detector of feature f that judges how the
// reply addresses the customer: by a name that is not theirs, a misspelt
// name, or another handle.
func (r *Rubric) detectAddressing(s *scratch, f *feature, text string, ctx Context) {
	switch f.Detector {
	case "wrong_name":
		r.detectWrongName(s, f, text, ctx)
	case "misspelt_name":
		r.detectMisspeltName(s, f, text, ctx)
	case "wrong_handle":
		r.detectWrongHandle(s, f, ctx)
	}
}

// organisationInPost reports whether the folded word w stands in the post
// after a definite article, as the name of an organisation, a paper or a
// column does and a person's first name does not ("van de Servicepolitie",
// "the Watchdog team"): a reply that greets the post's writer by it
// greets them by their own name (playtest 13, P13-37: "Beste
// Servicepolitie" in answer to the column's request cost -15 as "a name
// that is not hers").
func organisationInPost(w, post string) bool {
	if post == "" || len(w) < 3 {
		return false
	}
	prev := ""
	for _, f := range strings.FieldsFunc(foldString(post), func(c rune) bool { return !unicode.IsLetter(c) && !unicode.IsDigit(c) && c != '-' }) {
		if f == w && (prev == "de" || prev == "het" || prev == "the") {
			return true
		}
		prev = f
	}
	return false
}
