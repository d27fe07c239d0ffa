package game

import (
	"image"
	"image/color"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/webcaresim/webcaresim/game/ui"
)

// The play screen asks before a round is left: Esc, or closing the window,
// opens a dialog over the round and stops its clock. "Keep playing" has the
// focus, so a stray Enter does no harm, and Esc on the dialog closes it, as
// Esc closes any dialog: a reflex must not cost the round. Leaving takes the
// "leave" button (Tab, Enter, or a click), or a second close of the window.
// The unfinished round is stored as abandoned.

// askLeave opens the dialog; closing says the window is being closed. It
// reports false when the dialog was already open (the player insists).
func (p *playScene) askLeave(closing bool) bool {
	if p.leaving {
		return false
	}
	p.leaving, p.closing = true, closing
	p.leaveFocus.ID = "stay"
	return true
}

// AskClose is what closing the window does during a round: it asks first,
// and returns false once the player closes again (or the round is over).
func (p *playScene) AskClose() bool {
	if p.sess.Done() {
		return false
	}
	return p.askLeave(true)
}

// leave ends the round as abandoned, to the picker or out of the program.
func (p *playScene) leave(a *App) {
	a.leaveRound()
	if p.closing {
		a.quit = true
		return
	}
	a.setScene(newPicker(a))
}

// updateLeave handles the open dialog; the round's clock stands still.
func (p *playScene) updateLeave(a *App, f Frame) {
	p.last = a.clock.Now()
	if f.Has(ebiten.KeyEscape) {
		p.leaving, p.closing = false, false
		return
	}
	a.handleFocus(&p.leaveFocus, p.leaveWidgets(a), f)
}

// leaveBox is the dialog's rectangle, centred on the window.
func (p *playScene) leaveBox(a *App) image.Rectangle {
	w, h := min(a.px(560), a.w-2*a.px(16)), a.px(230)
	x, y := (a.w-w)/2, (a.h-h)/2
	return image.Rect(x, y, x+w, y+h)
}

func (p *playScene) leaveWidgets(a *App) []*ui.Widget {
	box := p.leaveBox(a).Inset(a.px(20))
	bh, gap := a.px(44), a.px(12)
	bw := (box.Dx() - gap) / 2
	y := box.Max.Y - bh
	stay := image.Rect(box.Min.X, y, box.Min.X+bw, y+bh)
	leave := image.Rect(stay.Max.X+gap, y, box.Max.X, y+bh)
	return []*ui.Widget{
		{ID: "stay", Rect: stay, Enabled: true, Press: func() { p.leaving, p.closing = false, false }},
		{ID: "leave", Rect: leave, Enabled: true, Press: func() { p.leave(a) }},
	}
}

// drawLeave draws the dialog over a dimmed round.
func (p *playScene) drawLeave(a *App, dst *ebiten.Image) {
	ui.FillRect(dst, image.Rect(0, 0, a.w, a.h), color.RGBA{0, 0, 0, 110})
	box := p.leaveBox(a)
	ui.RoundRect(dst, box, float32(a.px(12)), ui.ColPanel)
	ui.StrokeRect(dst, box, float32(max(1, a.px(2))), ui.ColBad)
	in := box.Inset(a.px(20))
	title := a.t("play.leave.title")
	if p.closing {
		title = a.t("play.leave.close_title")
	}
	head := a.font(ui.Heading.Strong())
	ui.DrawText(dst, title, head, float64(in.Min.X), float64(in.Min.Y), ui.ColText)
	y := in.Min.Y + int(ui.LineHeight(head)) + a.px(10)
	ui.DrawWrapped(dst, a.t("play.leave.body"), a.font(ui.Body), image.Rect(in.Min.X, y, in.Max.X, in.Max.Y-a.px(50)), ui.ColText)
	body := a.font(ui.Body.Strong())
	for _, w := range p.leaveWidgets(a) {
		bg, fg, label := ui.ColPanel, ui.ColText, a.t("play.leave.stay")
		if w.ID == "leave" {
			bg, fg, label = ui.ColBad, ui.ColOnDark, a.t("play.leave.go")
		}
		ui.RoundRect(dst, w.Rect, float32(a.px(8)), bg)
		ui.StrokeRect(dst, w.Rect, 1, ui.ColBorder)
		ui.DrawTextCentered(dst, label, body, w.Rect.Inset(a.px(6)), fg)
		if p.leaveFocus.Is(w.ID) {
			ui.FocusRing(dst, w.Rect, a.scale)
		}
	}
}
