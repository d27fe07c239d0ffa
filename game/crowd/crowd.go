// Package crowd is the outrage model: bystander activity around a complaint
// as a seeded self-exciting (Hawkes) point process, moved by what the brand
// publishes. It imports nothing of the game and is deterministic for a seed.
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
)

// Params are the scenario's crowd parameters (the [crowd] table).
type Params struct {
	Audience        int     // people who can see the conversation
	BaselinePerHour float64 // bystander posts per hour with no excitement
	Branching       float64 // expected direct follow-ups per post (n)
	HalfLifeMinutes float64 // half-life of the memory kernel
	NegativeShare   float64 // share of bystander posts that are negative at the start
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
	Seq      int     // 1-based order in the round
	Minute   float64 // scenario minute it was posted
	Kind     Kind
	Negative bool
	Parent   int    // Seq of the event it reacts to; 0 for the seed posts
	Root     int    // index of the brand/customer post the cascade started from (see Stimulus/Seed)
	Author   string // display name
	Handle   string // without @
	Text     string
	ActorID  string // set for threshold actors
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
}

// Stats are the running counters shown on screen.
type Stats struct {
	Posts         int     // crowd posts so far
	Negative      int     // of which negative
	Shares        int     // shares/retweets of any post
	BrandShares   int     // shares/retweets of the brand's own replies
	Mentions      int     // posts that mention the brand
	NegativeShare float64 // Negative / Posts
	Outrage       float64 // 0..100, see Model.Outrage
}
