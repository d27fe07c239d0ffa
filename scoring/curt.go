package scoring

// curt reports whether a short reply carries too little to be more than
// curt: at most curtWords words, fewer than curtContent of them words of
// content. Counting every word judged the languages apart: Dutch drops
// the subject and the auxiliary where English needs them ("Is geregeld."
// is two words, "It's been sorted." three, for the same curt close), so a
// word limit alone called the Dutch curt and the English not. The words
// that carry nothing of the case are every language's function words and
// the verbs of being and having (settings.sentence_words); a name, a
// number, a thing or a verb of doing carries content. "Het bord is weg" and
// "The sign is gone" say what was done (two words of content) and are not
// curt; "Het is opgelost" and "It's been sorted" say only that something
// was (one).
func (r *Rubric) curt(s *scratch, words int) bool {
	if r.curtContent <= 0 || words > r.curtWords {
		return false
	}
	content := 0
	for i := range s.toks {
		t := &s.toks[i]
		if t.kind != tWord {
			continue
		}
		if t.function() == 0 {
			content++
		}
	}
	return content < r.curtContent
}
