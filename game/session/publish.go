// The trainee's moves: scoring and publishing a reply, acting on an
// open decision, and recording each move in the transcript.

package session

import (
	"errors"
	"fmt"
	"strings"

	"github.com/webcaresim/webcaresim/game/crowd"
	"github.com/webcaresim/webcaresim/scenarios"
	"github.com/webcaresim/webcaresim/scoring"
)

// Context is what the scorer knows about the open decision.
func (s *Session) Context() scoring.Context {
	ctx := scoring.Context{Language: s.sc.Language, Channel: s.sc.Channel,
		CustomerName: s.sc.Customer.Name, CustomerHandle: s.sc.Customer.Handle,
		CustomerMood: s.crowd.Mood(), BrandName: s.sc.Brand.Name}
	if s.current != nil {
		if s.current.Mood != nil {
			// the customer has moved on (thanked, confirmed the fix): judge
			// the reply at that mood, not at the round's running estimate
			ctx.CustomerMood = *s.current.Mood
		}
		ctx.Situation = s.current.Facts
		ctx.Misreadings = misreadings(s.sc.Misreadings, s.current.Misreadings)
	}
	if p := s.Answering(); p != nil {
		ctx.CustomerPost = p.Text
		if p.By != "customer" && p.Name != "" {
			// Answering someone else (Frans Bauer): address them, not the customer.
			ctx.CustomerName, ctx.CustomerHandle = p.Name, p.Handle
		}
	} else if len(s.sc.Posts) > 0 {
		// No customer has posted (a journalist brings the complaint): the
		// case's opening post is what a reply must be about.
		ctx.CustomerPost = s.sc.Posts[0].Text
	}
	ctx.Thread = s.thread(ctx.CustomerPost)
	ctx.Earlier = s.earlier()
	return ctx
}

// earlier is what the trainee already wrote in this round, written choices
// and typed replies; an action's stock text is the game's, not theirs (nil
// when there is none, so the common case allocates nothing).
func (s *Session) earlier() []string {
	var out []string
	for _, r := range s.replies {
		if r.Action == "" && r.Text != "" {
			out = append(out, r.Text)
		}
	}
	return out
}

// thread is the customer's earlier posts in the feed, other than the one
// answered: a reply that goes back to the first complaint refers to the
// case (nil when there are none, so the common case allocates nothing).
func (s *Session) thread(answered string) []string {
	var out []string
	for i := range s.feed {
		if f := &s.feed[i]; f.Kind == "post" && f.By == "customer" && f.Text != answered {
			out = append(out, f.Text)
		}
	}
	return out
}

// misreadings lists the case's and the decision's misreadings for the
// rubric (nil when there are none, so the common case allocates nothing).
func misreadings(lists ...[]scenarios.Misreading) []scoring.Misreading {
	var out []scoring.Misreading
	for _, l := range lists {
		for _, m := range l {
			out = append(out, scoring.Misreading{Says: m.Says, Fact: m.Fact, Kind: m.Kind})
		}
	}
	return out
}

// Analyze analyses a reply in the context of the open decision without
// publishing it.
func (s *Session) Analyze(text string) scoring.Analysis {
	return s.analyze(text, s.Context())
}

// Choose publishes the written choice i (0-based) of the open decision.
func (s *Session) Choose(i int) error {
	d, err := s.open()
	if err != nil {
		return err
	}
	if i < 0 || i >= len(d.Choices) {
		return fmt.Errorf("choice %d: the decision has %d choices", i+1, len(d.Choices))
	}
	c := d.Choices[i]
	s.publish(d, c.Text, i+1, c.Historical, c.Next, c.Crowd)
	return nil
}

// Publish publishes a typed reply; its analysis picks the route.
func (s *Session) Publish(text string) error {
	d, err := s.open()
	if err != nil {
		return err
	}
	text = CleanText(text)
	if strings.TrimSpace(text) == "" {
		return ErrEmptyReply
	}
	if n, limit, over := scenarios.OverLimit(s.sc.Channel, text); over {
		return fmt.Errorf("%w: %d characters, the %s limit is %d", ErrTooLong, n, s.sc.Channel, limit)
	}
	if !d.AllowFreeText {
		return errors.New("this decision only takes one of the written choices")
	}
	a := s.Analyze(text)
	next := ""
	var side *scenarios.CrowdSide
	if r := takenRoute(d, a); r != nil {
		next, side = r.Next, r.Crowd
	}
	if next == "" && len(d.Choices) > 0 {
		next = d.Choices[len(d.Choices)-1].Next
	}
	s.publish(d, text, 0, false, next, side)
	return nil
}

// takenRoute is the route a typed reply with analysis a takes at d: the
// first whose condition a holds; nil when none does.
func takenRoute(d *scenarios.Decision, a scoring.Analysis) *scenarios.Route {
	for i := range d.Routes {
		if Holds(d.Routes[i].When, a) {
			return &d.Routes[i]
		}
	}
	return nil
}

// Act takes an action (dm, call, colleague, wait) at the open decision. It
// returns the text the trainee reads: the hint, or what happened.
func (s *Session) Act(kind string) (string, error) {
	d, err := s.open()
	if err != nil {
		return "", err
	}
	var act *scenarios.Action
	for i := range d.Actions {
		if d.Actions[i].Kind == kind {
			act = &d.Actions[i]
			break
		}
	}
	if act == nil {
		return "", ErrNoAction
	}
	if s.ActionSpent(kind) {
		return "", ErrActionSpent
	}
	s.steps = append(s.steps, Step{At: s.now, Decision: d.ID, Action: kind})
	before, since := s.crowd.Stats(), s.now
	switch kind {
	case scenarios.ActionColleague:
		s.hints = append(s.hints, act.Text)
		s.spend(act.Minutes.Minutes())
	case scenarios.ActionWait:
		s.crowd.Stimulate(crowd.Stimulus{Silent: true, Deescalation: 40, Empathy: 20})
		s.spend(act.Minutes.Minutes())
	case scenarios.ActionDM, scenarios.ActionCall:
		if postsInPublic(act) {
			s.publishAction(d, act)
		} else {
			s.spend(act.Minutes.Minutes())
			if s.Decision() != d {
				return s.narrate(act.Text, before, since), nil // silence took over while the call was being made
			}
			s.replies = append(s.replies, Reply{Decision: d.ID, Opened: s.opensAt, Minute: s.now,
				Action: kind, Note: s.narrate(act.Text, before, since), Next: act.Next, Speed: s.speed(d)})
			s.crowd.Stimulate(crowd.Stimulus{Empathy: 70, Deescalation: 80, Private: true})
			if act.Next != "" {
				s.goTo(act.Next)
			}
		}
	}
	return s.narrate(act.Text, before, since), nil
}

// ActionSpent reports whether the open decision's action of this kind has
// given all it can: a colleague asked once gives the same tip again, for
// the same minutes off the clock (Enter on the still-focused button did
// that, and the tip stood twice; playtest 18, P18-17). Waiting can be
// repeated; a DM or call moves the round on.
func (s *Session) ActionSpent(kind string) bool {
	d := s.Decision()
	if kind != scenarios.ActionColleague || d == nil {
		return false
	}
	for _, st := range s.steps {
		if st.Decision == d.ID && st.Action == kind && st.At >= s.entered {
			return true
		}
	}
	return false
}

// ActionOverruns reports whether taking the open decision's action of this
// kind would run past the moment silence takes over the question, and how
// many minutes are left until then, as the clock says them (MinutesLeft).
// An action's minutes always pass (spend runs the clock even in relaxed
// mode), so a second "Wait (+60 min)" with 55 minutes left answered the
// customer with silence at one key press (playtest 22, P22-20). The faces
// ask before such an action; the round's rule is here.
func (s *Session) ActionOverruns(kind string) (left int, overruns bool) {
	d, closes := s.Decision(), s.closesAt()
	if d == nil || closes <= 0 {
		return 0, false
	}
	for _, act := range d.Actions {
		if act.Kind == kind && act.Minutes.Minutes() >= closes-s.now {
			return MinutesLeft(closes - s.now), true
		}
	}
	return MinutesLeft(closes - s.now), false
}

// ActionPost is the reply the open decision's action of this kind posts in
// public, in the trainee's name ("" when it posts nothing public: a
// colleague's hint, waiting, a call, a DM without a note). Such an action is
// a reply like a written choice, so it is published only as a choice is:
// picked first, with this text in view, then published by a separate press.
func (s *Session) ActionPost(kind string) string {
	d := s.Decision()
	if d == nil || s.ending != nil {
		return ""
	}
	for i := range d.Actions {
		if act := &d.Actions[i]; act.Kind == kind && postsInPublic(act) {
			return act.Text
		}
	}
	return ""
}

// postsInPublic reports whether the action posts its text as a public reply:
// a DM announces itself in the thread; a call's or colleague's text is only
// what happens.
func postsInPublic(act *scenarios.Action) bool {
	return act.Kind == scenarios.ActionDM && act.Text != ""
}

// spend lets scenario time pass for an action, even in relaxed mode.
func (s *Session) spend(minutes float64) {
	if minutes <= 0 {
		return
	}
	target := s.now + minutes
	mode := s.opts.Mode
	s.opts.Mode = Practice // the action takes time whatever the mode
	s.AdvanceTo(target)
	s.opts.Mode = mode
}

func (s *Session) publishAction(d *scenarios.Decision, act *scenarios.Action) {
	s.spend(act.Minutes.Minutes())
	if s.Decision() != d {
		return // silence took over while the action ran
	}
	// An action's text is the game's own: taking the same action twice
	// is no pasted reply.
	ctx := s.Context()
	ctx.Earlier = nil
	a := s.analyze(act.Text, ctx)
	r := s.record(d, act.Text, 0, false, act.Kind, act.Next, a)
	s.afterPublish(r, true, nil)
	if act.Next != "" {
		s.goTo(act.Next)
	}
}

func (s *Session) open() (*scenarios.Decision, error) {
	if s.ending != nil {
		return nil, ErrEnded
	}
	if s.waitingToGoOn {
		return nil, ErrNotGoneOn
	}
	d := s.Decision()
	if d == nil {
		return nil, ErrNoDecision
	}
	return d, nil
}

// publish publishes a written choice or a typed reply; side is the
// choice's or route's crowd, if the scenario sets one.
func (s *Session) publish(d *scenarios.Decision, text string, choice int, historical bool, next string, side *scenarios.CrowdSide) {
	a := s.Analyze(text)
	r := s.record(d, text, choice, historical, "", next, a)
	s.correctAddress(d, a)
	s.afterPublish(r, false, side)
	s.goTo(next)
}

func (s *Session) record(d *scenarios.Decision, text string, choice int, historical bool, action, next string, a scoring.Analysis) Reply {
	r := Reply{Decision: d.ID, Opened: s.opensAt, Minute: s.now, Text: text, Public: true, Choice: choice,
		Historical: historical, Action: action, Next: next, Analysis: a, Speed: s.speed(d)}
	if p := s.Answering(); p != nil {
		r.Answering = p.Text
	}
	s.replies = append(s.replies, r)
	if action == "" {
		// An action's public post is not a step of its own: Act recorded
		// the action when it was taken, and replaying it posts the text
		// again. Recorded twice, a replay took the second step at the
		// next decision (playtest P17-23).
		s.steps = append(s.steps, Step{At: s.now, Decision: d.ID, Choice: choice, Text: text})
	}
	return r
}

// speed scores the minutes from the moment the trainee could act on the
// decision (its opening, SLA.Start) to now, against its SLA: the same rule
// the SLA badge shows.
func (s *Session) speed(*scenarios.Decision) float64 {
	return round3(scoring.Speed(s.now-s.opensAt, s.slaMinutes()))
}

// poster is the account the brand's replies come from. A person's own
// account whose size the sources do not record (no followers set) counts
// as a typical person's: Liberty's COO answered "vanuit zijn privé
// account", and the seeds say no more about it.
func (s *Session) poster() (name, handle string, followers int) {
	name, handle, followers = s.sc.Brand.Poster()
	if followers == 0 && s.sc.Brand.Account != nil {
		followers = crowd.TypicalFollowers
	}
	return name, handle, followers
}

func (s *Session) afterPublish(r Reply, private bool, side *scenarios.CrowdSide) {
	// the account that posts it, not the brand's, decides its reach (Liberty's
	// COO answered from his private account)
	name, handle, followers := s.poster()
	item := FeedItem{Minute: s.now, By: "brand", Kind: "reply", Name: name,
		Handle: handle, Text: r.Text, Historical: r.Historical, Reply: len(s.replies)}
	st := StimulusOf(r.Analysis)
	st.Quote, st.Worst = replyWords(r.Text, r.Analysis)
	st.Phrases = replyPhrases(r.Text, r.Analysis, st.Quote, st.Worst)
	st.PhraseTones = phraseTones(st.Phrases, r.Analysis)
	if st.Quote != "" {
		st.QuoteTone = phraseTones([]string{st.Quote}, r.Analysis)[0]
	}
	st.Meets = replyMeets(r.Analysis)
	st.Late = s.replyLate(r)
	st.Private = st.Private || private
	s.takeSides(&st, r.Analysis, s.moodNow())
	if side != nil {
		st.NegativeShare, st.PositiveShare = side.NegativeShare, side.PositiveShare
	}
	if s.current != nil && s.current.PrivateReply {
		s.holdBack(item, st) // the public hears of it only when a post quotes it
		s.tieLines(&r)
		return
	}
	s.push(item)
	root := s.seedPost(crowd.Post{By: "brand", Followers: followers})
	if s.replyRoot == nil {
		s.replyRoot = map[string]int{}
	}
	if _, ok := s.replyRoot[r.Decision]; !ok {
		s.replyRoot[r.Decision] = root // the first public reply at the decision
	}
	s.crowd.Stimulate(st)
	s.tieLines(&r)
}
