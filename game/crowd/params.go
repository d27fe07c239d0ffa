package crowd

import "math"

// The crowd's global parameters. A case sets only what its sources record
// (the audience, the channel, followers, the time of day); everything about
// how people react is the same for every case. Two of the parameters are
// fitted once across the cases with a recorded outcome (Fitted, see
// game/session's calibration); the others come from the research in
// ../shared/research/outrage-model.md or are stated modelling choices.

// Globals are the parameters fitted across cases.
type Globals struct {
	// Branching is n for a topic nobody has answered yet: the expected
	// number of direct follow-ups of an average post.
	Branching float64
	// ClickRate is the share of the people who have seen a story that take
	// a one-click act about it: follow a boycott page the story started,
	// like the page of a brand the story praises. HEMA's 6,100 boycott
	// followers and Liberty Bottleworks' 10,000 new likes are such acts.
	ClickRate float64
	// Shareability is γ: a brand reply's own shares spread with the
	// branching ratio times e^{γ·(s − 0.5)}, s its striking-ness 0..1
	// (Response.Striking). SEISMIC's infectiousness is a property of the
	// post, carried by every retweet of it (Zhao et al. 2015); high-arousal
	// content is shared more (Berger & Milkman 2012). γ says how much more,
	// and is fitted across the cases; ResearchShareability is the figure
	// research gives. Since the coverage carries the reply (carryReply)
	// the fit lands at γ 1, next to it (README.md, "Calibration").
	Shareability float64
	// PickupReach is the reach (people who have seen the story, on either
	// side) at which traditional media pick a story up, and
	// PickupFollowers the followers of the outlet that covers it: a
	// firestorm is amplified when traditional media pick it up (Pfeffer,
	// Zorbach & Carley 2014). The coverage reaches far beyond the accounts
	// that started the story. Zero: no pickup. Fitted has it on
	// (README.md, "Calibration").
	PickupReach, PickupFollowers int
}

// Fitted are the globals fitted once across all cases with a recorded
// outcome (`WEBCARESIM_FIT=1 go test -run Fitted ./game/session/` refits,
// and TestFittedGlobalsAreTheFit checks they still are the fit).
var Fitted = Globals{Branching: 0.6, ClickRate: 0.152, Shareability: 1, PickupReach: 5000, PickupFollowers: 1000000}

// ResearchShareability is γ, how much more a striking reply is shared,
// from research rather than fitted: no recorded outcome but Sanoma's
// retweets speaks to it, so a fit without Sanoma left it free. Each term
// about the other side raised the odds of a post being shared by 67%
// (Rathje, Van Bavel & van der Linden 2021, PNAS 118(26) e2024292118,
// 2.7 million posts on Facebook and Twitter; moral-emotional words, Brady
// et al. 2017, +20% each, are a sixth as strong). The mapping, stated
// before its prediction for any case was looked at: a reply of
// striking-ness s = 0.5 is an ordinary reply, s = 1 a full put-down, the
// same reply with one hostile term aimed at the customer. The factor
// e^{γ(s−0.5)} is on the post's expected direct shares, and most
// adoptions on Twitter are within one step of the seed (Goel, Watts &
// Goldstein 2012; structural virality is typically low, Goel et al. 2016),
// so a ratio of retweet counts is a ratio of that factor: e^{γ/2} = 1.67, γ = 2·ln 1.67 ≈ 1.03. A warm apology (s = 0) is
// then shared 1/1.67 as much as an ordinary reply. Fitted's γ is fitted,
// not this: before the coverage carried the reply, with this figure the
// juf tweet was retweeted a tenth of the recorded 127 or less (README.md,
// "γ from research"); since, the fit lands at γ 1.
// `WEBCARESIM_FIT_GAMMA=research` fits the other globals with it.
var ResearchShareability = 2 * math.Log(1.67)

const (
	// DefaultBaselinePerHour is μ: posts an hour about the brand with no
	// excitement, a third of them other customers with their own issue.
	DefaultBaselinePerHour = 1.0
	// DefaultHalfLifeMinutes is the median of the reaction-time kernel,
	// chosen so that the median time from a post to the reactions of its
	// whole cascade (all generations) is SEISMIC's 41 minutes for a post
	// at noon (Zhao et al. 2015; TestReactionTimeIsSeismics).
	DefaultHalfLifeMinutes = 12.0
	// DefaultParticipation is the share of the audience that can ever
	// post about a case: a few percent. Most people who see a storm only
	// read it; the rest are the sceptics of the SEIZ model (Jin et al.
	// 2013), who see the story and do not pass it on. Saturation is
	// S = 1 − posts/(participation·audience).
	DefaultParticipation = 0.05
	// OpeningAgree and OpeningDissent are the shares of bystander posts
	// that take the opening post's side and the other side before the
	// brand has said anything (the rest ask or look on): a post draws
	// agreement a little more often than not, since those who react to it
	// are mostly its poster's followers and people who feel the same, and
	// dissent from a few. Under a complaint agreeing is criticising the
	// brand; under praise it is cheering it (see OpeningStance).
	OpeningAgree   = 0.55
	OpeningDissent = 0.135
	// infectiousnessSigma is the spread of a post's infectiousness: every
	// post's expected number of direct follow-ups is multiplied by a
	// log-normal factor with mean 1 and this σ. SEISMIC finds the
	// infectiousness of tweets spread over orders of magnitude; this is
	// what makes some cascades fizzle and some take off.
	infectiousnessSigma = 1.0
	// reachExponent: a post's reach grows with its poster's followers to
	// this power. A brand's or a celebrity's post is seen by more people
	// than a bystander's, but most of its followers scroll past: reach is
	// sublinear, so a brand post with 9,000 followers counts as about nine
	// bystander posts (Weight 8.6), not 26 (and HEMA's 600,000 as about
	// 107, not 1,700).
	reachExponent = 0.6
)

// CaseParams are the model's parameters for a case with this audience: the
// globals for everything else.
func CaseParams(audience int) Params {
	return Params{Audience: audience, BaselinePerHour: DefaultBaselinePerHour, Branching: Fitted.Branching,
		HalfLifeMinutes: DefaultHalfLifeMinutes, Participation: DefaultParticipation, ClickRate: Fitted.ClickRate,
		Shareability: Fitted.Shareability, PickupReach: Fitted.PickupReach, PickupFollowers: Fitted.PickupFollowers}
}

// OpeningStance is the share of bystander posts against the brand and on
// its side before the brand has said anything, from the mood of the
// customer's opening post (-1 furious .. +1 delighted): a complaint draws
// critics, praise draws supporters, each OpeningAgree against
// OpeningDissent. A mood of ±0.5 or more reads as a complaint or as praise
// outright; a milder one leans that way, and a neutral question (mood 0)
// draws both sides alike. New uses it when Params.NegativeShare is unset.
func OpeningStance(mood float64) (negative, positive float64) {
	lean := clamp(-2*mood, -1, 1) // +1: against the brand
	mid, half := (OpeningAgree+OpeningDissent)/2, (OpeningAgree-OpeningDissent)/2
	return mid + half*lean, mid - half*lean
}

// Bystanders' followers are log-normal, median 150, σ = 1.3: the heavy tail
// of Twitter follower counts. TypicalFollowers is the median: the account
// of a typical person, for an account whose size the sources do not record.
const (
	followersMedian = 150
	followersSigma  = 1.3
	followersMax    = 2_000_000

	TypicalFollowers = followersMedian
)

// meanWeight is the mean of (f/median)^reachExponent over bystanders, so
// that an average bystander post has weight 1 and n keeps its meaning as
// the mean number of direct follow-ups.
var meanWeight = math.Exp(reachExponent * reachExponent * followersSigma * followersSigma / 2)

// Weight is the reach of a post by an account with this many followers,
// relative to an average bystander post: the burst its post starts has
// Weight·n direct reactions on average. It grows as the followers to the
// power reachExponent (0.6): sublinear. Use it with Seed, or call SeedPost.
func Weight(followers int) float64 {
	if followers <= 0 {
		return 1
	}
	return math.Pow(float64(followers)/followersMedian, reachExponent) / meanWeight
}

// infectiousness draws a post's factor on its expected follow-ups:
// log-normal with mean 1.
func (m *Model) infectiousness() float64 {
	return math.Exp(infectiousnessSigma*m.rng.NormFloat64() - infectiousnessSigma*infectiousnessSigma/2)
}

// follower draws a bystander's followers and the reach of their post
// (Weight of the followers, computed from the same normal draw: a
// power of a log-normal is an exponential, cheaper than math.Pow).
func (m *Model) follower() (followers int, weight float64) {
	z := min(m.rng.NormFloat64(), followersZMax)
	followers = int(math.Round(math.Exp(logFollowersMedian + followersSigma*z)))
	return followers, math.Exp(reachExponent*followersSigma*z) / meanWeight
}

// logFollowersMedian is ln(followersMedian), computed once rather than for
// every post.
var logFollowersMedian = math.Log(followersMedian)

// followersZMax caps the draw at followersMax.
var followersZMax = math.Log(followersMax/followersMedian) / followersSigma
