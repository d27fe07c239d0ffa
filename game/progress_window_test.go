package game

import (
	"image"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/webcaresim/webcaresim/game/progress"
	"github.com/webcaresim/webcaresim/game/ui"
)

// attemptsOf lists the stored attempts of a player.
func attemptsOf(t *testing.T, st Store, player string) []progress.Attempt {
	t.Helper()
	as, problems, err := st.List(progress.Filter{Player: player})
	if err != nil || len(problems) > 0 {
		t.Fatalf("list: %v %v", err, problems)
	}
	return as
}

// attemptsOfChild runs one window test of this binary again in a child
// process, with childEnv set and a results folder of its own, and returns
// the attempts the child stored for player: a test that ends the program
// (closing the window, a signal) cannot run in the shared window.
func attemptsOfChild(t *testing.T, test, childEnv, player string) []progress.Attempt {
	t.Helper()
	dir := t.TempDir()
	cmd := exec.Command(os.Args[0], "-test.run=^"+test+"$", "-test.count=1")
	cmd.Env = append(os.Environ(), childEnv+"=1", "WEBCARESIM_DATA="+dir)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("child: %v\n%s", err, out)
	}
	st, err := progress.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	return attemptsOf(t, st, player)
}

// leaveRoundByEsc leaves a round as a player does: Esc asks, Tab moves to
// "leave", Enter presses it.
func leaveRoundByEsc(t *testing.T, d *Driver) {
	t.Helper()
	d.Tick(Key(ebiten.KeyEscape), 0)
	d.Tick(Key(ebiten.KeyTab), 0)
	d.Tick(Key(ebiten.KeyEnter), 0)
	if d.App.Screen() != ScreenPicker {
		t.Fatalf("screen %q after Esc, Tab, Enter in a round, want the picker", d.App.Screen())
	}
}

func TestWindowHistoryReopensDebriefAndSavesImage(t *testing.T) {
	d := window(t)
	const player = "Hedwig Historie"
	p := fromTitleToRound(t, d, player)
	untilDecision(t, d, p)
	d.Tick(Key(ebiten.KeyEnter), 0) // picks the historical reply
	d.Tick(Key(ebiten.KeyEnter), 0) // publishes it
	finishAndDebrief(t, d, p)
	live := d.App.scene.(*debriefScene)
	played := live.report
	liveWorlds := worldsShownBy(t, d, live)

	as := attemptsOf(t, testStore, player)
	if len(as) != 1 {
		t.Fatalf("%d attempts stored after a finished round, want 1", len(as))
	}
	got := as[0]
	if got.Status != progress.Finished || got.Scenario != "sanoma-juf" || got.Language != "nl" || got.Seed != 11 ||
		got.Mode != "practice" || got.Source != "game" {
		t.Errorf("stored attempt %+v", got)
	}
	if len(got.Report.Replies) == 0 || got.Report.Replies[0].Analysis.Empathy != played.Replies[0].Analysis.Empathy ||
		len(got.Report.Curve) == 0 || got.Overall() != played.Scores.Overall {
		t.Errorf("stored report differs from the debrief's: %+v", got.Report.Scores)
	}

	// Retry opens the briefing (an Enter tapped on the debrief starts no
	// round); starting there, then leaving the new round early: stored as
	// abandoned.
	db := d.App.scene.(*debriefScene)
	d.Do(func(a *App) { db.focus.ID = "retry" })
	d.Tick(Key(ebiten.KeyTab), 0) // picks a button: Retry, the suggested one
	d.Tick(Key(ebiten.KeyEnter), 0)
	if _, ok := d.App.scene.(*briefingScene); !ok {
		t.Fatalf("screen %q after retry, want the briefing", d.App.Screen())
	}
	d.Tick(Key(ebiten.KeyEnter), 0)
	p2, ok := d.App.scene.(*playScene)
	if !ok {
		t.Fatalf("screen %q after retry, want play", d.App.Screen())
	}
	untilDecision(t, d, p2)
	leaveRoundByEsc(t, d)
	as = attemptsOf(t, testStore, player)
	if len(as) != 2 || as[1].Status != progress.Abandoned || as[1].Report.Ending != "" {
		t.Fatalf("after leaving a round: %d attempts, last %+v; want it stored as abandoned", len(as), as[len(as)-1].Status)
	}

	// Esc to the title, Tab to "My progress", Enter.
	d.Tick(Key(ebiten.KeyEscape), 0)
	if d.App.Screen() != ScreenTitle {
		t.Fatalf("screen %q, want the title", d.App.Screen())
	}
	d.Tick(Key(ebiten.KeyTab), 0)
	img := mustScreen(t, d.Step(Frame{}, 0))
	ringShown(t, img, widgetRect(t, d.App.scene.(*titleScene).widgets, "history"), "title: progress button")
	img = mustScreen(t, d.Step(Key(ebiten.KeyEnter), 0))
	h, ok := d.App.scene.(*historyScene)
	if !ok {
		t.Fatalf("screen %q, want the history", d.App.Screen())
	}
	if len(h.sums) != 1 || h.sums[0].Attempts != 2 || h.sums[0].Finished != 1 {
		t.Fatalf("history summaries %+v, want sanoma-juf with 2 attempts, 1 finished", h.sums)
	}
	rg := h.regions(d.App)
	ringShown(t, img, widgetRect(t, h.widgets, "sum-sanoma-juf"), "history: the scenario")
	if inked(img, rg.list) < 500 {
		t.Error("history: the scenario's row shows no text")
	}
	if c := gradeColor(got.Overall()); count(img, rg.chart, c) < 60 {
		t.Error("history: the trend chart has no point for the finished attempt")
	}
	if count(img, rg.chart, ui.ColAmber) < 100 {
		t.Error("history: the trend chart has no pass line")
	}
	if c := gradeColor(got.Overall()); count(img, rg.attempts, c) < 1000 {
		t.Error("history: the finished attempt has no grade in its colour")
	}

	// Tab, as Enter, goes to the newest attempt (the abandoned one), not
	// on to the next scenario (P18-20); Down to the finished one, Enter
	// reopens its debrief.
	d.Tick(Key(ebiten.KeyTab), 0)
	if !h.focus.Is("att-" + as[1].ID) {
		t.Fatalf("focus %q after Tab on the scenario, want its newest attempt", h.focus.ID)
	}
	d.Do(func(a *App) { h.focus.ID = "sum-sanoma-juf" })
	d.Tick(Key(ebiten.KeyEnter), 0)
	if !h.focus.Is("att-" + as[1].ID) {
		t.Fatalf("focus %q after Enter on the scenario, want the newest attempt", h.focus.ID)
	}
	d.Tick(Key(ebiten.KeyArrowDown), 0)
	img = mustScreen(t, d.Step(Frame{}, 0))
	ringShown(t, img, widgetRect(t, h.widgets, "att-"+got.ID), "history: finished attempt")
	img = mustScreen(t, d.Step(Key(ebiten.KeyEnter), 0))
	db, ok = d.App.scene.(*debriefScene)
	if !ok {
		t.Fatalf("screen %q, want the reopened debrief", d.App.Screen())
	}
	if db.report.Scores != played.Scores || len(db.report.Replies) != len(played.Replies) {
		t.Errorf("reopened debrief shows %+v, want %+v", db.report.Scores, played.Scores)
	}
	drg := db.regions(d.App)
	if count(img, drg.chart, ui.ColAccent) < 100 || count(img, drg.chart, ui.ColHistorical) < 100 {
		t.Error("reopened debrief: the outrage curves are not drawn")
	}
	if count(img, drg.left, ui.ColBadSoft) < 200 {
		t.Error("reopened debrief: the sarcastic reply has no phrase marked red")
	}
	// An Enter carried over from the history presses nothing (P17-18:
	// "Saved: …png" on opening); Tab then shows the suggested button.
	d.Tick(Key(ebiten.KeyEnter), 0)
	d.Tick(Frame{}, 0)
	if note, _ := db.image.status(); note != "" || db.image.Path() != "" {
		t.Errorf("reopened debrief: an Enter right after opening saved an image (%q)", note)
	}
	img = mustScreen(t, d.Step(Key(ebiten.KeyTab), 0))
	ringShown(t, img, widgetRect(t, db.widgets, "save"), "reopened debrief: save button")
	// The same round in 100 worlds, played again from the stored replies
	// and seed, reads as it did at the round's end.
	if got := worldsShownBy(t, d, db); got != liveWorlds {
		t.Errorf("reopened debrief's 100 worlds:\n%s\nat the round's end:\n%s", got, liveWorlds)
	}

	// Ctrl+S saves the score card as a PNG and says where.
	d.Tick(Frame{Keys: []ebiten.Key{ebiten.KeyS}, Ctrl: true}, 0)
	var path string
	for i := 0; i < 200 && path == ""; i++ {
		d.Tick(Frame{}, 0)
		path = db.image.Path()
		if path == "" {
			time.Sleep(20 * time.Millisecond)
		}
	}
	if path == "" {
		note, _ := db.image.status()
		t.Fatalf("no image saved (%q)", note)
	}
	dir, _ := progress.DefaultDir()
	if filepath.Dir(path) != filepath.Join(dir, "images") {
		t.Errorf("image saved to %s, want the data folder's images", path)
	}
	img = mustScreen(t, d.Step(Frame{}, 0))
	if count(img, image.Rect(0, drg.bar.Min.Y-40, 1280, drg.bar.Min.Y), ui.ColGoodSoft) < 5000 {
		t.Error("debrief: the saved image's path is not shown")
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	card, err := png.Decode(f)
	if err != nil {
		t.Fatalf("the saved image does not decode: %v", err)
	}
	if card.Bounds().Size() != cardSize {
		t.Errorf("image %v, want %v", card.Bounds().Size(), cardSize)
	}
	rgba := image.NewRGBA(card.Bounds())
	for y := 0; y < card.Bounds().Dy(); y++ {
		for x := 0; x < card.Bounds().Dx(); x++ {
			rgba.Set(x, y, card.At(x, y))
		}
	}
	chart := image.Rect(0, 150, cardSize.X, cardSize.Y-44)
	if count(rgba, chart, ui.ColAccent) < 300 || count(rgba, chart, ui.ColHistorical) < 300 || count(rgba, chart, ui.ColFocus) < 50 {
		t.Error("image: the outrage chart is missing")
	}
	if count(rgba, image.Rect(0, 0, cardSize.X, 132), ui.ColHeader) < 50000 ||
		count(rgba, image.Rect(0, 0, 200, 132), gradeColor(played.Scores.Overall)) < 2000 {
		t.Error("image: the score card's header with the grade is missing")
	}

	// Esc goes back to the history.
	d.Tick(Key(ebiten.KeyEscape), 0)
	if d.App.scene != scene(h) {
		t.Errorf("screen %q after Esc on a reopened debrief, want the history", d.App.Screen())
	}
}

func TestWindowHistoryEmpty(t *testing.T) {
	d := window(t)
	d.Do(func(a *App) {
		a.lang, a.player = "en", "Nobody Played Yet"
		a.setScene(newHistory(a))
	})
	img := mustScreen(t, d.Step(Frame{}, 0))
	h := d.App.scene.(*historyScene)
	if len(h.sums) != 0 {
		t.Fatalf("summaries %+v for a new player", h.sums)
	}
	play := widgetRect(t, h.widgets, "play")
	if count(img, play, ui.ColAccent) < play.Dx()*play.Dy()/3 {
		t.Error("empty history: no button to choose a scenario")
	}
	if count(img, image.Rect(0, play.Min.Y-d.App.px(150), 1280, play.Min.Y), ui.ColMuted) < 100 {
		t.Error("empty history: no message above the button")
	}
	d.Tick(Key(ebiten.KeyEnter), 0)
	if d.App.Screen() != ScreenPicker {
		t.Errorf("screen %q, want the picker", d.App.Screen())
	}
	d.Do(func(a *App) { a.lang = "nl" })
}

// TestWindowClosingMidRound closes the window during a round, in a child
// process (closing ends the game loop the other tests share), and checks
// the round is stored as abandoned.
func TestWindowClosingMidRound(t *testing.T) {
	if os.Getenv("WCS_CLOSE_CHILD") == "1" {
		d := window(t)
		p := fromTitleToRound(t, d, "Sluiter")
		untilDecision(t, d, p)
		d.Tick(Key(ebiten.KeyEnter), 0)
		d.Tick(Key(ebiten.KeyEnter), 0)
		// Closing asks first: the round stays, nothing is stored yet.
		d.Tick(Frame{closing: true}, 0)
		if d.App.Screen() != ScreenPlay || !p.leaving || !p.closing {
			t.Fatalf("closing the window mid-round did not ask (screen %q)", d.App.Screen())
		}
		if as, _, _ := testStore.List(progress.Filter{Player: "Sluiter"}); len(as) > 0 {
			t.Fatal("closing stored the round before the player confirmed")
		}
		d.In.Push(Frame{closing: true})
		for i := 0; i < 500; i++ {
			if as, _, _ := testStore.List(progress.Filter{Player: "Sluiter"}); len(as) > 0 {
				return
			}
			time.Sleep(20 * time.Millisecond)
		}
		t.Fatal("closing the window stored nothing")
	}
	window(t)
	as := attemptsOfChild(t, "TestWindowClosingMidRound", "WCS_CLOSE_CHILD", "Sluiter")
	if len(as) != 1 || as[0].Status != progress.Abandoned || len(as[0].Report.Replies) != 1 {
		t.Fatalf("after closing mid-round: %+v; want one abandoned attempt with its reply", as)
	}
}

// worldsShownBy waits until the debrief has played its 100 worlds and
// returns what it says of them.
func worldsShownBy(t *testing.T, d *Driver, db *debriefScene) string {
	t.Helper()
	for deadline := time.Now().Add(3 * time.Minute); time.Now().Before(deadline); {
		var text string
		pending := true
		d.Do(func(a *App) { pending, text = db.worlds.pending(), db.worldsText(a) })
		if !pending {
			if text == "" {
				t.Fatalf("the debrief says nothing of the 100 worlds: %q", text)
			}
			return text
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatal("the 100 worlds were never played")
	return ""
}

// With several scenarios in My progress, Tab on a scenario's card goes to
// that scenario's attempts beside it, not on to the next card (P18-20).
func TestWindowTabOnAScenarioGoesToItsAttempts(t *testing.T) {
	d := window(t)
	var h *historyScene
	d.Do(func(a *App) {
		a.lang, a.player = "en", "Tab Tessa"
		h = newHistory(a)
		h.sums = []progress.Summary{{Scenario: "sanoma-juf", Title: "Sanoma", Attempts: 1},
			{Scenario: "dominos-sorry", Title: "Domino's", Attempts: 1}}
		h.attempts = map[string][]progress.Attempt{
			"sanoma-juf":    {{ID: "s1", Scenario: "sanoma-juf", Status: progress.Abandoned}},
			"dominos-sorry": {{ID: "d1", Scenario: "dominos-sorry", Status: progress.Abandoned}}}
		h.selected = 0
		h.focus.ID = "sum-sanoma-juf"
		a.setScene(h)
	})
	d.Tick(Frame{}, 0)
	d.Tick(Key(ebiten.KeyTab), 0)
	if !h.focus.Is("att-s1") {
		t.Fatalf("focus %q after Tab on the first scenario, want its attempt", h.focus.ID)
	}
	// Down still walks the cards.
	d.Do(func(a *App) { h.focus.ID = "sum-sanoma-juf" })
	d.Tick(Key(ebiten.KeyArrowDown), 0)
	if !h.focus.Is("sum-dominos-sorry") {
		t.Errorf("focus %q after Down on the first scenario, want the next scenario", h.focus.ID)
	}
}
