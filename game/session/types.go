package session

import "github.com/webcaresim/webcaresim/scoring"

// FeedItem is one post in the feed.
type FeedItem struct {
	Seq    int     `json:"seq"`
	Minute float64 `json:"minute"`
	// By is "customer", "brand", "crowd" or a scenario actor's id.
	By string `json:"by"`
	// Kind is "post" (scripted), "reply" (the trainee's), or a crowd kind:
	// share, reply, quote, complaint, blog, press, celebrity, boycott.
	Kind       string `json:"kind"`
	Name       string `json:"name"`
	Handle     string `json:"handle"`
	Text       string `json:"text"`
	Negative   bool   `json:"negative,omitempty"`
	Likes      int    `json:"likes,omitempty"`
	Shares     int    `json:"shares,omitempty"`
	Historical bool   `json:"historical,omitempty"`
	// Reply is the 1-based index into the round's replies for the trainee's
	// own posts.
	Reply int `json:"reply,omitempty"`
	// Trainer marks a post the workshop's trainer put in: an inject, or
	// the customer's post written by the trainer.
	Trainer bool `json:"trainer,omitempty"`
	// Private marks what only the brand sees (a private post, a reply to a
	// private request): the public never saw it.
	Private bool `json:"private,omitempty"`
}

// Reply is what the trainee did at a decision: a published reply (chosen or
// typed) or an action that answers it (a call).
type Reply struct {
	Decision   string           `json:"decision"`
	Opened     float64          `json:"opened"` // when the decision opened
	Minute     float64          `json:"minute"` // when it was published
	Text       string           `json:"text"`
	Public     bool             `json:"public"`           // a text the public saw (scored for empathy and de-escalation)
	Choice     int              `json:"choice,omitempty"` // 1-based written choice; 0 typed
	Historical bool             `json:"historical,omitempty"`
	Action     string           `json:"action,omitempty"` // dm, call
	Note       string           `json:"note,omitempty"`   // what happened, for an action
	Answering  string           `json:"answering,omitempty"`
	Next       string           `json:"next"`
	Speed      float64          `json:"speed"`
	Analysis   scoring.Analysis `json:"analysis"`
}

// CurvePoint is one sample of the outrage curve.
type CurvePoint struct {
	Minute float64 `json:"minute"`
	Posts  int     `json:"posts"`
	// NegativeShare is the meter's "against you" at that minute
	// (crowd.Stats.AgainstShare), not every negative post.
	NegativeShare float64 `json:"negative_share"`
	Outrage       float64 `json:"outrage"`
	// Heat and Support: posts against and for the brand in the last hour
	// per 10,000 people watching; Reach and SupportReach: people who have
	// seen the story against the brand and posts on its side (see
	// crowd.Stats). The play screen's meter shows the same figures.
	Heat         float64 `json:"heat"`
	Support      float64 `json:"support"`
	Reach        int     `json:"reach"`
	SupportReach int     `json:"support_reach"`
}

// Step is one thing the trainee did, as kept in a transcript.
type Step struct {
	At       float64 `json:"at"` // scenario minute
	Decision string  `json:"decision,omitempty"`
	Choice   int     `json:"choice,omitempty"` // 1-based written choice
	Text     string  `json:"text,omitempty"`   // a typed reply (when Choice is 0)
	Action   string  `json:"action,omitempty"` // dm, call, colleague, wait
	// Trainer is set for what the workshop's trainer did (trainer.go).
	Trainer *TrainerInput `json:"trainer,omitempty"`
}

// Transcript is a round as a list of steps: with the scenario and seed it
// gives the same round again.
type Transcript struct {
	Scenario string `json:"scenario"`
	Language string `json:"language"`
	Seed     uint64 `json:"seed"`
	Mode     Mode   `json:"mode"`
	Player   string `json:"player,omitempty"`
	Steps    []Step `json:"steps"`
}

// Transcript returns the round so far as a transcript.
func (s *Session) Transcript() Transcript {
	return Transcript{Scenario: s.sc.ID, Language: s.sc.Language, Seed: s.opts.Seed,
		Mode: s.opts.Mode, Player: s.opts.Player, Steps: append([]Step(nil), s.steps...)}
}

// StepCount is how many steps the round has taken so far; Step(i) is the
// i-th (0-based). A checkpoint reads the new ones every frame without
// copying the transcript.
func (s *Session) StepCount() int { return len(s.steps) }

// Step is the round's i-th step (0-based), as Transcript lists it.
func (s *Session) Step(i int) Step {
	st := s.steps[i]
	if st.Trainer != nil {
		in := *st.Trainer
		st.Trainer = &in
	}
	return st
}
