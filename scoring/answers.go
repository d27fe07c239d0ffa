package scoring

import "strings"

// A customer who asks a question is answered by a sentence of the kind the
// question asks for: "wanneer"/"when" by a day or a time ("Je pas ligt
// donderdag in de bus", "It goes out in Friday's post"), "waarom"/"why" by
// a cause ("Dat komt doordat…", "because…"), "hoe"/"how" by a route ("via
// …", "under Account > Details"), "waar"/"where" by a place, "wat
// kost"/"how much" by an amount ("45 euro", "nothing"), and a question
// without a question word ("Mag ik…?", "Can I…?") by a reply that opens
// with yes or no. Such a sentence is a way forward even with no step and
// no sympathy word: the released blind sets ranked the plain answer above
// warmth that leaves the question open, and charged with no_way_forward it
// fell below it. A statement of another kind answers nothing ("Door de
// drukte duurt het wat langer" to "wanneer?"), and so does every sentence
// with a finding that costs points: a wall that quotes a day is a wall.
// The kinds and their words are each language's `answers` tables.

// answerKind is one kind of question: the words that ask it and the words
// (or "#", any number) that answer it. A kind named "yesno" is asked by
// a question of no other kind, and answered only by a word that opens the
// reply.
type answerKind struct {
	Asks  []string `toml:"asks"`
	Gives []string `toml:"gives"`
}

// answerRules are a language's kinds, each phrase split into words.
type answerRules struct {
	asks  [][][]string // per kind: its asking phrases
	gives [][][]string // per kind: its answering phrases
	yesno int          // the kind asked without a question word; -1 if none
	why   int          // the kind that asks for a cause ("waarom", "why"); -1 if none
	// recommend is the kind that asks for a recommendation or a choice
	// ("Wat raden jullie aan?", "Which one should I get?"); -1 if none.
	// It is answered by a phrase that names the pick ("Probeer de …", "Go
	// for the …", "Onze bakkers zweren bij de …") with a content word
	// after it in its sentence, which may be one of the post's options.
	recommend int
}

// answerKinds reads a language's answers tables, in the order of their
// names so that the kinds are numbered alike on every load.
func (p *parser) answerKinds(lang string, fl fileLanguage) {
	if len(fl.Answers) == 0 {
		return
	}
	ar := &answerRules{yesno: -1, why: -1, recommend: -1}
	for _, name := range sortedKeys(fl.Answers) {
		k := fl.Answers[name]
		switch name {
		case "yesno":
			ar.yesno = len(ar.asks)
		case "why":
			ar.why = len(ar.asks)
		case "recommend":
			ar.recommend = len(ar.asks)
		}
		ar.asks = append(ar.asks, splitPhrases(k.Asks))
		ar.gives = append(ar.gives, splitPhrases(k.Gives))
	}
	if p.r.answers == nil {
		p.r.answers = map[string]*answerRules{}
	}
	p.r.answers[lang] = ar
}

func splitPhrases(ps []string) [][]string {
	out := make([][]string, 0, len(ps))
	for _, w := range ps {
		out = append(out, strings.Fields(foldString(normApos(w))))
	}
	return out
}

// phraseAt returns the token after the longest phrase of ps that starts
// at word token k of its sentence (punctuation between the words skipped);
// k if none. "#" stands for any number.
func phraseAt(s *scratch, k int, ps [][]string) int {
	end := k
	for _, p := range ps {
		j, ok := k, true
		for n, w := range p {
			for n > 0 && j < len(s.toks) && s.toks[j].kind != tWord && s.toks[j].sent == s.toks[k].sent {
				j++
			}
			if j >= len(s.toks) || s.toks[j].kind != tWord || s.toks[j].sent != s.toks[k].sent || !phraseWord(s.folded(&s.toks[j]), w) {
				ok = false
				break
			}
			j++
		}
		if ok && j > end {
			end = j
		}
	}
	return end
}

// phraseWord matches a word to a phrase's word: "#" any number, and a
// possessive "'s" is the word itself ("Friday's post"); "*" any one word.
func phraseWord(w []byte, p string) bool {
	switch p {
	case "#":
		return isNumber(w)
	case "*":
		return true
	}
	if string(w) == p {
		return true
	}
	return len(w) == len(p)+2 && string(w[:len(p)]) == p && string(w[len(p):]) == "'s"
}

// askedKinds returns the kinds of question the post asks, as bits: in each
// sentence that ends with a question mark, the kind whose asking phrase is
// the longest found ("hoe lang" is a question of when, not of how), or
// else the kind asked without a question word.
func (ar *answerRules) askedKinds(p *scratch) uint32 {
	var kinds uint32
	for sent := range p.question {
		if !p.question[sent] {
			continue
		}
		kind, best := ar.yesno, 0
		for k := range p.toks {
			if t := &p.toks[k]; t.kind != tWord || t.sent != int32(sent) {
				continue
			}
			for q := range ar.asks {
				if n := phraseAt(p, k, ar.asks[q]) - k; n > best {
					kind, best = q, n
				}
			}
		}
		if kind >= 0 {
			kinds |= 1 << uint(kind)
		}
	}
	return kinds
}

// detectAnswers adds a finding of feature f over the first sentence of the
// reply that answers a question of the post by its kind (see the file
// comment): not itself a question, not quoted, with no finding that costs
// points and no sympathy, stating no rule of a whole class, in a reply
// with no fault.
func (r *Rubric) detectAnswers(s *scratch, f *feature, ctx Context, lang string) {
	ar := r.answers[lang]
	if ar == nil || ctx.CustomerPost == "" {
		return
	}
	r.tokenizePost(s, ctx.CustomerPost, lang)
	if !s.postAsksSet {
		s.postAsks, s.postAsksSet = ar.askedKinds(s.post), true
	}
	kinds := s.postAsks
	if kinds == 0 || r.hasFault(s) {
		return
	}
	opening := true // still among the reply's first words (yes or no)
	for k := range s.toks {
		t := &s.toks[k]
		if t.kind != tWord || t.quoted || int(t.sent) < len(s.question) && s.question[t.sent] {
			continue
		}
		for q := range ar.gives {
			if kinds&(1<<uint(q)) == 0 || q == ar.yesno && !opening {
				continue
			}
			end := phraseAt(s, k, ar.gives[q])
			if end > k && q == ar.yesno && !wordInSentence(s, end, t.sent) {
				continue // a bare "Nee." says no and nothing more: a refusal as often as an answer
			}
			if end > k && q == ar.recommend {
				if !r.contentAfter(s, end, t.sent) {
					continue // "Probeer het!" names no pick
				}
			} else if end > k && !r.newAnswer(s, k) {
				continue
			}
			if end > k && r.answerSentence(s, k) {
				z := &s.toks[end-1]
				s.matches = append(s.matches, match{f: int32(f.idx), t0: int32(k), t1: int32(end),
					r0: t.r0, r1: z.r1, b0: t.b0, b1: z.b1, sent0: t.sent, sent1: t.sent})
				return
			}
		}
		opening = opening && r.addressWord(s, t, ctx)
	}
}

// newAnswer reports whether the answer's first word tells the customer
// something: it is no content word of the post ("morgen" of "ik heb
// morgen een gesprek. Wanneer???" dates the harm again, it answers
// nothing; "no fine" may repeat the post's "fine").
func (r *Rubric) newAnswer(s *scratch, k int) bool {
	t := &s.toks[k]
	return !r.isContent(s, t) || !s.postMask.has(s.stem(t)) || !s.post.hasContentStem(r, s.stem(t))
}

// contentAfter reports a content word at token k or after it in sentence
// sent: the thing a recommendation names ("de Quattro Formaggi", "the
// Chamonix"), a word of the post's own options included.
func (r *Rubric) contentAfter(s *scratch, k int, sent int32) bool {
	for ; k < len(s.toks) && s.toks[k].sent == sent; k++ {
		if t := &s.toks[k]; t.kind == tWord && r.isContent(s, t) {
			return true
		}
	}
	return false
}

// answerSentence reports whether the sentence of token k can answer: it
// has no finding that costs points and no sympathy (a day or a number
// there dates the harm: "4 dagen zonder internet, sorry"), and it states
// no rule about a whole class ("Roosterwijzigingen worden via de schoolmail
// gedeeld": genericStatement).
func (r *Rubric) answerSentence(s *scratch, k int) bool {
	sent := s.toks[k].sent
	if r.sentenceCosts(s, sent, true) {
		return false
	}
	first := k
	for first > 0 && s.toks[first-1].sent == sent {
		first--
	}
	return !r.genericStatement(s, first)
}

// wordInSentence reports a word at token k or after it in sentence sent.
func wordInSentence(s *scratch, k int, sent int32) bool {
	for ; k < len(s.toks) && s.toks[k].sent == sent; k++ {
		if s.toks[k].kind == tWord {
			return true
		}
	}
	return false
}

// addressWord reports a word that may stand before a yes or a no at the
// reply's start: the customer's name or a greeting word.
func (r *Rubric) addressWord(s *scratch, t *token, ctx Context) bool {
	w := string(s.folded(t))
	for _, part := range strings.Fields(foldString(ctx.CustomerName)) {
		if w == part {
			return true
		}
	}
	return w == "hoi" || w == "hi" || w == "hallo" || w == "hello" || w == "hey" || w == "dag" || w == "beste" || w == "dear"
}
