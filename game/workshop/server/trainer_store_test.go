package server_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"math"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/webcaresim/webcaresim/game/session"
	"github.com/webcaresim/webcaresim/game/workshop/api"
	"github.com/webcaresim/webcaresim/game/workshop/client"
	"github.com/webcaresim/webcaresim/game/workshop/store/storetest"
)

// playOut plays a round to its end: the first choice at every decision,
// a typed answer where there are no choices.
func playOut(t *testing.T, s *session.Session) {
	t.Helper()
	for i := 0; !s.Done() && i < 200; i++ {
		if d := s.Decision(); d != nil {
			s.AdvanceTo(s.OpenedAt() + 2)
			if s.Decision() == d {
				err := s.Choose(0)
				if len(d.Choices) == 0 {
					err = s.Publish("@evabrink_mv Sorry voor onze toon. Ik bel u vandaag om het goed te maken. ^Lotte")
				}
				if err != nil {
					t.Fatal(err)
				}
			}
			continue
		}
		s.Finish()
		s.AdvanceTo(math.Min(s.NextStop(), s.Now()+30))
	}
}

// report sends a round's result to the server at base.
func (tr *trainee) report(base string, s *session.Session) error {
	_, err := client.Report(context.Background(), base, tr.c.Token, tr.round, time.Now(), time.Now(), true, s.Report(), s.Transcript())
	return err
}

// sanomaWith is a Sanoma round as its game played it: the trainer's
// inputs applied at the minutes given, then played out.
func sanomaWith(t *testing.T, player string, inputs map[float64]session.TrainerInput, order []float64) *session.Session {
	t.Helper()
	s, _ := session.New(sanoma(t), session.Options{Seed: 1, Mode: session.Workshop, Player: player})
	for _, at := range order {
		s.AdvanceTo(at)
		if err := s.Trainer(inputs[at]); err != nil {
			t.Fatal(err)
		}
	}
	playOut(t, s)
	return s
}

// The trainer's hold on a workshop is in the store: after a restart the
// trainer who made the workshop still steers it and no other session
// does, a command sent before the restart and not yet fetched reaches the
// game, and a round with the trainer's inputs is accepted by the new
// process. On SQLite and PostgreSQL.
func TestTheTrainersHoldSurvivesARestart(t *testing.T) {
	storetest.Each(t, func(t *testing.T, spec string) {
		e := start(t, spec)
		e.login()
		code := e.workshop()
		tr := e.joinAndStart(code, "Sem", "sanoma-juf", "nl")
		if st, _ := e.steer(code, "dial", url.Values{"target": {"trainee:" + tr.id}, "dial": {"1"}}); st != 200 {
			t.Fatalf("dial: %d", st)
		}
		if k := kinds(tr.poll(t)); k != "dial1" {
			t.Fatalf("before the restart the game fetched %q, want the dial", k)
		}
		if st, _ := e.steer(code, "inject", url.Values{"target": {"all"}, "inject": {"journalist"}}); st != 200 {
			t.Fatalf("inject: %d", st)
		}
		jar := e.web
		e.stop()

		e = start(t, spec)
		e.web = jar // the trainer's browser, still logged in (the session is in the store)
		tr.c.Server = e.base
		if k := kinds(tr.poll(t)); k != "inject:journalist" {
			t.Fatalf("after the restart the game fetched %q, want the inject sent before it", k)
		}
		if st, out := e.steer(code, "dial", url.Values{"target": {"all"}, "dial": {"-1"}}); st != 200 {
			t.Fatalf("the workshop's own trainer after the restart: %d %v", st, out)
		}
		other := &env{t: t, ts: e.ts, st: e.st, web: newJarClient(), base: e.base}
		other.login()
		if st, out := other.steer(code, "inject", url.Values{"target": {"all"}, "inject": {"journalist"}}); st != http.StatusForbidden {
			t.Fatalf("another trainer session after the restart: %d %v, want 403", st, out)
		}
		if k := kinds(tr.poll(t)); k != "dial-1" {
			t.Fatalf("the game fetched %q, want the dial for everyone", k)
		}
		s := sanomaWith(t, "Sem", map[float64]session.TrainerInput{
			0:  {Kind: session.TrainerDial, Dial: 1},
			11: {Kind: session.TrainerInject, Inject: "journalist"},
			12: {Kind: session.TrainerDial, Dial: -1},
		}, []float64{0, 11, 12})
		if err := tr.report(e.base, s); err != nil {
			t.Fatalf("the round with the trainer's inputs, after the restart: %v", err)
		}
	})
}

// Two instances on one PostgreSQL database, as behind a load balancer
// without sticky sessions: the trainer steers on A, the trainee's game
// polls and reports on B. The game gets every command, the trainer's desk
// on A sees the round wait for the customer's post that the game told B,
// a second trainer session on B cannot steer, and B accepts the round
// with the trainer's inputs.
func TestTwoInstancesShareTheTrainersHold(t *testing.T) {
	dsn := storetest.Postgres(t)
	a, b := instance(t, dsn), instance(t, dsn)
	a.login()
	code := a.workshop()
	tr := b.joinAndStart(code, "Kim", "sanoma-juf", "nl")
	until(t, "A sees Kim playing", func() bool {
		st := a.controlState(code)
		return len(st.Trainees) == 1 && st.Trainees[0].Playing
	})
	if st, out := a.steer(code, "inject", url.Values{"target": {"all"}, "inject": {"journalist"}}); st != 200 || out["sent"] != 1.0 {
		t.Fatalf("inject on A: %d %v", st, out)
	}
	if st, _ := a.steer(code, "takeover", url.Values{"trainee": {tr.id}, "on": {"1"}}); st != 200 {
		t.Fatalf("takeover on A: %d", st)
	}
	if k := kinds(tr.poll(t)); k != "inject:journalist,takeover" {
		t.Fatalf("the game polling B fetched %q, want the inject and the takeover sent on A", k)
	}
	body, _ := json.Marshal(api.RoundState{Round: tr.round, Waiting: true, Suggestions: []string{"Ik wacht nog steeds."}})
	req, _ := http.NewRequest("POST", b.base+api.PathTrainer, bytes.NewReader(body))
	req.Header.Set("Authorization", "Bearer "+tr.c.Token)
	req.Header.Set("Content-Type", "application/json")
	if resp, err := http.DefaultClient.Do(req); err != nil || resp.StatusCode != http.StatusNoContent {
		t.Fatalf("the round's wait told to B: %v %v", resp, err)
	}
	if st := a.controlState(code); !st.Trainees[0].Waiting || len(st.Trainees[0].Suggestions) != 1 {
		t.Fatalf("A's desk does not see the wait told to B: %+v", st.Trainees[0])
	}
	if st, _ := a.steer(code, "customer", url.Values{"trainee": {tr.id}, "text": {"Bel me om 14.00 uur."}}); st != 200 {
		t.Fatalf("the customer's post on A: %d", st)
	}
	if k := kinds(tr.poll(t)); k != "customer" {
		t.Fatalf("the game polling B fetched %q, want the customer's post", k)
	}
	b.login()
	if st, _ := b.steer(code, "dial", url.Values{"target": {"all"}, "dial": {"2"}}); st != http.StatusForbidden {
		t.Fatalf("a second trainer session on B steering A's workshop: %d, want 403", st)
	}
	s, _ := session.New(sanoma(t), session.Options{Seed: 1, Mode: session.Workshop, Player: "Kim"})
	s.AdvanceTo(3)
	for _, in := range []session.TrainerInput{{Kind: session.TrainerInject, Inject: "journalist"}, {Kind: session.TrainerTakeover, On: true}} {
		if err := s.Trainer(in); err != nil {
			t.Fatal(err)
		}
	}
	s.AdvanceTo(5)
	if err := s.Trainer(session.TrainerInput{Kind: session.TrainerCustomer, Text: "Bel me om 14.00 uur."}); err != nil {
		t.Fatal(err)
	}
	playOut(t, s)
	if err := tr.report(b.base, s); err != nil {
		t.Fatalf("B refuses a round whose trainer's inputs were sent on A: %v", err)
	}
}

// A trainer input in a transcript at a minute before the round had
// reached when its game fetched it is refused: the game's own reply event
// said the round was past it. The same input after that minute is taken.
func TestATrainerInputMovedBeforeItsFetchIsRefused(t *testing.T) {
	e := start(t, t.TempDir()+"/w.db")
	e.login()
	code := e.workshop()
	tr := e.joinAndStart(code, "Sem", "sanoma-juf", "nl")
	played, _ := session.New(sanoma(t), session.Options{Seed: 1, Mode: session.Workshop, Player: "Sem"})
	played.AdvanceTo(played.NextStop())
	for played.Decision() == nil {
		played.AdvanceTo(played.NextStop())
	}
	played.AdvanceTo(played.OpenedAt() + 2)
	if err := played.Choose(0); err != nil {
		t.Fatal(err)
	}
	reply := played.Replies()[0]
	if err := tr.c.Steps(context.Background(), tr.round, played, 0); err != nil {
		t.Fatal(err)
	}
	if st, _ := e.steer(code, "inject", url.Values{"target": {"all"}, "inject": {"journalist"}}); st != 200 {
		t.Fatalf("inject: %d", st)
	}
	if k := kinds(tr.poll(t)); k != "inject:journalist" {
		t.Fatalf("fetched %q", k)
	}
	early := sanomaWith(t, "Sem", map[float64]session.TrainerInput{1: {Kind: session.TrainerInject, Inject: "journalist"}}, []float64{1})
	err := tr.report(e.base, early)
	var se *client.StatusError
	if !errors.As(err, &se) || se.Code != http.StatusUnprocessableEntity || !strings.Contains(se.Error(), "when it fetched it") {
		t.Fatalf("an inject moved to minute 1, fetched after the reply at minute %.1f: %v, want 422", reply.Minute, err)
	}
	played.AdvanceTo(played.Now() + 1)
	if err := played.Trainer(session.TrainerInput{Kind: session.TrainerInject, Inject: "journalist"}); err != nil {
		t.Fatal(err)
	}
	playOut(t, played)
	if err := tr.report(e.base, played); err != nil {
		t.Fatalf("the round as played, the inject after the reply: %v", err)
	}
}
