package session

import (
	"slices"
	"strings"

	"github.com/webcaresim/webcaresim/scenarios"
)

// repliesSoFar is what the round's public replies did, for the variants of
// prompts, posts and endings (scenarios.Variant): their findings as a
// route's condition and a bystander's tagged line meet them.
func (s *Session) repliesSoFar() scenarios.Replies {
	r := s.repliesWhere(func(Reply) bool { return true })
	r.At = s.repliesAt
	return r
}

// repliesAt is what the round's public replies at decision id did
// (scenarios.Variant.At): the first reply to the paper, not a later one.
func (s *Session) repliesAt(id string) scenarios.Replies {
	return s.repliesWhere(func(reply Reply) bool { return reply.Decision == id })
}

// repliesWhere is what the round's public replies that keep holds for did.
func (s *Session) repliesWhere(keep func(Reply) bool) scenarios.Replies {
	r := scenarios.Replies{Entered: func(id string) bool { return slices.Contains(s.history, id) }}
	_, _, r.Failed = s.failedBy()
	var said []string
	for _, reply := range s.replies {
		if reply.Public && strings.TrimSpace(reply.Text) != "" && keep(reply) {
			r.Each = append(r.Each, replyMeets(reply.Analysis))
			text := reply.Text
			r.LastSays = func(patterns []string) bool { return s.says(text, patterns) }
			said = append(said, text)
		}
	}
	if len(said) > 0 {
		r.EverSaid = func(patterns []string) bool {
			return slices.ContainsFunc(said, func(text string) bool { return s.says(text, patterns) })
		}
	}
	return r
}

// asRead is decision d as the round's replies make it read.
func (s *Session) asRead(d *scenarios.Decision) *scenarios.Decision {
	return s.repliesSoFar().ForDecision(d)
}

// endingAsRead is ending e as the round's replies make it read, its story
// quoting the reply that led there where it says {reply}, and told as a
// round that failed where a reply failed it (failedEnding).
func (s *Session) endingAsRead(e *scenarios.Ending) *scenarios.Ending {
	r := s.repliesSoFar()
	out := r.ForEnding(e)
	copied := func() {
		if out == e {
			c := *e
			out = &c
		}
	}
	if strings.Contains(out.Text, ReplyPlaceholder) {
		copied()
		out.Text = s.fillFault(out.Text)
	}
	picked := r.Pick(e.Variants)
	if _, _, slip := s.heldBackByLanguage(e); slip {
		copied()
		s.languageEnding(out, picked)
	}
	if r.Failed && out.Kind != "bad" {
		copied()
		s.failedEnding(out, picked != nil && picked.Failed)
	}
	return out
}

// textByCrowd is a scripted post's text as the crowd makes it read when the
// post is due: the first of its variants with a crowd condition that holds
// now (with the variant's other keys), else the text it was scheduled with.
// Megan thanked everyone "for all the kind messages" beside no support at
// all (playtest 20 and 21).
func (s *Session) textByCrowd(p scenarios.Post) string {
	r := s.repliesSoFar()
	r.Crowd = func(c scenarios.CrowdCondition) bool { return CrowdHolds(c, s.crowd.Stats(), s.sc.Crowd.Audience) }
	if v := r.PickByCrowd(p.Variants); v != nil && v.Text != "" {
		return v.Text
	}
	return p.Text
}
