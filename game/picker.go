package game

import (
	"image"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/webcaresim/webcaresim/game/progress"
	"github.com/webcaresim/webcaresim/game/ui"
	"github.com/webcaresim/webcaresim/scenarios"
)

// pickerScene shows a card per scenario in the suggested onboarding order.
type pickerScene struct {
	focus   ui.Focus
	widgets []*ui.Widget
	cards   []*scenarios.Scenario
	scroll  int   // pixels the card grid is scrolled up
	seen    int64 // the workshop's version the cards were chosen by
	cols    int   // cards per row, as last laid out
	// best is the player's best finished mark per scenario id ("7,4").
	best map[string]string
}

func newPicker(a *App) *pickerScene {
	p := &pickerScene{}
	if a.workshop != nil {
		// Choosing a scenario is where the player's name is final:
		// join now, so the picker can offer the trainer's choice; when
		// joined already, ask again for it, which may have new cases.
		a.workshop.join(a.player, a.lang)
		a.workshop.refresh()
	}
	p.choose(a)
	p.best = bestMarks(a)
	if len(p.cards) > 0 {
		p.focus.ID = "card-" + p.cards[0].ID
	}
	return p
}

// choose picks the cards: every scenario, or the workshop's.
func (p *pickerScene) choose(a *App) {
	if a.workshop != nil {
		p.seen = a.workshop.version.Load()
	}
	p.cards = pickerCards(a.offered(), a.lang)
	p.widgets = nil
}

// offered is the scenarios the game offers: in a workshop the trainer's
// choice once the server has told it, otherwise all. The workshop's own
// cases (made in the studio, sent by the server) go first, so they win
// over a file of this computer with the same id: the server scores with
// its version.
func (a *App) offered() scenarios.Set {
	set := a.set
	if w := a.workshop; w != nil {
		set.Scenarios = append(w.scenarios(), set.Scenarios...)
		var keep []*scenarios.Scenario
		for _, sc := range set.Scenarios {
			if w.offers(sc) {
				keep = append(keep, sc)
			}
		}
		if len(keep) > 0 {
			set.Scenarios = keep
		}
	}
	return set
}

// pickerCards returns one scenario per id, in lang where it exists and
// otherwise in the other language, sorted by onboarding order.
func pickerCards(set scenarios.Set, lang string) []*scenarios.Scenario {
	seen := map[string]bool{}
	var out []*scenarios.Scenario
	for _, sc := range set.Scenarios {
		if seen[sc.ID] {
			continue
		}
		seen[sc.ID] = true
		if best, ok := set.Find(sc.ID, lang); ok {
			sc = best
		}
		out = append(out, sc)
	}
	sort.SliceStable(out, func(i, j int) bool {
		oi, oj := out[i].Order, out[j].Order
		if oi == 0 {
			oi = 1 << 20
		}
		if oj == 0 {
			oj = 1 << 20
		}
		if oi != oj {
			return oi < oj
		}
		return out[i].ID < out[j].ID
	})
	return out
}

func (p *pickerScene) kind() Screen { return ScreenPicker }

func (p *pickerScene) gridTop(a *App) int { return a.px(96) }

func (p *pickerScene) layout(a *App) {
	p.widgets = p.widgets[:0]
	margin := a.px(32)
	gap := a.px(20)
	cols := 3
	if a.w < a.px(1100) {
		cols = 2
	}
	p.cols = cols
	cw := (a.w - 2*margin - (cols-1)*gap) / cols
	ch := a.px(250)
	top := p.gridTop(a)
	for i, sc := range p.cards {
		sc := sc
		x := margin + (i%cols)*(cw+gap)
		y := top + (i/cols)*(ch+gap) - p.scroll
		p.widgets = append(p.widgets, &ui.Widget{ID: "card-" + sc.ID, Rect: image.Rect(x, y, x+cw, y+ch), Enabled: true,
			Press: func() { a.setScene(newBriefing(sc)) }})
	}
	bw := a.px(200)
	if n := len(a.set.Errors()); n > 0 && a.workshop == nil {
		// Between the title and the back button: files of the trainer's
		// own that did not load, and where to read why.
		titleEnd := margin + int(ui.TextWidth(a.t("picker.title"), a.font(ui.Title))) + a.px(24)
		p.widgets = append(p.widgets, &ui.Widget{ID: "skipped", Rect: image.Rect(titleEnd, a.px(16), a.w-margin-bw-a.px(16), a.px(76)),
			Enabled: true, Press: func() { a.setScene(&loadErrorScene{problems: problemLines(a.lang, a.set.Errors()), skipped: true}) }})
	}
	p.widgets = append(p.widgets, &ui.Widget{ID: "back", Rect: image.Rect(a.w-margin-bw, a.px(22), a.w-margin, a.px(70)), Enabled: true,
		Press: func() { a.setScene(newTitle(a)) }})
}

func (p *pickerScene) update(a *App, f Frame) {
	if f.Has(ebiten.KeyEscape) {
		a.setScene(newTitle(a))
		return
	}
	if a.workshop != nil && a.workshop.version.Load() != p.seen {
		// The workshop answered: offer the trainer's scenarios.
		p.choose(a)
		if len(p.cards) > 0 && !p.hasCard(p.focus.ID) {
			p.focus.ID = "card-" + p.cards[0].ID
		}
	}
	p.layout(a)
	// The wheel scrolls the grid; the keyboard moves the focus, and the
	// grid follows the focus only when it moved.
	p.scroll = min(max(0, p.scroll-int(f.Wheel*float64(a.px(60)))), p.maxScroll(a))
	before := p.focus.ID
	f.Keys = p.gridKeys(f.Keys)
	a.handleFocus(&p.focus, p.widgets, f)
	if p.focus.ID != before {
		p.keepFocusVisible(a)
	}
}

// gridKeys moves the focus up and down the grid by a row for the arrow
// keys (left and right stay one card) and returns the other keys.
func (p *pickerScene) gridKeys(keys []ebiten.Key) []ebiten.Key {
	var rest []ebiten.Key
	for _, k := range keys {
		step := 0
		switch k {
		case ebiten.KeyArrowDown:
			step = p.cols
		case ebiten.KeyArrowUp:
			step = -p.cols
		}
		at := -1
		for i, sc := range p.cards {
			if p.focus.Is("card-" + sc.ID) {
				at = i
			}
		}
		if step == 0 || at < 0 {
			rest = append(rest, k)
			continue
		}
		if to := at + step; to >= 0 && to < len(p.cards) {
			p.focus.ID = "card-" + p.cards[to].ID
		} else if step > 0 && at/p.cols < (len(p.cards)-1)/p.cols {
			p.focus.ID = "card-" + p.cards[len(p.cards)-1].ID // the last, shorter row
		}
	}
	return rest
}

// maxScroll is how far the grid scrolls: its last row at the bottom.
func (p *pickerScene) maxScroll(a *App) int {
	bottom := 0
	for _, w := range p.widgets {
		if w.ID != "back" && w.ID != "skipped" {
			bottom = max(bottom, w.Rect.Max.Y+p.scroll)
		}
	}
	return max(0, bottom-(a.h-a.px(16)))
}

// bestMarks is the player's best finished mark per scenario, from the
// attempt store.
func bestMarks(a *App) map[string]string {
	m := map[string]string{}
	if a.opts.Store == nil {
		return m
	}
	as, _, err := a.opts.Store.List(progress.Filter{Player: a.player})
	if err != nil {
		return m
	}
	for _, s := range progress.Summaries(as) {
		if s.Finished > 0 {
			m[s.Scenario] = displayGrade(s.Best.Report.Grade, a.lang)
		}
	}
	return m
}

func (p *pickerScene) hasCard(id string) bool {
	for _, sc := range p.cards {
		if "card-"+sc.ID == id {
			return true
		}
	}
	return false
}

// keepFocusVisible scrolls the grid so the focused card is on screen.
func (p *pickerScene) keepFocusVisible(a *App) {
	p.layout(a)
	cur := p.focus.Current(p.widgets)
	if cur == nil || cur.ID == "back" || cur.ID == "skipped" {
		return
	}
	top, bottom := p.gridTop(a), a.h-a.px(16)
	if cur.Rect.Min.Y < top {
		p.scroll -= top - cur.Rect.Min.Y
	} else if cur.Rect.Max.Y > bottom {
		p.scroll += cur.Rect.Max.Y - bottom
	}
	p.scroll = max(0, p.scroll)
	p.layout(a)
}

func (p *pickerScene) draw(a *App, dst *ebiten.Image) {
	p.layout(a)
	top := p.gridTop(a)
	grid := dst.SubImage(image.Rect(0, top-a.px(8), a.w, a.h)).(*ebiten.Image)
	for i, w := range p.widgets {
		if w.ID == "back" || w.ID == "skipped" {
			continue
		}
		p.drawCard(a, grid, p.cards[i], w.Rect)
		if p.focus.Is(w.ID) {
			ui.FocusRing(grid, w.Rect, a.scale)
		}
	}
	ui.FillRect(dst, image.Rect(0, 0, a.w, top-a.px(8)), ui.ColHeader)
	ui.DrawText(dst, a.t("picker.title"), a.font(ui.Title), float64(a.px(32)), float64(a.px(26)), ui.ColOnDark)
	back := p.widgets[len(p.widgets)-1]
	if a.workshop != nil {
		// Between the title and the back button: whether the rounds
		// reach the trainer's workshop.
		line, bad := a.workshop.statusLine(a.lang)
		c := ui.ColOnDark
		if bad {
			c = ui.ColAmber
		}
		titleEnd := a.px(32) + int(ui.TextWidth(a.t("picker.title"), a.font(ui.Title))) + a.px(24)
		drawHeaderNote(dst, line, a.font(ui.Small.StrongIf(bad)), image.Rect(titleEnd, a.px(10), back.Rect.Min.X-a.px(16), a.px(84)), c)
	}
	if len(p.widgets) > 1 && p.widgets[len(p.widgets)-2].ID == "skipped" {
		w := p.widgets[len(p.widgets)-2]
		errs := a.set.Errors()
		first := errs[0]
		first.File = filepath.Base(first.File)
		line := trN(a.lang, "picker.skipped", len(errs), len(errs), problemLines(a.lang, []scenarios.Problem{first})[0])
		drawHeaderNote(dst, line, a.font(ui.Small.Strong()), w.Rect.Inset(a.px(6)), ui.ColAmber)
		if p.focus.Is(w.ID) {
			ui.FocusRing(dst, w.Rect, a.scale)
		}
	}
	ui.RoundRect(dst, back.Rect, float32(a.px(8)), ui.ColPanel)
	ui.DrawTextCentered(dst, "← "+a.t("nav.back"), a.font(ui.Body), back.Rect, ui.ColText)
	if p.focus.Is("back") {
		ui.FocusRing(dst, back.Rect, a.scale)
	}
}

func (p *pickerScene) drawCard(a *App, dst *ebiten.Image, sc *scenarios.Scenario, r image.Rectangle) {
	ui.RoundRect(dst, r, float32(a.px(10)), ui.ColPanel)
	ui.StrokeRect(dst, r, 1, ui.ColBorder)
	in := r.Inset(a.px(16))
	small := a.font(ui.Small)
	smallBold := a.font(ui.Small.Strong())
	y := in.Min.Y
	// Top line: channel and difficulty.
	channel := a.t("channel." + sc.Channel)
	ui.DrawText(dst, ui.Ellipsize(channel, smallBold, in.Dx()/2), smallBold, float64(in.Min.X), float64(y), channelColor(sc.Channel))
	// Difficulty is 1 to 3 (scenarios/README.md): as many dots, all shown.
	diff := a.t("picker.difficulty") + " " + strings.Repeat("●", max(0, min(sc.Difficulty, 3))) + strings.Repeat("○", max(0, 3-sc.Difficulty))
	dw := int(ui.TextWidth(diff, small))
	ui.DrawText(dst, diff, small, float64(in.Max.X-dw), float64(y), ui.ColMuted)
	y += a.px(28)
	title := a.font(ui.Heading)
	th := min(ui.WrappedHeight(sc.Title, title, in.Dx()), int(2*ui.LineHeight(title)))
	ui.DrawWrapped(dst, sc.Title, title, image.Rect(in.Min.X, y, in.Max.X, y+th), ui.ColText)
	y += th + a.px(4)
	// The brand, and at its right the trainee's best mark (it ran into the
	// channel's name when it shared the top line with the difficulty).
	brandRoom := in.Dx()
	if best, ok := p.best[sc.ID]; ok {
		mark := a.t("picker.best", best)
		mw := int(ui.TextWidth(mark, smallBold))
		ui.DrawText(dst, mark, smallBold, float64(in.Max.X-mw), float64(y), ui.ColAccent)
		brandRoom -= mw + a.px(12)
	}
	ui.DrawText(dst, ui.Ellipsize(sc.Brand.Name+"  @"+sc.Brand.Handle, small, brandRoom), small, float64(in.Min.X), float64(y), ui.ColMuted)
	y += a.px(26)
	// Bottom: the real-case mark and a language fallback mark, up to two
	// lines; the summary takes the whole lines left above them.
	var marks []string
	if sc.BasedOn != "" {
		marks = append(marks, "★ "+a.t("picker.real", sc.BasedOn))
	}
	if sc.Language != a.lang {
		marks = append(marks, a.t("picker.only_in", a.t("lang."+sc.Language)))
	}
	mark := strings.Join(marks, "  ·  ")
	mh := 0
	if mark != "" {
		mh = min(ui.WrappedHeight(mark, smallBold, in.Dx()), int(2*ui.LineHeight(smallBold)+0.5))
		ui.DrawWrappedLines(dst, mark, smallBold, image.Rect(in.Min.X, in.Max.Y-mh, in.Max.X, in.Max.Y+a.px(2)), 2, ui.ColAccent)
	}
	bottom := in.Max.Y - mh - a.px(8)
	ui.DrawWrappedLines(dst, sc.Summary, small, image.Rect(in.Min.X, y, in.Max.X, bottom), 8, ui.ColText)
}

func (p *pickerScene) wake(*App) time.Duration { return 0 }

// channelColor is the colour of a channel's name on cards and in the feed.
func channelColor(channel string) ui.Color {
	switch channel {
	case "facebook":
		return ui.RGB(0x18, 0x77, 0xf2)
	case "instagram":
		return ui.RGB(0xc1, 0x35, 0x84)
	}
	return ui.RGB(0x0f, 0x14, 0x19)
}

// drawHeaderNote draws a note of up to three lines in r of the picker's
// header, centred vertically: the workshop's status, or the scenario files
// that did not load.
func drawHeaderNote(dst *ebiten.Image, line string, f ui.Face, r image.Rectangle, c ui.Color) {
	h := float64(min(3, len(ui.Wrap(line, f, r.Dx())))) * ui.LineHeight(f)
	r.Min.Y += int((float64(r.Dy()) - h) / 2)
	ui.DrawWrappedLines(dst, line, f, r, 3, c)
}
