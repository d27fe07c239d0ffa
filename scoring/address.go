package scoring

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// A street address or an e-mail address of the customer in a public reply
// is a leak, like their phone number (phone.go), whatever words stand
// around it (playtest 23, P23-17: "je nieuwe bank komt vanmiddag naar de
// Lindenlaan 14 in Breda" scored 92/97, all green; "I've sent the details
// to your student mail bram.devries@student…" 66/73). Both are found by
// their shape: a street name that ends in one of settings.street_suffixes
// with a house number after it ("Lindenlaan 14", "Koningsweg 23a") or
// before it ("7 Mill Lane", "23 Queen's Road"), and an e-mail address
// ("name@domain.tld", not an @handle).
//
// A street address is the customer's when its sentence names their home
// or holds a word of the customer ("je", "your": customer_number_words)
// and no place to go to ("winkel", "shop", "ophalen", "collect":
// address_places): "komt morgen bij je op de Molenweg 7" is the customer's
// home, "breng ze naar onze winkel aan de Hoogstraat 12" and "you can
// collect your parcel at 4 Station Road" are places to go. An e-mail address is the
// customer's when its sentence names it theirs (the customer's word up to
// two words before one of address_nouns: "je mailadres", "your student
// mail") or it holds the customer's first name or handle. An address the
// customer posted is theirs to have made public.

// The kinds of word of an address, beside those of a phone number
// (phoneWords).
const (
	addressNoun  uint8 = 1 << 6 // "mailadres", "e-mail": what an e-mail address is called
	addressPlace uint8 = 1 << 7 // "winkel", "shop", "ophalen": a place to go to, not the customer's home
)

// addressWords are a language's words of an address (rubric.toml).
type addressWords struct {
	AddressNouns  []string `toml:"address_nouns"`  // what an e-mail address or a home is called
	AddressPlaces []string `toml:"address_places"` // a place to go to, not the customer's home
}

// streetSuffixes holds the lower-case street suffixes of the settings.
type streetSuffixes []string

// endsStreet reports whether word (as written) is a street's name: a
// capital first and one of the suffixes at its end ("Lindenlaan").
func (ss streetSuffixes) endsStreet(word string) bool {
	if word == "" || word[0] < 'A' || word[0] > 'Z' {
		return false
	}
	w := strings.ToLower(word)
	for _, s := range ss {
		if strings.HasSuffix(w, s) {
			return true
		}
	}
	return false
}

// isStreetWord reports whether word is a suffix as a word of its own with
// a capital ("Lane", "Road").
func (ss streetSuffixes) isStreetWord(word string) bool {
	return word != "" && word[0] >= 'A' && word[0] <= 'Z' && slices.Contains(ss, strings.ToLower(word))
}

func lowerAll(words []string) streetSuffixes {
	out := make(streetSuffixes, 0, len(words))
	for _, w := range words {
		out = append(out, strings.ToLower(w))
	}
	return out
}

// isNameByte reports a byte of a name's word: a letter (any UTF-8 byte of
// a letter outside ASCII), an apostrophe or a hyphen.
func isNameByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80 || c == '\'' || c == '-'
}

// houseNumberAt reads a house number at byte i (one to four digits, a
// letter or "-2" after them: "14", "23a", "7-2") that stands on its own;
// it returns its end, or -1.
func houseNumberAt(text string, i int) int {
	if i > 0 && isWordByte(text[i-1]) {
		return -1
	}
	k := i
	for k < len(text) && text[k] >= '0' && text[k] <= '9' {
		k++
	}
	if n := k - i; n < 1 || n > 4 {
		return -1
	}
	if k < len(text) && (text[k] >= 'a' && text[k] <= 'z' || text[k] >= 'A' && text[k] <= 'Z') && (k+1 == len(text) || !isWordByte(text[k+1])) {
		k++
	} else if k+1 < len(text) && text[k] == '-' && text[k+1] >= '0' && text[k+1] <= '9' {
		for k++; k < len(text) && text[k] >= '0' && text[k] <= '9'; k++ {
		}
	}
	if k < len(text) && (isWordByte(text[k]) || (text[k] == '.' || text[k] == ':') && k+1 < len(text) && text[k+1] >= '0' && text[k+1] <= '9') {
		return -1 // "14.00", "9:30", "14uur"
	}
	return k
}

// streetBefore returns the start of a street's name that ends in spaces
// right before byte i ("Lindenlaan 14"), or -1.
func (ss streetSuffixes) streetBefore(text string, i int) int {
	e := i
	for e > 0 && text[e-1] == ' ' {
		e--
	}
	if e == i {
		return -1
	}
	b := e
	for b > 0 && isNameByte(text[b-1]) {
		b--
	}
	if ss.endsStreet(text[b:e]) {
		return b
	}
	return -1
}

// streetAfter returns the end of a street's name that follows the house
// number ending at byte k ("7 Mill Lane", "23 Queen's Road"): up to four
// words with a capital, the last a street word; or -1.
func (ss streetSuffixes) streetAfter(text string, k int) int {
	for words := 0; words < 4; words++ {
		if k >= len(text) || text[k] != ' ' {
			return -1
		}
		b := k + 1
		e := b
		for e < len(text) && isNameByte(text[e]) {
			e++
		}
		if e == b || text[b] < 'A' || text[b] > 'Z' {
			return -1
		}
		if words > 0 && ss.isStreetWord(text[b:e]) {
			return e
		}
		k = e
	}
	return -1
}

// emailAt reads an e-mail address around the "@" at byte k ("name@domain.nl"
// with a word before the "@": an @handle has none); it returns its span,
// or b1 = -1.
func emailAt(text string, k int) (b0, b1 int) {
	local := func(c byte) bool {
		return isWordByte(c) && c < 0x80 || c == '.' || c == '_' || c == '%' || c == '+' || c == '-'
	}
	b0 = k
	for b0 > 0 && local(text[b0-1]) {
		b0--
	}
	if b0 == k {
		return 0, -1
	}
	e, dot := k+1, -1
	for e < len(text) && (isWordByte(text[e]) && text[e] < 0x80 || text[e] == '-' || text[e] == '.') {
		if text[e] == '.' {
			dot = e
		}
		e++
	}
	for e > k+1 && text[e-1] == '.' {
		e-- // the full stop after the address
		dot = strings.LastIndexByte(text[k+1:e], '.')
		if dot >= 0 {
			dot += k + 1
		}
	}
	if dot < 0 || e-dot-1 < 2 {
		return 0, -1
	}
	return b0, e
}

// detectAddresses adds a disclosure finding for every street or e-mail
// address in the reply that is the customer's.
func (r *Rubric) detectAddresses(s *scratch, f *feature, ctx Context, text string) {
	if !strings.ContainsAny(text, "0123456789@") {
		return
	}
	own := ""
	posted := func(span string) bool {
		if own == "" {
			own = strings.ToLower(strings.Join(append([]string{ctx.CustomerPost}, ctx.Thread...), "\n")) + "\n"
		}
		return strings.Contains(own, strings.ToLower(span))
	}
	for k := strings.IndexByte(text, '@'); k >= 0; {
		if b0, b1 := emailAt(text, k); b1 > 0 && !posted(text[b0:b1]) && r.customersEmail(s, text[b0:b1], b0, b1) {
			r.addDisclosure(s, f, text, b0, b1)
		}
		next := strings.IndexByte(text[k+1:], '@')
		if next < 0 {
			break
		}
		k += next + 1
	}
	for i := 0; i < len(text); i++ {
		if text[i] < '0' || text[i] > '9' {
			continue
		}
		k := houseNumberAt(text, i)
		if k < 0 {
			for i < len(text) && isWordByte(text[i]) {
				i++
			}
			continue
		}
		b0, b1 := r.streets.streetBefore(text, i), k
		if b0 < 0 {
			b0, b1 = i, r.streets.streetAfter(text, k)
		}
		if b1 > 0 && !posted(text[b0:b1]) && r.customersPlace(s, b0, b1) {
			r.addDisclosure(s, f, text, b0, b1)
		}
		i = k
	}
}

// customersEmail reports whether the e-mail address at bytes [b0, b1) is
// the customer's: it holds their first name or handle, or its sentence
// names it theirs.
func (r *Rubric) customersEmail(s *scratch, addr string, b0, b1 int) bool {
	local, _, _ := strings.Cut(foldString(addr), "@")
	if (len(s.name) >= 3 && strings.Contains(local, s.name)) || (len(s.handle) >= 3 && strings.Contains(local, s.handle)) {
		return true
	}
	t0, _ := tokensIn(s, b0, b1)
	if t0 < 0 {
		return false
	}
	sent := s.toks[t0].sent
	kind := r.wordKind(s, t0, sent)
	for j := t0 - 1; j >= 0 && s.toks[j].sent == sent; j-- {
		if kind(j)&phoneOwn != 0 {
			return false // "mail ons op info@…", "e-mail me at …"
		}
		if kind(j)&phoneCustomer != 0 && (kind(j+1)&addressNoun != 0 || kind(j+2)&addressNoun != 0) {
			return true
		}
	}
	return false
}

// customersPlace reports whether the street address at bytes [b0, b1) is
// the customer's. Reading back through its sentence: their home named
// ("your home", "je huisadres": the customer's word up to two words
// before one of address_nouns) makes it theirs; a place to go to
// ("winkel", "collect") makes it not; else a word of the customer's
// anywhere before it does ("bij je op de Molenweg 7", "to you at 7 Mill
// Lane"). The brand's own word alone ("Onze monteur is bij je op …") is
// the one who comes, not whose address it is.
func (r *Rubric) customersPlace(s *scratch, b0, b1 int) bool {
	t0, _ := tokensIn(s, b0, b1)
	if t0 < 0 || s.toks[t0].quoted {
		return false
	}
	sent := s.toks[t0].sent
	kind := r.wordKind(s, t0, sent)
	customer := false
	for j := t0 - 1; j >= 0 && s.toks[j].sent == sent; j-- {
		k := kind(j)
		switch {
		case k&addressNoun != 0 && (kind(j-1)&phoneCustomer != 0 || kind(j-2)&phoneCustomer != 0):
			return true
		case k&addressPlace != 0:
			return false
		case k&phoneCustomer != 0:
			customer = true
		}
	}
	return customer
}

// wordKind returns the kinds of word (phoneWords) of token j, for tokens
// before token i in sentence sent.
func (r *Rubric) wordKind(s *scratch, i int, sent int32) func(j int) uint8 {
	return func(j int) uint8 {
		if j < 0 || j >= i || s.toks[j].sent != sent || s.toks[j].kind != tWord {
			return 0
		}
		return r.phoneWords[string(s.folded(&s.toks[j]))]
	}
}

// addDisclosure adds a finding of the disclosure feature f for bytes
// [b0, b1) of the reply.
func (r *Rubric) addDisclosure(s *scratch, f *feature, text string, b0, b1 int) {
	t0, t1 := tokensIn(s, b0, b1)
	if t0 < 0 {
		return
	}
	r0 := int32(utf8.RuneCountInString(text[:b0]))
	s.matches = append(s.matches, match{f: int32(f.idx), t0: int32(t0), t1: int32(t1),
		r0: r0, r1: r0 + int32(utf8.RuneCountInString(text[b0:b1])), b0: int32(b0), b1: int32(b1),
		sent0: s.toks[t0].sent, sent1: s.toks[t1-1].sent})
}
