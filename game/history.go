package game

import (
	"fmt"
	"image"
	"math"
	"sort"
	"time"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/vector"
	"github.com/webcaresim/webcaresim/game/progress"
	"github.com/webcaresim/webcaresim/game/ui"
)

// historyScene shows the player's progress: per scenario the attempts,
// the best and latest grade and a trend of the overall score, and opens
// the debrief of any attempt.
type historyScene struct {
	focus    ui.Focus
	widgets  []*ui.Widget
	sums     []progress.Summary
	attempts map[string][]progress.Attempt // per scenario id, newest first
	selected int                           // the summary shown on the right
	problems int                           // records that could not be read
	loadErr  string
	leftOff  int // pixels the scenario list is scrolled
	rightOff int // pixels the attempt list is scrolled
}

func newHistory(a *App) *historyScene {
	h := &historyScene{focus: ui.Focus{ID: "back"}, attempts: map[string][]progress.Attempt{}}
	h.load(a)
	h.focus.ID = "play"
	if len(h.sums) > 0 {
		h.focus.ID = "sum-" + h.sums[0].Scenario
	}
	return h
}

// load reads the player's attempts from the store.
func (h *historyScene) load(a *App) {
	if a.opts.Store == nil {
		return
	}
	as, problems, err := a.opts.Store.List(progress.Filter{Player: a.player, OrNameless: true})
	if err != nil {
		h.loadErr = err.Error()
		return
	}
	h.problems = len(problems)
	as = progress.WithoutResumed(as) // a resumed round is one attempt
	h.sums = progress.Summaries(as)
	// Scenarios in the picker's (onboarding) order; gone ones last.
	order := map[string]int{}
	for i, sc := range pickerCards(a.set, a.lang) {
		order[sc.ID] = i + 1
	}
	rank := func(id string) int {
		if r := order[id]; r > 0 {
			return r
		}
		return len(order) + 1
	}
	sort.SliceStable(h.sums, func(i, j int) bool { return rank(h.sums[i].Scenario) < rank(h.sums[j].Scenario) })
	for i := len(as) - 1; i >= 0; i-- { // List is oldest first
		h.attempts[as[i].Scenario] = append(h.attempts[as[i].Scenario], as[i])
	}
}

func (h *historyScene) kind() Screen { return ScreenHistory }

func (h *historyScene) wake(*App) time.Duration { return 0 }

// historyRegions are the parts of the history screen.
type historyRegions struct {
	header, list, right, chart, attempts image.Rectangle
}

func (h *historyScene) regions(a *App) historyRegions {
	m := a.px(24)
	header := image.Rect(0, 0, a.w, a.px(96))
	body := image.Rect(m, header.Max.Y+a.px(16), a.w-m, a.h-a.px(44))
	split := body.Min.X + body.Dx()*40/100
	list := image.Rect(body.Min.X, body.Min.Y, split-a.px(10), body.Max.Y)
	right := image.Rect(split+a.px(10), body.Min.Y, body.Max.X, body.Max.Y)
	chartH := min(a.px(260), right.Dy()/2)
	chart := image.Rect(right.Min.X, right.Min.Y, right.Max.X, right.Min.Y+chartH)
	attempts := image.Rect(right.Min.X, chart.Max.Y+a.px(44), right.Max.X, right.Max.Y)
	return historyRegions{header, list, right, chart, attempts}
}

func (h *historyScene) layout(a *App) {
	rg := h.regions(a)
	h.widgets = h.widgets[:0]
	bw := a.px(200)
	m := a.px(24)
	h.widgets = append(h.widgets, &ui.Widget{ID: "back", Rect: image.Rect(a.w-m-bw, a.px(24), a.w-m, a.px(72)), Enabled: true,
		Press: func() { a.setScene(newTitle(a)) }})
	if len(h.sums) == 0 {
		r := image.Rect(a.w/2-a.px(180), rg.list.Min.Y+a.px(150), a.w/2+a.px(180), rg.list.Min.Y+a.px(206))
		h.widgets = append(h.widgets, &ui.Widget{ID: "play", Rect: r, Enabled: true,
			Press: func() { a.setScene(newPicker(a)) }})
		return
	}
	rowH, gap := a.px(92), a.px(10)
	for i, s := range h.sums {
		i := i
		y := rg.list.Min.Y + i*(rowH+gap) - h.leftOff
		h.widgets = append(h.widgets, &ui.Widget{ID: "sum-" + s.Scenario, Rect: image.Rect(rg.list.Min.X, y, rg.list.Max.X, y+rowH), Enabled: true,
			Press: func() {
				// Enter on a scenario goes on to its newest attempt.
				h.selected = i
				h.rightOff = 0
				if as := h.attempts[h.sums[i].Scenario]; len(as) > 0 {
					h.focus.ID = "att-" + as[0].ID
				}
			}})
	}
	sel := h.sums[h.selected]
	attH := a.px(52)
	for i, at := range h.attempts[sel.Scenario] {
		at := at
		y := rg.attempts.Min.Y + i*(attH+a.px(6)) - h.rightOff
		h.widgets = append(h.widgets, &ui.Widget{ID: "att-" + at.ID, Rect: image.Rect(rg.attempts.Min.X, y, rg.attempts.Max.X, y+attH), Enabled: true,
			Press: func() { a.setScene(newStoredDebrief(a, at, h)) }})
	}
}

func (h *historyScene) update(a *App, f Frame) {
	if f.Has(ebiten.KeyEscape) {
		a.setScene(newTitle(a))
		return
	}
	h.layout(a)
	if f.Wheel != 0 {
		step := int(f.Wheel * float64(a.px(60)))
		if f.Cursor.X < h.regions(a).list.Max.X {
			h.leftOff = max(0, h.leftOff-step)
		} else {
			h.rightOff = max(0, h.rightOff-step)
		}
	}
	f.Keys = h.tabIntoAttempts(f)
	a.handleFocus(&h.focus, h.widgets, f)
	// Moving onto a scenario shows its attempts.
	for i, s := range h.sums {
		if h.focus.Is("sum-"+s.Scenario) && h.selected != i {
			h.selected = i
			h.rightOff = 0
		}
	}
	h.keepFocusVisible(a)
}

// tabIntoAttempts: Tab on a scenario goes to its newest attempt, in the
// column beside it, as Enter does. By the widgets' order it went on to the
// next scenario, and a newcomer on the last card found the focus on
// "Back" after a Tab or two, never on the attempts (playtest 18, P18-20).
// It returns the frame's other keys.
func (h *historyScene) tabIntoAttempts(f Frame) []ebiten.Key {
	if f.Shift || len(h.sums) == 0 || !h.focus.Is("sum-"+h.sums[h.selected].Scenario) {
		return f.Keys
	}
	as := h.attempts[h.sums[h.selected].Scenario]
	var rest []ebiten.Key
	for _, k := range f.Keys {
		if k == ebiten.KeyTab && len(as) > 0 {
			h.focus.ID = "att-" + as[0].ID
			continue
		}
		rest = append(rest, k)
	}
	return rest
}

// keepFocusVisible scrolls the list holding the focus so it is on screen.
func (h *historyScene) keepFocusVisible(a *App) {
	h.layout(a)
	cur := h.focus.Current(h.widgets)
	if cur == nil || len(h.sums) == 0 {
		return
	}
	rg := h.regions(a)
	area, off := rg.list, &h.leftOff
	if len(cur.ID) > 4 && cur.ID[:4] == "att-" {
		area, off = rg.attempts, &h.rightOff
	} else if cur.ID == "back" {
		return
	}
	if cur.Rect.Min.Y < area.Min.Y {
		*off -= area.Min.Y - cur.Rect.Min.Y
	} else if cur.Rect.Max.Y > area.Max.Y {
		*off += cur.Rect.Max.Y - area.Max.Y
	}
	*off = max(0, *off)
	h.layout(a)
}

func (h *historyScene) draw(a *App, dst *ebiten.Image) {
	h.layout(a)
	rg := h.regions(a)
	ui.FillRect(dst, rg.header, ui.ColHeader)
	m := a.px(24)
	back := h.widgets[0]
	title := a.font(ui.Title)
	ui.DrawText(dst, ui.Ellipsize(a.t("history.title"), title, back.Rect.Min.X-2*m), title, float64(m), float64(a.px(14)), ui.ColOnDark)
	sub := a.t("history.all_players")
	switch {
	case a.opts.Store == nil:
		sub = "" // nothing is kept on this computer: the body says so
	case a.player != "":
		sub = a.t("history.player", a.player)
	}
	if h.problems > 0 {
		sub += " · " + a.t("history.unreadable", h.problems)
	}
	small := a.font(ui.Small)
	ui.DrawText(dst, ui.Ellipsize(sub, small, back.Rect.Min.X-2*m), small, float64(m), float64(a.px(58)), ui.ColOnDark)
	ui.RoundRect(dst, back.Rect, float32(a.px(8)), ui.ColPanel)
	ui.DrawTextCentered(dst, "← "+a.t("nav.back"), a.font(ui.Body), back.Rect, ui.ColText)

	if len(h.sums) == 0 {
		h.drawEmpty(a, dst, rg)
	} else {
		h.drawLists(a, dst, rg)
	}
	if cur := h.focus.Current(h.widgets); cur != nil {
		clip := dst
		switch {
		case len(cur.ID) > 4 && cur.ID[:4] == "sum-":
			clip = dst.SubImage(rg.list.Inset(-a.px(8))).(*ebiten.Image)
		case len(cur.ID) > 4 && cur.ID[:4] == "att-":
			clip = dst.SubImage(rg.attempts.Inset(-a.px(8))).(*ebiten.Image)
		}
		ui.FocusRing(clip, cur.Rect, a.scale)
	}
	hint := image.Rect(m, a.h-a.px(38), a.w-m, a.h-a.px(8))
	keys := a.t("history.keys")
	if len(h.sums) == 0 {
		keys = a.t("history.keys.empty")
	}
	ui.DrawTextCentered(dst, keys, a.font(ui.Small), hint, ui.ColMuted)
}

func (h *historyScene) drawEmpty(a *App, dst *ebiten.Image, rg historyRegions) {
	msg := a.t("history.empty")
	if h.loadErr != "" {
		msg = a.t("history.load_failed", h.loadErr)
	} else if a.opts.Store == nil && a.workshop != nil {
		// The browser keeps no attempts; in a workshop the results are
		// not lost, they are the trainer's (P16-22: "not kept" read as a bug).
		msg = a.t("history.no_store_workshop")
	} else if a.opts.Store == nil {
		msg = a.t("history.no_store")
	}
	body := a.font(ui.Body)
	r := image.Rect(a.w/2-a.px(340), rg.list.Min.Y+a.px(40), a.w/2+a.px(340), rg.list.Min.Y+a.px(140))
	hgt := ui.WrappedHeight(msg, body, r.Dx())
	lines := ui.Wrap(msg, body, r.Dx())
	for i, l := range lines {
		line := msg[l.Start:l.End]
		w := ui.TextWidth(line, body)
		ui.DrawText(dst, line, body, float64(a.w)/2-w/2, float64(r.Min.Y)+float64(i)*ui.LineHeight(body)+float64(r.Dy()-hgt)/2, ui.ColMuted)
	}
	play := h.widgets[1]
	ui.RoundRect(dst, play.Rect, float32(a.px(8)), ui.ColAccent)
	ui.DrawTextCentered(dst, a.t("history.play"), a.font(ui.Heading), play.Rect, ui.ColOnDark)
}

// scenarioTitle is a summary's title in the window's language when the
// scenario is there, else the one stored with its latest attempt.
func (h *historyScene) scenarioTitle(a *App, s progress.Summary) string {
	if sc := a.findScenario(s.Scenario); sc != nil {
		return sc.Title
	}
	return s.Title
}

// gradeLabel is an attempt's grade for the lists: the mark and the score.
func gradeLabel(a *App, at progress.Attempt) string {
	return fmt.Sprintf("%s (%.0f)", displayGrade(at.Report.Grade, a.lang), at.Overall())
}

func (h *historyScene) drawLists(a *App, dst *ebiten.Image, rg historyRegions) {
	bold := a.font(ui.Heading)
	small := a.font(ui.Small)
	smallBold := a.font(ui.Small.Strong())
	list := dst.SubImage(rg.list).(*ebiten.Image)
	for i, s := range h.sums {
		w := h.widgets[1+i]
		bg := ui.ColPanel
		if i == h.selected {
			bg = ui.ColAccentSoft
		}
		ui.RoundRect(list, w.Rect, float32(a.px(10)), bg)
		ui.StrokeRect(list, w.Rect, 1, ui.ColBorder)
		in := w.Rect.Inset(a.px(14))
		ui.DrawText(list, ui.Ellipsize(h.scenarioTitle(a, s), bold, in.Dx()), bold, float64(in.Min.X), float64(in.Min.Y), ui.ColText)
		line := trN(a.lang, "history.attempts", s.Attempts, s.Attempts, s.Finished)
		ui.DrawText(list, ui.Ellipsize(line, small, in.Dx()), small, float64(in.Min.X), float64(in.Min.Y+a.px(28)), ui.ColMuted)
		var parts string
		if s.Finished > 0 {
			parts = a.t("history.best", gradeLabel(a, s.Best))
		}
		latest := a.t("history.left_early")
		if s.Latest.Interrupted != nil {
			latest = a.t("history.interrupted")
		}
		if s.Latest.Status == progress.Finished {
			latest = gradeLabel(a, s.Latest)
		}
		if parts != "" {
			parts += "  ·  "
		}
		parts += a.t("history.latest", latest)
		trend := ""
		switch {
		case len(s.Trend) >= 2 && s.Slope > 0.5:
			trend = "  ↗"
		case len(s.Trend) >= 2 && s.Slope < -0.5:
			trend = "  ↘"
		case len(s.Trend) >= 2:
			trend = "  →"
		}
		ui.DrawText(list, ui.Ellipsize(parts+trend, smallBold, in.Dx()), smallBold, float64(in.Min.X), float64(in.Min.Y+a.px(50)), ui.ColText)
	}

	sel := h.sums[h.selected]
	ui.RoundRect(dst, rg.chart, float32(a.px(10)), ui.ColPanel)
	ui.StrokeRect(dst, rg.chart, 1, ui.ColBorder)
	h.drawTrend(a, dst, rg.chart.Inset(a.px(14)), sel)
	head := a.font(ui.Heading)
	ui.DrawText(dst, ui.Ellipsize(a.t("history.attempts_of", h.scenarioTitle(a, sel)), head, rg.right.Dx()), head,
		float64(rg.right.Min.X), float64(rg.chart.Max.Y+a.px(12)), ui.ColText)
	box := dst.SubImage(rg.attempts).(*ebiten.Image)
	body := a.font(ui.Small)
	for _, w := range h.widgets[1+len(h.sums):] {
		at := h.byID(sel.Scenario, w.ID[4:])
		ui.RoundRect(box, w.Rect, float32(a.px(8)), ui.ColPanel)
		ui.StrokeRect(box, w.Rect, 1, ui.ColBorder)
		in := w.Rect.Inset(a.px(12))
		when := at.Started.Local().Format("2006-01-02 15:04")
		if a.lang == "nl" {
			when = at.Started.Local().Format("02-01-2006 15:04")
		}
		left := when + "  ·  " + a.t("mode."+string(at.Mode))
		if at.Language != a.lang {
			left += "  ·  " + a.t("lang."+at.Language)
		}
		pill := image.Rect(in.Max.X-statusPillWidth(a), in.Min.Y-a.px(2), in.Max.X, in.Max.Y+a.px(2))
		drawStatusPill(a, box, pill, at)
		ui.DrawText(box, ui.Ellipsize(left, body, pill.Min.X-in.Min.X-a.px(10)), body, float64(in.Min.X), float64(in.Min.Y+(in.Dy()-int(ui.LineHeight(body)))/2), ui.ColText)
	}
}

// statusPillWidth fits the widest status in the window's language: at a
// fixed 130 pixels "voortijdig gestopt" was cut to "voortijdig gest…".
func statusPillWidth(a *App) int {
	w := ui.TextWidth(a.t("history.interrupted"), a.font(ui.Small))
	w = max(w, ui.TextWidth(a.t("history.left_early"), a.font(ui.Small)))
	w = max(w, ui.TextWidth("10,0 (100)", a.font(ui.Small.Strong())))
	return max(a.px(130), int(w)+a.px(24))
}

// drawStatusPill draws an attempt's grade, or that it was left early or
// interrupted (the program stopped in it, checkpoint.go).
func drawStatusPill(a *App, dst *ebiten.Image, pill image.Rectangle, at progress.Attempt) {
	small := a.font(ui.Small)
	switch {
	case at.Status == progress.Finished:
		ui.RoundRect(dst, pill, float32(a.px(12)), gradeColor(at.Overall()))
		ui.DrawTextCentered(dst, gradeLabel(a, at), a.font(ui.Small.Strong()), pill, ui.ColOnDark)
	case at.Interrupted != nil:
		ui.RoundRect(dst, pill, float32(a.px(12)), ui.ColBackground)
		ui.StrokeRect(dst, pill, 1, ui.ColBad)
		ui.DrawTextCentered(dst, a.t("history.interrupted"), small, pill, ui.ColBad)
	default:
		ui.RoundRect(dst, pill, float32(a.px(12)), ui.ColBackground)
		ui.DrawTextCentered(dst, a.t("history.left_early"), small, pill, ui.ColMuted)
	}
}

// byID finds an attempt of a scenario.
func (h *historyScene) byID(scenario, id string) progress.Attempt {
	for _, at := range h.attempts[scenario] {
		if at.ID == id {
			return at
		}
	}
	return progress.Attempt{}
}

// drawTrend draws the overall score of every finished attempt, oldest
// first, against the pass mark.
func (h *historyScene) drawTrend(a *App, dst *ebiten.Image, r image.Rectangle, s progress.Summary) {
	bold := a.font(ui.Body.Strong())
	small := a.font(ui.Caption)
	ui.DrawText(dst, ui.Ellipsize(a.t("history.trend"), bold, r.Dx()), bold, float64(r.Min.X), float64(r.Min.Y), ui.ColText)
	plot := image.Rect(r.Min.X+a.px(34), r.Min.Y+a.px(34), r.Max.X-a.px(12), r.Max.Y-a.px(22))
	if plot.Dx() < 20 || plot.Dy() < 20 {
		return
	}
	ui.FillRect(dst, plot, ui.ColBackground)
	py := func(v float64) float32 { return float32(plot.Max.Y) - float32(v/100)*float32(plot.Dy()) }
	for _, v := range []float64{0, 50, 100} {
		y := py(v)
		c := ui.ColBorder
		if v == 50 {
			c = ui.ColAmber // 50 overall is a 5.5: the pass mark
		}
		vector.StrokeLine(dst, float32(plot.Min.X), y, float32(plot.Max.X), y, float32(max(1, a.px(1))), c, false)
		label := fmt.Sprintf("%.0f", v)
		ui.DrawText(dst, label, small, float64(plot.Min.X)-ui.TextWidth(label, small)-float64(a.px(4)), float64(y)-ui.LineHeight(small)/2, ui.ColMuted)
	}
	pass := a.t("history.pass")
	ui.DrawText(dst, pass, small, float64(plot.Max.X)-ui.TextWidth(pass, small)-float64(a.px(4)), float64(py(50))-ui.LineHeight(small)-float64(a.px(1)), ui.ColAmber)
	n := len(s.Trend)
	if n == 0 {
		ui.DrawTextCentered(dst, a.t("history.no_finished"), a.font(ui.Small), plot, ui.ColMuted)
		return
	}
	px := func(i int) float32 {
		if n == 1 {
			return float32(plot.Min.X + plot.Dx()/2)
		}
		pad := float32(a.px(14))
		return float32(plot.Min.X) + pad + float32(i)*(float32(plot.Dx())-2*pad)/float32(n-1)
	}
	if n > 1 {
		var path vector.Path
		for i, p := range s.Trend {
			if i == 0 {
				path.MoveTo(px(i), py(p.Overall))
			} else {
				path.LineTo(px(i), py(p.Overall))
			}
		}
		ui.StrokePath(dst, &path, float32(max(2, a.px(3))), ui.ColAccent)
	}
	rad := float32(max(4, a.px(6)))
	for i, p := range s.Trend {
		ui.Circle(dst, px(i), py(p.Overall), rad, gradeColor(p.Overall))
	}
	// Attempt numbers under the plot, thinned out so they never overlap.
	every := int(math.Ceil(float64(n) / math.Max(1, float64(plot.Dx())/float64(a.px(40)))))
	for i := 0; i < n; i += max(1, every) {
		label := fmt.Sprint(i + 1)
		ui.DrawText(dst, label, small, float64(px(i))-ui.TextWidth(label, small)/2, float64(plot.Max.Y+a.px(4)), ui.ColMuted)
	}
}
