// Package session plays one round of a scenario without any window: the
// clock in scenario minutes, the feed, the decisions and their routes, the
// crowd's reaction and the transcript. The same scenario, seed and transcript
// always give the same round, so a round can be replayed, scored and tested
// headless; the game window is a thin face over this package.
package session

import (
	"errors"
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/webcaresim/webcaresim/game/crowd"
	"github.com/webcaresim/webcaresim/scenarios"
	"github.com/webcaresim/webcaresim/scoring"
)

// Mode is how the round is played.
type Mode string

// Modes of play.
const (
	Practice Mode = "practice" // the clock runs and speed is scored
	Relaxed  Mode = "relaxed"  // the clock stops while a decision is open; speed is not scored
	Workshop Mode = "workshop" // as practice, with the player's name on every result
)

// ParseMode accepts the modes by name.
func ParseMode(s string) (Mode, error) {
	switch Mode(s) {
	case Practice, Relaxed, Workshop:
		return Mode(s), nil
	case "":
		return Practice, nil
	}
	return "", fmt.Errorf("unknown mode %q (practice, relaxed or workshop)", s)
}

// Options set up a round.
type Options struct {
	Seed   uint64
	Mode   Mode
	Player string
	Rubric *scoring.Rubric // nil: the embedded rubric
	// Crowd are the crowd's global parameters; nil: crowd.Fitted. The
	// calibration sets them to fit and to leave a case out.
	Crowd *crowd.Globals
	// Quiet leaves the bystanders' posts out of the feed and without text:
	// for replaying a round over many worlds, where only the counts, the
	// path and the ending matter. Actors' and the customer's posts stay.
	Quiet bool
}

// Errors a caller can act on.
var (
	ErrNoDecision = errors.New("no decision is open")
	ErrEnded      = errors.New("the round has ended")
	ErrEmptyReply = errors.New("the reply is empty")
	ErrNoAction   = errors.New("that action is not possible here")
	ErrTooLong    = errors.New("the reply is over the channel's length limit")
)

// SampleEvery is the spacing of the outrage curve's points in scenario minutes.
const SampleEvery = 5.0

// Session is one round.
type Session struct {
	sc     *scenarios.Scenario
	opts   Options
	rubric *scoring.Rubric
	crowd  *crowd.Model

	now      float64
	queue    []scheduled // scripted posts not yet in the feed, by time
	feed     []FeedItem
	replies  []Reply
	curve    []CurvePoint
	nextSamp float64
	steps    []Step
	hints    []string

	current  *scenarios.Decision
	entered  float64 // when the current decision was entered
	opensAt  float64 // when it opens for a reply
	lastPost *FeedItem

	ending  *scenarios.Ending
	settled bool    // the ending's turns have been followed (settle)
	endAt   float64 // scenario minute the round stops
	missed  []Silence
	lessons []Lesson // one per decision entered
	history []string // decision and ending ids in the order visited

	trainer trainerState // injects, the heat dial, the customer written by the trainer
}

type scheduled struct {
	at   float64
	post scenarios.Post
	seq  int // tie-breaker: file order
}

// New starts a round at minute 0.
func New(sc *scenarios.Scenario, opts Options) (*Session, error) {
	if sc == nil {
		return nil, errors.New("no scenario")
	}
	if opts.Mode == "" {
		opts.Mode = Practice
	}
	r := opts.Rubric
	if r == nil {
		r = scoring.Default()
	}
	s := &Session{
		sc: sc, opts: opts, rubric: r,
		crowd: newCrowd(sc, opts.Seed, opts.Crowd, opts.Quiet),
		endAt: sc.Duration.Minutes(),
	}
	for _, p := range sc.Posts {
		s.schedule(p.At.Minutes(), p)
	}
	first, ok := sc.Decision(sc.FirstDecision())
	if !ok {
		return nil, fmt.Errorf("%s: no first decision", sc.File)
	}
	s.enter(first, 0)
	s.sample()
	s.flushDue()
	return s, nil
}

// newCrowd sets up the scenario's crowd: its parameters, names for the
// generated posts, its own bystander lines, the time of day the round starts
// at, and the actors that join by threshold.
func newCrowd(sc *scenarios.Scenario, seed uint64, g *crowd.Globals, quiet bool) *crowd.Model {
	c := sc.Crowd
	p := crowd.CaseParams(c.Audience)
	if g != nil {
		p.Branching, p.ClickRate = g.Branching, g.ClickRate
	}
	m := crowd.New(p, seed, sc.Language, sc.Customer.Mood)
	if quiet {
		m.SkipTexts()
	}
	m.SetContext(sc.Brand.Name, sc.Brand.Handle, sc.Customer.Name, sc.Customer.Handle)
	m.AddPool(c.Negative, c.Positive, c.Neutral)
	if minute, ok := sc.StartMinuteOfDay(); ok {
		m.SetClock(float64(minute))
	}
	for _, a := range sc.Actors {
		m.AddActor(crowd.Actor{ID: a.ID, Kind: crowd.Kind(a.Kind), Name: a.Name, Handle: a.Handle,
			Followers: a.Followers, AfterNegativePosts: a.AfterNegativePosts, Text: a.Text})
	}
	return m
}

// Scenario is the scenario being played.
func (s *Session) Scenario() *scenarios.Scenario { return s.sc }

// Options returns the options the round was started with.
func (s *Session) Options() Options { return s.opts }

// Now is the clock in scenario minutes since the start of the round.
func (s *Session) Now() float64 { return s.now }

// Feed returns every post so far, oldest first.
func (s *Session) Feed() []FeedItem { return s.feed }

// Replies returns what the brand published so far.
func (s *Session) Replies() []Reply { return s.replies }

// Hints returns the colleagues' hints given so far.
func (s *Session) Hints() []string { return s.hints }

// Counters are the live numbers shown beside the feed.
func (s *Session) Counters() crowd.Stats { return s.crowd.Stats() }

// Mood is the customer's mood now, -1 furious .. +1 delighted.
func (s *Session) Mood() float64 { return s.crowd.Mood() }

// Curve is the outrage curve so far.
func (s *Session) Curve() []CurvePoint { return s.curve }

// Decision returns the decision that is open for a reply, or nil.
func (s *Session) Decision() *scenarios.Decision {
	if s.current != nil && s.now >= s.opensAt && s.ending == nil {
		return s.current
	}
	return nil
}

// OpenedAt is when the open decision opened.
func (s *Session) OpenedAt() float64 { return s.opensAt }

// Deadline is the minute at which silence takes over the open decision
// (0 when it has no timeout or the mode stops the clock).
func (s *Session) Deadline() float64 {
	if s.current == nil || s.current.Timeout <= 0 || s.opts.Mode == Relaxed {
		return 0
	}
	return s.opensAt + s.current.Timeout.Minutes()
}

// Answering is the post the open decision answers: the one its reply_to
// names, once it is in the feed, else the customer's latest.
func (s *Session) Answering() *FeedItem {
	if d := s.current; d != nil && d.Reply > 0 && d.Reply <= len(d.Posts) {
		want := d.Posts[d.Reply-1]
		for i := len(s.feed) - 1; i >= 0; i-- {
			if f := &s.feed[i]; f.By == want.By && f.Text == want.Text && f.Minute >= s.entered {
				return f
			}
		}
	}
	return s.lastPost
}

// Ending is the ending reached, or nil while the round is still open.
func (s *Session) Ending() *scenarios.Ending { return s.ending }

// Done reports whether the round is over: an ending was reached and the clock
// has run to the end of the scenario's time.
func (s *Session) Done() bool { return s.ending != nil && s.now >= s.endAt }

// EndsAt is the scenario minute the round stops once an ending is reached.
func (s *Session) EndsAt() float64 { return s.endAt }

// Paused reports whether the clock stands still: in relaxed mode while a
// decision is open.
func (s *Session) Paused() bool { return s.opts.Mode == Relaxed && s.Decision() != nil }

// NextStop is the next minute at which something scripted happens: a post,
// a decision opening, a timeout or the end of the round. The window uses it
// to time-lapse through quiet stretches.
func (s *Session) NextStop() float64 {
	if s.holding() {
		return math.Inf(1) // the clock waits for the trainer's post as the customer
	}
	next := math.Inf(1)
	if len(s.queue) > 0 {
		next = s.queue[0].at
	}
	if s.current != nil && s.ending == nil {
		if s.now < s.opensAt {
			next = math.Min(next, s.opensAt)
		} else if d := s.Deadline(); d > 0 {
			next = math.Min(next, d)
		}
	}
	if s.ending != nil {
		next = math.Min(next, s.endAt)
	}
	return next
}

// Advance runs the clock forward by dt scenario minutes (less when the
// clock stops: relaxed mode at an open decision, or the end of the round).
func (s *Session) Advance(dt float64) { s.AdvanceTo(s.now + dt) }

// AdvanceTo runs the clock forward to minute t, delivering scripted posts,
// crowd posts, decision openings and timeouts in order.
func (s *Session) AdvanceTo(t float64) {
	if s.ending != nil {
		t = math.Min(t, s.endAt)
	}
	for s.now < t {
		if s.Paused() || s.holding() {
			return
		}
		stop := math.Min(t, s.NextStop())
		if s.opts.Mode == Relaxed && s.current != nil && s.now < s.opensAt {
			stop = math.Min(stop, s.opensAt)
		}
		s.runCrowd(stop)
		s.now = stop
		s.flushDue()
		if d := s.Deadline(); d > 0 && s.now >= d && s.Decision() != nil {
			s.timeout()
		}
		if s.ending != nil && s.now >= s.endAt {
			s.settle()
			break
		}
	}
}

// Finish time-lapses to the end of the round once an ending is reached.
func (s *Session) Finish() {
	if s.ending != nil {
		s.AdvanceTo(s.endAt)
	}
}

// runCrowd moves the crowd to minute t, sampling the curve on the way and
// putting its posts in the feed.
func (s *Session) runCrowd(t float64) {
	for s.nextSamp <= t {
		s.addCrowd(s.crowd.AdvanceTo(s.nextSamp))
		s.sample()
	}
	s.addCrowd(s.crowd.AdvanceTo(t))
}

func (s *Session) sample() {
	st := s.crowd.Stats()
	s.curve = append(s.curve, CurvePoint{Minute: s.nextSamp, Posts: st.Posts,
		NegativeShare: round3(st.NegativeShare), Outrage: round3(st.Outrage)})
	s.nextSamp += SampleEvery
}

func (s *Session) addCrowd(events []crowd.Event) {
	for _, e := range events {
		if s.opts.Quiet && e.ActorID == "" {
			continue
		}
		item := FeedItem{Minute: e.Minute, By: "crowd", Kind: string(e.Kind), Name: e.Author,
			Handle: e.Handle, Text: e.Text, Negative: e.Negative}
		if e.ActorID != "" {
			item.By = e.ActorID
			if a, ok := s.sc.Actor(e.ActorID); ok {
				item.Name, item.Handle = a.Name, a.Handle
			}
		}
		s.push(item)
	}
}

func (s *Session) push(item FeedItem) {
	item.Seq = len(s.feed) + 1
	s.feed = append(s.feed, item)
}

func (s *Session) schedule(at float64, p scenarios.Post) {
	s.queue = append(s.queue, scheduled{at: at, post: p, seq: len(s.queue)})
	sort.SliceStable(s.queue, func(i, j int) bool { return s.queue[i].at < s.queue[j].at })
}

// flushDue puts the scripted posts that are due into the feed.
func (s *Session) flushDue() {
	for len(s.queue) > 0 && s.queue[0].at <= s.now {
		q := s.queue[0]
		s.queue = s.queue[1:]
		s.post(q.at, q.post)
	}
}

// post publishes a scripted post: the customer's, the brand's or an actor's.
func (s *Session) post(at float64, p scenarios.Post) {
	item := FeedItem{Minute: at, By: p.By, Kind: "post", Text: s.fillReply(p.Text), Likes: p.Likes,
		Shares: p.Shares, Historical: p.Historical}
	followers := 0
	if p.By != "customer" && p.By != "brand" && s.crowd.ClaimActor(p.By) {
		return // the actor already posted by itself when the crowd got angry enough
	}
	switch p.By {
	case "customer":
		item.Name, item.Handle = s.sc.Customer.Name, s.sc.Customer.Handle
		followers = s.sc.Customer.Followers
	case "brand":
		item.Name, item.Handle = s.sc.Brand.Name, s.sc.Brand.Handle
		followers = s.sc.Brand.Followers
	default:
		if a, ok := s.sc.Actor(p.By); ok {
			item.Name, item.Handle, item.Kind = a.Name, a.Handle, a.Kind
			followers = a.Followers
		}
	}
	s.push(item)
	s.crowd.SeedPost(crowd.Post{By: p.By, Followers: followers})
	if p.By == "customer" {
		last := s.feed[len(s.feed)-1]
		s.lastPost = &last
	}
}

// enter makes d the current decision at minute t.
func (s *Session) enter(d *scenarios.Decision, t float64) {
	s.current = d
	s.entered = t
	s.opensAt = t + d.At.Minutes()
	s.history = append(s.history, d.ID)
	s.lessons = append(s.lessons, s.lessonFor(d))
	s.scheduleDecisionPosts(d, t)
}

// goTo follows a choice, route, action or timeout to its target.
func (s *Session) goTo(next string) {
	if next == resumeTarget {
		s.resume() // an inject's decision was answered
		return
	}
	if d, ok := s.sc.Decision(next); ok {
		s.enter(d, s.now)
		s.flushDue()
		return
	}
	if e, ok := s.sc.Ending(next); ok {
		s.reachEnding(e)
		return
	}
	// The validator guarantees targets exist; a hand-made scenario that
	// slipped through ends the round rather than hanging it.
	s.reachEnding(&scenarios.Ending{ID: next, Kind: "mixed", Title: next})
}

func (s *Session) reachEnding(e *scenarios.Ending) {
	s.ending = e
	s.current = nil
	s.history = append(s.history, e.ID)
	last := s.now
	for _, p := range e.Posts {
		s.schedule(s.now+p.At.Minutes(), p)
		last = math.Max(last, s.now+p.At.Minutes())
	}
	// Let the crowd play out to the scenario's end, and at least an hour
	// after the last scripted post.
	s.endAt = math.Max(s.endAt, math.Max(s.now+60, last+30))
	s.flushDue()
}

// timeout lets silence take over an open decision.
func (s *Session) timeout() {
	d := s.current
	s.missed = append(s.missed, Silence{Decision: d.ID, From: s.opensAt, To: s.now})
	s.crowd.Stimulate(crowd.Stimulus{Silent: true, Empathy: 0, Deescalation: 30})
	s.goTo(d.OnTimeout)
}

// Context is what the scorer knows about the open decision.
func (s *Session) Context() scoring.Context {
	ctx := scoring.Context{Language: s.sc.Language, Channel: s.sc.Channel,
		CustomerName: s.sc.Customer.Name, CustomerHandle: s.sc.Customer.Handle,
		CustomerMood: s.crowd.Mood(), BrandName: s.sc.Brand.Name}
	if s.current != nil {
		ctx.Situation = s.current.Facts
		ctx.Misreadings = misreadings(s.sc.Misreadings, s.current.Misreadings)
	}
	if p := s.Answering(); p != nil {
		ctx.CustomerPost = p.Text
		if p.By != "customer" && p.Name != "" {
			// Answering someone else (Frans Bauer): address them, not the customer.
			ctx.CustomerName, ctx.CustomerHandle = p.Name, p.Handle
		}
	}
	return ctx
}

// misreadings lists the case's and the decision's misreadings for the
// rubric (nil when there are none, so the common case allocates nothing).
func misreadings(lists ...[]scenarios.Misreading) []scoring.Misreading {
	var out []scoring.Misreading
	for _, l := range lists {
		for _, m := range l {
			out = append(out, scoring.Misreading{Says: m.Says, Fact: m.Fact})
		}
	}
	return out
}

// Analyze analyses a reply in the context of the open decision without
// publishing it.
func (s *Session) Analyze(text string) scoring.Analysis {
	return s.rubric.Analyze(text, s.Context())
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
	if n, limit := utf8.RuneCountInString(text), scenarios.ChannelLimit(s.sc.Channel); n > limit {
		return fmt.Errorf("%w: %d characters, the %s limit is %d", ErrTooLong, n, s.sc.Channel, limit)
	}
	if !d.AllowFreeText {
		return errors.New("this decision only takes one of the written choices")
	}
	a := s.Analyze(text)
	next := ""
	var side *scenarios.CrowdSide
	for _, r := range d.Routes {
		if Holds(r.When, a) {
			next, side = r.Next, r.Crowd
			break
		}
	}
	if next == "" && len(d.Choices) > 0 {
		next = d.Choices[len(d.Choices)-1].Next
	}
	s.publish(d, text, 0, false, next, side)
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
	s.steps = append(s.steps, Step{At: s.now, Decision: d.ID, Action: kind})
	switch kind {
	case scenarios.ActionColleague:
		s.hints = append(s.hints, act.Text)
		s.spend(act.Minutes.Minutes())
	case scenarios.ActionWait:
		s.crowd.Stimulate(crowd.Stimulus{Silent: true, Deescalation: 40, Empathy: 20})
		s.spend(act.Minutes.Minutes())
	case scenarios.ActionDM, scenarios.ActionCall:
		if act.Text != "" && kind == scenarios.ActionDM {
			s.publishAction(d, act)
		} else {
			s.spend(act.Minutes.Minutes())
			if s.Decision() != d {
				return act.Text, nil // silence took over while the call was being made
			}
			s.replies = append(s.replies, Reply{Decision: d.ID, Opened: s.opensAt, Minute: s.now,
				Action: kind, Note: act.Text, Next: act.Next, Speed: s.speed(d)})
			s.crowd.Stimulate(crowd.Stimulus{Empathy: 70, Deescalation: 80, Private: true})
			if act.Next != "" {
				s.goTo(act.Next)
			}
		}
	}
	return act.Text, nil
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
	a := s.Analyze(act.Text)
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
	s.steps = append(s.steps, Step{At: s.now, Decision: d.ID, Choice: choice, Text: text, Action: action})
	return r
}

// speed scores the minutes from the moment the trainee could act on the
// decision (its opening, SLA.Start) to now, against its SLA: the same rule
// the SLA badge shows.
func (s *Session) speed(*scenarios.Decision) float64 {
	return round3(scoring.Speed(s.now-s.opensAt, s.slaMinutes()))
}

func (s *Session) afterPublish(r Reply, private bool, side *scenarios.CrowdSide) {
	s.push(FeedItem{Minute: s.now, By: "brand", Kind: "reply", Name: s.sc.Brand.Name,
		Handle: s.sc.Brand.Handle, Text: r.Text, Historical: r.Historical, Reply: len(s.replies)})
	s.crowd.SeedPost(crowd.Post{By: "brand", Followers: s.sc.Brand.Followers})
	st := StimulusOf(r.Analysis)
	st.Private = st.Private || private
	if side != nil {
		st.NegativeShare, st.PositiveShare = side.NegativeShare, side.PositiveShare
	}
	s.crowd.Stimulate(st)
}

// provocative features push the crowd towards a firestorm.
var provocative = map[string]bool{"sarcasm": true, "humour_at_expense": true, "insult": true,
	"legal_threat": true, "blame_customer": true, "shouting": true, "deny": true}

// StimulusOf is how the crowd sees a published reply.
//
// Provocation is the points the provocative findings cost, a full put-down
// (30 points) making 1. A finding that costs points on both dimensions (an
// insult: empathy and de-escalation) is one put-down, listed once per
// dimension in the analysis: it counts once, with the larger of its costs.
func StimulusOf(a scoring.Analysis) crowd.Stimulus {
	st := crowd.Stimulus{Empathy: a.Empathy, Deescalation: a.Deescalation,
		Apology: a.Has("apology"), NextStep: a.Has("next_step"), Private: a.Has("move_private")}
	type span struct {
		id         string
		start, end int
	}
	var spans []span
	var costs []float64
	for _, f := range a.Features {
		if !provocative[f.ID] || f.Points >= 0 {
			continue
		}
		k := span{f.ID, f.Start, f.End}
		if i := slices.Index(spans, k); i >= 0 {
			costs[i] = math.Max(costs[i], -f.Points)
			continue
		}
		spans, costs = append(spans, k), append(costs, -f.Points)
	}
	hurt := 0.0
	for _, c := range costs {
		hurt += c
	}
	st.Provocation = math.Min(1, hurt/fullPutDown)
	return st
}

// fullPutDown is the cost of the provocative findings that makes a reply
// a full provocation (1) for the crowd: an insult to an angry customer
// costs about 30 to 36 points.
const fullPutDown = 30

// Holds reports whether a route's condition holds for a reply's analysis.
func Holds(c scenarios.Condition, a scoring.Analysis) bool {
	if c.EmpathyAtLeast != nil && a.Empathy < *c.EmpathyAtLeast {
		return false
	}
	if c.EmpathyBelow != nil && a.Empathy >= *c.EmpathyBelow {
		return false
	}
	if c.DeescalationAtLeast != nil && a.Deescalation < *c.DeescalationAtLeast {
		return false
	}
	if c.DeescalationBelow != nil && a.Deescalation >= *c.DeescalationBelow {
		return false
	}
	for _, id := range c.Has {
		if !a.Has(id) {
			return false
		}
	}
	for _, id := range c.Lacks {
		if a.Has(id) {
			return false
		}
	}
	if len(c.HasAny) > 0 {
		any := false
		for _, id := range c.HasAny {
			any = any || a.Has(id)
		}
		if !any {
			return false
		}
	}
	return true
}

func round3(x float64) float64 { return math.Round(x*1000) / 1000 }
