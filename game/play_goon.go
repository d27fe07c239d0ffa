package game

import (
	"image"
	"image/color"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/webcaresim/webcaresim/game/ui"
)

// A round resumed after a crash ("Verder spelen") opens where it stopped
// with its clock standing still (session.WaitToGoOn): a box over the round
// says when that was, what is open and what the trainee last did, and the
// clock starts when the trainee goes on, as a new round's starts after its
// briefing. Before, the clock ran from the first frame while the trainee
// was still finding their place.

// updateGoOn handles the box: Enter, Space or a click on its button goes
// on; Esc asks to leave, as in the round.
func (p *playScene) updateGoOn(a *App, f Frame) {
	p.last = a.clock.Now()
	if f.Has(ebiten.KeyEnter) || f.Has(ebiten.KeyNumpadEnter) || f.Has(ebiten.KeySpace) {
		p.sess.GoOn()
		return
	}
	for _, c := range f.Clicks {
		if c.In(p.goOnButton(a)) {
			p.sess.GoOn()
			return
		}
	}
}

// goOnBox is the box's rectangle, centred on the window. It is as tall as
// its lines need, so the trainee's last reply is shown whole (a reply is at
// most a channel's limit), up to the window's height.
func (p *playScene) goOnBox(a *App) image.Rectangle {
	w := min(a.px(620), a.w-2*a.px(16))
	pad := a.px(20)
	h := 2*pad + int(ui.LineHeight(a.font(ui.Heading.Strong()))) + a.px(10)
	body := a.font(ui.Body)
	for _, l := range p.goOnLines(a) {
		h += ui.WrappedHeight(l, body, w-2*pad) + a.px(6)
	}
	h += a.px(8) + a.px(44)
	h = min(max(h, a.px(330)), a.h-2*a.px(16))
	x, y := (a.w-w)/2, (a.h-h)/2
	return image.Rect(x, y, x+w, y+h)
}

// goOnButton is the box's one button.
func (p *playScene) goOnButton(a *App) image.Rectangle {
	in := p.goOnBox(a).Inset(a.px(20))
	return image.Rect(in.Max.X-a.px(240), in.Max.Y-a.px(44), in.Max.X, in.Max.Y)
}

// goOnLines are what the box says: when the round stopped, what is open
// now, and the trainee's last reply.
func (p *playScene) goOnLines(a *App) []string {
	lines := []string{a.t("play.goon.when", p.sc.WallClock(p.sess.Now(), a.lang), int(p.sess.Now()))}
	if d := p.sess.Decision(); d != nil {
		lines = append(lines, a.t("play.goon.open", d.Prompt))
	} else {
		lines = append(lines, a.t("play.goon.none_open"))
	}
	if reps := p.sess.Replies(); len(reps) > 0 && reps[len(reps)-1].Text != "" {
		lines = append(lines, a.t("play.goon.last", reps[len(reps)-1].Text))
	}
	return append(lines, a.t("play.goon.clock"))
}

// goOnShown is the box's lines that fit above its button, each with its
// place: all of them unless the window is too small for the box.
func (p *playScene) goOnShown(a *App) (lines []string, places []image.Rectangle) {
	in := p.goOnBox(a).Inset(a.px(20))
	y := in.Min.Y + int(ui.LineHeight(a.font(ui.Heading.Strong()))) + a.px(10)
	body := a.font(ui.Body)
	bottom := p.goOnButton(a).Min.Y - a.px(8)
	for _, l := range p.goOnLines(a) {
		h := ui.WrappedHeight(l, body, in.Dx())
		if y+h > bottom {
			break
		}
		lines, places = append(lines, l), append(places, image.Rect(in.Min.X, y, in.Max.X, y+h))
		y += h + a.px(6)
	}
	return lines, places
}

// drawGoOn draws the box over a dimmed round.
func (p *playScene) drawGoOn(a *App, dst *ebiten.Image) {
	ui.FillRect(dst, image.Rect(0, 0, a.w, a.h), color.RGBA{0, 0, 0, 90})
	box := p.goOnBox(a)
	ui.RoundRect(dst, box, float32(a.px(12)), ui.ColPanel)
	ui.StrokeRect(dst, box, float32(max(1, a.px(2))), ui.ColAccent)
	in := box.Inset(a.px(20))
	ui.DrawText(dst, a.t("play.goon.title"), a.font(ui.Heading.Strong()), float64(in.Min.X), float64(in.Min.Y), ui.ColText)
	lines, places := p.goOnShown(a)
	for i, l := range lines {
		ui.DrawWrapped(dst, l, a.font(ui.Body), places[i], ui.ColText)
	}
	button := p.goOnButton(a)
	ui.RoundRect(dst, button, float32(a.px(8)), ui.ColAccent)
	ui.DrawTextCentered(dst, a.t("play.goon.button"), a.font(ui.Body.Strong()), button.Inset(a.px(6)), ui.ColOnDark)
	ui.FocusRing(dst, button, a.scale)
}
