//go:build !js

package game

import (
	"bufio"
	"fmt"
	"image"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/webcaresim/webcaresim/game/progress"
	"github.com/webcaresim/webcaresim/game/session"
	"github.com/webcaresim/webcaresim/game/ui"
	"github.com/webcaresim/webcaresim/scenarios"
)

const killedReply = "Dorien, je hebt gelijk: je had al gebeld. Sorry! Mag ik je bellen? ^Lotte"

// TestWindowKilledMidRoundKeepsThePublishedReply plays a round in a child
// process, publishes a typed reply and kills the child with SIGKILL as
// soon as it says the reply is on screen: no handler runs, nothing is
// stored at the round's end. The reply and its minute must still be in
// the round's checkpoint, and the next start must store the round as an
// interrupted attempt holding that reply, scored as it was.
func TestWindowKilledMidRoundKeepsThePublishedReply(t *testing.T) {
	if os.Getenv("WCS_KILL_CHILD") == "1" {
		d := window(t)
		p := fromTitleToRound(t, d, "Gedood")
		untilDecision(t, d, p)
		reply := widgetRect(t, p.widgets, "reply")
		d.Tick(Frame{Clicks: []image.Point{reply.Min.Add(image.Pt(30, 20))}}, 0)
		d.Tick(Typed(killedReply), 0)
		d.Tick(Key(ebiten.KeyEnter), 0) // the frame drawn: the reply is in the feed
		rs := p.sess.Replies()
		if len(rs) != 1 || rs[0].Text != killedReply {
			t.Fatalf("published %+v", rs)
		}
		fmt.Printf("published %s\n", strconv.FormatFloat(rs[0].Minute, 'g', -1, 64))
		for { // play on until killed
			d.Tick(Frame{}, 0)
		}
	}
	window(t)
	dir := t.TempDir()
	cmd := exec.Command(os.Args[0], "-test.run=^TestWindowKilledMidRoundKeepsThePublishedReply$", "-test.count=1")
	cmd.Env = append(os.Environ(), "WCS_KILL_CHILD=1", "WEBCARESIM_DATA="+dir)
	cmd.Stderr = os.Stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	minute := -1.0
	for sc := bufio.NewScanner(out); sc.Scan(); {
		if m, ok := strings.CutPrefix(sc.Text(), "published "); ok {
			minute, _ = strconv.ParseFloat(m, 64)
			break
		}
	}
	_ = cmd.Process.Signal(syscall.SIGKILL)
	_ = cmd.Wait()
	if minute < 0 {
		t.Fatal("the child never published its reply")
	}

	st, err := progress.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if as := attemptsOf(t, st, "Gedood"); len(as) != 0 {
		t.Fatalf("the killed round stored %d attempts by itself", len(as))
	}
	its, problems, err := st.Interrupted()
	if err != nil || len(problems) > 0 || len(its) != 1 {
		t.Fatalf("checkpoints after the kill: %d, %v %v; want the killed round's", len(its), problems, err)
	}
	steps := its[0].Steps
	if len(steps) != 1 || steps[0].Text != killedReply || steps[0].At != minute || steps[0].Choice != 0 {
		t.Fatalf("the checkpoint kept %+v; want the typed reply at minute %g", steps, minute)
	}

	// The next start stores it as an interrupted, unfinished attempt.
	got, problems, err := progress.Recover(st, scenarios.BuiltinForPlay().Find)
	if err != nil || len(problems) > 0 || len(got) != 1 {
		t.Fatalf("recovered %d rounds, %v %v", len(got), problems, err)
	}
	as := attemptsOf(t, st, "Gedood")
	if len(as) != 1 {
		t.Fatalf("%d attempts after the restart, want the interrupted one", len(as))
	}
	at := as[0]
	if at.Status != progress.Abandoned || at.Interrupted == nil || at.Interrupted.NotReplayed != "" || at.ID != its[0].Start.ID {
		t.Fatalf("stored %s %+v, want an interrupted, unfinished attempt replayed from its steps", at.Status, at.Interrupted)
	}
	if rs := at.Report.Replies; len(rs) != 1 || rs[0].Text != killedReply || rs[0].Minute != minute || rs[0].Analysis.Empathy == 0 {
		t.Fatalf("the stored round's replies %+v; want the published reply at minute %g, scored", rs, minute)
	}
	if again, _, _ := st.Interrupted(); len(again) != 0 {
		t.Errorf("the checkpoint is still there after the round was stored: %d", len(again))
	}
}

// A round left in a checkpoint by a program that stopped is, at the next
// start, an interrupted attempt in the history whose debrief says so and
// offers to resume it; Resume opens the play screen on the same round at
// the point it stopped (the reply published, the clock where it was), and
// leaving it then stores one attempt that takes the interrupted one's
// place.
func TestWindowAnInterruptedRoundIsShownAndResumed(t *testing.T) {
	d := window(t)
	const player = "Hervat Hanna"
	played, cp := storeInterruptedRound(t, player)

	// The next start: the title says so, the history shows it.
	d.Do(func(a *App) {
		a.lang, a.player = "nl", player
		a.recoverInterrupted()
		a.setScene(newTitle(a))
	})
	var recovered int
	d.Do(func(a *App) { recovered = len(a.recovered) })
	if recovered != 1 {
		t.Fatalf("%d rounds recovered at the start, want the interrupted one", recovered)
	}
	as := attemptsOf(t, testStore, player)
	if len(as) != 1 || as[0].Interrupted == nil || as[0].ID != cp.ID() {
		t.Fatalf("stored %+v, want the interrupted round", as)
	}
	var db *debriefScene
	d.Do(func(a *App) {
		a.setScene(newHistory(a))
		db = newStoredDebrief(a, as[0], a.scene)
		a.setScene(db)
	})
	if db.resume == nil || !strings.Contains(db.interrupted, "Onderbroken") || !strings.Contains(db.interrupted, "Verder spelen") {
		t.Fatalf("the debrief of the interrupted round says %q (resume %v)", db.interrupted, db.resume != nil)
	}
	d.Tick(Frame{}, 0)
	res := widgetRect(t, db.widgets, "resume")
	d.Tick(Frame{Clicks: []image.Point{res.Min.Add(image.Pt(20, 20))}}, 0)
	p, ok := d.App.scene.(*playScene)
	if !ok {
		t.Fatalf("screen %q after Resume, want play", d.App.Screen())
	}
	if rs := p.sess.Replies(); len(rs) != 1 || rs[0].Text != killedReply || p.sess.Now() != played.Now() {
		t.Fatalf("resumed at minute %g with %+v; want minute %g and the published reply", p.sess.Now(), rs, played.Now())
	}
	// The resumed round waits, with a box saying where it stopped, until
	// the trainee goes on: time passes and the clock stands still.
	img := mustScreen(t, d.Step(Frame{}, 0))
	box := p.goOnBox(d.App)
	if count(img, box, ui.ColAccent) < box.Dx() || inked(img, box.Inset(20)) < 2000 {
		t.Error("no box saying where the round stopped")
	}
	for range 5 {
		d.Tick(Frame{}, 1500_000_000)
	}
	if p.sess.Now() != played.Now() || !p.sess.WaitingToGoOn() {
		t.Fatalf("the clock ran before the trainee went on: minute %g, want %g", p.sess.Now(), played.Now())
	}
	d.Tick(Key(ebiten.KeyEnter), 0)
	for range 5 {
		d.Tick(Frame{}, 1500_000_000)
	}
	if p.sess.WaitingToGoOn() || p.sess.Now() <= played.Now() {
		t.Fatalf("Enter did not start the clock: minute %g (waiting %v)", p.sess.Now(), p.sess.WaitingToGoOn())
	}
	leaveRoundByEsc(t, d)
	as = attemptsOf(t, testStore, player)
	if len(as) != 2 || as[1].Resumes != as[0].ID || len(as[1].Report.Replies) != 1 {
		t.Fatalf("after leaving the resumed round: %d attempts, last resumes %q", len(as), as[len(as)-1].Resumes)
	}
	if shown := progress.WithoutResumed(as); len(shown) != 1 || shown[0].ID != as[1].ID {
		t.Errorf("the history would show %d attempts, want only the resumed round", len(shown))
	}
}

// The box over a resumed round shows the trainee's last reply whole, up to
// a channel's limit of 280 characters, and every line of the box: before,
// the reply was cut at 140 characters and its signature fell off.
func TestWindowAResumedRoundShowsTheWholeLastReply(t *testing.T) {
	d := window(t)
	sc, _ := scenarios.BuiltinForPlay().Find("sanoma-juf", "nl")
	s, err := session.New(sc, session.Options{Seed: 4, Mode: session.Practice, Player: "Lange Lotte"})
	if err != nil {
		t.Fatal(err)
	}
	for s.Decision() == nil {
		s.Advance(0.5)
	}
	reply := "Dorien, je hebt helemaal gelijk: je had al twee keer gebeld en gemaild, en wij lazen je bericht verkeerd. " +
		"Dat spijt me echt. Ik heb je vraag over de ontbrekende lesmethode nu zelf doorgezet naar de afdeling scholen; " +
		"je hoort vandaag nog van me, uiterlijk om vijf uur. ^Lotte"
	if n := len([]rune(reply)); n < 250 || n > 280 {
		t.Fatalf("the reply is %d characters; the test wants one near the limit", n)
	}
	if err := s.Publish(reply); err != nil {
		t.Fatal(err)
	}
	s.WaitToGoOn()
	var p *playScene
	d.Do(func(a *App) {
		a.lang = "nl"
		p = newPlay(a, s)
		a.setScene(p)
	})
	d.Step(Frame{}, 0)
	var lines, shown []string
	d.Do(func(a *App) {
		lines = p.goOnLines(a)
		shown, _ = p.goOnShown(a)
	})
	if len(shown) != len(lines) {
		t.Fatalf("the box shows %d of its %d lines: %q", len(shown), len(lines), lines[len(shown):])
	}
	whole := false
	for _, l := range shown {
		whole = whole || strings.Contains(l, reply)
	}
	if !whole {
		t.Errorf("the box does not show the whole last reply: %q", shown)
	}
	d.Tick(Key(ebiten.KeyEnter), 0)
	leaveRoundByEsc(t, d)
}

// storeInterruptedRound plays Sanoma's first reply for player and stores
// the round as a program that stopped right after it leaves it behind.
func storeInterruptedRound(t *testing.T, player string) (*session.Session, *progress.Checkpoint) {
	t.Helper()
	sc, _ := scenarios.BuiltinForPlay().Find("sanoma-juf", "nl")
	played, err := session.New(sc, session.Options{Seed: 4, Mode: session.Practice, Player: player})
	if err != nil {
		t.Fatal(err)
	}
	for played.Decision() == nil {
		played.Advance(0.5)
	}
	played.Advance(2)
	if err := played.Publish(killedReply); err != nil {
		t.Fatal(err)
	}
	cp, err := testStore.BeginRound(progress.RoundStart{Player: player, Mode: session.Practice, Scenario: "sanoma-juf",
		Language: "nl", Seed: 4, Started: time.Now().Add(-time.Minute), Source: "game"})
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i < played.StepCount(); i++ {
		if err := cp.Add(played.Step(i), time.Now()); err != nil {
			t.Fatal(err)
		}
	}
	cp.Close() // the program stops: nothing else is written
	return played, cp
}

// On the debrief of an interrupted round, opened from My progress, a
// newcomer presses Enter beside the blue Resume: the first Enter puts the
// focus ring on Resume (before, nothing at all happened) and the next one
// resumes the round (P18-20).
func TestWindowEnterOnAnInterruptedDebriefResumes(t *testing.T) {
	d := window(t)
	const player = "Enter Erik"
	storeInterruptedRound(t, player)
	d.Do(func(a *App) { a.lang, a.player = "nl", player; a.recoverInterrupted() })
	as := attemptsOf(t, testStore, player)
	if len(as) != 1 {
		t.Fatalf("%d attempts stored, want the interrupted round", len(as))
	}
	var db *debriefScene
	d.Do(func(a *App) {
		a.setScene(newHistory(a))
		db = newStoredDebrief(a, as[0], a.scene)
		a.setScene(db)
	})
	d.Tick(Frame{}, 0)
	img := mustScreen(t, d.Step(Key(ebiten.KeyEnter), 0))
	if d.App.Screen() != ScreenDebrief || !db.chosen || !db.focus.Is("resume") {
		t.Fatalf("after the first Enter: screen %q, focus %q (shown %v); want the ring on Resume", d.App.Screen(), db.focus.ID, db.chosen)
	}
	res := widgetRect(t, db.widgets, "resume")
	if count(img, res.Inset(-8), ui.ColFocus) == 0 {
		t.Error("no focus ring drawn round Resume after the first Enter")
	}
	d.Tick(Key(ebiten.KeyEnter), 0)
	if d.App.Screen() != ScreenPlay {
		t.Fatalf("screen %q after the second Enter, want the resumed round", d.App.Screen())
	}
	leaveRoundByEsc(t, d)
}

// The title's notice of an interrupted round names it as the window's
// language does, and goes once the trainee has resumed it: after a
// resumed round was finished, the title still said it was interrupted
// (playtest 19, P19-11).
func TestWindowTheTitleForgetsAResumedRound(t *testing.T) {
	d := window(t)
	const player = "Titel Tineke"
	storeInterruptedRound(t, player) // played in Dutch
	var notice []string
	d.Do(func(a *App) {
		a.lang, a.player = "en", player
		a.recoverInterrupted()
		for _, at := range a.recovered {
			notice = append(notice, attemptTitle(a, at))
		}
	})
	if len(notice) != 1 || notice[0] != "What do you want?" {
		t.Fatalf("the title's notice names %q, want the English title of the round", notice)
	}
	as := attemptsOf(t, testStore, player)
	d.Do(func(a *App) { a.resumeRound(as[0]) })
	if d.App.Screen() != ScreenPlay {
		t.Fatalf("screen %q after resuming, want play", d.App.Screen())
	}
	leaveRoundByEsc(t, d)
	var left int
	d.Do(func(a *App) {
		for _, at := range a.recovered {
			if at.ID == as[0].ID {
				left++
			}
		}
	})
	if left != 0 {
		t.Errorf("the resumed round is still in the title's notice of interrupted rounds")
	}
}
