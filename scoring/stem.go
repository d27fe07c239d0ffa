package scoring

// stemBytes reduces a folded word to a stem, in place, so that inflected
// forms meet: vervelend/vervelende, excuus/excuses, bellen/bel/belt,
// wachten/wacht/wachtte, feel/feeling. It is deliberately light (a few
// suffixes, undoubling), not a full Snowball stemmer: patterns list
// irregular forms (begrijp/begrepen) themselves, and the same function runs
// on the patterns and the text, so a rule only has to be consistent.
func stemBytes(w []byte, lang string) []byte {
	for _, c := range w {
		if c >= 0x80 {
			return w // other scripts: leave as is
		}
	}
	if len(w) <= 3 {
		return w
	}
	if lang == "en" {
		w = stripOne(w, "ing", "ed", "es", "s", "e")
		w = undouble(w)
		return w
	}
	// Diminutives meet their noun: pakketje/pakket, berichtje/bericht,
	// biertjes/bier (the "t" of "-tje" goes with the final t/d below).
	if len(w) > 5 {
		w = stripOne(w, "jes", "je")
	}
	w = stripOne(w, "en", "es", "e", "s")
	w = undouble(w)
	if n := len(w); n > 3 && (w[n-1] == 't' || w[n-1] == 'd') {
		w = w[:n-1]
		w = undouble(w)
	}
	// A double vowel before a final consonant is written single in the
	// inflected form (excuus/excuses, maak/maken, groot/grote).
	if n := len(w); n >= 4 && !isVowel(w[n-1]) && isVowel(w[n-2]) && w[n-2] == w[n-3] {
		w = append(w[:n-2], w[n-1])
	}
	return w
}

func stripOne(w []byte, suffixes ...string) []byte {
	for _, suf := range suffixes {
		if len(w)-len(suf) >= 3 && string(w[len(w)-len(suf):]) == suf {
			return w[:len(w)-len(suf)]
		}
	}
	return w
}

func undouble(w []byte) []byte {
	n := len(w)
	if n > 3 && w[n-1] == w[n-2] && !isVowel(w[n-1]) && w[n-1] >= 'a' && w[n-1] <= 'z' {
		return w[:n-1]
	}
	return w
}

func isVowel(c byte) bool {
	switch c {
	case 'a', 'e', 'i', 'o', 'u', 'y':
		return true
	}
	return false
}

// stemString stems a folded word (for compiling patterns).
func stemString(w, lang string) string {
	return string(stemBytes([]byte(w), lang))
}
