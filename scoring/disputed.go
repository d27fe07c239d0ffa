package scoring

// The customer's own word, disputed. A customer names what happened
// ("belachelijk", "een aanfluiting", "thanks for nothing", "a joke") and
// the reply takes the word back only to call it too strong or to wave it
// off: "'Een aanfluiting' vinden wij wat sterk", "Een grap? Welnee",
// "Ridiculous is a strong word". That corrects how the customer feels
// instead of answering what happened (the released blind12 and blind13
// rank it below a bare route or a template). A verdict such as "wat
// overdreven" or "a bit much" is said of many things, so it counts only
// where the customer's words stand just before it.

// echoQuestionWords is the longest question that still only asks the
// customer's words back ("In de maling genomen?", "Paying for our
// mistake?"); a longer one asks something of its own.
const echoQuestionWords = 5

// echoLead is how many words into a sentence a verdict may stand after the
// customer's word opened it ("Belachelijk is wel een groot woord").
const echoLead = 6

// detectDisputed keeps feature f's findings (a verdict on words or a
// brush-off) only where they answer the customer's own words: the sentence
// before is a short question made of a word of the post, or, for a verdict
// inside its sentence, a quoted word of the post or a word of the post
// opening the sentence stands before it. Elsewhere they are dropped.
func (r *Rubric) detectDisputed(s *scratch, f *feature, post, lang string) {
	if !r.hasMatches(s, f.idx) {
		return
	}
	if post == "" {
		r.kill(s, f.idx, -1, -1, -1)
		return
	}
	r.tokenizePost(s, post, lang)
	for i := range s.matches {
		m := &s.matches[i]
		if int(m.f) != f.idx || m.dead || m.t0 < 0 {
			continue
		}
		if !r.answersCustomersWord(s, int(m.t0)) {
			m.dead = true
		}
	}
}

// answersCustomersWord reports whether the verdict at token i follows the
// customer's own word (see detectDisputed).
func (r *Rubric) answersCustomersWord(s *scratch, i int) bool {
	sent := s.toks[i].sent
	start := i
	for start > 0 && s.toks[start-1].sent == sent {
		start--
	}
	if sent > 0 && r.echoQuestion(s, sent-1) && r.wordsBetween(s, start, i) <= 3 {
		return true // "Een grap? Welnee", "Schandalig? Dat vinden wij wat overdreven"
	}
	words, opener := 0, false
	for k := start; k < i; k++ {
		t := &s.toks[k]
		if t.kind != tWord {
			continue
		}
		words++
		if !r.postWord(s, t) {
			opener = opener || r.isContent(s, t)
			continue
		}
		if t.quoted {
			return true // "'Diefstal' gaat ons wat te ver"
		}
		// The customer's word opens the sentence, after an article at
		// most: "Belachelijk is wel een groot woord", "A shambles is…".
		if words <= 2 && !opener && r.wordsBetween(s, k, i) <= echoLead {
			return true
		}
	}
	return false
}

// echoQuestion reports whether sentence k is a short question that holds a
// content word of the customer's post.
func (r *Rubric) echoQuestion(s *scratch, k int32) bool {
	if int(k) >= len(s.question) || !s.question[k] {
		return false
	}
	words, echo := 0, false
	for j := range s.toks {
		t := &s.toks[j]
		if t.sent != k || t.kind != tWord {
			continue
		}
		words++
		echo = echo || r.postWord(s, t)
	}
	return echo && words <= echoQuestionWords
}

// postWord reports whether reply token t is a content word of the post.
func (r *Rubric) postWord(s *scratch, t *token) bool {
	if !r.isContent(s, t) {
		return false
	}
	st := s.stem(t)
	return s.postMask.has(st) && s.post.hasContentStem(r, st)
}

// wordsBetween counts the words in tokens [a, b).
func (r *Rubric) wordsBetween(s *scratch, a, b int) int {
	n := 0
	for k := a; k < b; k++ {
		if s.toks[k].kind == tWord {
			n++
		}
	}
	return n
}
