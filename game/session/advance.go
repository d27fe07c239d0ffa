// The clock: running the round forward minute by minute, delivering
// scripted and crowd posts, opening decisions, following routes and
// letting silence take over when a decision times out.

package session

import (
	"math"
	"slices"
	"sort"

	"github.com/webcaresim/webcaresim/game/crowd"
	"github.com/webcaresim/webcaresim/scenarios"
)

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
		s.heat.trim(s.now) // the hour HeatNote reads ends now
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
		s.addCrowd(s.advanceCrowd(s.nextSamp))
		s.sample()
	}
	s.addCrowd(s.advanceCrowd(t))
}

// advanceCrowd runs the crowd to minute t; while the case is known only in
// private (private.go) nobody in the public posts.
func (s *Session) advanceCrowd(t float64) []crowd.Event {
	if s.unpublished {
		s.crowd.Pass(t)
		return nil
	}
	return s.crowd.AdvanceTo(t)
}

func (s *Session) sample() {
	if s.curve == nil {
		// a point per SampleEvery minutes to the scenario's end, and a
		// few for an ending that runs past it, without regrowing
		s.curve = make([]CurvePoint, 0, int(s.endAt/SampleEvery)+16)
	}
	st := s.crowd.Stats()
	s.curve = append(s.curve, CurvePoint{Minute: s.nextSamp, Posts: st.Posts,
		NegativeShare: round3(st.AgainstShare()), Outrage: round3(st.Outrage),
		Heat: round3(st.Heat), Support: round3(st.Support), Reach: st.Reach, SupportReach: st.SupportReach})
	s.nextSamp += SampleEvery
}

func (s *Session) addCrowd(events []crowd.Event) {
	for _, e := range events {
		if s.opts.Quiet && e.ActorID == "" {
			continue
		}
		s.heat.note(e)
		item := FeedItem{Minute: e.Minute, By: "crowd", Kind: string(e.Kind), Name: e.Author,
			Handle: e.Handle, Text: e.Text, Negative: e.Negative}
		if e.ActorID != "" {
			item.By = e.ActorID
			if a, ok := s.sc.Actor(e.ActorID); ok {
				item.Name, item.Handle = a.Name, a.Handle
			}
		}
		s.crowdItem(e, item)
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
	p.Text = s.textByCrowd(p)
	// a post's counts are the round's so far ("80 comments now" says
	// how many this round has)
	text := s.narrate(s.fillReply(p.Text), crowd.Stats{}, 0)
	item := FeedItem{Minute: at, By: p.By, Kind: "post", Text: text, Likes: p.Likes,
		Shares: p.Shares, Historical: p.Historical}
	followers := 0
	if p.By != "customer" && p.By != "brand" {
		s.tied.scripted = append(s.tied.scripted, p.By)
	}
	if s.leavesOutScripted(p) {
		return // the actor already posted by itself when the crowd got angry enough
	}
	switch p.By {
	case "customer":
		item.Name, item.Handle = s.sc.Customer.Name, s.sc.Customer.Handle
		followers = s.sc.Customer.Followers
	case "brand":
		item.Name, item.Handle, followers = s.poster()
	default:
		if a, ok := s.sc.Actor(p.By); ok {
			item.Name, item.Handle, item.Kind = a.Name, a.Handle, a.Kind
			followers = a.Followers
		}
	}
	if p.Private {
		s.hearPrivately(item)
		return
	}
	s.push(item)
	s.hearQuotedReply(p.Text)
	s.seedPost(crowd.Post{By: p.By, Followers: followers, Side: postStance(p.Stance)})
	if p.By == "customer" {
		last := s.feed[len(s.feed)-1]
		s.lastPost = &last
	}
}

// enter makes d the current decision at minute t.
func (s *Session) enter(d *scenarios.Decision, t float64) {
	d = s.asRead(d)
	s.current = d
	s.entered = t
	s.opensAt = t + d.Opens().Minutes()
	s.history = append(s.history, d.ID)
	s.lessons = append(s.lessons, s.lessonFor(d))
	s.tieLines(nil)
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
	// The crowd follows the story's own verdict: a good ending counted as
	// mixed because a reply failed the round (failedEnding) is still the
	// story of a repair the crowd saw.
	told := e.Kind
	e = s.endingAsRead(e)
	s.ending = e
	s.endedAt = s.now
	s.current = nil
	s.history = append(s.history, e.ID)
	if s.endingUnsettles(told) {
		s.crowd.StoryUnsettled()
	}
	s.tieLines(nil)
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

// endingUnsettles reports whether an ending of this kind says the brand's last reply
// did not put the matter right: a bad ending, or one that is not good
// reached after a reply with no apology, no step and no move to DM or the
// phone (HEMA's "Decent, but vague" after "We take this very seriously").
// A mixed ending after a real repair ("late, but sincere") keeps the
// crowd's praise of that repair.
func (s *Session) endingUnsettles(kind string) bool {
	if kind == "good" {
		return false
	}
	if kind == "bad" {
		return true
	}
	r, ok := s.lastPublicReply()
	if !ok {
		return true
	}
	st := StimulusOf(r.Analysis)
	return !st.Apology && !st.NextStep && !st.Private
}

// timeout lets silence take over an open decision.
func (s *Session) timeout() {
	d := s.current
	s.missed = append(s.missed, Silence{Decision: d.ID, From: s.opensAt, To: s.now, Pleased: s.posterPleased(d)})
	s.crowd.Stimulate(crowd.Stimulus{Silent: true, Empathy: 0, Deescalation: 30})
	s.goTo(d.OnTimeout)
}

// posterPleased reports whether whoever the open decision d waits on is
// pleased, by what the case says of them: the decision's own mood, else the
// side of the post the reply answers where its author set one, else the
// customer's mood in the case. Not the crowd's running mood, which a good
// earlier reply lifts: Bram, a frustrated student still waiting for help
// after a first reply, was left "a pleased customer", and his silence "a
// missed chance, not a harm" beside the ending "Ignored" (playtest P29-2).
func (s *Session) posterPleased(d *scenarios.Decision) bool {
	if d.Mood != nil {
		return *d.Mood > 0
	}
	if p := s.Answering(); p != nil {
		for _, posts := range [][]scenarios.Post{d.Posts, s.sc.Posts} {
			for _, own := range posts {
				if own.By == p.By && own.Text == p.Text && own.Stance != "" {
					return own.Stance == scenarios.StanceFor
				}
			}
		}
	}
	return s.sc.Customer.Mood > 0
}

// withStances are d's posts, the customer's with the side the decision's
// mood gives them where the author set none: a decision whose customer
// thanks the brand (mood > 0) brings a post for it, one whose customer is
// angry a post against it. A plain share of a post repeats its side, so a
// thank-you's retweets are never against the brand, whatever the crowd's
// mood when it goes out.
func withStances(d *scenarios.Decision) []scenarios.Post {
	if d.Mood == nil || *d.Mood == 0 {
		return d.Posts
	}
	posts := slices.Clone(d.Posts)
	for i := range posts {
		if posts[i].By == "customer" && posts[i].Stance == "" {
			posts[i].Stance = scenarios.StanceAgainst
			if *d.Mood > 0 {
				posts[i].Stance = scenarios.StanceFor
			}
		}
	}
	return posts
}

// postStance is a scripted post's stance as the crowd reads it.
func postStance(stance string) crowd.Sentiment {
	switch stance {
	case scenarios.StanceFor:
		return crowd.Positive
	case scenarios.StanceAgainst:
		return crowd.Negative
	}
	return crowd.Neutral
}
