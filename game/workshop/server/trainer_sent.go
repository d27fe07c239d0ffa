package server

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/webcaresim/webcaresim/game/session"
	"github.com/webcaresim/webcaresim/game/workshop/api"
	"github.com/webcaresim/webcaresim/game/workshop/store"
)

// A result's transcript carries the trainer's inputs (injects, the heat
// dial, the customer's posts) and the server replays them with the round.
// A game must not be able to write its own: the store keeps what the
// game fetched for each round (on any instance), and a transcript with a
// trainer input its round never fetched is refused.
//
// The order is checked: the game applies the commands in the order it
// fetches them. The minute is checked from below: when the game first
// fetched a command, the server noted the round's minute that the game's
// own progress events had reported by then (its replies and outrage
// samples), and the game cannot have applied the command earlier. A later
// minute is not refused: the game's speed, pauses and poll interval lie
// between the server's clock and the round's, and events may arrive late,
// so no upper bound would hold for an honest game. A "scripted" step is
// not checked: the game takes it itself when it cannot reach the trainer,
// and it only lets the scenario's own posts come.

// errStoreRead: the store could not be read to check a result.
var errStoreRead = errors.New("could not read the store")

// minuteSlack absorbs the rounding of minutes carried through JSON.
const minuteSlack = 1e-6

// checkTrainerInputs refuses (errNotAsPlayed) a transcript whose trainer
// inputs are not, in order, among those the trainee's round fetched, or
// that puts one before the minute the round had reached when it was
// fetched.
func (s *Server) checkTrainerInputs(ctx context.Context, traineeID string, req *api.ResultRequest) error {
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
	sent, err := s.st.FetchedCommands(ctx, traineeID, req.Round)
	if err != nil {
		s.log.Error("fetched commands", "err", err)
		return fmt.Errorf("%w: the trainer's commands of this round", errStoreRead)
	}
	next := 0
	for _, st := range steps {
		want := inputKey(*st.Trainer)
		for next < len(sent) && sentKey(sent[next]) != want {
			next++
		}
		if next == len(sent) {
			return fmt.Errorf("%w: the transcript has the trainer's %s at minute %.1f, which this round never fetched",
				errNotAsPlayed, describeInput(*st.Trainer), st.At)
		}
		if floor := sent[next].FloorMinute; st.At < floor-minuteSlack {
			return fmt.Errorf("%w: the transcript has the trainer's %s at minute %.1f, but the round was at minute %.1f when it fetched it",
				errNotAsPlayed, describeInput(*st.Trainer), st.At, floor)
		}
		next++
	}
	return nil
}

// sentKey is inputKey of a stored command ("" for one that cannot be read).
func sentKey(cmd store.Command) string {
	in, err := decodeInput(cmd)
	if err != nil {
		return ""
	}
	return inputKey(in)
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
			flat(in.Text), fmt.Sprint(in.AsksAnswer), crowdKey(in.Crowd)}, "\x00")
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

// crowdKey is a live inject's crowd effect in inputKey.
func crowdKey(c *session.InjectCrowd) string {
	if c == nil {
		return "-"
	}
	f := func(p *float64) string {
		if p == nil {
			return "-"
		}
		return fmt.Sprint(*p)
	}
	return fmt.Sprint(c.BranchingFactor, "/", f(c.NegativeShare), "/", f(c.PositiveShare))
}
