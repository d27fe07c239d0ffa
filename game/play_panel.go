package game

import (
	"fmt"
	"image"
	"strconv"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/webcaresim/webcaresim/game/ui"
	"github.com/webcaresim/webcaresim/scenarios"
)

// panelOp draws one piece of the decision panel.
type panelOp func(dst *ebiten.Image)

// playRegions are the parts of the play screen (tests look inside them).
type playRegions struct {
	top, feed, meter, panel image.Rectangle
}

func (p *playScene) regions(a *App) playRegions {
	m := a.px(16)
	top := image.Rect(0, 0, a.w, a.px(64))
	bodyTop, bodyBottom := top.Max.Y+a.px(12), a.h-a.px(12)
	feed := image.Rect(m, bodyTop, a.w*50/100, bodyBottom)
	x0, x1 := feed.Max.X+a.px(16), a.w-m
	meter := image.Rect(x0, bodyTop, x1, bodyTop+p.meterHeight(a, x1-x0))
	panel := image.Rect(x0, meter.Max.Y+a.px(12), x1, bodyBottom)
	return playRegions{top, feed, meter, panel}
}

// layout builds the panel's widgets and drawing for the current state.
func (p *playScene) layout(a *App) []panelOp {
	rg := p.regions(a)
	p.panelRect = rg.panel
	p.widgets = p.widgets[:0]
	var ops []panelOp
	pad := a.px(14)
	in := image.Rect(rg.panel.Min.X+pad, rg.panel.Min.Y+pad, rg.panel.Max.X-pad, rg.panel.Max.Y)
	y := in.Min.Y - p.panelOff
	body := a.font(ui.Body)
	bold := a.font(ui.Body.Strong())
	small := a.font(ui.Small)
	gap := a.px(10)

	text := func(s string, f ui.Face, c ui.Color) {
		h := ui.WrappedHeight(s, f, in.Dx())
		r := image.Rect(in.Min.X, y, in.Max.X, y+h)
		ops = append(ops, func(dst *ebiten.Image) { ui.DrawWrapped(dst, s, f, r, c) })
		y += h + gap
	}
	button := func(id, label string, r image.Rectangle, primary bool, press func()) {
		p.widgets = append(p.widgets, &ui.Widget{ID: id, Rect: r, Enabled: true, Press: press})
		ops = append(ops, func(dst *ebiten.Image) {
			bg, fg := ui.ColPanel, ui.ColText
			if primary {
				bg, fg = ui.ColAccent, ui.ColOnDark
			}
			ui.RoundRect(dst, r, float32(a.px(8)), bg)
			if !primary {
				ui.StrokeRect(dst, r, 1, ui.ColBorder)
			}
			ui.DrawTextCentered(dst, label, body, r.Inset(a.px(6)), fg)
		})
	}

	d := p.sess.Decision()
	switch {
	case d != nil:
		if d.Prompt != "" {
			text(d.Prompt, bold, ui.ColText)
		}
		numW := a.px(34)
		for i, c := range d.Choices {
			i := i
			tw := in.Dx() - numW - 2*a.px(10)
			h := ui.WrappedHeight(c.Text, body, tw) + 2*a.px(10)
			r := image.Rect(in.Min.X, y, in.Max.X, y+h)
			id := "choice-" + strconv.Itoa(i)
			p.widgets = append(p.widgets, &ui.Widget{ID: id, Rect: r, Enabled: true, Press: func() { p.choose(a, i) }})
			label := c.Text
			ops = append(ops, func(dst *ebiten.Image) {
				bg := ui.ColPanel
				if p.focus.Is(id) {
					bg = ui.ColAccentSoft
				}
				ui.RoundRect(dst, r, float32(a.px(8)), bg)
				ui.StrokeRect(dst, r, 1, ui.ColBorder)
				ui.Circle(dst, float32(r.Min.X+numW/2+a.px(4)), float32(r.Min.Y+a.px(10)+int(ui.LineHeight(body)/2)), float32(a.px(12)), ui.ColAccent)
				ui.DrawTextCentered(dst, strconv.Itoa(i+1), a.font(ui.Small.Strong()),
					image.Rect(r.Min.X+a.px(4), r.Min.Y+a.px(10), r.Min.X+numW+a.px(4), r.Min.Y+a.px(10)+int(ui.LineHeight(body))), ui.ColOnDark)
				ui.DrawWrapped(dst, label, body, image.Rect(r.Min.X+numW+a.px(10), r.Min.Y+a.px(10), r.Max.X-a.px(10), r.Max.Y), ui.ColText)
			})
			y += h + gap
		}
		if d.AllowFreeText {
			limit := scenarios.ChannelLimit(p.sc.Channel)
			n := p.reply.Runes()
			labelY := y
			counter := fmt.Sprintf("%d / %d", n, limit)
			ops = append(ops, func(dst *ebiten.Image) {
				ui.DrawText(dst, a.t("play.own_reply"), bold, float64(in.Min.X), float64(labelY), ui.ColText)
				c := ui.ColMuted
				if n > limit {
					c = ui.ColBad
				} else if n > limit*9/10 {
					c = ui.ColAmber
				}
				w := ui.TextWidth(counter, bold)
				ui.DrawText(dst, counter, bold, float64(in.Max.X)-w, float64(labelY), c)
			})
			y += int(ui.LineHeight(bold)) + a.px(6)
			fh := int(3*ui.LineHeight(body)) + 2*ui.FieldPad
			fr := image.Rect(in.Min.X, y, in.Max.X, y+fh)
			p.reply.Placeholder = a.t("play.reply.placeholder")
			p.widgets = append(p.widgets, &ui.Widget{ID: "reply", Rect: fr, Field: &p.reply, Enabled: true})
			ops = append(ops, func(dst *ebiten.Image) { p.reply.Draw(dst, fr, body, p.focus.Is("reply"), a.scale) })
			y += fh + a.px(8)
			bw := a.px(150)
			br := image.Rect(in.Max.X-bw, y, in.Max.X, y+a.px(42))
			hint := a.t("play.reply.keys")
			hy := y
			ops = append(ops, func(dst *ebiten.Image) {
				ui.DrawWrapped(dst, hint, small, image.Rect(in.Min.X, hy, br.Min.X-a.px(8), br.Max.Y), ui.ColMuted)
			})
			button("publish", a.t("play.publish"), br, true, func() { p.publish(a) })
			y += a.px(42) + gap
		}
		if len(d.Actions) > 0 {
			x := in.Min.X
			bh := a.px(42)
			for _, act := range d.Actions {
				kind := act.Kind
				label := a.t("action." + kind)
				if m := act.Minutes.Minutes(); m > 0 {
					label += " " + a.t("play.costs", int(m))
				}
				w := int(ui.TextWidth(label, body)) + 2*a.px(14)
				w = min(w, in.Dx())
				if x+w > in.Max.X {
					x = in.Min.X
					y += bh + gap
				}
				button("action-"+kind, label, image.Rect(x, y, x+w, y+bh), false, func() { p.act(a, kind) })
				x += w + gap
			}
			y += bh + gap
		}
	case p.sess.Ending() != nil:
		e := p.sess.Ending()
		c := ui.ColText
		switch e.Kind {
		case "good":
			c = ui.ColGood
		case "bad":
			c = ui.ColBad
		}
		text(a.t("play.ending")+": "+e.Title, a.font(ui.Heading), c)
		if e.Text != "" {
			text(e.Text, body, ui.ColText)
		}
		r := image.Rect(in.Min.X, y, in.Max.X, y+a.px(52))
		button("debrief", a.t("play.to_debrief"), r, true, func() { p.toDebrief(a) })
		y += a.px(52) + gap
		if !p.sess.Done() {
			text(a.t("play.lapse_to_end"), small, ui.ColMuted)
		}
	case a.trainerPaused:
		// The banner says the trainer paused the room; time does not run.
	default:
		text(a.t("play.waiting"), body, ui.ColMuted)
	}
	for _, h := range p.sess.Hints() {
		text(a.t("play.colleague")+": "+h, small, ui.ColText)
	}
	if p.note != "" {
		c := ui.ColText
		if p.noteBad {
			c = ui.ColBad
		}
		text(p.note, small, c)
	}
	if p.leaving {
		text(a.t("play.leave_confirm"), bold, ui.ColBad)
	}
	p.panelMore = y > rg.panel.Max.Y
	p.panelLen = y + p.panelOff - rg.panel.Min.Y
	return ops
}

// keepFocusVisible scrolls the panel so the focused widget is inside it,
// clear of the "more" bands; for the reply field, with the publish button
// under it.
func (p *playScene) keepFocusVisible(a *App) {
	cur := p.focus.Current(p.widgets)
	if cur == nil {
		return
	}
	want := cur.Rect
	if cur.ID == "reply" {
		for _, w := range p.widgets {
			if w.ID == "publish" {
				want = want.Union(w.Rect)
			}
		}
	}
	band := p.moreBand(a)
	pr := p.panelRect
	pr.Min.Y += band
	pr.Max.Y -= band
	switch {
	case want.Max.Y > pr.Max.Y && want.Dy() < pr.Dy():
		p.panelOff += want.Max.Y - pr.Max.Y + a.px(8)
	case want.Min.Y < pr.Min.Y:
		p.panelOff = max(0, p.panelOff-(pr.Min.Y-want.Min.Y)-a.px(8))
	}
	p.layout(a)
}
