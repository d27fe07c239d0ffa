package scoring

import (
	"slices"
	"strings"
)

// The customer's post, read once per text. The game analyses a draft at
// every keystroke against the same post, and one analysis asks for two
// texts of the case: the case's whole text (caseText: the post, the
// thread and what the agent learnt) and the customer's own public words
// (disclosure). So the scratch keeps the last two posts it tokenized, and
// neither evicts the other.

// postState is one tokenized post with what is worked out from it.
type postState struct {
	post     *scratch
	postText string
	postLang string
	postMask wordMask // content stems of the post
	postEnds wordMask // first and last compoundPart bytes of the post's content stems
	// postTopics are the topics the post names (off_topic), worked out
	// once per post: postTopicsSet says they are.
	postTopics    uint64
	postTopicsSet bool
	// postComplains says the post voices a complaint (complaint_words),
	// worked out with the post's tokens.
	postComplains bool
	// postApologises says the customer apologises in the post
	// (post_apology_words), worked out with the post's tokens.
	postApologises bool
	// postAsks are the kinds of question the post asks (answers.go),
	// worked out once per post: postAsksSet says they are.
	postAsks    uint32
	postAsksSet bool
}

func (p *postState) holds(post, lang string) bool {
	return p.post != nil && p.postText == post && p.postLang == lang && len(p.post.toks) > 0
}

// tokenizePost makes post (in lang) the scratch's post: the one it holds,
// the one before it, or else tokenized anew in the place of the older of
// the two. It keeps a mask of the post's content stems.
func (r *Rubric) tokenizePost(s *scratch, post, lang string) {
	if s.postState.holds(post, lang) {
		return
	}
	s.postState, s.otherPost = s.otherPost, s.postState
	if s.postState.holds(post, lang) {
		return
	}
	if s.post == nil {
		s.post = new(scratch)
	}
	ps := s.post
	r.tokenize(ps, post, lang, nil)
	s.postText, s.postLang = post, lang
	s.postTopicsSet = false
	s.postMask, s.postEnds = wordMask{}, wordMask{}
	s.postComplains, s.postApologises = false, false
	s.postAsksSet = false
	for j := range ps.toks {
		if u := &ps.toks[j]; u.kind == tWord && r.complaintWords[string(ps.folded(u))] {
			s.postComplains = true
		}
		if u := &ps.toks[j]; u.kind == tWord && !u.quoted && r.postApologyWords[string(ps.folded(u))] {
			s.postApologises = true
		}
		if u := &ps.toks[j]; u.kind == tWord && r.isContent(ps, u) {
			st := ps.stem(u)
			s.postMask.set(st)
			for _, st := range [2][]byte{st, participleBase(st, lang)} {
				if len(st) >= compoundPart {
					s.postEnds.set(st[:compoundPart])
					s.postEnds.set(st[len(st)-compoundPart:])
				}
			}
		}
	}
}

// caseMemo keeps the case's text (caseText) while the context it is made
// of stays the same: with a thread or a situation it is built anew, and
// the game analyses a draft at every keystroke.
type caseMemo struct {
	post, situation, name string
	thread                []string
	text                  string
	set                   bool
}

func (s *scratch) caseTextOf(ctx Context) string {
	m := &s.caseMemo
	if m.set && m.post == ctx.CustomerPost && m.situation == ctx.Situation && m.name == ctx.CustomerName && slices.Equal(m.thread, ctx.Thread) {
		return m.text
	}
	ctx.knownCaseText = ""
	m.post, m.situation, m.name = ctx.CustomerPost, ctx.Situation, ctx.CustomerName
	m.thread = append(m.thread[:0], ctx.Thread...)
	m.text, m.set = caseText(ctx), true
	return m.text
}

// namePartsMemo keeps the words of the customer's name and handle that
// isCustomersName compares with, while the name and handle stay the same:
// it is asked for several words of every reply.
type namePartsMemo struct {
	name, handle string
	parts        []string
	set          bool
}

// customerNameParts returns the words of the customer's name (folded,
// split at spaces, hyphens and dots) and their handle, letters only.
func (s *scratch) customerNameParts(name string) []string {
	m := &s.nameParts
	if m.set && m.name == name && m.handle == s.handle {
		return m.parts
	}
	m.name, m.handle, m.set = name, s.handle, true
	m.parts = m.parts[:0]
	for _, p := range strings.FieldsFunc(foldString(name), func(c rune) bool { return c == ' ' || c == '-' || c == '.' }) {
		m.parts = append(m.parts, lettersOnly(p))
	}
	if s.handle != "" {
		m.parts = append(m.parts, lettersOnly(s.handle))
	}
	return m.parts
}
