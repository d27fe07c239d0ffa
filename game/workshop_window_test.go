package game

import (
	"context"
	"image"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/webcaresim/webcaresim/game/progress"
	"github.com/webcaresim/webcaresim/game/session"
	"github.com/webcaresim/webcaresim/game/ui"
	"github.com/webcaresim/webcaresim/game/workshop/server"
	"github.com/webcaresim/webcaresim/game/workshop/store"
	"github.com/webcaresim/webcaresim/scenarios"
)

// trainerDesk is a workshop server with a trainer logged in.
type trainerDesk struct {
	t    *testing.T
	ts   *httptest.Server
	st   store.Store
	web  *http.Client
	code string
}

func newTrainerDesk(t *testing.T) *trainerDesk {
	t.Helper()
	ctx := context.Background()
	st, err := store.Open(ctx, filepath.Join(t.TempDir(), "workshop.db"))
	if err != nil {
		t.Fatal(err)
	}
	const secret = "trainer-secret-for-window-tests"
	srv, err := server.New(ctx, server.Config{Store: st, Secret: secret, Scenarios: scenarios.Builtin()})
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(srv.Handler())
	jar, _ := cookiejar.New(nil)
	td := &trainerDesk{t: t, ts: ts, st: st, web: &http.Client{Jar: jar, Timeout: 30 * time.Second,
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}}
	t.Cleanup(func() { ts.Close(); st.Close() })
	td.post("/trainer/login", url.Values{"secret": {secret}})
	r := td.post("/trainer/workshops", url.Values{"title": {"Groep 3"}, "scenario": {"sanoma-juf/nl"}})
	loc, _ := url.Parse(r.Header.Get("Location"))
	td.code = loc.Query().Get("w")
	if len(td.code) != 8 {
		t.Fatalf("create workshop: %d %q", r.StatusCode, r.Header.Get("Location"))
	}
	return td
}

func (td *trainerDesk) post(path string, form url.Values) *http.Response {
	td.t.Helper()
	req, _ := http.NewRequest("POST", td.ts.URL+path, strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Origin", td.ts.URL)
	resp, err := td.web.Do(req)
	if err != nil {
		td.t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode >= 400 {
		td.t.Fatalf("POST %s: %d", path, resp.StatusCode)
	}
	return resp
}

// until runs frames (without moving the clock) until cond holds.
func until(t *testing.T, d *Driver, what string, cond func() bool) {
	t.Helper()
	for deadline := time.Now().Add(20 * time.Second); time.Now().Before(deadline); {
		ok := false
		d.Do(func(*App) { ok = cond() })
		if ok {
			return
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatalf("timed out waiting for %s", what)
}

func TestWindowReportsToAWorkshop(t *testing.T) {
	d := window(t)
	td := newTrainerDesk(t)
	ctx := context.Background()
	w := NewWorkshop(td.ts.URL, strings.ToLower(td.code))
	useWorkshop(t, d, w)
	// Joined before the picker opens, so its cards do not change while
	// the test walks them (the picker's own test covers a join that
	// answers while it shows).
	w.join("Wendy Workshop", "nl")
	until(t, d, "the join", func() bool { _, err := w.joined(ctx); return err == nil })

	p := fromTitleToRound(t, d, "Wendy Workshop")
	until(t, d, "the round to be announced", func() bool {
		evs, _ := td.st.Events(ctx, td.code)
		return len(evs) > 0 && evs[0].Kind == "started"
	})

	// The trainer pauses the room: the clock stops and a banner says so.
	td.post("/trainer/w/"+td.code+"/pause", url.Values{"paused": {"1"}})
	until(t, d, "the pause to reach the game", func() bool { return d.App.trainerPaused })
	before := p.sess.Now()
	for range 8 {
		d.Tick(Frame{}, session.MaxStep)
	}
	img := mustScreen(t, d.Step(Key(ebiten.KeyEnter), session.MaxStep))
	if p.sess.Now() != before || len(p.sess.Replies()) != 0 {
		t.Errorf("paused: the round went on (minute %.2f → %.2f, %d replies)", before, p.sess.Now(), len(p.sess.Replies()))
	}
	band := image.Rect(0, 400-50, 1280, 400+50) // two lines: paused, and that typing waits
	if count(img, band, ui.ColHeader) < 1280*30 || count(img, band, ui.ColAmber) < 1280 {
		t.Error("paused: no banner across the screen")
	}
	td.post("/trainer/w/"+td.code+"/pause", url.Values{"paused": {"0"}})
	until(t, d, "the pause to end", func() bool { return !d.App.trainerPaused })

	untilDecision(t, d, p)
	d.Tick(Key(ebiten.KeyEnter), 0)
	finishAndDebrief(t, d, p)
	want := d.App.scene.(*debriefScene).report
	var got []store.Result
	until(t, d, "the result to reach the server", func() bool {
		got, _ = td.st.Results(ctx, td.code)
		return len(got) > 0
	})
	if next := nextScenario(d.App, p.sc); next != nil {
		t.Errorf("debrief offers %s next; the workshop has only sanoma-juf", next.ID)
	}
	until(t, d, "the debrief to say the trainer has the result", func() bool {
		line, bad := d.App.scene.(*debriefScene).sent.line("nl")
		return !bad && strings.Contains(line, "Bij de trainer")
	})
	at := got[0].Attempt
	// The title and the round's header said "Oefenen" beside "je
	// resultaten gaan naar de trainer": a round for the trainer is a
	// workshop round.
	if at.Mode != session.Workshop || want.Mode != session.Workshop {
		t.Errorf("the round for the trainer was played as %q (stored %q), want %q", want.Mode, at.Mode, session.Workshop)
	}
	if len(got) != 1 || at.Status != progress.Finished || at.Player != "Wendy Workshop" ||
		at.Report.Scores != want.Scores || len(at.Report.Replies) != len(want.Replies) {
		t.Fatalf("server stored %+v; want the finished round with scores %+v", at, want.Scores)
	}
	evs, _ := td.st.Events(ctx, td.code)
	replies := 0
	for _, e := range evs {
		if e.Kind == "reply" {
			replies++
		}
	}
	if replies != len(want.Replies) {
		t.Errorf("%d reply events, want %d", replies, len(want.Replies))
	}
}

// useWorkshop makes the game report to w for the rest of the test.
func useWorkshop(t *testing.T, d *Driver, w *Workshop) {
	t.Helper()
	// As at a fresh start without --player: the name comes on the title.
	d.Do(func(a *App) { a.opts.Report, a.player = nil, ""; a.setWorkshop(w) })
	t.Cleanup(func() { d.Do(func(a *App) { a.opts.Report = nil; a.workshop = nil; a.mode = session.Practice }) })
}

// The picker offers the scenarios the trainer chose for the workshop, and
// the title and picker say the player takes part.
func TestWindowPickerOffersTheWorkshopsScenarios(t *testing.T) {
	d := window(t)
	td := newTrainerDesk(t) // the trainer chose sanoma-juf/nl
	useWorkshop(t, d, NewWorkshop(td.ts.URL, td.code))
	toTitle(t, d, "Pieter Picker")
	d.Tick(Frame{}, 0)
	if got := d.App.workshop.version.Load(); got != 0 {
		t.Fatalf("joined before the player chose a name (version %d)", got)
	}
	openPicker(t, d)
	until(t, d, "the join to be answered", func() bool {
		line, bad := d.App.workshop.statusLine("nl")
		return !bad && strings.Contains(line, "Pieter Picker")
	})
	d.Tick(Frame{}, 0)
	p, ok := d.App.scene.(*pickerScene)
	if !ok {
		t.Fatalf("scene %s, want the picker", d.App.Screen())
	}
	if len(p.cards) != 1 || p.cards[0].ID != "sanoma-juf" {
		var ids []string
		for _, c := range p.cards {
			ids = append(ids, c.ID)
		}
		t.Fatalf("picker offers %v, want only the workshop's sanoma-juf", ids)
	}
	// The screen shows one card where the full picker shows a grid.
	img := mustScreen(t, d.Step(Frame{}, 0))
	second := image.Rect(440, 120, 840, 300)
	if n := count(img, second, ui.ColPanel); n > 2000 {
		t.Errorf("a second card is drawn (%d panel pixels where only the background should be)", n)
	}
}

// A wrong code is shown on the title screen in words, with the reassurance
// that the rounds are still kept on this computer.
func TestWindowWorkshopJoinFailureShows(t *testing.T) {
	d := window(t)
	td := newTrainerDesk(t)
	useWorkshop(t, d, NewWorkshop(td.ts.URL, "NOPE42"))
	toTitle(t, d, "Fenna Fout")
	openPicker(t, d)
	until(t, d, "the join to fail", func() bool {
		_, bad := d.App.workshop.statusLine("nl")
		return bad
	})
	line, _ := d.App.workshop.statusLine("nl")
	if !strings.Contains(line, "NOPE42") || !strings.Contains(line, "bestaat niet") || !strings.Contains(line, "bewaard") {
		t.Errorf("status %q: want the code, that it does not exist, and that results are kept", line)
	}
	// Every scenario stays on offer, and the picker's header shows the
	// problem in amber.
	d.Tick(Frame{}, 0)
	if p := d.App.scene.(*pickerScene); len(p.cards) < 5 {
		t.Errorf("picker offers %d scenarios after a failed join, want all", len(p.cards))
	}
	img := mustScreen(t, d.Step(Frame{}, 0))
	header := image.Rect(300, 0, 1000, 88)
	if count(img, header, ui.ColAmber) < 50 {
		t.Error("no amber notice in the picker's header")
	}
	// Back on the title screen the notice is there in red.
	d.Tick(Key(ebiten.KeyEscape), 0)
	img = mustScreen(t, d.Step(Frame{}, 0))
	foot := image.Rect(0, 800-100, 1280, 800-40)
	if count(img, foot, ui.ColBad) < 50 {
		t.Error("no red notice above the title screen's key hints")
	}
	// A round played anyway is kept, and its debrief says the trainer
	// does not have it.
	d.Do(func(a *App) { a.startRound(a.findScenario("sanoma-juf")) })
	p := d.App.scene.(*playScene)
	untilDecision(t, d, p)
	d.Tick(Key(ebiten.KeyEnter), 0)
	finishAndDebrief(t, d, p)
	until(t, d, "the debrief to say the result did not reach the trainer", func() bool {
		line, bad := d.App.scene.(*debriefScene).sent.line("nl")
		return bad && strings.Contains(line, "bewaard")
	})
	img = mustScreen(t, d.Step(Frame{}, 0))
	if count(img, image.Rect(640, 40, 1280, 72), ui.ColAmber) < 50 {
		t.Error("no amber note in the debrief's header")
	}
}

// toTitle shows the title screen in Dutch with the player's name filled in.
func toTitle(t *testing.T, d *Driver, name string) {
	t.Helper()
	d.Do(func(a *App) {
		a.lang, a.player, a.mode = "nl", name, session.Practice
		a.workshopMode()
		a.setScene(newTitle(a))
	})
	d.Tick(Frame{}, 0)
	if d.App.Screen() != ScreenTitle {
		t.Fatalf("screen %q, want the title", d.App.Screen())
	}
}

// openPicker clicks the title screen's start button.
func openPicker(t *testing.T, d *Driver) {
	t.Helper()
	start := widgetRect(t, d.App.scene.(*titleScene).widgets, "start")
	d.Tick(Frame{Clicks: []image.Point{start.Min.Add(image.Pt(20, 20))}}, 0)
	if d.App.Screen() != ScreenPicker {
		t.Fatalf("screen %q after clicking start, want the picker", d.App.Screen())
	}
}

// A server that stops answering mid-round: the play screen says the trainer
// cannot see the round now, and the round goes on.
func TestWindowWorkshopServerLostMidRound(t *testing.T) {
	d := window(t)
	td := newTrainerDesk(t)
	ctx := context.Background()
	w := NewWorkshop(td.ts.URL, td.code)
	useWorkshop(t, d, w)
	w.join("Otto Offline", "nl")
	until(t, d, "the join", func() bool { _, err := w.joined(ctx); return err == nil })
	p := fromTitleToRound(t, d, "Otto Offline")
	until(t, d, "the round to be announced", func() bool {
		evs, _ := td.st.Events(ctx, td.code)
		return len(evs) > 0
	})
	if d.App.reportOffline {
		t.Fatal("offline while the server answers")
	}
	td.ts.CloseClientConnections()
	td.ts.Close()
	// The reporter asks the server for the pause every few seconds.
	until(t, d, "the lost connection to show", func() bool { return d.App.reportOffline })
	untilDecision(t, d, p)
	img := mustScreen(t, d.Step(Frame{}, 0))
	if count(img, image.Rect(640, 42, 1280, 64), ui.ColAmber) < 50 {
		t.Error("no amber notice under the clock")
	}
	if p.sess.Decision() == nil && p.sess.Ending() == nil {
		t.Error("the round stopped with the server")
	}
	d.Do(func(a *App) { a.leaveRound(); a.setScene(newTitle(a)) })
}

// With the name given on the command line (--player) the game joins at
// once, and the title screen says so before anything is chosen.
func TestWindowWorkshopJoinsAtOnceWithAName(t *testing.T) {
	d := window(t)
	td := newTrainerDesk(t)
	w := NewWorkshop(td.ts.URL, td.code)
	d.Do(func(a *App) {
		a.lang, a.player = "nl", "Pim Direct"
		a.opts.Report = nil
		a.setWorkshop(w)
		a.setScene(newTitle(a))
	})
	t.Cleanup(func() { d.Do(func(a *App) { a.opts.Report = nil; a.workshop = nil; a.mode = session.Practice }) })
	until(t, d, "the join", func() bool {
		line, bad := w.statusLine("nl")
		return !bad && strings.Contains(line, "Pim Direct")
	})
	if d.App.Screen() != ScreenTitle {
		t.Fatalf("screen %q, want the title", d.App.Screen())
	}
	img := mustScreen(t, d.Step(Frame{}, 0))
	if count(img, image.Rect(0, 800-100, 1280, 800-44), ui.ColMuted) < 20 {
		t.Error("no workshop line above the title screen's key hints")
	}
}

// The trainer pauses the room while a trainee is typing a reply: the round
// stands still as it does in the browser. Nothing typed during the pause
// reaches the reply (typing on while the clock stood still was time the
// trainees who looked up did not get), nothing is published, and the
// banner says that typing waits, so no letter is lost without a word.
// After the pause the reply goes on where it stood.
func TestWindowTypingWhileTheTrainerPausesReachesNothingAndSaysSo(t *testing.T) {
	d := window(t)
	td := newTrainerDesk(t)
	ctx := context.Background()
	w := NewWorkshop(td.ts.URL, strings.ToLower(td.code))
	useWorkshop(t, d, w)
	w.join("Pim Pauze", "nl")
	until(t, d, "the join", func() bool { _, err := w.joined(ctx); return err == nil })
	p := fromTitleToRound(t, d, "Pim Pauze")
	untilDecision(t, d, p)
	reply := widgetRect(t, p.widgets, "reply")
	d.Tick(Frame{Clicks: []image.Point{reply.Min.Add(image.Pt(30, 20))}}, 0)
	d.Tick(Typed("Hoi Dor"), 0)

	td.post("/trainer/w/"+td.code+"/pause", url.Values{"paused": {"1"}})
	until(t, d, "the pause to reach the game", func() bool { return d.App.trainerPaused })
	d.Tick(Typed("xyz"), 0)
	d.Tick(Key(ebiten.KeyBackspace), 0)
	d.Tick(Frame{Composition: "にほん"}, 0)
	d.Tick(Key(ebiten.KeyEnter), 0)
	if got := p.reply.Text(); got != "Hoi Dor" {
		t.Errorf("paused: the reply field holds %q, want %q as it stood", got, "Hoi Dor")
	}
	if n := len(p.sess.Replies()); n != 0 {
		t.Fatalf("paused: %d replies published", n)
	}
	if _, typing := d.App.pauseBanner(); !strings.Contains(typing, "typt") {
		t.Errorf("paused: the banner does not say that typing waits (%q)", typing)
	}
	td.post("/trainer/w/"+td.code+"/pause", url.Values{"paused": {"0"}})
	until(t, d, "the pause to end", func() bool { return !d.App.trainerPaused })
	d.Tick(Typed("ien, sorry! ^Lotte"), 0)
	d.Tick(Key(ebiten.KeyEnter), 0)
	if rs := p.sess.Replies(); len(rs) != 1 || rs[0].Text != "Hoi Dorien, sorry! ^Lotte" {
		t.Fatalf("published %+v, want the reply typed before and after the pause", rs)
	}
	leaveRoundByEsc(t, d)
}
