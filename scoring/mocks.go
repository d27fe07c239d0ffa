package scoring

import (
	"bytes"
	"slices"
	"strings"
)

// detectMocks judges the findings of f, a laugh, a wink or a smiley
// (":)"), in a complaint (P24-3: "Fijnaart is a bit far from civilisation
// anyway :)" to a customer without signal there). A laugh in a sentence
// that names the customer's own case (a content word of the post: their
// village, their parcel, their houseplants) and does nothing there (no
// step, fix, ownership, apology or acknowledgement, nor news, in what it
// laughs at) is a joke at the customer's expense: the finding stays. Where the
// customer laughed first (a laugh in the post) and complains without
// anger, the reply laughs with them: the finding is dropped, and so is the
// cost of the laugh itself (`humour`, `joke_about_complaint`) where the
// reply also helps (a laugh and nothing else is still no answer).
// Everywhere else the finding is dropped and the laugh is left to
// `humour`.
func (r *Rubric) detectMocks(s *scratch, f *feature, ctx Context, mood float64) {
	if !r.hasMatches(s, f.idx) && !r.hasMatches(s, r.featureIdx("humour")) {
		return
	}
	post := caseText(ctx)
	if post == "" {
		r.kill(s, f.idx, -1, -1, -1)
		return
	}
	r.tokenizePost(s, post, r.language(ctx.Language))
	if r.postLaughs(s.post) {
		r.kill(s, f.idx, -1, -1, -1)
		if mood > r.angryBelow && mood < 0 && r.helpsIn(s, 0, len(s.toks)) {
			for _, id := range [...]string{"humour", "joke_about_complaint"} {
				if k := r.featureIdx(id); k >= 0 {
					r.kill(s, k, -1, -1, -1)
				}
			}
		}
		return
	}
	for i := range s.matches {
		m := &s.matches[i]
		if int(m.f) != f.idx || m.dead {
			continue
		}
		a, b := r.jokeSpan(s, m)
		if a < 0 || !r.namesCaseIn(s, a, b) || r.helpsIn(s, a, b) || r.tellsNewsIn(s, a, b) {
			m.dead = true
		}
	}
}

// jokeSpan is what laugh m laughs at: the words of its sentence before it,
// or, where it opens the sentence ("Haha, …"), the words after it up to
// the sentence's end. -1 where it has no tokens.
func (r *Rubric) jokeSpan(s *scratch, m *match) (int, int) {
	if m.t0 < 0 {
		return -1, -1
	}
	k := s.toks[m.t0].sent
	a := int(m.t0)
	for a > 0 && s.toks[a-1].sent == k {
		a--
	}
	if r.wordsBetween(s, a, int(m.t0)) > 0 {
		return a, int(m.t0)
	}
	b := int(m.t1)
	for b < len(s.toks) && s.toks[b].sent == k {
		b++
	}
	return int(m.t1), b
}

// namesCaseIn reports a content word of the post in tokens [a, b).
func (r *Rubric) namesCaseIn(s *scratch, a, b int) bool {
	for i := a; i < b; i++ {
		if t := &s.toks[i]; t.kind == tWord && !t.quoted && r.postWord(s, t) {
			return true
		}
	}
	return false
}

// tellsNewsIn reports a number, a word of news now or a span of time
// (news_words, duration_words) in tokens [a, b): a smiley after where the
// case stands ("A new mast goes up in Fijnaart this month 😉") tells, it
// does not laugh at the customer.
func (r *Rubric) tellsNewsIn(s *scratch, a, b int) bool {
	for i := a; i < b; i++ {
		t := &s.toks[i]
		if t.kind != tWord {
			continue
		}
		w := string(s.folded(t))
		if r.newsWords[w] || r.durationWords[w] || strings.ContainsAny(w, "0123456789") {
			return true
		}
	}
	return false
}

// helpsIn reports a live finding inside tokens [a, b) of sympathy or of a
// step, a fix or ownership (the substance features but the restated harm).
func (r *Rubric) helpsIn(s *scratch, a, b int) bool {
	for i := range s.matches {
		m := &s.matches[i]
		if m.dead || m.t0 < 0 || int(m.t0) < a || int(m.t1) > b {
			continue
		}
		f := r.features[m.f]
		if slices.Contains(r.sympathy, f.idx) || (f.Detector != "restates" && slices.Contains(r.substance, f.idx)) {
			return true
		}
	}
	return false
}

// laughWords open a word that laughs ("hahaha", "lol").
var laughWords = [...][]byte{[]byte("haha"), []byte("hihi"), []byte("hehe"), []byte("lol"), []byte("lmao"), []byte("rofl")}

// postLaughs reports a laugh in the post: a laughing word, a laughing or
// winking emoji, or ";)" / ":)".
func (r *Rubric) postLaughs(p *scratch) bool {
	for i := range p.toks {
		t := &p.toks[i]
		switch t.kind {
		case tWord:
			w := p.folded(t)
			for _, l := range laughWords {
				if bytes.HasPrefix(w, l) {
					return true
				}
			}
		case tSoft:
			switch t.punct {
			case '😂', '🤣', '😅', '😆', '😜', '😉', '😛', '😝', '😄', '😁':
				return true
			case ';', ':':
				if i+1 < len(p.toks) && p.toks[i+1].kind == tSoft && p.toks[i+1].punct == ')' && p.toks[i+1].b0 == t.b1 {
					return true
				}
			}
		}
	}
	return false
}
