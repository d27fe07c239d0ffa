package session

import (
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/webcaresim/webcaresim/game/crowd"
	"github.com/webcaresim/webcaresim/scenarios"
)

// What a trainer running a workshop can do to a round while it is played:
// drop in an inject (a ready-made one of the scenario, or a post by a
// persona the trainer names), turn the heat dial, and take over the
// customer persona and write the customer's posts. Every one of these is
// a step of the round's transcript with its minute, so a replay of the
// transcript gives the same round.

// Kinds of trainer input.
const (
	TrainerInject   = "inject"   // a post by a persona, ready-made or typed live
	TrainerDial     = "dial"     // the heat dial
	TrainerCustomer = "customer" // a post the trainer wrote as the customer
	TrainerTakeover = "takeover" // the trainer takes the customer persona (On) or hands it back
	TrainerScripted = "scripted" // the trainer did not answer in time: the scripted customer posts come
)

// TrainerInput is one thing the trainer did, as kept in a transcript step.
type TrainerInput struct {
	Kind string `json:"kind"`
	// Inject is a ready-made inject's id; the scenario has its text.
	Inject string `json:"inject,omitempty"`
	// Persona, Name, Handle, Followers, Text and AsksAnswer describe an
	// inject typed live (Text also carries a customer post).
	Persona    string `json:"persona,omitempty"`
	Name       string `json:"name,omitempty"`
	Handle     string `json:"handle,omitempty"`
	Followers  int    `json:"followers,omitempty"`
	Text       string `json:"text,omitempty"`
	AsksAnswer bool   `json:"asks_answer,omitempty"`
	// Crowd is a live inject's effect on the crowd (PersonaCrowd gives the
	// one for its persona); nil: only its post's reach.
	Crowd *InjectCrowd `json:"crowd,omitempty"`
	// Dial is the heat dial's setting, DialCalm … DialStorm.
	Dial int  `json:"dial,omitempty"`
	On   bool `json:"on,omitempty"` // takeover: taken (true) or handed back
}

// The heat dial's settings: from calm through the case as it really went
// to a storm.
const (
	DialCalm   = -2
	DialAsWent = 0
	DialStorm  = 2
)

// DialFactor is what a dial setting multiplies the crowd's branching ratio
// by: each step is a factor √2, so calm halves it and storm doubles it.
// Doubling takes a case that simmers (n ≈ 0.5) to the edge of a firestorm
// (n ≥ 1, where every post has on average one follow-up or more) and
// halving lets it die out twice as fast: the range a trainer needs to
// "stress or relax" a group without leaving what a crowd can do.
func DialFactor(level int) float64 { return math.Pow(2, float64(level)/2) }

// MaxInjectName is the most characters a live inject's author fields may
// have; the text itself is held to the channel's limit.
const MaxInjectName = 60

// Errors of trainer input.
var (
	ErrUnknownInject = errors.New("the scenario has no such inject")
	ErrBadInject     = errors.New("an inject needs a persona, an author and a text")
	ErrBadDial       = fmt.Errorf("the heat dial goes from %d to %d", DialCalm, DialStorm)
)

// TrainerMark is what the trainer did, for the debrief: "de trainer voegde
// hier een journalist toe".
type TrainerMark struct {
	Minute  float64 `json:"minute"`
	Kind    string  `json:"kind"`
	Persona string  `json:"persona,omitempty"`
	Name    string  `json:"name,omitempty"`
	Text    string  `json:"text,omitempty"`
	Dial    int     `json:"dial,omitempty"`
	On      bool    `json:"on,omitempty"` // takeover: taken (true) or handed back
	// Note says it in words, in the round's language.
	Note string `json:"note"`
}

// trainerState is the trainer's part of a round.
type trainerState struct {
	dial      int
	takeover  bool
	held      *heldPosts
	suspended []suspendedDecision
	injected  int
	marks     []TrainerMark
}

// heldPosts are the customer's scripted posts of a decision entered while
// the trainer has the customer persona: they wait for the trainer's post
// (which replaces them) or the trainer's timeout (which lets them come).
type heldPosts struct {
	decision *scenarios.Decision
	posts    []scenarios.Post // all the decision's posts, in file order
	since    float64
}

// suspendedDecision is a scripted decision set aside while the trainee
// answers an inject.
type suspendedDecision struct {
	d                *scenarios.Decision
	entered, opensAt float64
	at               float64 // when it was set aside
}

// resumeTarget is where an inject's decision leads: back to the decision
// it interrupted.
const resumeTarget = "\x00resume"

// Dial is the heat dial's setting.
func (s *Session) Dial() int { return s.trainer.dial }

// TrainerMarks is what the trainer did so far.
func (s *Session) TrainerMarks() []TrainerMark { return s.trainer.marks }

// CustomerTakenOver reports whether the trainer writes the customer's posts.
func (s *Session) CustomerTakenOver() bool { return s.trainer.takeover }

// WaitingForCustomer reports whether the round waits for the trainer to
// write the customer's next post; the clock stands still meanwhile. The
// suggestions are the customer's scripted posts that would come.
func (s *Session) WaitingForCustomer() (suggestions []string, ok bool) {
	h := s.trainer.held
	if h == nil {
		return nil, false
	}
	for _, p := range h.posts {
		if p.By == "customer" {
			suggestions = append(suggestions, p.Text)
		}
	}
	return suggestions, true
}

// Trainer applies one thing the trainer did, at the current minute, and
// records it in the transcript.
func (s *Session) Trainer(in TrainerInput) error {
	if s.Done() {
		return ErrEnded
	}
	var err error
	switch in.Kind {
	case TrainerInject:
		in, err = s.inject(in)
	case TrainerDial:
		err = s.setDial(in.Dial)
	case TrainerCustomer:
		in.Text, err = s.customerPost(in.Text)
	case TrainerTakeover:
		s.setTakeover(in.On)
	case TrainerScripted:
		if s.trainer.held == nil {
			return nil // the trainer's post came first: nothing to record
		}
		s.releaseHeld()
		s.mark(TrainerMark{Kind: TrainerScripted})
	default:
		return fmt.Errorf("unknown trainer input %q", in.Kind)
	}
	if err != nil {
		return err
	}
	s.steps = append(s.steps, Step{At: s.now, Trainer: &in})
	return nil
}

// inject posts an inject and applies its effect; it returns the input as
// recorded (a ready-made inject by its id alone).
func (s *Session) inject(in TrainerInput) (TrainerInput, error) {
	var ready *scenarios.Inject
	if in.Inject != "" {
		r, ok := s.sc.Inject(in.Inject)
		if !ok {
			return in, fmt.Errorf("%w: %q", ErrUnknownInject, in.Inject)
		}
		ready = r
		in = TrainerInput{Kind: TrainerInject, Inject: r.ID}
	} else {
		in = TrainerInput{Kind: TrainerInject, Persona: in.Persona, Name: oneLine(in.Name), Handle: oneLine(in.Handle),
			Followers: min(max(in.Followers, 0), 100_000_000), Text: CleanText(in.Text), AsksAnswer: in.AsksAnswer, Crowd: in.Crowd}
		if !slices.Contains(scenarios.InjectPersonas, in.Persona) || in.Name == "" || in.Text == "" {
			return in, ErrBadInject
		}
		if err := in.Crowd.check(); err != nil {
			return in, err
		}
		if utf8.RuneCountInString(in.Name) > MaxInjectName || utf8.RuneCountInString(in.Handle) > MaxInjectName {
			return in, fmt.Errorf("%w: name and handle at most %d characters", ErrBadInject, MaxInjectName)
		}
		if n, limit, over := scenarios.OverLimit(s.sc.Channel, in.Text); over {
			return in, fmt.Errorf("%w: %d characters, the %s limit is %d", ErrTooLong, n, s.sc.Channel, limit)
		}
		ready = &scenarios.Inject{ID: "live", Persona: in.Persona, Name: in.Name, Handle: in.Handle,
			Followers: in.Followers, Text: in.Text, AsksAnswer: in.AsksAnswer, Crowd: in.Crowd.side()}
	}
	s.applyInject(ready)
	return in, nil
}

func (s *Session) applyInject(in *scenarios.Inject) {
	s.trainer.injected++
	s.push(FeedItem{Minute: s.now, By: "inject:" + in.ID, Kind: feedKind(in.Persona), Name: in.Name,
		Handle: in.Handle, Text: in.Text, Trainer: true})
	s.seedPost(crowd.Post{By: "inject", Followers: in.Followers})
	if in.Persona == scenarios.PersonaJournalist {
		// a journalist writes for an outlet: it covers the story, as a
		// media pickup does, with the outlet the scenario sizes
		s.crowd.Cover(in.OutletFollowers)
	}
	if c := in.Crowd; c != nil {
		s.crowd.Stir(c.BranchingFactor, c.NegativeShare, c.PositiveShare)
	}
	s.mark(TrainerMark{Kind: TrainerInject, Persona: in.Persona, Name: in.Name, Text: in.Text})
	if in.AsksAnswer && s.ending == nil {
		s.openInjectDecision(in)
	}
}

// openInjectDecision sets the scripted decision aside and opens one that
// takes a typed reply to the inject; answering it (or silence) goes back.
func (s *Session) openInjectDecision(in *scenarios.Inject) {
	if s.current != nil {
		s.trainer.suspended = append(s.trainer.suspended,
			suspendedDecision{d: s.current, entered: s.entered, opensAt: s.opensAt, at: s.now})
	}
	timeout := in.Timeout
	if timeout <= 0 {
		timeout = scenarios.Duration(max(s.sc.SLAMinutes, 15))
	}
	prompt := in.Prompt
	if prompt == "" {
		prompt = fmt.Sprintf(trainerText(s.sc.Language, "prompt"), in.Name)
	}
	d := &scenarios.Decision{ID: fmt.Sprintf("inject-%d-%s", s.trainer.injected, in.ID), Prompt: prompt,
		AllowFreeText: true, Reply: 1,
		Posts:   []scenarios.Post{{By: "inject:" + in.ID, Text: in.Text}},
		Routes:  []scenarios.Route{{Next: resumeTarget}},
		Timeout: timeout, OnTimeout: resumeTarget}
	if timeout.Minutes() < float64(s.sc.SLAMinutes) {
		// an inject has no SLA of its own: its timeout is the time it
		// gives, for the badge and the speed score alike
		d.SLA = int(math.Ceil(timeout.Minutes()))
	}
	s.current, s.entered, s.opensAt = d, s.now, s.now
}

// resume goes back to the decision an inject interrupted, its opening and
// deadline moved on by the time the inject took, or to no decision.
func (s *Session) resume() {
	n := len(s.trainer.suspended)
	if n == 0 {
		s.current = nil
		s.opensAt = math.Inf(1)
		return
	}
	sd := s.trainer.suspended[n-1]
	s.trainer.suspended = s.trainer.suspended[:n-1]
	s.current, s.entered, s.opensAt = sd.d, sd.entered, sd.opensAt
	if sd.opensAt < sd.at {
		s.opensAt = sd.opensAt + (s.now - sd.at)
	}
}

func (s *Session) setDial(level int) error {
	if level < DialCalm || level > DialStorm {
		return ErrBadDial
	}
	s.trainer.dial = level
	s.crowd.SetInfectiousness(DialFactor(level))
	s.mark(TrainerMark{Kind: TrainerDial, Dial: level})
	return nil
}

func (s *Session) setTakeover(on bool) {
	s.trainer.takeover = on
	if !on && s.trainer.held != nil {
		s.releaseHeld()
	}
	s.mark(TrainerMark{Kind: TrainerTakeover, Name: s.sc.Customer.Name, On: on})
}

// customerPost publishes a post the trainer wrote as the customer. If the
// round waits for it, it replaces the customer's scripted posts and the
// decision opens after it as it would have after them.
func (s *Session) customerPost(text string) (string, error) {
	text = CleanText(text)
	if text == "" {
		return "", ErrEmptyReply
	}
	if n, limit, over := scenarios.OverLimit(s.sc.Channel, text); over {
		return "", fmt.Errorf("%w: %d characters, the %s limit is %d", ErrTooLong, n, s.sc.Channel, limit)
	}
	s.push(FeedItem{Minute: s.now, By: "customer", Kind: "post", Name: s.sc.Customer.Name,
		Handle: s.sc.Customer.Handle, Text: text, Trainer: true})
	s.seedPost(crowd.Post{By: "customer", Followers: s.sc.Customer.Followers})
	last := s.feed[len(s.feed)-1]
	s.lastPost = &last
	s.mark(TrainerMark{Kind: TrainerCustomer, Name: s.sc.Customer.Name, Text: text})
	if h := s.trainer.held; h != nil {
		s.trainer.held = nil
		lastCustomer := 0.0
		for _, p := range h.posts {
			if p.By == "customer" {
				lastCustomer = math.Max(lastCustomer, p.At.Minutes())
			}
		}
		for _, p := range h.posts {
			if p.By != "customer" {
				s.schedule(s.now+math.Max(0, p.At.Minutes()-lastCustomer), p)
			}
		}
		s.opensAt = s.now + math.Max(0, h.decision.Opens().Minutes()-lastCustomer)
		s.flushDue()
	}
	return text, nil
}

// scheduleDecisionPosts schedules a decision's posts when it is entered at
// minute t; while the trainer has the customer persona, a decision entered
// after a reply waits for the trainer's post instead of the customer's
// scripted ones.
func (s *Session) scheduleDecisionPosts(d *scenarios.Decision, t float64) {
	hold := s.trainer.takeover && t > 0 && slices.ContainsFunc(d.Posts,
		func(p scenarios.Post) bool { return p.By == "customer" })
	posts := withStances(d)
	if !hold {
		for _, p := range posts {
			s.schedule(t+p.At.Minutes(), p)
		}
		return
	}
	s.trainer.held = &heldPosts{decision: d, posts: posts, since: t}
	s.opensAt = math.Inf(1)
}

// releaseHeld lets the scripted customer posts come after all, from now.
func (s *Session) releaseHeld() {
	h := s.trainer.held
	s.trainer.held = nil
	first := math.Inf(1)
	for _, p := range h.posts {
		first = math.Min(first, p.At.Minutes())
	}
	if math.IsInf(first, 1) {
		first = 0
	}
	base := s.now - first
	for _, p := range h.posts {
		s.schedule(base+p.At.Minutes(), p)
	}
	s.opensAt = math.Max(s.now, base+h.decision.Opens().Minutes())
	s.flushDue()
}

// holding reports whether the clock stands still for the trainer's post.
func (s *Session) holding() bool { return s.trainer.held != nil && s.ending == nil }

func (s *Session) mark(m TrainerMark) {
	m.Minute = s.now
	m.Note = markNote(s.sc.Language, m)
	s.trainer.marks = append(s.trainer.marks, m)
}

// feedKind is how the feed shows an inject's author.
func feedKind(persona string) string {
	switch persona {
	case scenarios.PersonaJournalist:
		return "press"
	case scenarios.PersonaBlogger:
		return "blog"
	case scenarios.PersonaInfluencer:
		return "celebrity"
	case scenarios.PersonaCustomer:
		return "complaint"
	case scenarios.PersonaLeak, scenarios.PersonaCompetitor:
		return persona
	}
	return "post"
}

func oneLine(s string) string {
	return strings.Join(strings.Fields(CleanText(s)), " ")
}

// trainerSteps is a replay strategy that also replays what the trainer did.
type trainerSteps interface {
	// nextTrainer returns the next step if it is the trainer's.
	nextTrainer() (Step, bool)
	consumed()
}

// applyTrainerStep applies the strategy's next step when it is the
// trainer's, at its minute; and when the round waits for the trainer's
// post as the customer with no such post to come, lets the script take
// over as the game does when the trainer does not answer in time.
func applyTrainerStep(s *Session, st Strategy) (bool, error) {
	if ts, ok := st.(trainerSteps); ok {
		if step, ok := ts.nextTrainer(); ok {
			if step.At > s.now {
				s.AdvanceTo(step.At)
			}
			ts.consumed()
			if err := s.Trainer(*step.Trainer); err != nil && !errors.Is(err, ErrEnded) {
				return true, fmt.Errorf("trainer's %s at minute %g: %w", step.Trainer.Kind, step.At, err)
			}
			return true, nil
		}
	}
	if s.holding() {
		return true, s.Trainer(TrainerInput{Kind: TrainerScripted})
	}
	return false, nil
}

func (t *FromTranscript) nextTrainer() (Step, bool) {
	if t.next < len(t.Steps) && t.Steps[t.next].Trainer != nil {
		return t.Steps[t.next], true
	}
	return Step{}, false
}

func (t *FromTranscript) consumed() { t.next++ }
