package server_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/webcaresim/webcaresim/game/session"
	"github.com/webcaresim/webcaresim/game/workshop/api"
	"github.com/webcaresim/webcaresim/game/workshop/client"
	"github.com/webcaresim/webcaresim/game/workshop/server"
	"github.com/webcaresim/webcaresim/scenarios"
)

// steer posts a trainer action and returns its status and JSON answer.
func (e *env) steer(code, action string, form url.Values) (int, map[string]any) {
	e.t.Helper()
	req, _ := http.NewRequest("POST", e.base+"/trainer/w/"+code+"/control/"+action, strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Origin", e.base)
	resp, err := e.web.Do(req)
	if err != nil {
		e.t.Fatal(err)
	}
	defer resp.Body.Close()
	var out map[string]any
	b, _ := io.ReadAll(resp.Body)
	json.Unmarshal(b, &out)
	return resp.StatusCode, out
}

// controlState is the control page's state as the trainer's page reads it.
type controlState struct {
	Dial     int `json:"dial"`
	Trainees []struct {
		ID, Name    string
		DialName    string   `json:"dial_name"`
		Dial        int      `json:"dial"`
		Playing     bool     `json:"playing"`
		Takeover    bool     `json:"takeover"`
		Waiting     bool     `json:"waiting"`
		Suggestions []string `json:"suggestions"`
		Replies     []string `json:"replies"`
		Fallbacks   int      `json:"fallbacks"`
	} `json:"trainees"`
}

func (e *env) controlState(code string) controlState {
	e.t.Helper()
	status, body := e.get("/trainer/w/" + code + "/control/state?lang=nl")
	if status != 200 {
		e.t.Fatalf("control state: %d %s", status, body)
	}
	var st controlState
	if err := json.Unmarshal([]byte(body), &st); err != nil {
		e.t.Fatal(err)
	}
	return st
}

// trainee is a joined trainee with a round started.
type trainee struct {
	c     *client.Client
	id    string
	round string
	after int64
}

func (e *env) joinAndStart(code, name, scenario, lang string) *trainee {
	e.t.Helper()
	ctx := context.Background()
	c, resp, err := client.Join(ctx, e.base, code, name, lang)
	if err != nil {
		e.t.Fatal(err)
	}
	sc, _ := scenarios.Builtin().Find(scenario, lang)
	s, _ := session.New(sc, session.Options{Seed: 1, Mode: session.Workshop})
	tr := &trainee{c: c, id: resp.Trainee, round: client.NewRound(time.Now())}
	if err := c.Started(ctx, tr.round, s); err != nil {
		e.t.Fatal(err)
	}
	tr.poll(e.t) // the first poll tells the server which round the game plays
	return tr
}

// poll fetches the trainer's new commands as the game does.
func (tr *trainee) poll(t *testing.T) api.TrainerUpdate {
	t.Helper()
	req, _ := http.NewRequest("GET", fmt.Sprintf("%s%s?round=%s&after=%d", tr.c.Server, api.PathTrainer, tr.round, tr.after), nil)
	req.Header.Set("Authorization", "Bearer "+tr.c.Token)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var up api.TrainerUpdate
	if resp.StatusCode != 200 || json.NewDecoder(resp.Body).Decode(&up) != nil {
		t.Fatalf("poll: %d", resp.StatusCode)
	}
	for _, c := range up.Commands {
		tr.after = max(tr.after, c.Seq)
	}
	return up
}

func kinds(up api.TrainerUpdate) string {
	var out []string
	for _, c := range up.Commands {
		s := c.Input.Kind
		if c.Input.Inject != "" {
			s += ":" + c.Input.Inject
		}
		if c.Input.Kind == session.TrainerDial {
			s += fmt.Sprint(c.Input.Dial)
		}
		out = append(out, s)
	}
	return strings.Join(out, ",")
}

func TestInjectsGoToEveryoneAScenarioOrOneTrainee(t *testing.T) {
	e := start(t, t.TempDir()+"/w.db")
	e.login()
	code := e.workshopOf("sanoma-juf/nl", "dominos-sorry/en")
	anouk := e.joinAndStart(code, "Anouk", "sanoma-juf", "nl")
	bram := e.joinAndStart(code, "Bram", "sanoma-juf", "nl")
	chris := e.joinAndStart(code, "Chris", "dominos-sorry", "en")

	if st, out := e.steer(code, "inject", url.Values{"target": {"scenario:sanoma-juf/nl"}, "inject": {"journalist"}}); st != 200 || out["sent"] != 2.0 {
		t.Fatalf("inject to the Sanoma players: %d %v", st, out)
	}
	if st, out := e.steer(code, "inject", url.Values{"target": {"all"}, "persona": {"competitor"}, "name": {"Pizza <b>Pronto</b>"},
		"handle": {"pizzapronto"}, "followers": {"1200"}, "text": {"Bij ons gewoon bezorgd 🍕"}}); st != 200 || out["sent"] != 3.0 {
		t.Fatalf("live inject to everyone: %d %v", st, out)
	}
	if st, _ := e.steer(code, "inject", url.Values{"target": {"trainee:" + chris.id}, "inject": {"influencer"}}); st != 200 {
		t.Fatalf("inject to one trainee: %d", st)
	}
	for _, c := range []struct {
		who  *trainee
		want string
	}{{anouk, "inject:journalist,inject"}, {bram, "inject:journalist,inject"}, {chris, "inject,inject:influencer"}} {
		if got := kinds(c.who.poll(t)); got != c.want {
			t.Errorf("%s got %q, want %q", c.who.id, got, c.want)
		}
		if got := kinds(c.who.poll(t)); got != "" {
			t.Errorf("a second poll gave %q again", got)
		}
	}
	// A ready-made inject the scenario does not have is refused, and a
	// text over the channel's limit too.
	if st, _ := e.steer(code, "inject", url.Values{"target": {"trainee:" + anouk.id}, "inject": {"influencer"}}); st != 400 {
		t.Errorf("another scenario's inject: %d, want 400", st)
	}
	long := url.Values{"target": {"all"}, "persona": {"other"}, "name": {"X"}, "text": {strings.Repeat("a", 281)}}
	if st, out := e.steer(code, "inject", long); st != 400 || !strings.Contains(fmt.Sprint(out["error"]), "280") {
		t.Errorf("281 characters on Twitter: %d %v, want 400 naming the limit", st, out)
	}
}

func TestHeatDialForTheWorkshopAndForOneTrainee(t *testing.T) {
	e := start(t, t.TempDir()+"/w.db")
	e.login()
	code := e.workshop()
	anouk := e.joinAndStart(code, "Anouk", "sanoma-juf", "nl")
	bram := e.joinAndStart(code, "Bram", "sanoma-juf", "nl")
	if st, _ := e.steer(code, "dial", url.Values{"target": {"all"}, "dial": {"2"}}); st != 200 {
		t.Fatalf("dial for everyone: %d", st)
	}
	if st, _ := e.steer(code, "dial", url.Values{"target": {"trainee:" + anouk.id}, "dial": {"-2"}}); st != 200 {
		t.Fatalf("dial for one: %d", st)
	}
	if st, _ := e.steer(code, "dial", url.Values{"target": {"all"}, "dial": {"3"}}); st != 400 {
		t.Errorf("a dial past storm: %d, want 400", st)
	}
	if got := kinds(anouk.poll(t)); got != "dial2,dial-2" {
		t.Errorf("Anouk's round got %q", got)
	}
	if got := kinds(bram.poll(t)); got != "dial2" {
		t.Errorf("Bram's round got %q", got)
	}
	names := map[string]string{}
	for _, tv := range e.controlState(code).Trainees {
		names[tv.Name] = tv.DialName
	}
	if names["Anouk"] != "kalm" || names["Bram"] != "storm" {
		t.Errorf("the control page shows the dials %v, want Anouk kalm and Bram storm", names)
	}
	// Bram's next round starts with the workshop's dial.
	bram.round, bram.after = client.NewRound(time.Now()), 0
	if got := kinds(bram.poll(t)); got != "dial2" {
		t.Errorf("Bram's next round got %q, want the dial at storm", got)
	}
}

func TestTheTrainerWritesTheCustomerAndTheScriptTakesOverInTime(t *testing.T) {
	e, clk := startWithClock(t, secret)
	e.login()
	code := e.workshop()
	anouk := e.joinAndStart(code, "Anouk", "sanoma-juf", "nl")
	if st, _ := e.steer(code, "takeover", url.Values{"trainee": {anouk.id}, "on": {"1"}}); st != 200 {
		t.Fatalf("takeover: %d", st)
	}
	if got := kinds(anouk.poll(t)); got != "takeover" {
		t.Fatalf("the round got %q", got)
	}
	wait := func(on bool) {
		t.Helper()
		st := api.RoundState{Round: anouk.round, Waiting: on, Suggestions: []string{"Oké, bel me maar."}}
		req, _ := http.NewRequest("POST", e.base+api.PathTrainer, strings.NewReader(mustJSON(st)))
		req.Header.Set("Authorization", "Bearer "+anouk.c.Token)
		req.Header.Set("Content-Type", "application/json")
		resp, err := http.DefaultClient.Do(req)
		if err != nil || resp.StatusCode != 204 {
			t.Fatalf("round state: %v %v", resp, err)
		}
		resp.Body.Close()
	}
	wait(true)
	st := e.controlState(code).Trainees[0]
	if !st.Takeover || !st.Waiting || len(st.Suggestions) != 1 {
		t.Fatalf("the trainer's desk does not show the waiting round with its suggestion: %+v", st)
	}
	e.steer(code, "typing", url.Values{"trainee": {anouk.id}})
	if up := anouk.poll(t); !up.Typing {
		t.Error("the trainee does not hear that the trainer is typing")
	}
	if st, _ := e.steer(code, "customer", url.Values{"trainee": {anouk.id}, "text": {"Oké, bel me om 14.00 uur."}}); st != 200 {
		t.Fatalf("customer post: %d", st)
	}
	up := anouk.poll(t)
	if kinds(up) != "customer" || up.Commands[0].Input.Text != "Oké, bel me om 14.00 uur." || up.Typing {
		t.Fatalf("the trainee got %+v", up)
	}
	// Next time the trainer does not answer: after the timeout the round
	// gets "scripted" and the desk counts it.
	wait(true)
	clk.advance(server.TakeoverTimeout - time.Second)
	if got := kinds(anouk.poll(t)); got != "" {
		t.Fatalf("before the timeout the round got %q", got)
	}
	clk.advance(2 * time.Second)
	if got := kinds(anouk.poll(t)); got != "scripted" {
		t.Fatalf("after the timeout the round got %q, want scripted", got)
	}
	if st := e.controlState(code).Trainees[0]; st.Waiting || st.Fallbacks != 1 {
		t.Errorf("the desk after the timeout: %+v", st)
	}
	// A customer post for a trainee whose customer the trainer does not
	// write is refused.
	e.steer(code, "takeover", url.Values{"trainee": {anouk.id}, "on": {"0"}})
	if st, _ := e.steer(code, "customer", url.Values{"trainee": {anouk.id}, "text": {"Hallo"}}); st != 409 {
		t.Errorf("a post after handing back: %d, want 409", st)
	}
}

func mustJSON(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}

func TestOnlyTheWorkshopsTrainerSteersIt(t *testing.T) {
	e := start(t, t.TempDir()+"/w.db")
	e.login()
	code := e.workshop()
	anouk := e.joinAndStart(code, "Anouk", "sanoma-juf", "nl")
	form := url.Values{"target": {"all"}, "inject": {"journalist"}}

	// Another trainer (another login) with a workshop of their own.
	other := &env{t: t, ts: e.ts, st: e.st, web: newJarClient(), base: e.base}
	other.login()
	otherCode := other.workshop()
	if st, _ := other.steer(code, "inject", form); st != 403 {
		t.Errorf("another workshop's trainer: %d, want 403", st)
	}
	if st, _ := other.steer(otherCode, "inject", form); st != 200 {
		t.Errorf("that trainer in their own workshop: %d", st)
	}
	if st, _ := e.steer(code, "inject", form); st != 200 {
		t.Errorf("the workshop's own trainer: %d", st)
	}
	for name, auth := range map[string]string{"a trainee's token": "Bearer " + anouk.c.Token, "no login": "", "the password as a script": "Bearer " + secret} {
		req, _ := http.NewRequest("POST", e.base+"/trainer/w/"+code+"/control/inject", strings.NewReader(form.Encode()))
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		req.Header.Set("Origin", e.base)
		if auth != "" {
			req.Header.Set("Authorization", auth)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != 401 && resp.StatusCode != 403 {
			t.Errorf("%s: %d, want 401 or 403", name, resp.StatusCode)
		}
	}
	if got := kinds(anouk.poll(t)); got != "inject:journalist" {
		t.Errorf("the trainee got %q: only the own trainer's inject", got)
	}
	// The trainer's actions are budgeted: a burst is cut off with 429.
	limited := 0
	for range 60 {
		if st, _ := e.steer(code, "inject", form); st == 429 {
			limited++
		}
	}
	if limited == 0 {
		t.Error("sixty injects at once were all accepted")
	}
}

// A trainee's game takes the trainer's inject, dial, takeover and post over
// its poll, plays them into the round, and the result it reports replays on
// the server with the trainer's inputs at their minutes: the server accepts
// it only if its own replay gives the same scores.
func TestATraineesRoundReplaysTheTrainersInputs(t *testing.T) {
	e := start(t, t.TempDir()+"/w.db")
	e.login()
	code := e.workshop()
	ctx := context.Background()
	c, joined, err := client.Join(ctx, e.base, code, "Anouk", "nl")
	if err != nil {
		t.Fatal(err)
	}
	s, _ := session.New(sanoma(t), session.Options{Seed: 9, Mode: session.Workshop, Player: "Anouk"})
	rep := c.Round(s)
	until := func(what string, cond func() bool) {
		t.Helper()
		deadline := time.Now().Add(20 * time.Second)
		for !cond() {
			if time.Now().After(deadline) {
				t.Fatalf("timed out waiting for %s", what)
			}
			rep.Update()
			time.Sleep(20 * time.Millisecond)
		}
	}
	until("the server to see the round", func() bool { return e.controlState(code).Trainees[0].Playing })
	if st, _ := e.steer(code, "dial", url.Values{"target": {"trainee:" + joined.Trainee}, "dial": {"1"}}); st != 200 {
		t.Fatalf("dial: %d", st)
	}
	s.AdvanceTo(11)
	if st, out := e.steer(code, "inject", url.Values{"target": {"trainee:" + joined.Trainee}, "inject": {"journalist"}}); st != 200 || out["sent"] != 1.0 {
		t.Fatalf("inject: %d %v", st, out)
	}
	if st, out := e.steer(code, "takeover", url.Values{"trainee": {joined.Trainee}, "on": {"1"}}); st != 200 || out["sent"] != 1.0 {
		t.Fatalf("takeover: %d %v", st, out)
	}
	until("the journalist in the feed", func() bool {
		f := s.Feed()
		return f[len(f)-1].Trainer && s.CustomerTakenOver()
	})
	if d := s.Decision(); d == nil || !strings.HasPrefix(d.ID, "inject-") {
		t.Fatalf("the inject did not open its decision: %v", d)
	}
	s.AdvanceTo(s.Now() + 3)
	if err := s.Publish("@evabrink_mv Die toon past niet bij ons. Ik heb Dorien mijn excuses aangeboden en bel haar vandaag. ^Lotte"); err != nil {
		t.Fatal(err)
	}
	s.AdvanceTo(s.Now() + 2)
	if err := s.Choose(2); err != nil {
		t.Fatal(err)
	}
	until("the trainer's desk to show the waiting round", func() bool { return e.controlState(code).Trainees[0].Waiting })
	e.steer(code, "customer", url.Values{"trainee": {joined.Trainee}, "text": {"Oké, bel me om 14.00 uur."}})
	until("the trainer's post in the feed", func() bool { _, waiting := s.WaitingForCustomer(); return !waiting })
	e.steer(code, "takeover", url.Values{"trainee": {joined.Trainee}, "on": {"0"}})
	until("the hand-back", func() bool { return !s.CustomerTakenOver() })
	for i := 0; !s.Done() && i < 200; i++ {
		if d := s.Decision(); d != nil {
			s.AdvanceTo(s.OpenedAt() + 2)
			if s.Decision() == d {
				if err := s.Choose(0); err != nil {
					t.Fatal(err)
				}
			}
			continue
		}
		s.Finish()
		s.AdvanceTo(math.Min(s.NextStop(), s.Now()+30))
	}
	id, err := rep.Finish(ctx, true)
	if err != nil {
		t.Fatalf("the server refused the round: %v", err)
	}
	results, err := e.st.Results(ctx, code)
	if err != nil || len(results) != 1 || results[0].Attempt.ID != id {
		t.Fatalf("stored results: %v %v", results, err)
	}
	var did []string
	for _, m := range results[0].Attempt.Report.Trainer {
		did = append(did, m.Kind)
	}
	if got := strings.Join(did, ","); got != "dial,inject,takeover,customer,takeover" {
		t.Errorf("the stored round marks %q", got)
	}
	tr := s.Transcript()
	replayed, err := session.Run(sanoma(t), session.Options{Seed: tr.Seed, Mode: tr.Mode, Player: tr.Player}, &session.FromTranscript{Steps: tr.Steps})
	if err != nil {
		t.Fatal(err)
	}
	if a, b := mustJSON(replayed.Report()), mustJSON(s.Report()); a != b {
		t.Errorf("the transcript does not replay the round:\n%.400s\n%.400s", a, b)
	}
}

func TestProjectorDebriefSideBySideAndEndings(t *testing.T) {
	e := start(t, t.TempDir()+"/w.db")
	e.login()
	code := e.workshop()
	ctx := context.Background()
	for _, p := range []struct {
		name string
		st   session.Strategy
	}{{"Anouk <b>", session.Historical{}}, {"Bram", session.Best{}}, {"Chris", session.Choices{3, 1, 1, 1, 1, 1}}} {
		c, _, err := client.Join(ctx, e.base, code, p.name, "nl")
		if err != nil {
			t.Fatal(err)
		}
		playAndReport(t, c, p.st)
	}
	status, page := e.get("/trainer/w/" + code + "/debrief?s=sanoma-juf/nl&d=0")
	if status != 200 {
		t.Fatalf("debrief: %d", status)
	}
	for _, want := range []string{"Deelnemer A", "Deelnemer C", "geholpen worden", "card dreply", `id="next"`} {
		if !strings.Contains(page, want) {
			t.Errorf("the first decision's page lacks %q", want)
		}
	}
	if strings.Contains(page, "Anouk") {
		t.Error("the anonymised page names a trainee")
	}
	_, named := e.get("/trainer/w/" + code + "/debrief?s=sanoma-juf/nl&d=0&names=1")
	if !strings.Contains(named, "Anouk &lt;b&gt;") || strings.Contains(named, "Anouk <b>") {
		t.Error("with names the page does not show the name escaped")
	}
	_, end := e.get("/trainer/w/" + code + "/debrief?s=sanoma-juf/nl&d=99")
	for _, want := range []string{"Hoe de rondes afliepen", "(3 rondes)", "Wat er echt gebeurde", `id="prev"`} {
		if !strings.Contains(end, want) {
			t.Errorf("the endings page lacks %q", want)
		}
	}
	other := &env{t: t, ts: e.ts, st: e.st, web: newJarClient(), base: e.base}
	if st, _ := other.get("/trainer/w/" + code + "/debrief"); st != 401 {
		t.Errorf("the debrief without login: %d", st)
	}
}

// A game cannot write the trainer's inputs into its own round: an inject in
// the transcript that the server never sent to that round is refused with
// a reason, even when the trainer did send the round something else.
func TestAForgedInjectInATranscriptIsRefused(t *testing.T) {
	e := start(t, t.TempDir()+"/w.db")
	e.login()
	code := e.workshop()
	tr := e.joinAndStart(code, "Sem", "sanoma-juf", "nl")
	if st, _ := e.steer(code, "dial", url.Values{"target": {"trainee:" + tr.id}, "dial": {"1"}}); st != 200 {
		t.Fatalf("dial: %d", st)
	}
	if k := kinds(tr.poll(t)); k != "dial1" {
		t.Fatalf("the game fetched %q, want the dial", k)
	}
	s, _ := session.New(sanoma(t), session.Options{Seed: 1, Mode: session.Workshop, Player: "Sem"})
	if err := s.Trainer(session.TrainerInput{Kind: session.TrainerDial, Dial: 1}); err != nil {
		t.Fatal(err)
	}
	s.AdvanceTo(11)
	if err := s.Trainer(session.TrainerInput{Kind: session.TrainerInject, Inject: "journalist"}); err != nil {
		t.Fatal(err)
	}
	playOut(t, s) // trainer_store_test.go
	ctx := context.Background()
	// Live, the steps with the forged inject are refused as well: the
	// dashboard never shows a round with a post the trainer did not send.
	var se *client.StatusError
	if err := tr.c.Steps(ctx, tr.round, s, 0); !errors.As(err, &se) || se.Code != http.StatusUnprocessableEntity || !strings.Contains(se.Error(), `inject "journalist"`) {
		t.Fatalf("the round's steps with an inject the trainer never sent: %v, want 422 naming the inject", err)
	}
	if evs, _ := e.st.Events(ctx, code); len(evs) != 1 {
		t.Fatalf("%d events stored, want the round's start alone", len(evs))
	}
	_, err := client.Report(ctx, e.base, tr.c.Token, tr.round, time.Now(), time.Now(), true, s.Report(), s.Transcript())
	if !errors.As(err, &se) || se.Code != http.StatusUnprocessableEntity || !strings.Contains(se.Error(), `inject "journalist"`) {
		t.Fatalf("a round with an inject the trainer never sent: %v, want 422 naming the inject", err)
	}
	if results, _ := e.st.Results(ctx, code); len(results) != 0 {
		t.Fatalf("the forged round was stored: %d results", len(results))
	}
}
