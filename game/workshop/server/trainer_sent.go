package server

import (
	"fmt"
	"strings"

	"github.com/webcaresim/webcaresim/game/session"
	"github.com/webcaresim/webcaresim/game/workshop/api"
)

// A result's transcript carries the trainer's inputs (injects, the heat
// dial, the customer's posts) and the server replays them with the round.
// A game must not be able to write its own: the server keeps what it sent
// to each trainee's rounds, and refuses a transcript with a trainer input it
// never sent to that round.
//
// The minute of an input is not checked against the server: the server
// knows when it sent a command in its own time, the transcript knows the
// round's minute, and between the two lie the game's speed, pauses and
// poll interval, so no tolerance would hold for an honest game without
// letting a forged minute through. A "scripted" step is not checked: the
// game takes it itself when it cannot reach the trainer, and it only lets
// the scenario's own posts come. The order is checked: the game applies
// the commands in the order it fetches them.

const (
	// sentRoundsKept is how many of a trainee's latest rounds the server
	// remembers its commands for: a result may come after the next round
	// has begun (a game that was offline sends it later).
	sentRoundsKept = 8
	// maxSentPerRound bounds the memory of one round; it is above the
	// transcript's step limit, so an honest round never loses one.
	maxSentPerRound = 2 * maxTranscriptSteps
)

// noteSent remembers a command the game fetched for its round. The caller
// holds c.mu.
func (tc *traineeCtl) noteSent(cmd api.Command) {
	if tc.sent == nil {
		tc.sent = map[string][]session.TrainerInput{}
	}
	if _, ok := tc.sent[cmd.Round]; !ok {
		tc.sentOrder = append(tc.sentOrder, cmd.Round)
		if len(tc.sentOrder) > sentRoundsKept {
			delete(tc.sent, tc.sentOrder[0])
			tc.sentOrder = tc.sentOrder[1:]
		}
	}
	if len(tc.sent[cmd.Round]) < maxSentPerRound {
		tc.sent[cmd.Round] = append(tc.sent[cmd.Round], cmd.Input)
	}
}

// checkTrainerInputs refuses (errNotAsPlayed) a transcript whose trainer
// inputs are not, in order, among those the server sent to the trainee's
// round.
func (s *Server) checkTrainerInputs(traineeID string, req *api.ResultRequest) error {
	var steps []session.Step
	for _, st := range req.Transcript.Steps {
		// "scripted" is the game's own: a round that cannot reach the
		// trainer lets the script go on (client.OfflineTakeover).
		if st.Trainer != nil && st.Trainer.Kind != session.TrainerScripted {
			steps = append(steps, st)
		}
	}
	if len(steps) == 0 {
		return nil
	}
	s.ctl.mu.Lock()
	var sent []session.TrainerInput
	if tc := s.ctl.byID[traineeID]; tc != nil {
		sent = append(sent, tc.sent[req.Round]...)
	}
	s.ctl.mu.Unlock()
	next := 0
	for _, st := range steps {
		want := inputKey(*st.Trainer)
		for next < len(sent) && inputKey(sent[next]) != want {
			next++
		}
		if next == len(sent) {
			return fmt.Errorf("%w: the transcript has the trainer's %s at minute %.1f, which this server never sent to this round",
				errNotAsPlayed, describeInput(*st.Trainer), st.At)
		}
		next++
	}
	return nil
}

// inputKey is what must agree between a command sent and the input the
// game recorded. The session records an input as it applied it (a
// ready-made inject by its id alone, text cleaned, names on one line), so
// both sides are put in that form first.
func inputKey(in session.TrainerInput) string {
	flat := func(s string) string { return strings.Join(strings.Fields(session.CleanText(s)), " ") }
	switch in.Kind {
	case session.TrainerInject:
		if in.Inject != "" {
			return "inject\x00" + in.Inject
		}
		return strings.Join([]string{"inject", in.Persona, flat(in.Name), flat(in.Handle), fmt.Sprint(min(max(in.Followers, 0), 100_000_000)),
			flat(in.Text), fmt.Sprint(in.AsksAnswer)}, "\x00")
	case session.TrainerDial:
		return fmt.Sprint("dial\x00", in.Dial)
	case session.TrainerCustomer:
		return "customer\x00" + flat(in.Text)
	case session.TrainerTakeover:
		return fmt.Sprint("takeover\x00", in.On)
	}
	return in.Kind
}

// describeInput names an input in a refusal.
func describeInput(in session.TrainerInput) string {
	switch {
	case in.Kind == session.TrainerInject && in.Inject != "":
		return fmt.Sprintf("inject %q", in.Inject)
	case in.Kind == session.TrainerDial:
		return fmt.Sprintf("heat dial at %d", in.Dial)
	}
	return in.Kind
}
