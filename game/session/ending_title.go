package session

import "github.com/webcaresim/webcaresim/scenarios"

// variantTitle is the title of e as the round read it when a variant gave
// it another than the scenario's own, else "".
func (s *Session) variantTitle(e *scenarios.Ending) string {
	if e.Title == "" || e.Title == s.sc.EndingTitle(e.ID) {
		return ""
	}
	return e.Title
}

// variantOutcome is the outcome line of e as the round read it when a
// variant gave it another than the scenario's own, else "".
func (s *Session) variantOutcome(e *scenarios.Ending) string {
	if own, ok := s.sc.Ending(e.ID); !ok || e.Outcome == own.Outcome {
		return ""
	}
	return e.Outcome
}

// EndingOutcomeLine is the outcome line of the round's ending as the
// trainee read it: the variant's the replies gave it, else the
// scenario's. After a threat the kitchen case's repair must not say "A
// review that builds trust" beside the story of the threat.
func (r Report) EndingOutcomeLine(sc *scenarios.Scenario) string {
	if r.EndingOutcome != "" {
		return r.EndingOutcome
	}
	if e, ok := sc.Ending(r.Ending); ok {
		return e.Outcome
	}
	return ""
}

// EndingName is the title of the round's ending as the trainee read it at
// the end of the round: the variant's title the replies gave it, else the
// scenario's (sc may be nil; then the ending's id).
func (r Report) EndingName(sc *scenarios.Scenario) string { return r.NameOfEnding(sc, r.Ending) }

// TurnedFromName is the title of the ending the crowd turned, as the round
// read it (see EndingName).
func (r Report) TurnedFromName(sc *scenarios.Scenario) string {
	return r.NameOfEnding(sc, r.TurnedFrom)
}

// NameOfEnding is the title of the ending with this id as the round read
// it: the round's own ending and the one the crowd turned with the titles
// their variants gave them, any other with the scenario's.
func (r Report) NameOfEnding(sc *scenarios.Scenario, id string) string {
	switch {
	case id == "":
		return ""
	case id == r.Ending && r.EndingTitle != "":
		return r.EndingTitle
	case id == r.TurnedFrom && r.TurnedFromTitle != "":
		return r.TurnedFromTitle
	}
	return sc.EndingTitle(id)
}

// KindOfEnding is how the round read the ending with this id: good, mixed
// or bad. The round's own ending has the kind the round gave it (a good
// ending counts as mixed after a reply that failed the round, see
// failedEnding); the ending the crowd turned from was read by the same
// rule; any other has the scenario's kind. A face that colours an ending
// asks here, not the scenario: a trainee whose round failed must not see
// the best ending's green.
func (r Report) KindOfEnding(sc *scenarios.Scenario, id string) string {
	if id == r.Ending && r.EndingKind != "" {
		return r.EndingKind
	}
	e, ok := sc.Ending(id)
	if !ok {
		return ""
	}
	if e.Kind == "good" && r.failedByAReply() {
		return "mixed"
	}
	return e.Kind
}

// failedByAReply reports whether a reply of the round failed it (a fact
// that fails the round other than the bad ending's own).
func (r Report) failedByAReply() bool {
	for _, f := range r.Facts {
		if f.FailsRound() && f.What != "bad_ending" {
			return true
		}
	}
	return false
}
