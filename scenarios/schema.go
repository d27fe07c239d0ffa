// Package scenarios holds the scenario files (embedded), their schema as Go
// types, the loader and the validator. A scenario is one case a trainee
// replays: the customer's posts, the decisions with their written choices and
// routes for typed replies, the endings and the debrief.
package scenarios

// Scenario is one scenario file. Times ("3m", "1h30m", "1d2h") are scenario
// minutes; see Duration.
type Scenario struct {
	ID         string   `toml:"id"`
	Title      string   `toml:"title"`
	Language   string   `toml:"language"` // "nl" or "en"
	Channel    string   `toml:"channel"`  // "twitter", "facebook", "instagram"
	Brand      Brand    `toml:"brand"`
	BasedOn    string   `toml:"based_on"` // "Sanoma, oktober 2012"; empty for a fictional case
	Summary    string   `toml:"summary"`  // one or two sentences for the picker card
	Difficulty int      `toml:"difficulty"`
	Order      int      `toml:"order"` // suggested place in the onboarding sequence (1 first)
	Tags       []string `toml:"tags"`
	SLAMinutes int      `toml:"sla_minutes"`
	// Start is the first decision; empty means the first [[decision]].
	Start string `toml:"start"`
	// Duration is how long the round runs in scenario time: after an ending
	// is reached the clock time-lapses to it so the crowd can play out.
	Duration Duration `toml:"duration"`
	// StartClock is the wall-clock time of minute 0 shown in the feed ("za 11:02").
	StartClock string `toml:"start_clock"`

	Customer  Customer   `toml:"customer"`
	Crowd     Crowd      `toml:"crowd"`
	Actors    []Actor    `toml:"actor"`
	Posts     []Post     `toml:"post"`
	Decisions []Decision `toml:"decision"`
	// Misreadings are the wrong readings of the case a reply must not
	// state at any decision (Sanoma: that Dorien had not called yet).
	Misreadings []Misreading `toml:"misreading"`
	Endings     []Ending     `toml:"ending"`
	Injects     []Inject     `toml:"inject"` // what a trainer can drop into the round (inject.go)
	Debrief     Debrief      `toml:"debrief"`

	// File is where the scenario was loaded from ("builtin/sanoma-juf.nl.toml"
	// or a path on disk); set by the loader.
	File string `toml:"-"`
}

// Brand is the company the trainee answers for.
type Brand struct {
	Name      string `toml:"name"`
	Handle    string `toml:"handle"`
	Signature string `toml:"signature"` // default signature suggestion, e.g. "^Lotte"
	Followers int    `toml:"followers"` // the brand account's followers: how far its replies carry
	// Tone is the brand's tone of voice in the author's words ("je-vorm,
	// luchtig, nooit grappig over klachten"), for the trainee's briefing.
	Tone string `toml:"tone"`
	// Account, when set, is the account the trainee's replies (and the
	// brand's scripted posts) are published from when it is not the
	// brand's own: Liberty's COO answered from his private account. Its
	// followers, not the brand's, decide how far a reply carries.
	Account *Account `toml:"account"`
}

// Account is a person's own account that posts for the brand.
type Account struct {
	Name      string `toml:"name"`
	Handle    string `toml:"handle"`
	Followers int    `toml:"followers"`
}

// Poster is the name, handle and followers of the account the brand's
// replies are published from: its Account when set, else the brand's own.
func (b Brand) Poster() (name, handle string, followers int) {
	if b.Account != nil {
		return b.Account.Name, b.Account.Handle, b.Account.Followers
	}
	return b.Name, b.Handle, b.Followers
}

// Customer is the person who complains. Their mood drives their next posts.
type Customer struct {
	Name      string  `toml:"name"`
	Handle    string  `toml:"handle"`
	Followers int     `toml:"followers"`
	Mood      float64 `toml:"mood"` // -1 furious .. +1 delighted
}

// Crowd holds the parameters of the outrage model (game/crowd).
type Crowd struct {
	Audience        int     `toml:"audience"`
	BaselinePerHour float64 `toml:"baseline_per_hour"`
	Branching       float64 `toml:"branching"`
	HalfLifeMinutes float64 `toml:"half_life_minutes"`
	NegativeShare   float64 `toml:"negative_share"`
	// Extra bystander lines in the scenario's language, added to the
	// built-in pools. Placeholders: {brand}, {customer}, {handle}.
	Negative []string `toml:"negative"`
	Positive []string `toml:"positive"`
	Neutral  []string `toml:"neutral"`
	// Lines are the case's own bystander lines by stance and moment:
	// [crowd.lines.critic] silent = ["…"], bad = ["…"]. Stances: critic,
	// supporter, joker, customer (another customer with a story of their
	// own), press, onlooker. Moments: any, silent (the brand has not posted
	// yet), replied, apology, bad (after an offending reply). The generic
	// pools are only the fallback. See validate_lines.go and the guide.
	Lines CrowdLines `toml:"lines"`
	// Tied are lines that presume something the brand did in this round
	// (the lawyer's letter, the privacy slip): they join the stance's
	// lines only once the round took that turn. See TiedLines.
	Tied []TiedLines `toml:"tied"`
	// SolvedAfter are the decisions or endings in which the story tells
	// that the customer's problem is fixed ("Signal is back in Fijnaart!"):
	// once the round has entered one and its posts are out, bystander
	// lines tagged <unsolved> ("when is the mast fixed?") are no longer
	// said and those tagged <solved> are. A public reply that reports the
	// fix done or booked (the rubric's resolved) answers the <unsolved>
	// ones too.
	SolvedAfter []string `toml:"solved_after"`
}

// TiedLines are bystander lines that speak of a specific act of the
// brand's: "send a fitter, not a lawyer" presumes a lawyer's letter, and a
// reply that was rude without one must not hear it. They are said only
// once the round has done what they presume: entered one of the decisions
// or endings in After (the turn the act leads to); published in public a
// reply whose analysis meets When (as a route's condition); published in
// public a reply that says one of Says (patterns as a misreading's, for an
// act the rubric has no feature for, such as naming a customer's
// payments). Every one that is set must hold, each by any reply of the
// round so far: what was done stays done, also after a later apology; the
// moment still decides whether the line fits now.
type TiedLines struct {
	Stance string   `toml:"stance"` // critic, supporter, joker, customer, press, onlooker
	Moment string   `toml:"moment"` // as under [crowd.lines.STANCE]; empty: any
	After  []string `toml:"after"`  // decision or ending ids: the round entered one of them
	// Wait: with After naming a decision, join once its own posts are out,
	// not at the turn (lines that presume what is said there; P15-5)
	Wait  bool      `toml:"wait"`
	When  Condition `toml:"when"` // a public reply of the round met it
	Says  []string  `toml:"says"` // a public reply of the round said one of these
	Lines []string  `toml:"lines"`
}

// CrowdLines are a case's own bystander lines by stance.
type CrowdLines struct {
	Critic    LinesByMoment `toml:"critic"`    // against the brand
	Supporter LinesByMoment `toml:"supporter"` // on its side, or praising a good reply
	Joker     LinesByMoment `toml:"joker"`     // making fun of it
	Customer  LinesByMoment `toml:"customer"`  // another customer with a story of their own
	Press     LinesByMoment `toml:"press"`     // journalists and bloggers asking around
	Onlooker  LinesByMoment `toml:"onlooker"`  // asking what is going on
}

// LinesByMoment are one stance's lines by the moment they presume.
type LinesByMoment struct {
	Any     []string `toml:"any"`     // whatever the brand did
	Silent  []string `toml:"silent"`  // the brand has not posted in public yet
	Replied []string `toml:"replied"` // after a reply that neither apologised nor offended
	Apology []string `toml:"apology"` // after a reply that apologised
	Bad     []string `toml:"bad"`     // after an offending or cold reply, not made good since
}

// Actor is a named account that can post in the feed: a celebrity, a
// blogger, a news site, a boycott page. A scripted post refers to it by id;
// AfterNegativePosts makes it join by itself when the crowd gets that angry.
type Actor struct {
	ID                 string `toml:"id"`
	Kind               string `toml:"kind"` // "celebrity", "blog", "press", "boycott", "customer", "colleague"
	Name               string `toml:"name"`
	Handle             string `toml:"handle"`
	Followers          int    `toml:"followers"`
	AfterNegativePosts int    `toml:"after_negative_posts"`
	Text               string `toml:"text"`
	// After, When and Says tie an actor whose text presumes an act of the
	// brand's ("another owner who blames the guest") to that act, as
	// [[crowd.tied]] ties lines: the actor joins by threshold only once the
	// round has done it. Each one that is set must hold; none set: the
	// actor's text fits any path.
	After []string  `toml:"after"`
	When  Condition `toml:"when"`
	Says  []string  `toml:"says"`
}

// Tied reports whether the actor waits for an act of the brand's.
func (a Actor) Tied() bool { return len(a.After) > 0 || !a.When.Empty() || len(a.Says) > 0 }

// Post is a scripted post in the feed. By is "customer", "brand", or an
// actor id.
type Post struct {
	At     Duration `toml:"at"`
	By     string   `toml:"by"`
	Text   string   `toml:"text"`
	Likes  int      `toml:"likes"`
	Shares int      `toml:"shares"`
	// Historical marks a brand post that is the real one from the case.
	Historical bool `toml:"historical"`
	// Private marks a post only the brand sees (a journalist asking for a
	// response, a direct message): the trainee reads it, the public never
	// does, so it starts no cascade. What is public comes later, in a post
	// of its own (the column that quotes the brand's response).
	Private bool `toml:"private"`
	// Stance is the post's side toward the brand where its words say it
	// (StanceFor, StanceAgainst; see stance.go).
	Stance string `toml:"stance"`
	// Variants are texts for the rounds whose replies did something the
	// text denies (Variant): the customer does not ask whether the poster
	// comes down after a reply that took it down.
	Variants []Variant `toml:"variant"`
}

// Decision is a moment where the trainee must act. Its At and its Posts are
// relative to the moment the decision is entered (the start of the round for
// the first one, the publication of the previous reply for the others).
type Decision struct {
	ID     string   `toml:"id"`
	At     Duration `toml:"at"`
	Prompt string   `toml:"prompt"` // what the trainee is asked, shown above the choices
	// Facts is what the agent has learnt off the public thread by now (in a
	// DM, on the phone): a reply that names it refers to the case and is no
	// boilerplate, even though the customer's post does not say it.
	Facts string `toml:"facts"`
	// Misreadings are wrong readings of the case at this decision, on top
	// of the scenario's own (see Misreading).
	Misreadings   []Misreading `toml:"misreading"`
	Posts         []Post       `toml:"post"` // posts that arrive before the decision opens (Opens)
	AllowFreeText bool         `toml:"allow_free_text"`
	// PrivateReply: the reply goes only to whoever asked (a journalist's
	// request for a response), not to the public, which does not react to
	// it; a later post may make it public by quoting it ({reply}).
	PrivateReply bool `toml:"private_reply"`
	// Mood is the customer's mood at this decision, -1 furious .. +1
	// delighted, where it has clearly changed since the start (a thank-you,
	// a fix confirmed): a reply is judged at it. Nil: the round's mood.
	Mood *float64 `toml:"mood"`
	// Reply is the post a reply answers (its index in Posts, counted from 1;
	// 0 means the customer's latest post).
	Reply   int      `toml:"reply_to"`
	Choices []Choice `toml:"choice"`
	Routes  []Route  `toml:"route"`
	Actions []Action `toml:"action"`
	// Timeout: if nothing is published this long after the decision opens,
	// the round goes to OnTimeout (silence has consequences). Zero: no timeout.
	Timeout   Duration `toml:"timeout"`
	OnTimeout string   `toml:"on_timeout"`
	SLA       int      `toml:"sla_minutes"` // overrides the scenario's sla_minutes for this decision
	// Variants are prompts for the replies that did what the prompt says
	// they did not (Variant).
	Variants []Variant `toml:"variant"`
}

// Opens is when d opens for a reply, from the moment it is entered: at its
// At, but never before the last of its own posts has arrived. A prompt is
// written after the posts it introduces ("She tweets about it. What do you
// put under it?"), so a decision never asks to answer a post that is not in
// the feed yet.
func (d *Decision) Opens() Duration {
	opens := d.At
	for _, p := range d.Posts {
		opens = max(opens, p.At)
	}
	return opens
}

// Choice is one written reply the trainee can pick.
type Choice struct {
	Text       string `toml:"text"`
	Historical bool   `toml:"historical"`
	// HistoricalPath marks the choice closest to what the brand really did
	// when the real reply is not quoted (it is followed by a replay of the
	// historical path).
	HistoricalPath bool   `toml:"historical_path"`
	Next           string `toml:"next"` // a decision id or an ending id
	// Feedback is shown in the debrief next to this choice.
	Feedback string `toml:"feedback"`
	// Crowd, when set, says where the bystanders stand once this reply is
	// published, overriding what the rubric's reading of it would make of
	// the crowd (see CrowdSide).
	Crowd *CrowdSide `toml:"crowd"`
}

// CrowdSide is where the bystanders stand after a reply, and how readily
// they pass the story on, for a case whose record says the public reacted
// differently from what the reply's words alone suggest: the Liberty
// Bottleworks COO who stood up for his team against an abusive customer and
// won the crowd with a reply the rubric calls rude. The rubric reads only
// the text; who the public sides with also depends on what it knows of the
// case (who started it, who is the underdog), and that is the author's to
// say. The reply still moves the crowd as its analysis says; these fields
// come on top. Later replies move the crowd on from there. Unset fields
// keep the model's own.
type CrowdSide struct {
	// NegativeShare is the share of bystander posts against the brand from
	// now on, and of the reactions to this reply, 0 to 1.
	NegativeShare *float64 `toml:"negative_share"`
	// PositiveShare is the share of bystander posts on the brand's side
	// from now on, 0 to 1; with NegativeShare at most 1 together.
	PositiveShare *float64 `toml:"positive_share"`
	// BranchingFactor, on an inject only, multiplies the crowd's branching
	// ratio after the event and cools back like a reply's effect (a
	// journalist's question, a leak: what the trainer sets the event to
	// do). On a choice or route it is refused: how far a reply spreads is
	// the crowd model's, the same for every case. 0.2 to 5; 0: no change.
	BranchingFactor float64 `toml:"branching_factor"`
}

// Route sends a typed reply on: the first route whose When holds is taken;
// a route with an empty When always holds.
type Route struct {
	When Condition `toml:"when"`
	Next string    `toml:"next"`
	// Crowd, when set, says where the bystanders stand once a reply that
	// takes this route is published (see CrowdSide).
	Crowd *CrowdSide `toml:"crowd"`
}

// Condition tests the analysis of a typed reply. Every field that is set must
// hold.
type Condition struct {
	EmpathyAtLeast      *float64 `toml:"empathy_at_least"`
	EmpathyBelow        *float64 `toml:"empathy_below"`
	DeescalationAtLeast *float64 `toml:"deescalation_at_least"`
	DeescalationBelow   *float64 `toml:"deescalation_below"`
	Has                 []string `toml:"has"`     // feature ids that must all be present
	Lacks               []string `toml:"lacks"`   // feature ids that must all be absent
	HasAny              []string `toml:"has_any"` // at least one of these feature ids
}

// Empty reports whether the condition always holds.
func (c Condition) Empty() bool {
	return c.EmpathyAtLeast == nil && c.EmpathyBelow == nil && c.DeescalationAtLeast == nil &&
		c.DeescalationBelow == nil && len(c.Has) == 0 && len(c.Lacks) == 0 && len(c.HasAny) == 0
}

// Action kinds beside replying.
const (
	ActionDM        = "dm"        // move the conversation to direct messages
	ActionCall      = "call"      // call the customer
	ActionColleague = "colleague" // ask a colleague: a hint that costs time
	ActionWait      = "wait"      // wait and watch
)

// Action is something other than a public reply.
type Action struct {
	Kind    string   `toml:"kind"`
	Minutes Duration `toml:"minutes"` // scenario time it takes
	Text    string   `toml:"text"`    // public post it makes (DM: "Ik stuur je een DM"), the hint, or what happens
	Next    string   `toml:"next"`    // where it leads; empty stays at this decision
}

// Ending is where a branch ends.
type Ending struct {
	ID      string `toml:"id"`
	Title   string `toml:"title"`
	Kind    string `toml:"kind"` // "good", "mixed", "bad"
	Text    string `toml:"text"`
	Posts   []Post `toml:"post"` // what follows, relative to reaching the ending
	Outcome string `toml:"outcome"`
	// Turns let the crowd change the ending: when the round is over (the
	// crowd has played out after the ending was reached) and the crowd's
	// state meets a turn's When (the first that does), the round ends in
	// the turn's Next, another ending, instead (that ending's own turns are
	// not followed).
	// The same replies can then end calmly in one world and in a storm in
	// another, where the case's outcome was plausibly a matter of luck.
	Turns []Turn `toml:"turn"`
	// Variants are stories for the rounds whose replies did what the
	// story says they did not (Variant). The story may quote the brand's
	// last public reply as {reply}, to name the reply that turned it.
	Variants []Variant `toml:"variant"`
}

// Debrief is what the trainee reads after the round.
type Debrief struct {
	WhatHappened string   `toml:"what_happened"`
	Sources      []string `toml:"sources"`
	Tips         []string `toml:"tips"`
	// HistoricalCurve is the real case's path: [minute, shares of the brand's replies].
	HistoricalCurve [][2]float64 `toml:"historical_curve"`
	// HistoricalShares is the calibration target for the historical path:
	// the number the source gives, compared with the round's number of the
	// kind HistoricalMeasure names.
	HistoricalShares int `toml:"historical_shares"`
	// HistoricalMeasure is what the round counts to compare with
	// HistoricalShares in the unit the source gives: "shares" (the default:
	// shares of the brand's posts), "group_members" (followers of a boycott
	// page that formed), "likes" (new likes of the brand's page),
	// "positive_posts" (bystander posts on the brand's side) or
	// "reply_shares" (shares of the one reply the source quotes: the
	// reply published at the decision whose historical choice is quoted).
	HistoricalMeasure string `toml:"historical_measure"`
	// HistoricalLabel says in words what the recorded number counts, for
	// the debrief ("retweets by Sunday 13:00", "followers of the boycott
	// page"); without it the debrief says shares.
	HistoricalLabel string `toml:"historical_label"`
	// Observed are further outcomes the sources record, each a range in
	// its own unit (see Observation).
	Observed []Observation `toml:"observed"`
}

// Measures a debrief's historical number can be compared with.
var HistoricalMeasures = []string{"shares", "group_members", "likes", "positive_posts", "reply_shares",
	"story_posts", "fellow_complaints", "covered"}

// Decision returns the decision with this id.
func (s *Scenario) Decision(id string) (*Decision, bool) {
	for i := range s.Decisions {
		if s.Decisions[i].ID == id {
			return &s.Decisions[i], true
		}
	}
	return nil, false
}

// Ending returns the ending with this id.
func (s *Scenario) Ending(id string) (*Ending, bool) {
	for i := range s.Endings {
		if s.Endings[i].ID == id {
			return &s.Endings[i], true
		}
	}
	return nil, false
}

// EndingTitle is the title of the ending with this id, or the id where
// the scenario (which may be nil) has no such ending or it has no title.
func (s *Scenario) EndingTitle(id string) string {
	if s != nil {
		if e, ok := s.Ending(id); ok && e.Title != "" {
			return e.Title
		}
	}
	return id
}

// Actor returns the actor with this id.
func (s *Scenario) Actor(id string) (*Actor, bool) {
	for i := range s.Actors {
		if s.Actors[i].ID == id {
			return &s.Actors[i], true
		}
	}
	return nil, false
}

// FirstDecision is where the round starts.
func (s *Scenario) FirstDecision() string {
	if s.Start != "" {
		return s.Start
	}
	if len(s.Decisions) > 0 {
		return s.Decisions[0].ID
	}
	return ""
}

// Key identifies a scenario in one language: "sanoma-juf/nl".
func (s *Scenario) Key() string { return s.ID + "/" + s.Language }

// Channel limits: the most characters a post may have.
var channelLimits = map[string]int{"twitter": 280, "facebook": 8000, "instagram": 2200}

// ChannelLimit is the length limit of a channel in characters (code points).
func ChannelLimit(channel string) int {
	if n, ok := channelLimits[channel]; ok {
		return n
	}
	return 280
}

// Misreading is a wrong reading of the case that the seeds record, or that
// a trainee is likely to make: what a reply that makes it says, in the
// rubric's pattern language ("nog niet * gebeld", "drugs*"), and the fact
// it gets wrong, in the scenario's language ("Dorien had al gebeld"). A
// reply that says it loses de-escalation, and the debrief names the fact.
//
// Kind "private" marks a fact that is true but private (the customer's
// arrears in the privacy case): a public reply that says it discloses it,
// and the debrief says so instead of "you misread the case".
type Misreading struct {
	Says []string `toml:"says"`
	Fact string   `toml:"fact"`
	Kind string   `toml:"kind"`
}

// Kinds of a Misreading: a wrong reading of the case (the default), or a
// private fact a public reply must not state.
const (
	MisreadingWrong   = "misreading"
	MisreadingPrivate = "private"
)
