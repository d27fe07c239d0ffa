package server

import (
	"encoding/json"
	"testing"

	"github.com/webcaresim/webcaresim/game/session"
	"github.com/webcaresim/webcaresim/scenarios"
)

// playLikeTheGame plays a round the way the window does: time moves on in
// small, uneven steps (frames), the trainee takes a while at each decision,
// types at one and picks a written choice at the others.
func playLikeTheGame(t *testing.T, sc *scenarios.Scenario, seed uint64, mode session.Mode) *session.Session {
	t.Helper()
	s, err := session.New(sc, session.Options{Seed: seed, Mode: mode, Player: "Bo"})
	if err != nil {
		t.Fatal(err)
	}
	frames := []float64{0.031, 0.017, 0.05, 0.0233}
	k := 0
	for i := 0; !s.Done() && i < 2_000_000; i++ {
		if d := s.Decision(); d != nil && s.Now() >= s.OpenedAt()+1.7+float64(k%3) {
			var err error
			switch {
			case k == 0:
				err = s.Publish("Wat vervelend, sorry! Stuur je me een DM met je klantnummer? Dan zoek ik het vandaag uit. ^Lotte")
			default:
				err = s.Choose((k + int(seed)) % len(d.Choices))
			}
			if err != nil {
				t.Fatal(err)
			}
			k++
			continue
		}
		if s.Ending() != nil && i%500 == 0 {
			s.Finish()
			continue
		}
		s.Advance(frames[i%len(frames)])
	}
	return s
}

func TestAPlayedRoundReplaysToTheSameReport(t *testing.T) {
	for _, sc := range scenarios.Builtin().Scenarios {
		for _, mode := range []session.Mode{session.Workshop, session.Practice} {
			for seed := uint64(1); seed <= 2; seed++ {
				played := playLikeTheGame(t, sc, seed, mode)
				tr := played.Transcript()
				again, err := replayRound(sc, &tr, "Bo", true, played.Report().Minutes)
				if err != nil {
					t.Fatalf("%s %s seed %d: %v", sc.Key(), mode, seed, err)
				}
				a, _ := json.Marshal(played.Report())
				b, _ := json.Marshal(again.Report())
				if len(played.Replies()) < 2 || len(tr.Steps) < 2 {
					t.Fatalf("%s: the round had %d replies, %d steps", sc.Key(), len(played.Replies()), len(tr.Steps))
				}
				if string(a) != string(b) {
					t.Errorf("%s %s seed %d: the replay's report differs (scores %+v, replayed %+v)", sc.Key(), mode, seed, played.Report().Scores, again.Report().Scores)
				}
			}
		}
	}
}

// A round with the trainer's inputs (an inject answered, the heat dial, the
// customer taken over and written by the trainer) replays to the same
// report: the trainer's steps are in the transcript.
func TestARoundWithTheTrainersInputsReplays(t *testing.T) {
	sc, _ := scenarios.Builtin().Find("sanoma-juf", "nl")
	s, err := session.New(sc, session.Options{Seed: 11, Mode: session.Workshop, Player: "Bo"})
	if err != nil {
		t.Fatal(err)
	}
	advance := func(to float64) {
		for s.Now() < to && !s.Done() {
			before := s.Now()
			s.AdvanceTo(min(to, s.Now()+0.37))
			if s.Now() == before {
				return
			}
		}
	}
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	advance(12.3)
	must(s.Trainer(session.TrainerInput{Kind: session.TrainerInject, Inject: "journalist"}))
	advance(15.9)
	must(s.Publish("@evabrink_mv Dank voor je vraag. Ik heb Dorien mijn excuses aangeboden en bel haar vandaag. ^Lotte"))
	must(s.Trainer(session.TrainerInput{Kind: session.TrainerDial, Dial: session.DialStorm}))
	must(s.Trainer(session.TrainerInput{Kind: session.TrainerTakeover, On: true}))
	advance(19.2)
	must(s.Choose(2))
	if _, waiting := s.WaitingForCustomer(); waiting {
		must(s.Trainer(session.TrainerInput{Kind: session.TrainerCustomer, Text: "Oké, bel me maar om 14.00 uur."}))
	}
	must(s.Trainer(session.TrainerInput{Kind: session.TrainerTakeover, On: false}))
	for i := 0; !s.Done() && i < 1000; i++ {
		if d := s.Decision(); d != nil {
			advance(s.OpenedAt() + 2.5)
			if s.Decision() == d {
				must(s.Choose(0))
			}
			continue
		}
		advance(s.Now() + 7)
	}
	if len(s.Report().Trainer) < 3 {
		t.Fatalf("the round has %d trainer marks; the test needs the trainer's inputs", len(s.Report().Trainer))
	}
	tr := s.Transcript()
	again, err := replayRound(sc, &tr, "Bo", true, s.Report().Minutes)
	if err != nil {
		t.Fatal(err)
	}
	a, _ := json.Marshal(s.Report())
	b, _ := json.Marshal(again.Report())
	if string(a) != string(b) {
		t.Errorf("the replay of a round with the trainer's inputs differs:\nlive   %.400s\nreplay %.400s", a, b)
	}
}

// BenchmarkReplayARound is the server's work of re-scoring one result: the
// replay of a played round of every built-in scenario in turn.
func BenchmarkReplayARound(b *testing.B) {
	var rounds []*session.Session
	for i, sc := range scenarios.Builtin().Scenarios {
		s, err := session.Run(sc, session.Options{Seed: uint64(i + 1), Mode: session.Workshop}, session.Best{})
		if err == nil {
			rounds = append(rounds, s)
		}
	}
	i := 0
	for b.Loop() {
		s := rounds[i%len(rounds)]
		i++
		tr := s.Transcript()
		if _, err := replayRound(s.Scenario(), &tr, "Bo", true, s.Report().Minutes); err != nil {
			b.Fatal(err)
		}
	}
}
