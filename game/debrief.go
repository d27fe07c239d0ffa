package game

import (
	"fmt"
	"image"
	"slices"
	"time"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/webcaresim/webcaresim/assets/i18n"
	"github.com/webcaresim/webcaresim/game/progress"
	"github.com/webcaresim/webcaresim/game/session"
	"github.com/webcaresim/webcaresim/game/ui"
	"github.com/webcaresim/webcaresim/scenarios"
)

// debriefScene shows the scores, every reply with what the rubric found,
// the outrage curve beside history, what really happened and the tips.
type debriefScene struct {
	sc      *scenarios.Scenario
	report  session.Report
	focus   ui.Focus
	widgets []*ui.Widget
	scroll  int
	content int // height of the scrolled content

	// chart is the chart drawn once for its size: stroking the round's
	// long curves cost a few hundred milliseconds a frame on a training
	// laptop, so the debrief came seconds late and scrolled in jerks.
	chart *ebiten.Image

	// back is where Esc and the last button go: nil for the picker, the
	// history screen for a debrief reopened from it.
	back scene
	// played is when the round was played (the saved image says it).
	played time.Time
	image  imageSave // "save as image" (debrief_image.go)
	// sent is the result on its way to the trainer's workshop; nil when
	// the round was not played in one.
	sent *sendState
	// worlds is the round replayed in 100 worlds (debrief_worlds.go); nil
	// for an unfinished attempt reopened from the history.
	worlds *worldsState
	// silenceAt is where the first silence is told, from the top of the
	// scrolled content (tests scroll to it).
	silenceAt int
	// playedIn says, for an attempt played in the other language, that
	// the replies stay as they were published (debrief_language.go).
	playedIn string
	// interrupted says, for an attempt the program stopped in, what is
	// kept and whether it can be resumed, and for one the trainee left,
	// that it was left and when; resume is the attempt to go on from when
	// it can (debrief_interrupted.go).
	interrupted string
	resume      *progress.Attempt
	// unfinished: a stored round that was left or interrupted; its grade
	// is drawn in grey, for the part played only, not as a mark
	unfinished bool
	// unpublished are the picks silence overtook: a decision's lesson
	// says which was picked and never published, as the play panel did.
	unpublished []progress.UnpublishedPick
	// chosen says the trainee has picked a button (Tab, Left/Right or a
	// click). Until then Enter and Space press nothing and no button shows
	// the focus ring: the Enters that published the last reply and left the
	// ending, or a key still held from there, would otherwise press Retry
	// and the debrief would be gone before it was read.
	chosen bool
}

func newDebrief(a *App, s *session.Session) *debriefScene {
	opts := s.Options()
	return &debriefScene{sc: s.Scenario(), report: s.Report(), focus: ui.Focus{ID: "retry"}, played: a.clock.Now(), sent: a.lastSent,
		worlds: startWorlds(s.Scenario(), s.Transcript().Steps, opts)}
}

// newStoredDebrief is the debrief of a stored attempt, reopened from the
// history screen, which Esc returns to.
func newStoredDebrief(a *App, at progress.Attempt, back scene) *debriefScene {
	sc, ok := a.set.Find(at.Scenario, at.Language)
	if !ok {
		// The scenario is gone (a file no longer loaded): the report
		// still has the scores, replies and curves.
		sc = &scenarios.Scenario{ID: at.Scenario, Language: at.Language, Title: at.Report.Title}
	}
	// Not chosen yet, as after a round: the Enter that opened the attempt
	// in My progress must not press the focused button here too (a
	// trainee found "Saved: …png" on opening a stored debrief, P17-18).
	d := &debriefScene{sc: sc, report: at.Report, focus: ui.Focus{ID: "save"}, back: back, played: at.Started}
	d.interrupted, d.resume = interruptedNote(a, at, sc)
	d.unfinished = at.Status != progress.Finished
	d.unpublished = at.Unpublished
	if d.resume != nil {
		d.focus.ID = "resume"
	}
	if ok {
		d.report = withCaseFigures(d.report, sc)
	}
	if ok && at.Status == progress.Finished {
		// The 100 worlds are not stored: they are played again from the
		// stored replies and seed, in the background as at the round's end.
		d.worlds = startWorlds(sc, at.Report.Steps(), session.Options{Seed: at.Seed, Mode: at.Mode})
	}
	if at.Language != a.lang && ok {
		d.sc, d.report, d.playedIn = inInterfaceLanguage(a, sc, d.report)
	}
	return d
}

// withCaseFigures fills in the real case's figures an attempt stored
// before the report kept them: the real curve and the number the
// "beside the real case" section compares the round with.
func withCaseFigures(rep session.Report, sc *scenarios.Scenario) session.Report {
	if rep.HistShares == 0 && sc.Debrief.HistoricalShares > 0 {
		rep.HistShares, rep.HistMeasure, rep.HistLabel = sc.Debrief.HistoricalShares, sc.Debrief.HistoricalMeasure, sc.Debrief.HistoricalLabel
	}
	if len(rep.Historical) == 0 {
		rep.Historical = sc.Debrief.HistoricalCurve
	}
	return rep
}

// leave goes back to where the debrief was opened from.
func (d *debriefScene) leave(a *App) {
	if d.back != nil {
		a.setScene(d.back)
		return
	}
	a.setScene(newPicker(a))
}

func (d *debriefScene) kind() Screen { return ScreenDebrief }

func (d *debriefScene) wake(*App) time.Duration { return d.worldsWake() }

// debriefRegions are the parts of the debrief screen.
type debriefRegions struct {
	header, body, left, right, chart, bar image.Rectangle
}

func (d *debriefScene) regions(a *App) debriefRegions {
	m := a.px(20)
	header := image.Rect(0, 0, a.w, a.px(132))
	bar := image.Rect(0, a.h-a.px(72), a.w, a.h)
	body := image.Rect(m, header.Max.Y+a.px(12), a.w-m, bar.Min.Y-a.px(8))
	split := body.Min.X + body.Dx()*54/100
	left := image.Rect(body.Min.X, body.Min.Y, split-a.px(10), body.Max.Y)
	right := image.Rect(split+a.px(10), body.Min.Y, body.Max.X, body.Max.Y)
	chart := image.Rect(right.Min.X, right.Min.Y-d.scroll, right.Max.X, right.Min.Y-d.scroll+max(a.px(300), right.Dx()*55/100))
	return debriefRegions{header, body, left, right, chart, bar}
}

func (d *debriefScene) layout(a *App) {
	rg := d.regions(a)
	d.widgets = d.widgets[:0]
	bw := min(a.px(240), (a.w-5*a.px(16)-a.px(20))/4)
	y0, y1 := rg.bar.Min.Y+a.px(12), rg.bar.Max.Y-a.px(12)
	x := a.w - a.px(20)
	next := nextScenario(a, d.sc)
	buttons := []struct {
		id    string
		press func()
		ok    bool
	}{
		{"picker", func() { d.leave(a) }, true},
		// Retry and next open the case's briefing, as the picker does: an
		// Enter tapped on the debrief used to start a round at once, and the
		// next two Enters published its first written choice.
		{"next", func() {
			if next != nil {
				a.setScene(newBriefing(next))
			}
		}, next != nil},
		{"resume", func() { a.resumeRound(*d.resume) }, d.resume != nil},
		{"retry", func() { a.setScene(newBriefing(d.sc)) }, len(d.sc.Decisions) > 0},
		{"save", func() { d.image.want = true }, true},
	}
	for _, b := range buttons {
		if b.id == "next" && d.resume != nil || b.id == "resume" && d.resume == nil {
			continue // an interrupted round goes on in Next's place
		}
		r := image.Rect(x-bw, y0, x, y1)
		d.widgets = append(d.widgets, &ui.Widget{ID: b.id, Rect: r, Press: b.press, Enabled: b.ok})
		x -= bw + a.px(16)
	}
	// Keyboard order is the reading order: save, retry, next, picker.
	slices.Reverse(d.widgets)
}

// nextScenario is the scenario after sc in the onboarding order, among
// those offered (a workshop's own).
func nextScenario(a *App, sc *scenarios.Scenario) *scenarios.Scenario {
	cards := pickerCards(a.offered(), a.lang)
	for i, c := range cards {
		if c.ID == sc.ID && i+1 < len(cards) {
			return cards[i+1]
		}
	}
	return nil
}

func (d *debriefScene) update(a *App, f Frame) {
	if f.Has(ebiten.KeyEscape) {
		d.leave(a)
		return
	}
	if f.Ctrl && f.Has(ebiten.KeyS) {
		d.image.want = true
	}
	d.layout(a)
	step := a.px(60)
	var keys []ebiten.Key
	for _, k := range f.Keys {
		switch k {
		case ebiten.KeyArrowDown:
			d.scroll += step
		case ebiten.KeyArrowUp:
			d.scroll -= step
		case ebiten.KeyPageDown:
			d.scroll += d.regions(a).body.Dy() * 3 / 4
		case ebiten.KeyPageUp:
			d.scroll -= d.regions(a).body.Dy() * 3 / 4
		case ebiten.KeyHome:
			// to the top, as PageUp pressed until it stops (Home did
			// nothing: play28, F9); End to the bottom
			d.scroll = 0
		case ebiten.KeyEnd:
			d.scroll = d.content
		default:
			keys = append(keys, k)
		}
	}
	f.Keys = d.untilChosen(keys, len(f.Clicks) > 0)
	d.scroll -= int(f.Wheel * float64(step))
	d.scroll = max(0, min(d.scroll, d.content-d.regions(a).body.Dy()))
	a.handleFocus(&d.focus, d.widgets, f)
}

func (d *debriefScene) draw(a *App, dst *ebiten.Image) {
	d.layout(a)
	rg := d.regions(a)
	d.drawHeader(a, dst, rg.header)
	body := dst.SubImage(rg.body).(*ebiten.Image)
	lh := d.drawReplies(a, body, rg.left.Add(image.Pt(0, -d.scroll)))
	rh := d.drawStory(a, body, rg.right.Add(image.Pt(0, -d.scroll)), rg.chart)
	d.content = max(lh, rh)
	if d.content > rg.body.Dy() {
		// A scroll bar tells the player there is more below.
		track := image.Rect(rg.body.Max.X+a.px(6), rg.body.Min.Y, rg.body.Max.X+a.px(12), rg.body.Max.Y)
		ui.FillRect(dst, track, ui.ColBorder)
		h := track.Dy() * rg.body.Dy() / d.content
		y := track.Min.Y + (track.Dy()-h)*d.scroll/max(1, d.content-rg.body.Dy())
		ui.FillRect(dst, image.Rect(track.Min.X, y, track.Max.X, y+h), ui.ColMuted)
	}
	ui.FillRect(dst, rg.bar, ui.ColPanel)
	ui.FillRect(dst, image.Rect(0, rg.bar.Min.Y, a.w, rg.bar.Min.Y+1), ui.ColBorder)
	hint := a.t("debrief.keys")
	small := a.font(ui.Caption)
	leftEnd := d.widgets[len(d.widgets)-1].Rect.Min.X
	for _, w := range d.widgets {
		leftEnd = min(leftEnd, w.Rect.Min.X)
	}
	hintRect := image.Rect(a.px(20), rg.bar.Min.Y+a.px(8), leftEnd-a.px(16), rg.bar.Max.Y-a.px(4))
	if len(ui.Wrap(hint, small, hintRect.Dx())) > 2 {
		// In a narrow window the full list wraps to three lines and
		// crowds the bar; the buttons explain Tab and Enter themselves.
		hint = a.t("debrief.keys.short")
	}
	ui.DrawWrapped(dst, hint, small, hintRect, ui.ColMuted)
	d.drawImageNote(a, dst, rg.bar)
	labels := map[string]string{"retry": a.t("debrief.retry"), "next": a.t("debrief.next"), "picker": a.t("debrief.picker"), "save": a.t("debrief.save"),
		"resume": a.t("debrief.resume")}
	if d.back != nil {
		labels["picker"] = a.t("debrief.history")
	}
	for _, w := range d.widgets {
		bg, fg := ui.ColPanel, ui.ColText
		if w.ID == "resume" || w.ID == "retry" && d.resume == nil {
			bg, fg = ui.ColAccent, ui.ColOnDark
		}
		if !w.Enabled {
			fg = ui.ColBorder
		}
		ui.RoundRect(dst, w.Rect, float32(a.px(8)), bg)
		ui.StrokeRect(dst, w.Rect, 1, ui.ColBorder)
		label := labels[w.ID]
		if w.ID == "next" && !w.Enabled {
			// Greyed out with no reason, "Next scenario" read as broken
			// on the last case of the list (P11-17).
			label = a.t("debrief.next.last")
		}
		ui.DrawTextCentered(dst, label, a.font(ui.Heading), w.Rect.Inset(a.px(6)), fg)
		if d.chosen && d.focus.Is(w.ID) {
			ui.FocusRing(dst, w.Rect, a.scale)
		}
	}
	d.saveImage(a)
}

// untilChosen drops Enter and Space until the trainee has picked a button.
// The first Tab or Left/Right only shows the focus ring on the suggested
// button (Retry) instead of moving past it; on an interrupted round's
// debrief the first Enter does the same.
func (d *debriefScene) untilChosen(keys []ebiten.Key, clicked bool) []ebiten.Key {
	if d.chosen {
		return keys
	}
	if clicked {
		d.chosen = true
		return keys
	}
	var kept []ebiten.Key
	for i, k := range keys {
		switch k {
		case ebiten.KeyTab, ebiten.KeyArrowLeft, ebiten.KeyArrowRight:
			d.chosen = true
			return append(kept, keys[i+1:]...)
		case ebiten.KeyEnter, ebiten.KeyNumpadEnter, ebiten.KeySpace:
			if d.resume != nil {
				// An interrupted round's debrief: the first Enter shows
				// the ring on the blue Resume rather than doing nothing
				// beside it; the next one resumes (P18-20). A finished
				// one keeps Enter dead, as an Enter carried over from My
				// progress saved an image there (P17-18).
				d.chosen = true
				return append(kept, keys[i+1:]...)
			}
			continue
		}
		kept = append(kept, k)
	}
	return kept
}

// mark is what the debrief's circle says: the grade, or a dash for a round
// left or stopped early, which has no mark (a grey 9,8 read as one).
func (d *debriefScene) mark(a *App) string {
	if d.unfinished {
		return "–"
	}
	return displayGrade(d.report.Grade, a.lang)
}

// displayGrade writes the Dutch mark with a decimal comma in Dutch.
func displayGrade(g, lang string) string { return i18n.DecimalPoint(g, lang) }

func (d *debriefScene) drawHeader(a *App, dst *ebiten.Image, r image.Rectangle) {
	ui.FillRect(dst, r, ui.ColHeader)
	m := a.px(20)
	// The grade in a circle on the left.
	rad := float32(a.px(46))
	cx, cy := float32(m)+rad, float32(r.Min.Y+r.Dy()/2)
	circle := gradeColor(d.report.Scores.Overall)
	if d.unfinished {
		circle = ui.ColMuted
	}
	ui.Circle(dst, cx, cy, rad, circle)
	ui.DrawTextCentered(dst, d.mark(a), a.font(ui.Display),
		image.Rect(int(cx-rad), int(cy-rad), int(cx+rad), int(cy+rad)), ui.ColOnDark)
	x := int(cx+rad) + a.px(24)
	title := a.font(ui.Title)
	small := a.font(ui.Small)
	ui.DrawText(dst, ui.Ellipsize(a.t("debrief.title")+" — "+d.sc.Title, title, a.w-x-m), title, float64(x), float64(r.Min.Y+a.px(14)), ui.ColOnDark)
	sub := a.t("debrief.grade_about")
	if d.report.Player != "" {
		sub = d.report.Player + " · " + sub
	}
	if d.sent != nil {
		// Whether the trainer has the result, in amber when not.
		line, bad := d.sent.line(a.lang)
		c := ui.ColOnDark
		if bad {
			c = ui.ColAmber
		}
		lw := int(ui.TextWidth(line, small))
		ui.DrawText(dst, line, small, float64(a.w-m-lw), float64(r.Min.Y+a.px(48)), c)
		sub = ui.Ellipsize(sub, small, a.w-x-m-lw-a.px(24))
	}
	ui.DrawText(dst, ui.Ellipsize(sub, small, a.w-x-m), small, float64(x), float64(r.Min.Y+a.px(48)), ui.ColOnDark)
	// Three scores and the overall one as labelled bars.
	sc := d.report.Scores
	scores := []struct {
		key    string
		v      float64
		scored bool
	}{{"score.empathy", sc.Empathy, true}, {"score.speed", sc.Speed, sc.SpeedScored},
		{"score.deescalation", sc.Deescalation, true}, {"score.overall", sc.Overall, true}}
	cw := (a.w - x - m) / len(scores)
	y := r.Min.Y + a.px(78)
	for i, s := range scores {
		cx := x + i*cw
		label := a.t(s.key)
		val := fmt.Sprintf("%.0f", s.v)
		if !s.scored {
			val = a.t("score.not_scored")
		}
		bold := a.font(ui.Small.Strong())
		ui.DrawText(dst, ui.Ellipsize(label+": "+val, bold, cw-a.px(14)), bold, float64(cx), float64(y), ui.ColOnDark)
		bar := image.Rect(cx, y+a.px(26), cx+cw-a.px(16), y+a.px(36))
		ui.FillRect(dst, bar, ui.RGB(0x33, 0x4d, 0x6b))
		if s.scored {
			fill := gradeColor(s.v)
			if d.unfinished {
				// A round left or stopped early has no mark: its bars
				// are grey like its circle, not green as for a pass.
				fill = ui.ColMuted
			}
			ui.FillRect(dst, image.Rect(bar.Min.X, bar.Min.Y, bar.Min.X+int(float64(bar.Dx())*s.v/100), bar.Max.Y), fill)
		}
	}
}

// gradeColor colours a 0–100 score: red where its mark fails (below the
// shown 5.5), amber to 70. Red began at 55, a mark of 5.95: a passing 5.5,
// 5.7 and 5.9 were painted as fails (playtest 20, P20-20).
func gradeColor(v float64) ui.Color {
	switch {
	case !session.Passes(v):
		return ui.ColBad
	case v < 70:
		return ui.ColAmber
	}
	return ui.ColGood
}
