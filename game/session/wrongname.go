package session

import (
	"slices"

	"github.com/webcaresim/webcaresim/assets/i18n"
	"github.com/webcaresim/webcaresim/scenarios"
	"github.com/webcaresim/webcaresim/scoring"
)

// addressCorrectionAfter is how many minutes after a reply that addressed
// the customer wrongly they correct it: before the follow-up's own posts,
// which come a minute or more after the reply.
const addressCorrectionAfter = 0.5

// correctAddress makes the customer answer a typed reply that was not
// addressed to them as they are: the first thing anyone says to a reply
// not written for them, whatever the follow-up then says.
//   - A name that is not theirs ("Hoi Bram" to Dorien, "Hoi juf"): they
//     give their own.
//   - A handle that is not theirs (@sophie_runs to @sophieruns): the tag
//     went to someone else, and they say which handle is theirs.
//   - A reply in another language than theirs: they ask for their own.
//
// One correction per reply, the most personal first. A reply to someone
// else in the story (Frans Bauer, a journalist) is that person's to
// correct, and the case does not script them, so it is left alone; so is a
// wrong language where the decision's own route answers it (T-Mobile's
// customer tells the brand to write in Dutch).
func (s *Session) correctAddress(d *scenarios.Decision, a scoring.Analysis) {
	if p := s.Answering(); p != nil && p.By != "customer" {
		return
	}
	var text string
	switch {
	case a.Has("wrong_name"):
		text = i18n.T(s.sc.Language, "session.wrong_name", firstWord(s.sc.Customer.Name))
	case a.Has("wrong_handle") && s.sc.Customer.Handle != "":
		text = i18n.T(s.sc.Language, "session.wrong_handle", "@"+s.sc.Customer.Handle)
	case a.Has("wrong_language") && !routeAnswers(d, a, "wrong_language"):
		text = i18n.T(s.sc.Language, "session.wrong_language")
	default:
		return
	}
	if s.sc.Channel != "facebook" && s.sc.Brand.Handle != "" {
		text = "@" + s.sc.Brand.Handle + " " + text
	}
	s.schedule(s.now+addressCorrectionAfter, scenarios.Post{By: "customer", Text: text})
}

// routeAnswers reports whether the route that a takes at d asks for the
// finding: the story then answers it in its own follow-up.
func routeAnswers(d *scenarios.Decision, a scoring.Analysis, finding string) bool {
	if d == nil {
		return false
	}
	r := takenRoute(d, a)
	return r != nil && (slices.Contains(r.When.Has, finding) || slices.Contains(r.When.HasAny, finding))
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
