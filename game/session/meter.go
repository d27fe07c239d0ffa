package session

import (
	"github.com/webcaresim/webcaresim/assets/i18n"
	"github.com/webcaresim/webcaresim/game/crowd"
)

// MeterLevel is how the meter shows the crowd, the same in the window and
// in the browser: the faces pick a colour and show the level's name for it,
// and decide nothing.
type MeterLevel string

// Meter levels.
const (
	// MeterBrandSide: the crowd is on the brand's side (at least twice as
	// much support as heat now, and the critics' story has not travelled).
	// A round like that must never look like a storm, whatever the heat.
	MeterBrandSide MeterLevel = "brand-side"
	// MeterDivided: both sides post (each at the meter's first mark or
	// more) and neither has twice the other: some praise, some mock. It is
	// never a storm, and it is not the crowd on the brand's side either.
	MeterDivided MeterLevel = "divided"
	MeterCalm    MeterLevel = "calm" // heat below the meter's first mark, little reach
	// MeterWarm: heat 30 to 60 on the meter's scale, or the first mark
	// (heat 1, "a few grumbles") or more with no side for the brand.
	MeterWarm  MeterLevel = "warm"
	MeterStorm MeterLevel = "storm" // heat 60 and over on the meter's scale
	// MeterRead: a quarter of the audience or more has seen the complaint
	// or the criticism, and it is quiet now (the heat alone would say
	// calm). What was read stays read; the crowd is not uneasy now.
	MeterRead MeterLevel = "read"
	// MeterSpread: the heat now is below a storm, but half the audience or
	// more has seen the criticism. The damage stays when the posting stops
	// (at night, after a storm): the meter must not turn green then.
	MeterSpread MeterLevel = "spread"
	// MeterEndedBadly: the round has reached a bad ending (a boycott, a
	// story in the paper) and the crowd alone would say calm or on the
	// brand's side. The outcome is what the trainee must read: a green
	// "calm" over a boycott says the opposite.
	MeterEndedBadly MeterLevel = "ended-badly"
)

// Shares of the audience the critics' story must reach to colour the
// meter whatever the heat now: a quarter makes it widely read, half means
// the story is out. Round fractions of the meter's own scale (the reach it
// shows as a percentage), not fitted to any case.
const (
	WarmReach   = 0.25
	SpreadReach = 0.5
)

// StormHeat is the heat the meter marks "10 storm": ten negative posts an
// hour per 10,000 people watching. The debrief's worlds count the worlds
// that reached it by the same mark.
const StormHeat = 10

// SideSupport is the support or heat (posts an hour per 10,000 watching)
// from which a side counts as posting at all: the meter's own first mark,
// heat 1, "some grumbling". Below it two friendly shares beside one critic
// said "on your side" at 1% reach.
const SideSupport = 1

// SideMargin is how many times the other side's rate one side needs for
// the crowd to be on it: two posts for the brand for every one against it,
// two thirds of those who take a side. Support just above the heat said
// "Crowd on your side" while the thread mocked Domino's reply as a bot
// (support 3.0 against heat 2.7): a crowd like that is divided.
const SideMargin = 2

// PeakHeat is the highest heat of a round's curve.
func PeakHeat(curve []CurvePoint) float64 {
	peak := 0.0
	for _, p := range curve {
		peak = max(peak, p.Heat)
	}
	return peak
}

// MeterLevelOf is the meter's level for the crowd's counters in a case
// with this audience. It weighs the heat now, the reach so far and which
// side the crowd is on: a low heat beside a story half the audience has
// seen is not calm, a loud crowd cheering the brand is not a storm, and a
// crowd that half cheers and half mocks is neither on the brand's side nor
// a storm.
func MeterLevelOf(st crowd.Stats, audience int) MeterLevel {
	story := storyLevel(st, audience)
	sided := st.Support >= SideSupport
	switch {
	case sided && st.Support >= SideMargin*st.Heat:
		if story != "" {
			return story
		}
		return MeterBrandSide
	case sided && st.Heat >= SideSupport && st.Heat < SideMargin*st.Support:
		// both sides post and neither has twice the other: never a
		// storm by heat
		if story != "" {
			return story
		}
		return MeterDivided
	case sided && st.Heat < SideMargin*st.Support:
		// some support beside a few grumbles (heat below the first mark):
		// the heat's level, never a storm
		if story != "" {
			return story
		}
		return heatLevel(st.Outrage, MeterWarm)
	case story != "" && st.Outrage < 60:
		return story
	}
	if level := heatLevel(st.Outrage, MeterStorm); level != MeterCalm || st.Heat < SideSupport {
		return level
	}
	// At the meter's first mark or over ("a few grumbles") with nobody
	// taking the brand's side, the crowd that posts is mostly against it:
	// "Calm" beside 70% negative posts at heat 3 told the trainee the
	// opposite of the feed (P14-22).
	return MeterWarm
}

// heatLevel is the level the heat alone sets, at most ceiling.
func heatLevel(outrage float64, ceiling MeterLevel) MeterLevel {
	switch {
	case outrage >= 60 && ceiling == MeterStorm:
		return MeterStorm
	case outrage >= 30:
		return MeterWarm
	}
	return MeterCalm
}

// storyLevel is the level the critics' story sets by its reach, or "" when
// it sets none: when it reached few people, or fewer than the posts on the
// brand's side did. A story a quarter of the audience has read is "widely
// read" only while it is quiet; with heat it is uneasy.
func storyLevel(st crowd.Stats, audience int) MeterLevel {
	if audience <= 0 || st.Reach <= st.SupportReach {
		return ""
	}
	share := float64(st.Reach) / float64(audience)
	switch {
	case share >= SpreadReach:
		return MeterSpread
	case share >= WarmReach && st.Outrage >= 30:
		return MeterWarm
	case share >= WarmReach:
		return MeterRead
	}
	return ""
}

// MeterLevel is the meter's level now: the crowd's, but never calm or
// on the brand's side once the round has reached a bad ending.
func (s *Session) MeterLevel() MeterLevel {
	st := s.crowd.Stats()
	level := MeterLevelOf(st, s.sc.Crowd.Audience)
	if level == MeterBrandSide && s.crowd.Waiting() && !s.lastReplyWarm() {
		// The customer has said in public that the reply did not help
		// her: a bystander or two scolding her is not the public liking
		// how the brand handles it. Green "on your side" beside "De
		// deadline is MORGEN. Daar heb ik dus niks aan." read as praise
		// for a vague promise (playtest 22, P22-15). The heat's level.
		st.Support = 0
		level = MeterLevelOf(st, s.sc.Crowd.Audience)
	}
	if s.ending != nil && s.ending.Kind == "bad" {
		return AfterBadEnding(level)
	}
	return level
}

// lastReplyWarm reports whether the brand's last public reply was one
// bystanders can praise, by the crowd lines' rule (empathy and
// de-escalation 60 or more on average, no put-down).
func (s *Session) lastReplyWarm() bool {
	r, ok := s.lastPublicReply()
	if !ok {
		return false
	}
	st := StimulusOf(r.Analysis)
	return (st.Empathy+st.Deescalation)/2 >= 60 && st.Provocation < 0.1
}

// lastPublicReply is the brand's last reply in public that was written,
// not an action's post (a move to DM's "I'll send you a DM"); ok is false
// before there is one.
func (s *Session) lastPublicReply() (r Reply, ok bool) {
	for i := len(s.replies) - 1; i >= 0; i-- {
		if r := s.replies[i]; r.Public && r.Action == "" {
			return r, true
		}
	}
	return Reply{}, false
}

// AfterBadEnding is the meter's level at a bad ending for the crowd's
// level: a calm crowd or one on the brand's side reads "ended badly"
// (amber); any other level already says something is wrong and stays.
func AfterBadEnding(level MeterLevel) MeterLevel {
	switch level {
	case MeterCalm, MeterBrandSide, MeterDivided:
		return MeterEndedBadly
	}
	return level
}

// Label is the level's name as the meter shows it beside its colour, in
// Dutch ("nl") or English.
func (l MeterLevel) Label(lang string) string {
	return i18n.T(lang, "session.meter."+string(l))
}

// MeterColours says in words what the meter's colours mean, for the
// meter's explanation in both faces.
func MeterColours(lang string) string {
	return i18n.T(lang, "session.meter.colours", int(WarmReach*100), int(SpreadReach*100), SideMargin)
}

// MeterCounts are the counts beside the meter, each of something the
// trainee can find: the crowd's posts with words of their own, how many of
// those the feed shows (in a storm most people say what has been said, and
// the feed shows the ones it voiced), and the shares. Negative is the part
// of all the crowd's reactions, shares included, that is against the brand.
type MeterCounts struct {
	Posts, InFeed, Shares int
	// Against is how many of the posts and shares are against the brand
	// over this case: the ones heat counts against it, over the whole
	// round. Other customers' own complaints and the brand's everyday
	// grumbles are counted among the posts but not against the trainee:
	// "68% against you" beside a calm meter at a good ending counted them
	// (playtest 20, P20-1). Negative is Against as a part of all the posts
	// and shares.
	Against  int
	Negative float64
}

// MeterCounts are the meter's counts now.
func (s *Session) MeterCounts() MeterCounts {
	st := s.crowd.Stats()
	return MeterCounts{Posts: max(0, st.Posts-st.Shares), InFeed: s.crowdShown, Shares: st.Shares,
		Against: st.Against, Negative: st.AgainstShare()}
}

// FewForAShare: below this many reactions and shares one more moves a
// percentage by five points or more, so the meter counts what is against
// the brand instead ("1 of 2 against you"): "50% against you" beside
// "Calm" over two shares read as half the public turning (playtest 18,
// P18-5).
const FewForAShare = 20

// AgainstMeaning says in words what "against you" beside the meter counts,
// for the meter's explanation in both faces.
func AgainstMeaning(lang string) string {
	return i18n.T(lang, "session.meter.against_meaning", FewForAShare)
}

// AgainstLabel says how much of the reactions and shares is against the
// brand, as both faces show it beside the meter: a count while there are
// fewer than FewForAShare, else a percentage, and nothing while there are
// none.
func (c MeterCounts) AgainstLabel(lang string) string {
	switch all := c.Posts + c.Shares; {
	case all == 0:
		return ""
	case all < FewForAShare:
		return i18n.T(lang, "session.meter.against_of", c.Against, all)
	default:
		return i18n.T(lang, "session.meter.against", i18n.Percent(c.Negative))
	}
}
