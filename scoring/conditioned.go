package scoring

import (
	"bytes"
	"slices"
)

// A rule about a class defined by a condition: "Appointments not cancelled
// 24 hours ahead are charged", "Afspraken die niet 24 uur vooraf zijn
// afgezegd, worden in rekening gebracht", "Orders placed after 10 pm ship
// the next day", "Wie later afzegt, betaalt". The subject is no one in
// particular, only whoever meets the condition, so the sentence states a
// rule as "Retourneren kan alleen binnen 14 dagen" does; where the
// condition sets a limit (a negation, a restriction, a time or a span) it
// tells this customer they fall on the wrong side of it: a wall (closing
// note 14: such walls after sympathy were missed).

// conditionedClass reports a clause at token i whose subject is a class
// narrowed by a condition: a bare plural followed by a relative word
// (class_relatives: "die", "that", "who") or, in English, by a
// participle, negated or not ("Orders placed", "Appointments not
// cancelled"); a Dutch participle before a plural ("Niet tijdig
// afgezegde afspraken", "Na 22:00 geplaatste bestellingen"); or a pronoun
// for anyone who meets it (class_pronouns: "wie", "anyone who"). A person
// in the condition ("Parcels that we sent yesterday") makes it this
// case's, and a question or a word of sympathy ("Apologies that it took so
// long") is no rule.
func (r *Rubric) conditionedClass(s *scratch, i int) bool {
	t := &s.toks[i]
	if t.kind != tWord || int(t.sent) < len(s.question) && s.question[t.sent] || r.sympathyAt(s, i) {
		return false
	}
	var buf [8][]byte
	words := append(buf[:0], s.folded(t))
	words = r.nextWords(s, i, words)
	if len(words) < 4 {
		return false
	}
	for _, w := range words[1:5] {
		if r.personWords[string(w)] {
			return false
		}
	}
	w := words[0]
	if r.genericVerbs["#"+string(w)] {
		words = words[1:] // "All orders placed…", "Alle bestellingen die…"
		w = words[0]
	}
	switch {
	case r.classPronouns[string(w)]:
		// "Wie later afzegt, betaalt"; "Anyone who cancels late pays"
		return bytes.Equal(w, []byte("wie")) || r.classRelatives[string(words[1])]
	case r.pluralNoun(w):
		v := words[1]
		if r.classRelatives[string(v)] {
			return true
		}
		if bytes.Equal(v, []byte("not")) {
			v = words[2]
		}
		return r.englishParticiple(v)
	}
	// a Dutch participle as an adjective, up to four words in (a clock
	// time is two): "Niet
	// tijdig afgezegde afspraken", "Na 22:00 geplaatste bestellingen"
	for k := 0; k < 4 && k+1 < len(words); k++ {
		if dutchAdjectivalParticiple(words[k]) && r.pluralNoun(words[k+1]) {
			return true
		}
	}
	return false
}

// pluralNoun reports a word that may be a bare plural: long enough, no
// function word, ending as a plural does, and no "'s" ("Roofer's booked
// for Thursday" is one roofer).
func (r *Rubric) pluralNoun(w []byte) bool {
	return len(w) >= 4 && !isNumber(w) && r.function[string(w)] == 0 && (bytes.HasSuffix(w, []byte("s")) || bytes.HasSuffix(w, []byte("en"))) &&
		!bytes.ContainsAny(w, "'’")
}

// englishParticiple reports "placed", "cancelled", "sent": a participle
// after a noun narrows it ("Orders placed after 10 pm").
func (r *Rubric) englishParticiple(w []byte) bool {
	return len(w) >= 5 && bytes.HasSuffix(w, []byte("ed")) && r.function[string(w)] == 0 || r.irregularParticiples[string(w)]
}

// dutchAdjectivalParticiple reports "afgezegde", "geplaatste",
// "verzonden": a Dutch participle inflected as an adjective.
func dutchAdjectivalParticiple(w []byte) bool {
	if len(w) < 8 || !(bytes.HasSuffix(w, []byte("de")) || bytes.HasSuffix(w, []byte("te"))) || bytes.HasSuffix(w, []byte("ende")) {
		return false // "vervelende" is a present participle, no condition
	}
	if bytes.HasPrefix(w, []byte("ge")) || bytes.HasPrefix(w, []byte("ver")) || bytes.HasPrefix(w, []byte("be")) {
		return true
	}
	return bytes.Contains(w[2:len(w)-3], []byte("ge"))
}

// sympathyAt reports token i inside a finding of sympathy or thanks:
// "Apologies that…", "Thanks that…" open no class.
func (r *Rubric) sympathyAt(s *scratch, i int) bool {
	for k := range s.matches {
		m := &s.matches[k]
		if !m.dead && m.t0 <= int32(i) && int32(i) < m.t1 && (slices.Contains(r.sympathy, int(m.f)) || r.features[m.f].ID == "thanks") {
			return true
		}
	}
	return false
}
