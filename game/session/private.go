package session

import (
	"strings"

	"github.com/webcaresim/webcaresim/game/crowd"
)

// A reply to a private request (a decision with private_reply, such as a
// newspaper column asking the brand for a response) reaches only whoever
// asked. The public reacts to it when it is published: when a later post
// quotes it ({reply}), as the column does. Until then no bystander hears of
// it, so no public reaction can come before the publication.
//
// A case that opens with a private post (the column's request) is not
// public at all until its first public post: until then the crowd's clock
// runs with nobody posting (advanceCrowd).

// hearPrivately shows a private post to the trainee only. When nothing
// public has happened yet, the case stays unpublished.
func (s *Session) hearPrivately(item FeedItem) {
	item.Private = true
	s.push(item)
	if !s.published {
		s.unpublished = true
	}
}

// holdBack shows a private reply to the trainee, marked private, and keeps
// the crowd's reaction to it for the post that makes it public.
func (s *Session) holdBack(item FeedItem, st crowd.Stimulus) {
	item.Private = true
	s.push(item)
	s.unheard = &st
}

// hearQuotedReply lets the crowd react to the held-back private reply once
// a public post quotes it, the post just pushed to the feed: from now on
// the brand has answered in public, with the words the post quotes, and
// the shares of those words count on that post.
func (s *Session) hearQuotedReply(text string) {
	if s.unheard == nil || !strings.Contains(text, "{reply}") {
		return
	}
	s.seedPost(crowd.Post{By: "brand"})
	s.crowd.Stimulate(*s.unheard)
	s.unheard = nil
}
