package game

import (
	"fmt"
	"image"
	"image/color"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/webcaresim/webcaresim/game/progress"
	"github.com/webcaresim/webcaresim/game/session"
	"github.com/webcaresim/webcaresim/game/ui"
)

// drv plays the real game in a real window (under Xvfb in `make test`).
// Ebiten needs the main goroutine, so TestMain runs the game there and the
// tests on the driver's goroutine, as Ebiten's own tests do.
var drv *Driver

// testStore is the attempt store of the window tests, in a temporary
// folder ($WEBCARESIM_DATA): tests never write into the user's own.
var testStore *progress.Store

func TestMain(m *testing.M) {
	if os.Getenv(liveChildEnv) != "" {
		os.Exit(runLiveChild()) // live_keyboard_window_test.go
	}
	if os.Getenv("WEBCARESIM_DATA") == "" {
		dir, err := os.MkdirTemp("", "webcaresim-game-test-")
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		os.Setenv("WEBCARESIM_DATA", dir)
	}
	dir, _ := progress.DefaultDir()
	st, err := progress.Open(dir)
	if err != nil {
		fmt.Fprintln(os.Stderr, "game tests: results store:", err)
		os.Exit(1)
	}
	testStore = st
	code := -1
	err = RunDriven(Options{Seed: 11, Size: image.Pt(1280, 800), Store: st}, func(d *Driver) {
		drv = d
		code = m.Run()
	})
	if code == -1 {
		// The window never opened: run what needs no window, and fail the
		// window tests when a display was there to be had.
		fmt.Fprintln(os.Stderr, "game tests: no window:", err)
		code = m.Run()
	}
	st.Close()
	if d := os.Getenv("WEBCARESIM_DATA"); strings.HasPrefix(filepath.Base(d), "webcaresim-game-test-") {
		os.RemoveAll(d)
	}
	os.Exit(code)
}

func window(t *testing.T) *Driver {
	t.Helper()
	if drv == nil {
		if os.Getenv("DISPLAY") != "" {
			t.Fatal("the game window did not open")
		}
		t.Skip("no display; run under xvfb-run")
	}
	return drv
}

// near reports whether two colours match within antialiasing's reach.
func near(a, b color.RGBA) bool {
	d := func(x, y uint8) int {
		if x > y {
			return int(x - y)
		}
		return int(y - x)
	}
	return d(a.R, b.R) <= 6 && d(a.G, b.G) <= 6 && d(a.B, b.B) <= 6
}

// count is how many pixels of r in img have colour c.
func count(img *image.RGBA, r image.Rectangle, c color.RGBA) int {
	n := 0
	r = r.Intersect(img.Bounds())
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			if near(img.RGBAAt(x, y), c) {
				n++
			}
		}
	}
	return n
}

// inked is how many pixels of r are dark enough to be text.
func inked(img *image.RGBA, r image.Rectangle) int {
	n := 0
	r = r.Intersect(img.Bounds())
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			c := img.RGBAAt(x, y)
			if int(c.R)+int(c.G)+int(c.B) < 200 {
				n++
			}
		}
	}
	return n
}

func mustScreen(t *testing.T, img *image.RGBA) *image.RGBA {
	t.Helper()
	if img == nil {
		t.Fatal("the game stopped drawing frames")
	}
	return img
}

func widgetRect(t *testing.T, ws []*ui.Widget, id string) image.Rectangle {
	t.Helper()
	for _, w := range ws {
		if w.ID == id {
			return w.Rect
		}
	}
	var ids []string
	for _, w := range ws {
		ids = append(ids, w.ID)
	}
	t.Fatalf("no widget %q on screen (have %v)", id, ids)
	return image.Rectangle{}
}

// ringShown checks the focus ring is drawn around r.
func ringShown(t *testing.T, img *image.RGBA, r image.Rectangle, what string) {
	t.Helper()
	outer := r.Inset(-8)
	if n := count(img, outer, ui.ColFocus) - count(img, r.Inset(2), ui.ColFocus); n < r.Dx() {
		t.Errorf("%s: no focus ring around it (%d orange pixels)", what, n)
	}
}

// fromTitleToRound goes from a fresh title screen to the start of a round
// of sanoma-juf by keyboard, checking each screen on the way.
func fromTitleToRound(t *testing.T, d *Driver, name string) *playScene {
	t.Helper()
	d.Do(func(a *App) {
		a.lang, a.player, a.mode = "nl", "", session.Practice
		a.workshopMode()
		a.setScene(newTitle(a))
	})
	img := mustScreen(t, d.Step(Frame{}, 0))
	title := d.App.scene.(*titleScene)
	if d.App.Screen() != ScreenTitle {
		t.Fatalf("screen %q, want the title", d.App.Screen())
	}
	ringShown(t, img, widgetRect(t, title.widgets, "start"), "title: start button")
	if inked(img, image.Rect(0, 0, 1280, 140)) > 0 && count(img, image.Rect(0, 0, 1280, 140), ui.ColOnDark) < 500 {
		t.Error("title: no title text in the header")
	}

	// Click the name field, type a name, Enter moves on to the start button.
	nameRect := widgetRect(t, title.widgets, "name")
	d.Tick(Frame{Clicks: []image.Point{nameRect.Min.Add(image.Pt(20, 20))}}, 0)
	d.Tick(Typed(name), 0)
	img = mustScreen(t, d.Step(Frame{}, 0))
	if inked(img, nameRect.Inset(4)) < 100 {
		t.Error("title: the typed name is not drawn in its field")
	}
	if d.App.player != name {
		t.Errorf("player %q, want %q", d.App.player, name)
	}
	d.Tick(Key(ebiten.KeyEnter), 0)
	img = mustScreen(t, d.Step(Key(ebiten.KeyEnter), 0))
	if d.App.Screen() != ScreenPicker {
		t.Fatalf("screen %q after Enter on start, want the picker", d.App.Screen())
	}
	picker := d.App.scene.(*pickerScene)
	ringShown(t, img, picker.widgets[0].Rect, "picker: first card")

	// Arrow to the Sanoma card and open it.
	at := -1
	for i, sc := range picker.cards {
		if sc.ID == "sanoma-juf" {
			at = i
		}
	}
	if at < 0 {
		t.Fatal("picker: no sanoma-juf card")
	}
	for range at {
		d.Tick(Key(ebiten.KeyArrowRight), 0)
	}
	img = mustScreen(t, d.Step(Frame{}, 0))
	ringShown(t, img, widgetRect(t, picker.widgets, "card-sanoma-juf"), "picker: Sanoma card")
	d.Tick(Key(ebiten.KeyEnter), 0)
	if d.App.Screen() != ScreenBriefing {
		t.Fatalf("screen %q after Enter on a card, want the briefing", d.App.Screen())
	}
	d.Tick(Key(ebiten.KeyEnter), 0)
	p, ok := d.App.scene.(*playScene)
	if !ok {
		t.Fatalf("screen %q after Enter on the briefing, want play", d.App.Screen())
	}
	return p
}

// untilDecision runs the clock until a decision opens or the round ends.
func untilDecision(t *testing.T, d *Driver, p *playScene) {
	t.Helper()
	for i := 0; i < 4000; i++ {
		if p.sess.Decision() != nil || p.sess.Ending() != nil {
			return
		}
		if !d.Tick(Frame{}, session.MaxStep) {
			t.Fatal("the game stopped")
		}
	}
	t.Fatal("no decision opened")
}

// finishAndDebrief answers what is left with the focused (first) choice
// (Enter picks it, a second Enter publishes it), lets the round end and
// opens the debrief.
func finishAndDebrief(t *testing.T, d *Driver, p *playScene) *image.RGBA {
	t.Helper()
	for p.sess.Ending() == nil {
		untilDecision(t, d, p)
		if p.sess.Decision() != nil {
			d.Tick(Key(ebiten.KeyEnter), 0)
			d.Tick(Key(ebiten.KeyEnter), 0)
		}
	}
	if !p.focus.Is("debrief") {
		d.Tick(Frame{}, 0)
	}
	img := mustScreen(t, d.Step(Frame{}, session.MaxStep))
	ringShown(t, img, widgetRect(t, p.widgets, "debrief"), "play: debrief button at the ending")
	img = mustScreen(t, d.Step(Key(ebiten.KeyEnter), 0))
	if d.App.Screen() != ScreenDebrief {
		t.Fatalf("screen %q, want the debrief", d.App.Screen())
	}
	return img
}

func TestWindowPlayWithAChoice(t *testing.T) {
	d := window(t)
	p := fromTitleToRound(t, d, "Sanne de Vries")
	untilDecision(t, d, p)
	img := mustScreen(t, d.Step(Frame{}, 0))
	rg := p.regions(d.App)
	choice := widgetRect(t, p.widgets, "choice-0")
	// The focused choice has the focus ring only: filled like a picked one,
	// the first choice of the next decision looked still chosen after
	// silence took over.
	if n := count(img, choice, ui.ColAccentSoft); n > choice.Dx()*choice.Dy()/20 {
		t.Errorf("play: the focused choice, not picked, is filled like a picked one (%d pixels)", n)
	}
	ringShown(t, img, choice, "play: first choice")
	if count(img, rg.meter, ui.ColBorder) < 1000 {
		t.Error("play: no outrage meter track")
	}
	// The pointer on the meter opens its explanation beside it, over the
	// feed, leaving the whole meter in sight (under it, the box covered
	// the reach line it explains): a row per value with a chip in the
	// meter's colour for it, green for 0, red for 100 and amber between;
	// it goes with the pointer.
	img = mustScreen(t, d.Step(MouseAt(rg.meter.Min.Add(image.Pt(rg.meter.Dx()/2, 20))), 0))
	box := p.meterHelpBox
	if box.Empty() || !box.Intersect(rg.meter).Empty() {
		t.Errorf("play: the pointer on the meter shows no explanation beside it, clear of the meter (box %v, meter %v)", box, rg.meter)
	}
	below := box
	if count(img, box, ui.ColGood) < 300 || count(img, box, ui.ColAmber) < 300 || count(img, box, ui.ColBad) < 300 {
		t.Errorf("play: the meter's explanation shows no chips for 0, 10 and 100 (green %d, amber %d, red %d)",
			count(img, box, ui.ColGood), count(img, box, ui.ColAmber), count(img, box, ui.ColBad))
	}
	img = mustScreen(t, d.Step(MouseAt(image.Pt(4, 796)), 0))
	if count(img, below, ui.ColAmber) > 50 {
		t.Error("play: the meter's explanation stays after the pointer left")
	}
	// F1 shows it too, for the keyboard and the projector, and hides it.
	img = mustScreen(t, d.Step(Key(ebiten.KeyF1), 0))
	if count(img, below, ui.ColAmber) < 300 {
		t.Error("play: F1 does not show the meter's explanation")
	}
	img = mustScreen(t, d.Step(Key(ebiten.KeyF1), 0))
	if count(img, below, ui.ColAmber) > 50 {
		t.Error("play: a second F1 does not hide the meter's explanation")
	}
	// Esc closes it as it closes any dialog; it asked to leave the round
	// instead, and the reply typed next went to that question (playtest
	// 20, P20-9).
	d.Step(Key(ebiten.KeyF1), 0)
	img = mustScreen(t, d.Step(Key(ebiten.KeyEscape), 0))
	if count(img, below, ui.ColAmber) > 50 || p.leaving {
		t.Errorf("play: Esc with the meter's explanation open does not just close it (leave asked: %v)", p.leaving)
	}
	if inked(img, rg.feed) < 2000 {
		t.Error("play: the feed shows no posts")
	}
	if count(img, rg.feed, ui.ColBrand) > 0 && len(p.sess.Replies()) == 0 {
		// The brand may have posted before; only count the new reply below.
		t.Log("the brand posted before the first decision")
	}
	// The newest post is drawn last, under the others below the pinned
	// post: the reply must appear there.
	newest := image.Rect(rg.feed.Min.X, p.feedTop, rg.feed.Max.X, rg.feed.Max.Y)
	before := count(img, newest, ui.ColBrand)

	// Enter picks the focused choice (the historical, sarcastic one) and
	// publishes nothing; a second Enter on it publishes it.
	img = mustScreen(t, d.Step(Key(ebiten.KeyEnter), 0))
	if len(p.sess.Replies()) != 0 || p.selected != 0 {
		t.Fatalf("the first Enter published %+v (picked %d); it should only pick", p.sess.Replies(), p.selected)
	}
	choice = widgetRect(t, p.widgets, "choice-0")
	if count(img, choice, ui.ColAccentSoft) < choice.Dx()*choice.Dy()/3 {
		t.Error("play: the picked choice is not filled")
	}
	d.Tick(Key(ebiten.KeyEnter), 0)
	img = mustScreen(t, d.Step(Frame{}, 0))
	if len(p.sess.Replies()) != 1 || p.sess.Replies()[0].Choice != 1 {
		t.Fatalf("replies %+v, want the first choice", p.sess.Replies())
	}
	if after := count(img, newest, ui.ColBrand); after < before+5000 {
		t.Errorf("play: the published reply does not show in the feed (%d brand pixels, %d before)", after, before)
	}

	img = finishAndDebrief(t, d, p)
	db := d.App.scene.(*debriefScene)
	drg := db.regions(d.App)
	if count(img, drg.chart, ui.ColAccent) < 100 {
		t.Error("debrief: the round's outrage curve is not drawn")
	}
	if count(img, drg.chart, ui.ColHistorical) < 100 {
		t.Error("debrief: the historical curve is not drawn")
	}
	if count(img, drg.chart, ui.ColFocus) < 50 {
		t.Error("debrief: no reply markers on the chart")
	}
	if count(img, drg.left, ui.ColBadSoft) < 200 {
		t.Error("debrief: the sarcastic reply has no phrase marked red")
	}
	if c := gradeColor(db.report.Scores.Overall); count(img, drg.header, c) < 2000 {
		t.Error("debrief: the grade circle is not in the grade's colour")
	}
	// Keyboard-only play: the Enters that published the last reply and
	// opened the debrief go on (held or tapped once more). They must not
	// press Retry: the debrief stays, with no button ringed.
	retry := widgetRect(t, db.widgets, "retry")
	if n := count(img, retry.Inset(-8), ui.ColFocus) - count(img, retry.Inset(2), ui.ColFocus); n >= retry.Dx() {
		t.Error("debrief: Retry shows the focus ring on arrival; an Enter would leave the debrief")
	}
	for _, k := range []ebiten.Key{ebiten.KeyEnter, ebiten.KeyEnter, ebiten.KeySpace, ebiten.KeyNumpadEnter} {
		d.Tick(Key(k), 0)
		if d.App.scene != db {
			t.Fatalf("screen %q after %v on arrival, want the debrief still shown", d.App.Screen(), k)
		}
	}
	// Tab picks a button: the ring shows on Retry, and Enter now presses it.
	img = mustScreen(t, d.Step(Key(ebiten.KeyTab), 0))
	ringShown(t, img, retry, "debrief: retry button after Tab")
	d.Tick(Key(ebiten.KeyEnter), 0)
	if d.App.Screen() != ScreenBriefing {
		t.Fatalf("screen %q after Tab, Enter on the debrief, want the briefing", d.App.Screen())
	}
}

func TestWindowPlayWithATypedReply(t *testing.T) {
	d := window(t)
	p := fromTitleToRound(t, d, "Jan")
	untilDecision(t, d, p)
	// Tab to the text field.
	for i := 0; i < 12 && !p.focus.Is("reply"); i++ {
		d.Tick(Key(ebiten.KeyTab), 0)
	}
	if !p.focus.Is("reply") {
		t.Fatal("play: Tab never reached the reply field")
	}
	// Typing, word delete, paste and the character counter.
	d.Tick(Typed("Hoi Dorien, sorry! Wat vervelend. oeps"), 0)
	d.Tick(Frame{Keys: []ebiten.Key{ebiten.KeyBackspace}, Ctrl: true}, 0)
	d.Clip.Text = "Ik bel je vóór 12:00 terug. ^Lotte"
	d.Tick(Frame{Keys: []ebiten.Key{ebiten.KeyV}, Ctrl: true}, 0)
	want := "Hoi Dorien, sorry! Wat vervelend. Ik bel je vóór 12:00 terug. ^Lotte"
	if p.reply.Text() != want {
		t.Fatalf("field %q, want %q", p.reply.Text(), want)
	}
	img := mustScreen(t, d.Step(Frame{}, 0))
	field := widgetRect(t, p.widgets, "reply")
	if inked(img, field.Inset(6)) < 300 {
		t.Error("play: the typed reply is not drawn in the field")
	}
	if count(img, field, ui.ColAccent) < field.Dx() {
		t.Error("play: the focused field has no accent border")
	}
	// Typing keeps the field and the publish button in view, clear of the
	// panel's "more" bands.
	publish := widgetRect(t, p.widgets, "publish")
	view := p.panelRect
	view.Min.Y += p.moreBand(d.App)
	view.Max.Y -= p.moreBand(d.App)
	if !field.Union(publish).In(view) {
		t.Errorf("play: the field %v and publish button %v are not both in view in the panel %v", field, publish, p.panelRect)
	}
	if count(img, publish, ui.ColAccent) < publish.Dx()*publish.Dy()/2 {
		t.Error("play: the publish button is not drawn")
	}

	// 10,000 pasted characters: counted, shown in red, refused.
	saved := p.reply.Text()
	d.Clip.Text = strings.Repeat("ä🙂", 5000)
	d.Tick(Frame{Keys: []ebiten.Key{ebiten.KeyA}, Ctrl: true}, 0)
	d.Tick(Frame{Keys: []ebiten.Key{ebiten.KeyV}, Ctrl: true}, 0)
	img = mustScreen(t, d.Step(Frame{}, 0))
	field = widgetRect(t, p.widgets, "reply") // the field grew with the text
	counter := image.Rect(field.Max.X-200, field.Min.Y-40, field.Max.X, field.Min.Y)
	if count(img, counter, ui.ColBad) < 20 {
		t.Error("play: the character counter is not red over the limit")
	}
	d.Tick(Key(ebiten.KeyEnter), 0)
	if len(p.sess.Replies()) != 0 {
		t.Fatal("play: a reply over the channel's limit was published")
	}
	d.Tick(Frame{Keys: []ebiten.Key{ebiten.KeyA}, Ctrl: true}, 0)
	d.Tick(Key(ebiten.KeyBackspace), 0)
	d.Tick(Typed(saved), 0)

	d.Tick(Key(ebiten.KeyEnter), 0)
	if n := len(p.sess.Replies()); n != 1 || p.sess.Replies()[0].Choice != 0 || p.sess.Replies()[0].Text != want {
		t.Fatalf("replies %+v, want the typed reply", p.sess.Replies())
	}
	img = finishAndDebrief(t, d, p)
	db := d.App.scene.(*debriefScene)
	if count(img, db.regions(d.App).left, ui.ColGoodSoft) < 500 {
		t.Error("debrief: the typed reply has no phrase marked green")
	}
}
