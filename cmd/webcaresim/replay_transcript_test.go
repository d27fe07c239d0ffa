package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/webcaresim/webcaresim/game/session"
	"github.com/webcaresim/webcaresim/scenarios"
)

// A workshop round with the trainer's inputs (an inject that asks for an
// answer, the heat dial, a live inject, the customer's post written by the
// trainer) replays from its transcript to the same report, byte for byte.
func TestReplayTranscriptWithTrainerInputs(t *testing.T) {
	sc, _ := scenarios.Builtin().Find("dominos-sorry", "en")
	s, err := session.New(sc, session.Options{Seed: 4, Mode: session.Workshop, Player: "Sam"})
	if err != nil {
		t.Fatal(err)
	}
	step := func(to float64) {
		for s.Now() < to && !s.Done() {
			s.AdvanceTo(min(to, s.Now()+0.61))
		}
	}
	trainer := func(in session.TrainerInput) {
		if err := s.Trainer(in); err != nil {
			t.Fatalf("%s: %v", in.Kind, err)
		}
	}
	step(2.2)
	trainer(session.TrainerInput{Kind: session.TrainerDial, Dial: 1})
	trainer(session.TrainerInput{Kind: session.TrainerInject, Inject: "influencer"})
	step(4.9)
	if err := s.Publish("@lisafoodies Fair point, that was a canned reply and it missed Kevin's compliment. Thank you both! ^Mark"); err != nil {
		t.Fatal(err)
	}
	trainer(session.TrainerInput{Kind: session.TrainerTakeover, On: true})
	trainer(session.TrainerInput{Kind: session.TrainerInject, Persona: "other", Name: "Pizza fan", Text: "Just order a pizza, people 🍕"})
	for i := 0; !s.Done() && i < 500; i++ {
		if _, waiting := s.WaitingForCustomer(); waiting {
			trainer(session.TrainerInput{Kind: session.TrainerCustomer, Text: "Haha, no worries. Still the best pizza!"})
			continue
		}
		if d := s.Decision(); d != nil {
			step(s.OpenedAt() + 1.7)
			if s.Decision() == d {
				if len(d.Choices) > 0 {
					err = s.Choose(0)
				} else {
					err = s.Publish("Thanks for asking, we will look into it. ^Mark")
				}
				if err != nil {
					t.Fatal(err)
				}
			}
			continue
		}
		step(s.Now() + 5)
	}
	var want bytes.Buffer
	enc := json.NewEncoder(&want)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(s.Report()); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "round.json")
	data, _ := json.Marshal(s.Transcript())
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errs := runCmd(t, "", "replay", "--scenario", "dominos-sorry", "--lang", "en", "--transcript", path, "--json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if out != want.String() {
		t.Errorf("the replay differs from the round played:\nplayed %.500s\nreplay %.500s", want.String(), out)
	}
	_, text, _ := runCmd(t, "", "replay", "--scenario", "dominos-sorry", "--lang", "en", "--transcript", path)
	if !strings.Contains(text, "the trainer added an influencer here (Lisa Foodies)") {
		t.Errorf("the printed report does not say what the trainer did:\n%s", text)
	}
}
