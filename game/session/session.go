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
	"time"

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
	// ErrActionSpent: the action was taken at this decision already and
	// would only cost time again (a colleague gives the same tip).
	ErrActionSpent = errors.New("that action was already taken at this decision")
	ErrTooLong     = errors.New("the reply is over the channel's length limit")
	ErrNotGoneOn   = errors.New("the resumed round waits for the trainee to go on")
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
	settled bool // the ending's turns have been followed (settle)
	// turnedFrom is the ending the replies reached when the crowd then
	// turned the round to another (settle), or nil.
	turnedFrom *scenarios.Ending
	turnedBy   string
	endAt      float64 // scenario minute the round stops
	endedAt    float64 // scenario minute the round reached its ending
	missed     []Silence
	lessons    []Lesson // one per decision entered
	history    []string // decision and ending ids in the order visited

	// which feed item a crowd cascade (its root) and a crowd post (its
	// Seq) are, so that a share counts on the post it shares (chatter.go)
	rootItem, seqItem map[int]int
	// heat: the negative posts of the last hour by cascade (heat_source.go)
	heat heatSource
	// crowdShown counts the crowd's posts the feed shows (chatter.go): the
	// meter says how many of the posts it counts are there to read.
	crowdShown int
	// replyRoot is the crowd cascade of the first public reply at each
	// decision, for the shares of the reply the source counted
	// (Report.ReplyShares)
	replyRoot map[string]int
	// unheard is the crowd's reaction to a private reply (private_reply),
	// held back until a post quotes it in public (private.go)
	unheard *crowd.Stimulus
	// published: something public has happened; unpublished: the case
	// opened with a private post and nothing public has happened since
	published, unpublished bool

	// waitingToGoOn: a resumed round stands still until the trainee goes
	// on (WaitToGoOn)
	waitingToGoOn bool

	// stormWatched is the real time the time-lapse of the current wait
	// for a decision has run slowed for a storm (pace.go)
	stormWatched time.Duration

	trainer trainerState // injects, the heat dial, the customer written by the trainer

	tied tiedState // the [[crowd.tied]] groups the crowd has been given (tied.go)
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
		p.Branching, p.ClickRate, p.Shareability = g.Branching, g.ClickRate, g.Shareability
		p.PickupReach, p.PickupFollowers = g.PickupReach, g.PickupFollowers
	}
	m := crowd.New(p, seed, sc.Language, sc.Customer.Mood)
	if quiet {
		// only the counts matter: no texts, and no long tail of events
		m.SkipTexts()
		m.SkipBystanderEvents()
		m.KeepEvents(quietKeep)
	}
	m.SetContext(sc.Brand.Name, sc.Brand.Handle, sc.Customer.Name, sc.Customer.Handle)
	m.ReserveNames(casePeople(sc)...)
	setUpChatter(m, sc)
	if minute, ok := sc.StartMinuteOfDay(); ok {
		m.SetClock(float64(minute))
	}
	for _, a := range sc.Actors {
		threshold := a.AfterNegativePosts
		if a.Tied() {
			// It joins by threshold once the round did its act (tied.go).
			// Until then it is known without a threshold, so its kind
			// keeps the generic actor of that kind out: HEMA's boycott
			// page waits for the statement, and no generic page starts
			// before it.
			threshold = 0
		}
		m.AddActor(crowd.Actor{ID: a.ID, Kind: crowd.Kind(a.Kind), Name: a.Name, Handle: a.Handle,
			Followers: a.Followers, AfterNegativePosts: threshold, Text: a.Text})
	}
	return m
}

// quietKeep is how many crowd events a quiet round keeps: the feed takes
// only actors' posts, from the events of each step, and the bystanders'
// posts are not kept at all (SkipBystanderEvents), so a world needs room
// for a handful.
const quietKeep = 16

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

// DecisionAhead reports whether a next decision is set and waits for its
// moment (its post has yet to come): the faces tell a trainee watching a
// quiet stretch that the round goes on.
func (s *Session) DecisionAhead() bool {
	return s.current != nil && s.now < s.opensAt && s.ending == nil
}

// OpenedAt is when the open decision opened.
func (s *Session) OpenedAt() float64 { return s.opensAt }

// Deadline is the minute at which silence takes over the open decision
// (0 when it has no timeout or the mode stops the clock).
func (s *Session) Deadline() float64 {
	if s.opts.Mode == Relaxed {
		return 0
	}
	return s.closesAt()
}

// SilenceIn is how many minutes are left until silence takes over the open
// decision, as the clock says them (MinutesLeft); ok is false when the clock
// does not run to such a moment (no timeout, relaxed mode). The faces' header
// and the warning before an action that runs past it say the same number:
// the warning kept the minutes of the press ("in 57 min") while the header
// counted on.
func (s *Session) SilenceIn() (minutes int, ok bool) {
	dl := s.Deadline()
	if dl <= 0 || s.Decision() == nil {
		return 0, false
	}
	return MinutesLeft(dl - s.now), true
}

// MinutesLeft is a time left as the faces say it: whole minutes, rounded up
// (a question with 30 seconds left has "1 min" left, not 0), never below 0.
func MinutesLeft(m float64) int {
	return max(0, int(math.Ceil(m)))
}

// closesAt is the minute at which silence takes over the open decision
// whatever the mode (0 when it has no timeout): relaxed mode stops the
// clock at a question, but an action's minutes still run to it.
func (s *Session) closesAt() float64 {
	if s.current == nil || s.current.Timeout <= 0 {
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

// Asker is the name of whoever the open question comes from: the author of
// the post it answers, else the customer. Both faces name them when a draft
// was written before the question changed.
func (s *Session) Asker() string {
	if name := s.ownPoster(); name != "" {
		return name
	}
	if post := s.Answering(); post != nil && post.Name != "" {
		return post.Name
	}
	return s.sc.Customer.Name
}

// ownPoster is the name of the author of the open decision's latest own
// post, when the decision names no post to answer (reply_to) and none of its
// posts is the customer's or the brand's: the question is that author's
// (HEMA's diabetes blog offering help under the apology), and the language
// warning named Naomi, the customer, while the trainee answered the blog
// (playtest P29-4). "" otherwise.
func (s *Session) ownPoster() string {
	d := s.current
	if d == nil || d.Reply > 0 {
		return ""
	}
	for _, p := range d.Posts {
		if p.By == "customer" || p.By == "brand" {
			return ""
		}
	}
	for i := len(s.feed) - 1; i >= 0 && s.feed[i].Minute >= s.entered; i-- {
		f := &s.feed[i]
		for _, p := range d.Posts {
			if f.By == p.By && f.Text == p.Text && f.Name != "" {
				return f.Name
			}
		}
	}
	return ""
}

// Ending is the ending reached, or nil while the round is still open.
func (s *Session) Ending() *scenarios.Ending { return s.ending }

// Done reports whether the round is over: an ending was reached and the clock
// has run to the end of the scenario's time.
func (s *Session) Done() bool { return s.ending != nil && s.now >= s.endAt }

// EndsAt is the scenario minute the round stops once an ending is reached.
func (s *Session) EndsAt() float64 { return s.endAt }

// Paused reports whether the clock stands still: in relaxed mode while a
// decision is open, and while a resumed round waits for the trainee to go on.
func (s *Session) Paused() bool {
	return s.waitingToGoOn || (s.opts.Mode == Relaxed && s.Decision() != nil)
}

// WaitToGoOn stops the clock until GoOn. A round resumed after a crash
// opens where it stopped, and its clock starts when the trainee has read
// where that was and goes on, as a new round's clock starts after its
// briefing; no move is taken meanwhile.
func (s *Session) WaitToGoOn() { s.waitingToGoOn = s.ending == nil }

// GoOn starts the clock of a round that waited (WaitToGoOn).
func (s *Session) GoOn() { s.waitingToGoOn = false }

// WaitingToGoOn reports whether the round waits for the trainee to go on.
func (s *Session) WaitingToGoOn() bool { return s.waitingToGoOn }

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

// casePeople are the names of the case's own people beside the customer:
// the agent who signs, the actors and the trainer's injects. The crowd
// gives none of them to a bystander.
func casePeople(sc *scenarios.Scenario) []string {
	names := []string{sc.Brand.Signature}
	if sc.Brand.Account != nil {
		names = append(names, sc.Brand.Account.Name)
	}
	for _, a := range sc.Actors {
		names = append(names, a.Name)
	}
	for _, in := range sc.Injects {
		names = append(names, in.Name)
	}
	return names
}
