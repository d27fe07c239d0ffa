// Which side the public takes after a brand post, from what the post does
// (the rubric's analysis) and what the customer did: a general rule for
// every case, in place of a stance a case would set per choice.

package session

import (
	"github.com/webcaresim/webcaresim/game/crowd"
	"github.com/webcaresim/webcaresim/scoring"
)

// mocking findings turn a firm answer into abuse: a brand that mocks or
// threatens a customer loses the public whatever the customer did.
var mocking = []string{"sarcasm", "ironic_praise", "humour_at_expense", "mocks_customer", "belittle", "shouting", "legal_threat",
	"threaten_customer"}

// remedies are the findings that say the brand still solves the customer's
// problem.
var remedies = []string{"next_step", "resolved", "ownership", "brand_acts"}

// answering are the findings that show a post answers the customer: it
// names them, owns or restates their problem, apologises, acknowledges how
// they feel, or offers a step or a conversation.
var answering = []string{"personal_address", "apology", "acknowledge_emotion", "restates_case", "ownership",
	"owed_to_customer", "resolved", "next_step", "move_private", "offer_help", "invite_dialogue", "details_request",
	"thanks", "brand_acts"}

// elsewhere are the findings that show a post is about something else: a
// template or an advert (canned, its sales-pitch note included), the
// brand's own praise, another topic.
var elsewhere = []string{"canned", "self_promotion", "off_topic"}

// takeSides sets where the public stands after a brand post, by two rules
// that hold for any case:
//
//   - Standing up for staff. When the customer's own complaint abuses the
//     brand's people (the rubric finds an insult in it) and the reply draws
//     one line (a single provocative finding, such as "we don't need
//     customers who treat my people like that"; more are abuse given back)
//     without mocking or threatening, and still solves the problem, onlookers side with the brand: its post draws
//     agreement and dissent as any post does (crowd.OpeningAgree against
//     crowd.OpeningDissent), now for the brand. Onlookers judge
//     incivility by who started it: customer abuse of staff draws
//     sympathy for the staff.
//   - Ignoring an angry customer in public. A post about something else
//     (a template, an advert, another topic: the elsewhere findings) that
//     answers nothing of an angry customer's complaint (none of the
//     answering findings) shows everyone that nobody read it: it reads as
//     contempt, which the crowd counts as a full
//     put-down (HEMA's discount post in the middle of the row "went down
//     even worse").
//
// A side the scenario sets (a trainer's inject) is applied after this.
func (s *Session) takeSides(st *crowd.Stimulus, a scoring.Analysis, mood float64) {
	if mood >= 0 {
		return
	}
	if provocations(a) == 1 && !hasAny(a, mocking) && hasAny(a, remedies) && s.customerAbused() {
		neg, pos := crowd.OpeningDissent, crowd.OpeningAgree
		st.NegativeShare, st.PositiveShare = &neg, &pos
		return
	}
	if !hasAny(a, answering) && hasAny(a, elsewhere) {
		st.Provocation = 1
	}
}

// customerAbused reports whether the case's opening complaint, the
// customer's first post, insults someone.
func (s *Session) customerAbused() bool {
	for _, p := range s.sc.Posts {
		if p.By == "customer" {
			ctx := scoring.Context{Language: s.sc.Language, Channel: s.sc.Channel}
			return s.analyze(p.Text, ctx).Has("insult")
		}
	}
	return false
}

func hasAny(a scoring.Analysis, ids []string) bool {
	for _, id := range ids {
		if a.Has(id) {
			return true
		}
	}
	return false
}

// moodNow is the customer's mood the reply is judged at (see Context).
func (s *Session) moodNow() float64 {
	if s.current != nil && s.current.Mood != nil {
		return *s.current.Mood
	}
	return s.crowd.Mood()
}

// provocations counts the reply's provocative findings, each place once
// (an insult is listed once per dimension it costs).
func provocations(a scoring.Analysis) int {
	seen := map[[2]int]bool{}
	for _, f := range a.Features {
		if provocative[f.ID] && f.Points < 0 {
			seen[[2]int{f.Start, f.End}] = true
		}
	}
	return len(seen)
}
