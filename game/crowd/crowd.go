// Package crowd is the outrage model: bystander activity around a complaint
// as a seeded self-exciting (Hawkes) point process, moved by what the brand
// publishes. It imports nothing of the game and is deterministic for a seed.
//
// The model in one paragraph (README.md has the full account):
//
//	λ(t) = S(t) · a(t) · [ μ + n(t) · Σ_i w_i · φ(τ(t) − τ(t_i)) ]
//
// Bystander posts arrive with intensity λ: a baseline μ (people who would
// post about the brand anyway) plus, for every earlier post i, a memory
// kernel φ scaled by the post's reach w_i (its poster's followers relative to
// an average bystander, as in SEISMIC, Zhao et al. 2015) and by the current
// branching ratio n(t): the expected number of direct follow-ups per post.
// n < 1 lets every burst die out (on average 1/(1−n) posts per seed post);
// n ≥ 1 is a firestorm that grows until the audience is used up, which
// S(t) = 1 − posts/audience enforces. The kernel is SEISMIC's human
// reaction-time kernel: flat for the first minutes, then a power law with
// exponent 1+θ, θ = 0.2, kept O(1) per post as a sum of exponentials. a(t)
// is an optional day/night rhythm; time in the kernel runs on activity time
// τ, so reactions that would fall in the night are delayed, not lost.
//
// The brand's replies move n(t), the share of negative posts, how much the
// reply itself is shared, and the customer's mood (see Stimulate). Named
// actors (a blogger, the press) join when the count of negative posts passes
// their threshold. Every post carries marks: kind, sentiment, phase, the
// poster's followers, and a generated author, handle and text in the
// scenario's language.
package crowd

// Kind is what a crowd event is.
type Kind string

// Kinds of crowd events.
const (
	KindShare     Kind = "share"     // a retweet / share of an earlier post
	KindReply     Kind = "reply"     // a reply in the thread
	KindQuote     Kind = "quote"     // a quote with comment
	KindComplaint Kind = "complaint" // another unhappy customer tells their own story
	KindBlog      Kind = "blog"      // a blogger writes about it
	KindPress     Kind = "press"     // a news site picks it up
	KindCelebrity Kind = "celebrity" // a well-known person joins in
	KindBoycott   Kind = "boycott"   // a boycott page / group is started or grows
	KindCustomer  Kind = "customer"  // the customer posts again (see EnableCustomer)
)

// Sentiment is the tone of a post towards the brand.
type Sentiment int8

// Sentiments.
const (
	Negative Sentiment = -1 // against the brand (or for the customer against the brand)
	Neutral  Sentiment = 0  // questions, onlookers
	Positive Sentiment = 1  // defends the brand, praises the way it was handled
)

// Phase is where the conversation is, as the generated texts reflect it.
type Phase string

// Phases of a conversation.
const (
	// PhaseEarly: the first half hour after the first post, or fewer than
	// ten posts: onlookers ask what is going on.
	PhaseEarly Phase = "early"
	// PhasePeak: the recent rate is at least half the highest rate so far:
	// piling on, #fail.
	PhasePeak Phase = "peak"
	// PhaseCalming: the recent rate fell below half its peak, or the brand's
	// last reply was a good one: defenders, "netjes opgelost".
	PhaseCalming Phase = "calming"
)

// Params are the scenario's crowd parameters (the [crowd] table).
type Params struct {
	// Audience is the number of people who can see the conversation. It
	// caps a firestorm (S(t) = 1 − posts/Audience) and scales the outrage
	// meter. Zero: no cap, and the meter uses 10,000.
	Audience int
	// BaselinePerHour is μ: bystander posts per hour about the brand with no
	// excitement (the day's mean when a day/night rhythm is set).
	BaselinePerHour float64
	// Branching is n at the start: the expected number of direct follow-ups
	// of an average post.
	Branching float64
	// HalfLifeMinutes: half of the direct reactions to a post come within
	// this time (the kernel's median). Default 40.
	HalfLifeMinutes float64
	// NegativeShare is the share of bystander posts that are negative at the
	// start, with three in ten of the rest on the brand's side. Zero: from
	// the customer's mood (OpeningStance), as for a case.
	NegativeShare float64
	// Kernel is "power" (default: SEISMIC's reaction-time kernel, a plateau
	// then a power-law tail with θ = 0.2) or "exponential".
	Kernel string
	// CoolingHalfLifeMinutes: the effect of a reply on the branching ratio
	// relaxes back towards Branching with this half-life, because collective
	// attention to a story fades (Wu & Huberman 2007), though a firestorm
	// easily outlasts a day (Pfeffer et al. 2014). Zero: the default, 720
	// minutes; negative: no cooling.
	CoolingHalfLifeMinutes float64
	// Participation is the share of the audience that can ever post about
	// the case (DefaultParticipation for a case); saturation is
	// S = 1 − posts/(Participation·Audience). Zero: the whole audience.
	Participation float64
	// ClickRate is the share of the people who have seen a story that take
	// a one-click act: follow a boycott page, like the brand's page
	// (Globals.ClickRate for a case).
	ClickRate float64
	// Shareability: how much more a striking brand reply is shared
	// (Globals.Shareability for a case; 0: as much as any post).
	Shareability float64
	// PickupReach and PickupFollowers: once the story (against the brand
	// or on its side) has reached PickupReach people, a news outlet with
	// PickupFollowers followers covers it (see pickup.go; Globals). Zero:
	// no pickup.
	PickupReach, PickupFollowers int
}

// Actor is a named account that joins when a threshold is passed (a blogger,
// the press, a celebrity, a boycott page).
type Actor struct {
	ID        string
	Kind      Kind
	Name      string
	Handle    string
	Followers int
	// AfterNegativePosts: the actor posts once this many negative posts have
	// been made in the round. Zero means never by threshold.
	AfterNegativePosts int
	Text               string
}

// Event is one crowd post.
type Event struct {
	Seq       int     // 1-based order in the round
	Minute    float64 // scenario minute it was posted
	Kind      Kind
	Negative  bool      // Sentiment == Negative
	Sentiment Sentiment // tone towards the brand
	Phase     Phase     // phase of the conversation when it was posted; unset for a bystander's post under SkipTexts
	// Parent is the Seq of the post it reacts to; 0 when it reacts to the
	// root post itself (or to nothing in particular, for baseline posts).
	// Within a cascade the parent is a recent post of the same cascade: the
	// model keeps O(1) state per post and does not store the full tree.
	Parent int
	// Root is the index returned by Seed/SeedPost of the post whose cascade
	// this post belongs to; -1 for baseline posts, which start their own.
	Root      int
	Followers int // the poster's followers
	// Stance is who the bystander is who says Text (critic, press…);
	// empty for a post without words of its own and for actors
	Stance  Stance
	Author  string // display name
	Handle  string // without @
	Text    string
	ActorID string // set for threshold actors, and "customer" for the customer's own posts
	// Story marks a post about the case: in the cascade of the
	// customer's, the brand's or an actor's post, an actor's own, or one the
	// oil slick brought about. The rest are the brand's everyday mentions
	// (the baseline: other customers with an issue of their own and the
	// talk about them), which heat, support, reach and the actors'
	// thresholds leave out.
	Story bool
	// Reshare marks a plain share of the root post itself (a retweet of a
	// retweet is a retweet of the original): the feed counts it on that
	// post.
	Reshare bool
}

// Stimulus is what the brand did, as the crowd sees it. The session derives it
// from the reply's analysis (or the action taken).
type Stimulus struct {
	Empathy      float64 // 0..100
	Deescalation float64 // 0..100
	Apology      bool
	NextStep     bool
	Private      bool    // moved to DM or phone
	Provocation  float64 // 0..1: put-downs, insults, humour at someone's expense, legal threats
	Silent       bool    // the brand let a decision pass without answering
	// NegativeShare and PositiveShare, when set, say where the bystanders
	// stand after this reply, whatever the reply's analysis makes of it:
	// the share of posts against the brand and the share on its side (of
	// all posts, 0..1). They replace the shares Stimulate would compute,
	// and set the tone of the reactions to the reply itself. The rubric
	// reads the text; who the public sides with also depends on what it
	// knows of the case (a brand that stands up for staff insulted by a
	// customer can win the crowd with a reply the rubric calls rude). The
	// session sets them by one rule for every case (game/session/side.go)
	// or from a trainer's inject. Later replies move the shares on from
	// there as usual.
	NegativeShare *float64
	PositiveShare *float64
	// Quote and Worst are what bystanders quote from the reply: a phrase
	// of it, and the part that offended (empty when nothing did).
	Quote, Worst string
	// Phrases are the reply's other sentences and clauses, which a
	// bystander reacting to the reply quotes before their words, each
	// once: every reaction to a reply shows which reply it is about.
	Phrases []string
	// PhraseTones say what the rubric found in each phrase: 1 something
	// good and nothing bad, -1 something bad, 0 neither (nil: not known).
	// A line that praises the reply quotes only a phrase it found good, so
	// it never praises the sentence that belittled.
	PhraseTones []int
	// QuoteTone is what the rubric found in Quote, as a phrase's tone
	// (read only when PhraseTones is set): a critic's line does not quote
	// a good Quote as what was wrong, nor a praising line a bad one.
	QuoteTone int
	// Meets reports whether the reply has a finding of the rubric
	// ("invite_dialogue", "next_step"), as a route's condition meets it;
	// nil: none. Lines that presume what the reply did (a line tagged
	// <has:…> or <lacks:…>) read it; the model's numbers never do.
	Meets func(feature string) bool
	// Late: the brand took long to say it (the reply went out after the
	// case's SLA, or silence passed before it). Lines that say it took
	// long (<late>) read it; the model's numbers never do.
	Late bool
}

// Stats are the running counters shown on screen.
type Stats struct {
	Posts    int // crowd posts so far (bystanders and actors, not the customer)
	Negative int // of which negative
	// Against: of the posts and shares, those about the case and against
	// the brand, the posts heat counts against it, over the whole round
	// (not other customers' own complaints, nor the brand's everyday
	// mentions, however negative). Negative counts those too.
	Against       int
	Positive      int     // of which positive
	Shares        int     // shares/retweets of any post
	BrandShares   int     // shares/retweets of the brand's own replies
	Mentions      int     // posts that mention the brand
	Complaints    int     // other unhappy customers telling their own story
	ActorPosts    int     // posts by threshold actors (scenario or generic)
	CustomerPosts int     // the customer's own posts made by the model (EnableCustomer)
	NegativeShare float64 // Negative / Posts
	Outrage       float64 // 0..100, see Model.Outrage
	Branching     float64 // the current branching ratio n(t); ≥ 1 is a firestorm
	// Heat: posts against the brand in the last hour per 10,000 people
	// watching; Support: the same for posts on its side.
	Heat, Support float64
	// Reach: people who have seen the story against the brand (it only
	// grows); SupportReach: people who have seen posts on its side.
	Reach, SupportReach int
	// GroupMembers: followers of a boycott page that formed; Likes: new
	// likes of the brand's page (see Model.GroupMembers, Model.Likes).
	GroupMembers, Likes int
	// StoryPosts: posts about the story that say something (not plain
	// shares); StoryComplaints: of the posts about the story, other
	// customers airing their own frustrations (the oil slick).
	StoryPosts, StoryComplaints int
	// PickedUp: a news outlet has covered the story (the media pickup).
	PickedUp bool
}

// AgainstShare is Against as a part of all the crowd's posts and shares:
// what "against you" beside the meter, the debrief's and replay's counts
// and a crowd condition's critics share all mean, so that no face says
// "68% against you" for everyday grumbles the meter leaves out.
func (s Stats) AgainstShare() float64 {
	if s.Posts <= 0 {
		return 0
	}
	return float64(s.Against) / float64(s.Posts)
}

// CurvePoint is one sample of the outrage curve (see Model.Sample).
type CurvePoint struct {
	Minute        float64 `json:"minute"`
	Posts         int     `json:"posts"`
	Negative      int     `json:"negative"`
	NegativeShare float64 `json:"negative_share"`
	Shares        int     `json:"shares"`
	BrandShares   int     `json:"brand_shares"`
	Outrage       float64 `json:"outrage"`
	Branching     float64 `json:"branching"`
	Heat          float64 `json:"heat"`
	Support       float64 `json:"support"`
	Reach         int     `json:"reach"`
	SupportReach  int     `json:"support_reach"`
}

// Post describes a post by the customer, the brand or an actor that the
// crowd reacts to (see SeedPost).
type Post struct {
	// By is "customer", "brand", or an actor's id.
	By        string
	Followers int
	// Side is the post's side toward the brand where its words say it
	// (a customer's thank-you is Positive): a plain share of the post
	// repeats it, so no share of a thank-you counts against the brand.
	// Neutral: unknown; an actor's post takes the actor's tone, the
	// customer's the crowd's mood.
	Side Sentiment
}
