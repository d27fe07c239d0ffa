package game

import (
	"fmt"
	"image"
	"sort"
	"strings"
	"time"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/webcaresim/webcaresim/scenarios"
)

// pickerScene shows a card per scenario in the suggested onboarding order.
type pickerScene struct {
	focus   focus
	widgets []*widget
	cards   []*scenarios.Scenario
	scroll  int   // pixels the card grid is scrolled up
	seen    int64 // the workshop's version the cards were chosen by
}

func newPicker(a *App) *pickerScene {
	p := &pickerScene{}
	if a.workshop != nil {
		// Choosing a scenario is where the player's name is final:
		// join now, so the picker can offer the trainer's choice.
		a.workshop.join(a.player, a.lang)
	}
	p.choose(a)
	if len(p.cards) > 0 {
		p.focus.id = "card-" + p.cards[0].ID
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
// choice once the server has told it, otherwise all.
func (a *App) offered() scenarios.Set {
	set := a.set
	if w := a.workshop; w != nil {
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

func (p *pickerScene) name() string { return "picker" }

func (p *pickerScene) gridTop(a *App) int { return a.px(96) }

func (p *pickerScene) layout(a *App) {
	p.widgets = p.widgets[:0]
	margin := a.px(32)
	gap := a.px(20)
	cols := 3
	if a.w < a.px(1100) {
		cols = 2
	}
	cw := (a.w - 2*margin - (cols-1)*gap) / cols
	ch := a.px(250)
	top := p.gridTop(a)
	for i, sc := range p.cards {
		sc := sc
		x := margin + (i%cols)*(cw+gap)
		y := top + (i/cols)*(ch+gap) - p.scroll
		p.widgets = append(p.widgets, &widget{id: "card-" + sc.ID, rect: image.Rect(x, y, x+cw, y+ch), enabled: true,
			press: func() { a.startRound(sc) }})
	}
	bw := a.px(200)
	p.widgets = append(p.widgets, &widget{id: "back", rect: image.Rect(a.w-margin-bw, a.px(22), a.w-margin, a.px(70)), enabled: true,
		press: func() { a.setScene(newTitle(a)) }})
}

func (p *pickerScene) update(a *App, f Frame) {
	if f.Has(ebiten.KeyEscape) {
		a.setScene(newTitle(a))
		return
	}
	if a.workshop != nil && a.workshop.version.Load() != p.seen {
		// The workshop answered: offer the trainer's scenarios.
		p.choose(a)
		if len(p.cards) > 0 && !p.hasCard(p.focus.id) {
			p.focus.id = "card-" + p.cards[0].ID
		}
	}
	p.layout(a)
	p.scroll = max(0, p.scroll-int(f.Wheel*float64(a.px(60))))
	p.focus.handle(a, p.widgets, f)
	p.keepFocusVisible(a)
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
	cur := p.focus.current(p.widgets)
	if cur == nil || cur.id == "back" {
		return
	}
	top, bottom := p.gridTop(a), a.h-a.px(16)
	if cur.rect.Min.Y < top {
		p.scroll -= top - cur.rect.Min.Y
	} else if cur.rect.Max.Y > bottom {
		p.scroll += cur.rect.Max.Y - bottom
	}
	p.scroll = max(0, p.scroll)
	p.layout(a)
}

func (p *pickerScene) draw(a *App, dst *ebiten.Image) {
	p.layout(a)
	top := p.gridTop(a)
	grid := dst.SubImage(image.Rect(0, top-a.px(8), a.w, a.h)).(*ebiten.Image)
	for i, w := range p.widgets {
		if w.id == "back" {
			continue
		}
		p.drawCard(a, grid, p.cards[i], w.rect)
		if p.focus.is(w.id) {
			focusRing(grid, w.rect, a.scale)
		}
	}
	fillRect(dst, image.Rect(0, 0, a.w, top-a.px(8)), colHeader)
	drawText(dst, a.t("picker.title"), face(float64(a.px(30)), true), float64(a.px(32)), float64(a.px(26)), colOnDark)
	back := p.widgets[len(p.widgets)-1]
	if a.workshop != nil {
		// Between the title and the back button: whether the rounds
		// reach the trainer's workshop.
		line, bad := a.workshop.statusLine(a.lang)
		c := colOnDark
		if bad {
			c = colAmber
		}
		titleEnd := a.px(32) + int(textWidth(a.t("picker.title"), face(float64(a.px(30)), true))) + a.px(24)
		f := face(float64(a.px(15)), bad)
		r := image.Rect(titleEnd, a.px(10), back.rect.Min.X-a.px(16), a.px(84))
		h := float64(min(3, len(wrap(line, f, r.Dx())))) * lineHeight(f)
		r.Min.Y += int((float64(r.Dy()) - h) / 2)
		drawWrappedLines(dst, line, f, r, 3, c)
	}
	roundRect(dst, back.rect, float32(a.px(8)), colPanel)
	drawTextCentered(dst, "← "+a.t("nav.back"), face(float64(a.px(18)), false), back.rect, colText)
	if p.focus.is("back") {
		focusRing(dst, back.rect, a.scale)
	}
}

func (p *pickerScene) drawCard(a *App, dst *ebiten.Image, sc *scenarios.Scenario, r image.Rectangle) {
	roundRect(dst, r, float32(a.px(10)), colPanel)
	strokeRect(dst, r, 1, colBorder)
	in := r.Inset(a.px(16))
	small := face(float64(a.px(15)), false)
	smallBold := face(float64(a.px(15)), true)
	y := in.Min.Y
	// Top line: channel and difficulty.
	channel := a.t("channel." + sc.Channel)
	drawText(dst, ellipsize(channel, smallBold, in.Dx()/2), smallBold, float64(in.Min.X), float64(y), channelColor(sc.Channel))
	diff := a.t("picker.difficulty") + " " + strings.Repeat("●", max(0, min(sc.Difficulty, 5))) + strings.Repeat("○", max(0, 5-sc.Difficulty))
	dw := int(textWidth(diff, small))
	drawText(dst, diff, small, float64(in.Max.X-dw), float64(y), colMuted)
	y += a.px(28)
	title := face(float64(a.px(21)), true)
	th := min(wrappedHeight(sc.Title, title, in.Dx()), int(2*lineHeight(title)))
	drawWrapped(dst, sc.Title, title, image.Rect(in.Min.X, y, in.Max.X, y+th), colText)
	y += th + a.px(4)
	drawText(dst, ellipsize(sc.Brand.Name+"  @"+sc.Brand.Handle, small, in.Dx()), small, float64(in.Min.X), float64(y), colMuted)
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
		mh = min(wrappedHeight(mark, smallBold, in.Dx()), int(2*lineHeight(smallBold)+0.5))
		drawWrappedLines(dst, mark, smallBold, image.Rect(in.Min.X, in.Max.Y-mh, in.Max.X, in.Max.Y+a.px(2)), 2, colAccent)
	}
	bottom := in.Max.Y - mh - a.px(8)
	drawWrappedLines(dst, sc.Summary, small, image.Rect(in.Min.X, y, in.Max.X, bottom), 8, colText)
}

func (p *pickerScene) wake(*App) time.Duration { return 0 }

// channelColor is the colour of a channel's name on cards and in the feed.
func channelColor(channel string) colorT {
	switch channel {
	case "facebook":
		return rgb(0x18, 0x77, 0xf2)
	case "instagram":
		return rgb(0xc1, 0x35, 0x84)
	}
	return rgb(0x0f, 0x14, 0x19)
}

var _ = fmt.Sprint
