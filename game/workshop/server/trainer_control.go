package server

import (
	"context"
	"encoding/json"
	"net/http"
	"slices"
	"strconv"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/webcaresim/webcaresim/game/session"
	"github.com/webcaresim/webcaresim/game/workshop/api"
	"github.com/webcaresim/webcaresim/game/workshop/store"
)

// The trainer drives the room: injects, the heat dial, and the customer
// written by the trainer. Commands wait in the store, per trainee and round, until
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

// control is what one instance keeps of the trainer's hold: only the
// budget of actions (per instance, like the quotas) and the takeover's
// timeout. Who owns a workshop, the trainees' sides and the commands are
// in the store (store.ControlStore), so a restart and every instance on
// the database keep them.
type control struct {
	mu      sync.Mutex
	budget  map[string]*bucket
	timeout time.Duration
}

type bucket struct {
	tokens float64
	at     time.Time
}

func newControl() *control {
	return &control{budget: map[string]*bucket{}, timeout: TakeoverTimeout}
}

// enqueue adds a command for the trainee's round.
func enqueue(tx *store.ControlTx, trainee, round string, in session.TrainerInput, now time.Time) error {
	b, err := json.Marshal(in)
	if err != nil {
		return err
	}
	_, err = tx.Enqueue(trainee, round, b, now)
	return err
}

// decodeInput reads a stored command's input.
func decodeInput(cmd store.Command) (session.TrainerInput, error) {
	var in session.TrainerInput
	err := json.Unmarshal(cmd.Input, &in)
	return in, err
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
// round's unfetched commands go, the dial and the takeover carry over.
// workshopDial is the dial for everyone.
func newRound(tx *store.ControlTx, tc *store.TraineeControl, round string, workshopDial int, now time.Time) error {
	tc.Round, tc.Waiting, tc.Suggestions, tc.Linked = round, false, nil, false
	if err := tx.DropOtherRounds(tc.Trainee, round); err != nil {
		return err
	}
	queued, err := tx.Commands(tc.Trainee, round, 0, 0) // sent between the round's start and its first poll
	if err != nil {
		return err
	}
	has := map[string]bool{}
	for _, cmd := range queued {
		if in, err := decodeInput(cmd); err == nil {
			has[in.Kind] = true
		}
	}
	if !tc.DialSet {
		tc.Dial = workshopDial
	}
	if tc.Dial != 0 && !has[session.TrainerDial] {
		if err := enqueue(tx, tc.Trainee, round, session.TrainerInput{Kind: session.TrainerDial, Dial: tc.Dial}, now); err != nil {
			return err
		}
	}
	if tc.Takeover && !has[session.TrainerTakeover] {
		return enqueue(tx, tc.Trainee, round, session.TrainerInput{Kind: session.TrainerTakeover, On: true}, now)
	}
	return nil
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
	paused, floor := false, 0.0
	if tl != nil {
		id, code, paused = tl.t.ID, wl.w.Code, wl.w.Paused
		if tl.round == round {
			// What the game's own events said of the round's clock: a
			// command fetched now cannot be applied at an earlier minute.
			floor = tl.minute
		}
	}
	s.hub.mu.RUnlock()
	if tl == nil {
		jsonError(w, http.StatusUnauthorized, "unknown token: join again")
		return
	}
	now := s.now()
	s.heard(id, round) // the round's game is alive, even on a stopped clock
	up := api.TrainerUpdate{Paused: paused, Commands: []api.Command{}}
	tc, cmds, err := s.pollCommands(r.Context(), code, id, round, after, floor, now)
	if err != nil {
		s.log.Error("trainer poll", "err", err)
		jsonError(w, http.StatusInternalServerError, "could not read the trainer's commands")
		return
	}
	for _, cmd := range cmds {
		in, err := decodeInput(cmd)
		if err != nil {
			continue
		}
		up.Commands = append(up.Commands, api.Command{Seq: cmd.Seq, Round: cmd.Round, Input: in})
	}
	up.Typing = round != "" && now.Before(tc.TypingUntil)
	writeJSON(w, http.StatusOK, up)
}

// pollCommands is a poll's part in the store: a read alone when nothing
// changes (the round is known, no wait ran out, every command was fetched
// before), else one transaction that starts the round, lets the script
// take over, and notes what the game fetched with the round's minute
// floor.
func (s *Server) pollCommands(ctx context.Context, code, id, round string, after int64, floor float64, now time.Time) (store.TraineeControl, []store.Command, error) {
	tc, cmds, err := s.st.PollView(ctx, id, round, after, api.MaxCommandsReply)
	if err != nil || round == "" {
		return tc, cmds, err
	}
	timedOut := func(tc store.TraineeControl) bool { return tc.Waiting && now.Sub(tc.WaitSince) >= s.ctl.timeout }
	if tc.Round == round && !timedOut(tc) && !slices.ContainsFunc(cmds, func(c store.Command) bool { return !c.Fetched }) {
		return tc, cmds, nil
	}
	err = s.st.Control(ctx, code, func(tx *store.ControlTx) error {
		var err error
		if tc, err = tx.Trainee(id); err != nil {
			return err
		}
		if tc.Round != round {
			_, dial, err := tx.Owner()
			if err == nil {
				err = newRound(tx, &tc, round, dial, now)
			}
			if err != nil {
				return err
			}
		}
		if timedOut(tc) {
			if err := enqueue(tx, id, round, session.TrainerInput{Kind: session.TrainerScripted}, now); err != nil {
				return err
			}
			tc.Waiting, tc.Suggestions = false, nil
			tc.Fallbacks++
		}
		if cmds, err = tx.Commands(id, round, after, api.MaxCommandsReply); err != nil {
			return err
		}
		for _, cmd := range cmds {
			if cmd.Fetched {
				continue
			}
			if err := tx.MarkFetched(cmd.Seq, floor); err != nil {
				return err
			}
			if in, err := decodeInput(cmd); err == nil && in.Kind == session.TrainerTakeover {
				tc.Linked = in.On
			}
		}
		return tx.PutTrainee(tc)
	})
	return tc, cmds, err
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
	now := s.now()
	err := s.st.Control(r.Context(), code, func(tx *store.ControlTx) error {
		tc, err := tx.Trainee(id)
		if err != nil {
			return err
		}
		if st.Round != tc.Round && st.Round == playing {
			// the round's first word to the trainer came before its first poll
			_, dial, err := tx.Owner()
			if err == nil {
				err = newRound(tx, &tc, st.Round, dial, now)
			}
			if err != nil {
				return err
			}
		}
		if st.Round == tc.Round && tc.Takeover {
			if st.Waiting && !tc.Waiting {
				tc.WaitSince = now
			}
			tc.Waiting, tc.Suggestions = st.Waiting, st.Suggestions
		}
		return tx.PutTrainee(tc)
	})
	if err != nil {
		s.log.Error("round state", "err", err)
		jsonError(w, http.StatusInternalServerError, "could not store the round's state")
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
