package crowd

import "math"

// Reach: how many people have seen the story.
//
// A post is seen by a share of its poster's followers: most never scroll
// past it. viewRate is the organic reach of a post, about 6% of a page's
// fans on Facebook (Ogilvy, "Facebook Zero", 2014) and of the same order
// for tweets. People follow more than one poster, so within an audience of
// A people E views reach A·(1 − e^{−E/A}) distinct people: the share of an audience hit at least
// once when E exposures fall at random. Reach only grows: nobody unsees a
// story. Posts against the brand (and the customer's complaint, an actor's
// criticism, a reply the crowd reads as offending) count towards the
// negative story; posts on the brand's side (and a reply the crowd
// applauds) towards the positive one.

// expose adds a post's followers to the story of its tone.
func (m *Model) expose(s Sentiment, followers int) {
	v := viewRate * float64(max(0, followers))
	switch s {
	case Negative:
		m.exposure[0] += v
	case Positive:
		m.exposure[1] += v
	}
	m.checkPickup()
}

const viewRate = 0.06

// reachOf turns summed followers into distinct people in the audience.
func (m *Model) reachOf(e float64) int {
	a := float64(m.p.Audience)
	if a <= 0 {
		return int(e)
	}
	return int(math.Round(a * -math.Expm1(-e/a)))
}

// Reach is how many people in the audience have seen the story against the
// brand so far.
func (m *Model) Reach() int { return m.reachOf(m.exposure[0]) }

// SupportReach is how many have seen posts on the brand's side.
func (m *Model) SupportReach() int { return m.reachOf(m.exposure[1]) }

// GroupMembers is the number of followers of the boycott page, once one has
// formed (an actor of kind boycott has posted): the click rate of the people
// the story against the brand reaches after the page formed. A group forms
// over the days: only someone who sees the story while the page exists
// (its own post, the shares of it and the talk that passes it on) can
// follow it, and the people the storm reached before it existed and who
// do not see it again never hear of it.
func (m *Model) GroupMembers() int {
	if !m.group {
		return 0
	}
	return int(math.Round(m.p.ClickRate * float64(m.reachOf(m.exposure[0]-m.groupFrom))))
}

// formGroup records that a boycott page has formed now.
func (m *Model) formGroup() { m.group, m.groupFrom = true, m.exposure[0] }

// Likes is the number of new likes of the brand's page: the click rate of
// the people who have seen the story on the brand's side.
func (m *Model) Likes() int {
	return int(math.Round(m.p.ClickRate * float64(m.SupportReach())))
}

// perWatching is a count in the last hour per 10,000 people watching.
func (m *Model) perWatching(n int) float64 {
	return float64(n) * outragePer / float64(Watching(m.p.Audience))
}

// Watching is the number of people watching that heat and the meter count
// per: the audience, but never fewer than 10,000, the meter's own unit. A
// post or two an hour in a conversation of a few thousand people would
// otherwise read as a storm (heat 10 in an audience of 2,000 is two posts
// an hour); counted per at least 10,000, a storm always takes at least ten
// negative posts an hour, so a handful of posts is never one.
func Watching(audience int) int { return max(audience, int(outragePer)) }

// Heat is the negative posts of the last 60 minutes per 10,000 people in the
// audience: how hot the conversation against the brand is right now.
func (m *Model) Heat() float64 {
	m.win.trim(m.now)
	return m.perWatching(m.win.neg60)
}

// Support is the posts on the brand's side of the last 60 minutes per
// 10,000 people in the audience.
func (m *Model) Support() float64 {
	m.win.trim(m.now)
	return m.perWatching(m.win.pos60)
}

// SharesOf is how many times the post whose cascade is root (as Seed or
// SeedPost returned it) has been shared itself: its plain shares, the
// retweets a source counts for one post, those of its own chain and those
// that came through a news outlet's write-up of it (carryReply).
func (m *Model) SharesOf(root int) int {
	if root < 0 || root+1 >= len(m.roots) {
		return 0
	}
	return m.roots[root+1].shares + m.roots[root+1].carried
}

// OwnSharesOf is SharesOf without the shares that came through a write-up:
// the post's own chain, passed on by those who saw it where it was posted
// and by their followers. How far a reply carries of itself, by the
// account that posted it, is this (the press shows a reply whatever
// account posted it).
func (m *Model) OwnSharesOf(root int) int {
	if root < 0 || root+1 >= len(m.roots) {
		return 0
	}
	return m.roots[root+1].shares
}
