package scenarios

// OpeningPost is the post the case starts with: the earliest of the case's
// posts, the customer's among those at the same minute. It is not always
// the customer's: in a newspaper's complaints column the paper brings the
// complaint, and the customer speaks only later (a thank-you there was
// pinned as the case's opening). The briefing shows it and the round keeps
// it pinned, in the window and in the browser alike.
func (s *Scenario) OpeningPost() (Post, bool) {
	var first Post
	found := false
	for _, p := range s.Posts {
		if p.By == "brand" {
			continue
		}
		if !found || p.At < first.At || p.At == first.At && p.By == "customer" && first.By != "customer" {
			first, found = p, true
		}
	}
	return first, found
}

// Author is the name and handle of who posts as by: an actor of the case,
// else the customer.
func (s *Scenario) Author(by string) (name, handle string) {
	if act, ok := s.Actor(by); ok {
		return act.Name, act.Handle
	}
	return s.Customer.Name, s.Customer.Handle
}
