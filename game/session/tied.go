package session

import (
	"slices"

	"github.com/webcaresim/webcaresim/game/crowd"
	"github.com/webcaresim/webcaresim/scenarios"
	"github.com/webcaresim/webcaresim/scoring"
)

// Lines tied to an act of the brand's ([[crowd.tied]]) join the crowd's
// lines only once the round has done what they presume: "send a fitter,
// not a lawyer" after the lawyer's letter, never after a reply that was
// rude without one. An act stays done, so a group that has joined stays;
// whether a line fits the moment is still the crowd's to say.

// tiedState is what the round knows of its tied line groups and actors.
type tiedState struct {
	joined []bool // given to the crowd
	said   []bool // a public reply said one of the group's Says
	// the same for the scenario's actors (by index in Actors); only tied
	// actors are held back
	actorJoined, actorSaid []bool
	scripted               []string // actors a scripted post has spoken for
	solved                 bool     // the crowd was told the problem is fixed (tellSolved)
}

// tieLines gives the crowd every tied group, and every tied actor, whose
// act the round has now done. It runs whenever the round takes a turn or
// the brand publishes; last is the reply just published, if any.
func (s *Session) tieLines(last *Reply) {
	tied := s.sc.Crowd.Tied
	if s.tied.joined == nil {
		s.tied.joined, s.tied.said = make([]bool, len(tied)), make([]bool, len(tied))
		s.tied.actorJoined, s.tied.actorSaid = make([]bool, len(s.sc.Actors)), make([]bool, len(s.sc.Actors))
	}
	for i, t := range tied {
		if s.tied.joined[i] {
			continue
		}
		s.tied.said[i] = s.tied.said[i] || s.replySays(last, t.Says)
		if !s.didAct(t.After, t.When, t.Says, s.tied.said[i]) || (t.Wait && !s.heardAny(t.After)) {
			continue
		}
		s.tied.joined[i] = true
		s.crowd.AddLines(crowd.Stance(t.Stance), crowd.Moment(t.Moment), t.Lines)
	}
	s.tieActors(last)
	s.tellSolved()
}

// tellSolved tells the crowd the customer's problem is fixed once the
// round has entered a turn in which the story says so ([crowd]
// solved_after) and its posts are out: from then on nobody asks when it
// will be fixed.
func (s *Session) tellSolved() {
	if !s.tied.solved && len(s.sc.Crowd.SolvedAfter) > 0 && s.heardAny(s.sc.Crowd.SolvedAfter) {
		s.tied.solved = true
		s.crowd.Solved()
	}
}

// tieActors registers a tied actor with the crowd once the round did the
// act its text presumes; from then on its threshold counts as any actor's.
// An actor a scripted post has already spoken for stays out: the scenario
// posts for it.
func (s *Session) tieActors(last *Reply) {
	for i, a := range s.sc.Actors {
		if !a.Tied() || s.tied.actorJoined[i] {
			continue
		}
		s.tied.actorSaid[i] = s.tied.actorSaid[i] || s.replySays(last, a.Says)
		if !s.didAct(a.After, a.When, a.Says, s.tied.actorSaid[i]) || slices.Contains(s.tied.scripted, a.ID) {
			continue
		}
		s.tied.actorJoined[i] = true
		s.crowd.AddActor(crowd.Actor{ID: a.ID, Kind: crowd.Kind(a.Kind), Name: a.Name, Handle: a.Handle,
			Followers: a.Followers, AfterNegativePosts: a.AfterNegativePosts, Text: a.Text})
	}
}

// replySays reports whether the reply just published, in public, says one
// of the patterns.
func (s *Session) replySays(last *Reply, patterns []string) bool {
	return last != nil && len(patterns) > 0 && last.Public && last.Text != "" && s.says(last.Text, patterns)
}

// didAct reports whether the round has done what a tied group or actor
// presumes: it entered one of the turns in after, published in public a
// reply that meets when, and one that says one of says (said), each when
// set.
func (s *Session) didAct(after []string, when scenarios.Condition, says []string, said bool) bool {
	if len(after) > 0 && !s.visitedAny(after) {
		return false
	}
	if len(says) > 0 && !said {
		return false
	}
	if when.Empty() {
		return true
	}
	for _, r := range s.replies {
		if r.Public && r.Text != "" && Holds(when, r.Analysis) {
			return true
		}
	}
	return false
}

// says reports whether a reply says one of the patterns: the rubric finds
// them as it finds a misreading, so they read the same as a misreading's
// says in the same file.
func (s *Session) says(text string, patterns []string) bool {
	ctx := scoring.Context{Language: s.sc.Language, Channel: s.sc.Channel,
		CustomerName: s.sc.Customer.Name, CustomerHandle: s.sc.Customer.Handle, BrandName: s.sc.Brand.Name,
		Misreadings: []scoring.Misreading{{Says: patterns, Fact: "tied"}}}
	return s.analyze(text, ctx).Has("misreading")
}

// heardAny reports whether the round has entered one of the decisions or
// endings and the public has heard what is said there: a decision's own
// posts are in the feed (once the round has moved on from it, they were);
// an ending counts once reached. A tied group that waits (TiedLines.Wait)
// joins only then.
func (s *Session) heardAny(ids []string) bool {
	for _, id := range ids {
		if !s.visitedAny([]string{id}) {
			continue
		}
		if d := s.current; d == nil || d.ID != id || s.postsOut(d) {
			return true
		}
	}
	return false
}

// postsOut reports whether the current decision's own posts are all in
// the feed: their time has come, none is still queued, and no trainer
// holds them back.
func (s *Session) postsOut(d *scenarios.Decision) bool {
	if s.trainer.held != nil {
		return false
	}
	last := 0.0
	for _, p := range d.Posts {
		last = max(last, p.At.Minutes())
	}
	if s.now < s.entered+last {
		return false
	}
	for _, q := range s.queue {
		for _, p := range d.Posts {
			if q.post.By == p.By && q.post.Text == p.Text {
				return false
			}
		}
	}
	return true
}

// tieOnPost lets a tied group that waits for a decision's posts join once
// the last of them is out: the crowd hears them as they come, not at the
// next turn or reply.
func (s *Session) tieOnPost() {
	for i, t := range s.sc.Crowd.Tied {
		if t.Wait && (s.tied.joined == nil || !s.tied.joined[i]) {
			s.tieLines(nil)
			return
		}
	}
	s.tellSolved()
}

// leavesOutScripted reports whether a scripted post by an actor is left
// out because the actor already posted by itself when the crowd got angry
// enough (crowd.Model.ClaimActor): the blog does not write the same piece
// twice. A post of the open decision is left out only when it is word for
// word what the actor said by itself: the decision answers it, and its
// prompt and choices speak of it. HEMA's decision 4 ("Living with
// Diabetes: … We'd be glad to help") opened without it after a storm had
// made the association post by itself, and the trainee answered an offer
// nobody had made (playtest 16, P16-20).
func (s *Session) leavesOutScripted(p scenarios.Post) bool {
	if p.By == "customer" || p.By == "brand" || !s.crowd.ClaimActor(p.By) {
		return false
	}
	if a, ok := s.sc.Actor(p.By); ok && a.Text == p.Text {
		return true // said already, word for word
	}
	if d := s.current; d != nil {
		for _, own := range d.Posts {
			if own.By == p.By && own.Text == p.Text {
				return false
			}
		}
	}
	return true
}

// visitedAny reports whether the round has entered one of the decisions or
// endings.
func (s *Session) visitedAny(ids []string) bool {
	for _, h := range s.history {
		for _, id := range ids {
			if h == id {
				return true
			}
		}
	}
	return false
}
