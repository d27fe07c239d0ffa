package server

import (
	"net/http"
	"strconv"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/webcaresim/webcaresim/game/session"
	"github.com/webcaresim/webcaresim/game/workshop/api"
)

// The trainer drives the room: injects, the heat dial, and the customer
// written by the trainer. Commands wait here, per trainee and round, until
// the trainee's game fetches them on its poll (GET /api/v1/trainer); the
// game applies them to its session, which records them in the round's
// transcript, so the result the server stores has them with their minute.
// This is the live part only: what counts is in the results.

// TakeoverTimeout is how long a trainee's round waits for the trainer's
// post as the customer before the scripted posts come.
const TakeoverTimeout = 90 * time.Second

// maxTakeover is the most trainees whose customer one trainer writes at a
// time: a small group, so every one gets an answer in time.
const maxTakeover = 5

// typingFor is how long one typing signal from the trainer's page lasts.
const typingFor = 4 * time.Second

// Budget of trainer actions per workshop: a burst of actionBurst, then one
// every actionEvery.
const (
	actionBurst = 40
	actionEvery = 250 * time.Millisecond
)

type control struct {
	mu      sync.Mutex
	seq     int64
	owner   map[string]string // workshop code → SHA-256 of the owning trainer session
	dial    map[string]int    // workshop code → the dial for everyone
	byID    map[string]*traineeCtl
	budget  map[string]*bucket
	timeout time.Duration
}

// traineeCtl is the trainer's side of one trainee.
type traineeCtl struct {
	round       string
	queue       []api.Command
	dial        int
	dialSet     bool // the dial was set for this trainee, not for everyone
	takeover    bool
	linked      bool // the game fetched the takeover: its round waits for the trainer
	waiting     bool
	waitSince   time.Time
	suggestions []string
	typingUntil time.Time
	fallbacks   int // rounds that went on with the script because the trainer did not answer
	lastPoll    time.Time
	// sent is what the game fetched, by round, for checking its result
	// (trainer_sent.go); sentOrder is the rounds oldest first.
	sent      map[string][]session.TrainerInput
	sentOrder []string
}

type bucket struct {
	tokens float64
	at     time.Time
}

func newControl() *control {
	return &control{owner: map[string]string{}, dial: map[string]int{}, byID: map[string]*traineeCtl{},
		budget: map[string]*bucket{}, timeout: TakeoverTimeout}
}

func (c *control) trainee(id string) *traineeCtl {
	tc := c.byID[id]
	if tc == nil {
		tc = &traineeCtl{}
		c.byID[id] = tc
	}
	return tc
}

// enqueue adds a command for the trainee's round.
func (c *control) enqueue(tc *traineeCtl, round string, in session.TrainerInput) {
	c.seq++
	tc.queue = append(tc.queue, api.Command{Seq: c.seq, Round: round, Input: in})
	if len(tc.queue) > 200 {
		tc.queue = tc.queue[len(tc.queue)-200:] // a game that never polls cannot grow the queue
	}
}

// spend takes one action from the workshop's budget.
func (c *control) spend(code string, now time.Time) bool {
	b := c.budget[code]
	if b == nil {
		b = &bucket{tokens: actionBurst, at: now}
		c.budget[code] = b
	}
	b.tokens = min(actionBurst, b.tokens+now.Sub(b.at).Seconds()/actionEvery.Seconds())
	b.at = now
	if b.tokens < 1 {
		return false
	}
	b.tokens--
	return true
}

// newRound starts the trainer's side of a trainee's new round: the old
// round's commands go, the dial and the takeover carry over.
func (c *control) newRound(tc *traineeCtl, round, workshop string) {
	tc.round, tc.waiting, tc.suggestions, tc.linked = round, false, nil, false
	kept := tc.queue[:0]
	has := map[string]bool{}
	for _, cmd := range tc.queue {
		if cmd.Round == round { // sent between the round's start and its first poll
			kept = append(kept, cmd)
			has[cmd.Input.Kind] = true
		}
	}
	tc.queue = kept
	if !tc.dialSet {
		tc.dial = c.dial[workshop]
	}
	if tc.dial != 0 && !has[session.TrainerDial] {
		c.enqueue(tc, round, session.TrainerInput{Kind: session.TrainerDial, Dial: tc.dial})
	}
	if tc.takeover && !has[session.TrainerTakeover] {
		c.enqueue(tc, round, session.TrainerInput{Kind: session.TrainerTakeover, On: true})
	}
}

// apiTrainerPoll answers the game's poll: the pause, the commands after the
// last one it applied, and whether the trainer is typing as its customer.
// A round that waited too long for the trainer's post gets "scripted".
func (s *Server) apiTrainerPoll(w http.ResponseWriter, r *http.Request) {
	round := r.URL.Query().Get("round")
	after, _ := strconv.ParseInt(r.URL.Query().Get("after"), 10, 64)
	if len(round) > api.MaxRoundBytes {
		jsonError(w, http.StatusBadRequest, "round id too long")
		return
	}
	s.hub.mu.RLock()
	tl, wl := s.authTrainee(r)
	var id, code string
	paused := false
	if tl != nil {
		id, code, paused = tl.t.ID, wl.w.Code, wl.w.Paused
	}
	s.hub.mu.RUnlock()
	if tl == nil {
		jsonError(w, http.StatusUnauthorized, "unknown token: join again")
		return
	}
	now := s.now()
	up := api.TrainerUpdate{Paused: paused, Commands: []api.Command{}}
	c := s.ctl
	c.mu.Lock()
	tc := c.trainee(id)
	tc.lastPoll = now
	if round != "" {
		if round != tc.round {
			c.newRound(tc, round, code)
		}
		if tc.waiting && now.Sub(tc.waitSince) >= c.timeout {
			c.enqueue(tc, round, session.TrainerInput{Kind: session.TrainerScripted})
			tc.waiting, tc.suggestions = false, nil
			tc.fallbacks++
		}
		kept := tc.queue[:0]
		for _, cmd := range tc.queue {
			if cmd.Seq > after {
				kept = append(kept, cmd)
				if cmd.Round == round && len(up.Commands) < api.MaxCommandsReply {
					up.Commands = append(up.Commands, cmd)
					tc.noteSent(cmd)
					if cmd.Input.Kind == session.TrainerTakeover {
						tc.linked = cmd.Input.On
					}
				}
			}
		}
		tc.queue = kept
		up.Typing = now.Before(tc.typingUntil)
	}
	c.mu.Unlock()
	writeJSON(w, http.StatusOK, up)
}

// apiRoundState takes what the game tells the trainer who writes its
// customer: waiting for the post, with the scripted suggestions.
func (s *Server) apiRoundState(w http.ResponseWriter, r *http.Request) {
	s.hub.mu.RLock()
	tl, wl := s.authTrainee(r)
	var id, code, playing string
	if tl != nil {
		id, code, playing = tl.t.ID, wl.w.Code, tl.round
	}
	s.hub.mu.RUnlock()
	if tl == nil {
		jsonError(w, http.StatusUnauthorized, "unknown token: join again")
		return
	}
	var st api.RoundState
	if err := readJSON(w, r, 32<<10, &st); err != nil {
		jsonError(w, http.StatusBadRequest, err.Error())
		return
	}
	if len(st.Suggestions) > api.MaxSuggestions {
		st.Suggestions = st.Suggestions[:api.MaxSuggestions]
	}
	for i, t := range st.Suggestions {
		if utf8.RuneCountInString(t) > api.MaxTextRunes {
			jsonError(w, http.StatusBadRequest, "a suggestion is too long")
			return
		}
		st.Suggestions[i] = session.CleanText(t)
	}
	c := s.ctl
	c.mu.Lock()
	tc := c.trainee(id)
	if st.Round != tc.round && st.Round == playing {
		c.newRound(tc, st.Round, code) // the round's first word to the trainer came before its first poll
	}
	if st.Round == tc.round && tc.takeover {
		if st.Waiting && !tc.waiting {
			tc.waitSince = s.now()
		}
		tc.waiting, tc.suggestions = st.Waiting, st.Suggestions
	}
	c.mu.Unlock()
	w.WriteHeader(http.StatusNoContent)
}
