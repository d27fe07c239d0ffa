package scoring

import "strings"

// The legal step the customer complains of is their case, not a threat.
// A customer writes that a bailiff came to the door, that a debt
// collector's letter arrived, that the brand's lawyer wrote about a
// review; a reply that names the same step to call it off or to grant it
// should not have happened ("ik heb de deurwaarder teruggeroepen", "that
// letter from our lawyer should never have been sent", "een deurwaarder
// terwijl je een regeling betaalt, dat hoort niet") answers what happened
// (the released blind14 ranked such replies first; legal_threat put them
// below a template). The same step held over the customer is still a
// threat: a sentence with a condition ("als die niet deze week betaald is,
// komt de deurwaarder opnieuw", "if it isn't paid, the debt collector will
// continue", "betaal je niet, dan…") keeps it (threat_condition_words), and
// a legal step the post does not name is a threat wherever it stands.

// dropCustomersLegalStep drops feature f's findings whose words all stand
// in the customer's post, in a sentence with no condition word.
func (r *Rubric) dropCustomersLegalStep(s *scratch, f *feature, post, lang string) {
	if !r.hasMatches(s, f.idx) || post == "" {
		return
	}
	r.tokenizePost(s, post, lang)
	for i := range s.matches {
		m := &s.matches[i]
		if int(m.f) != f.idx || m.dead || m.t0 < 0 {
			continue
		}
		if r.allPostWords(s, int(m.t0), int(m.t1)) && !r.heldOver(s, m.sent0, m.sent1) {
			m.dead = true
		}
	}
}

// allPostWords reports whether tokens [t0, t1) hold a content word and
// every content word among them stands in the post.
func (r *Rubric) allPostWords(s *scratch, t0, t1 int) bool {
	found := false
	for k := t0; k < t1; k++ {
		t := &s.toks[k]
		if t.kind != tWord || !r.isContent(s, t) {
			continue
		}
		if !r.postWord(s, t) {
			return false
		}
		found = true
	}
	return found
}

// heldOver reports a condition in sentences [sent0, sent1]: a word of
// threat_condition_words, or one of them marked with a leading comma
// (", dan", ", then") right after a comma.
func (r *Rubric) heldOver(s *scratch, sent0, sent1 int32) bool {
	for k := range s.toks {
		t := &s.toks[k]
		if t.kind != tWord || t.sent < sent0 || t.sent > sent1 {
			continue
		}
		w := string(s.folded(t))
		if r.threatConditions[w] {
			return true
		}
		if r.threatConditions[","+w] && k > 0 && s.toks[k-1].kind == tSoft && s.toks[k-1].punct == ',' {
			return true
		}
	}
	return false
}

// clauseWordLists adds a language's words that open a clause still to
// come (future_clause.go) and its threat_condition_words.
func (p *parser) clauseWordLists(fl fileLanguage) {
	p.futureClauses(fl)
	for _, w := range fl.ThreatConditionWords {
		p.r.threatConditions[strings.ReplaceAll(foldString(normApos(w)), " ", "")] = true
	}
}
