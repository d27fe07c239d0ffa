package session

import (
	"github.com/webcaresim/webcaresim/assets/i18n"
	"github.com/webcaresim/webcaresim/scenarios"
	"github.com/webcaresim/webcaresim/scoring"
)

// nameCorrectionAfter is how many minutes after a reply that greets the
// customer by a wrong name they correct it: before the follow-up's own
// posts, which come a minute or more after the reply.
const nameCorrectionAfter = 0.5

// correctName makes the customer answer a typed reply that greeted them by
// a name that is not theirs ("Hoi Bram" to Dorien, "Hoi juf") with their
// own name: the first thing anyone says to a reply not written for them,
// whatever the follow-up then says. A reply to someone else in the story
// (Frans Bauer, a journalist) is that person's to correct, and the case
// does not script them, so it is left alone.
func (s *Session) correctName(a scoring.Analysis) {
	if !a.Has("wrong_name") {
		return
	}
	if p := s.Answering(); p != nil && p.By != "customer" {
		return
	}
	text := i18n.T(s.sc.Language, "session.wrong_name", firstWord(s.sc.Customer.Name))
	if s.sc.Channel != "facebook" && s.sc.Brand.Handle != "" {
		text = "@" + s.sc.Brand.Handle + " " + text
	}
	s.schedule(s.now+nameCorrectionAfter, scenarios.Post{By: "customer", Text: text})
}

// firstWord is a name's first word: the customer's first name.
func firstWord(name string) string {
	for i, r := range name {
		if r == ' ' {
			return name[:i]
		}
	}
	return name
}
