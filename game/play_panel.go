package game

import (
	"fmt"
	"image"
	"math"
	"strconv"
	"strings"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/webcaresim/webcaresim/game/session"
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

// panelBuilder lays the decision panel out from top to bottom: each piece
// adds its widgets and a drawing operation, and moves y down past itself.
type panelBuilder struct {
	a                 *App
	p                 *playScene
	in                image.Rectangle // the panel's inside, without scrolling
	y                 int             // the next piece's top, scrolled
	gap               int
	body, bold, small ui.Face
	ops               []panelOp
}

// text adds a wrapped paragraph.
func (b *panelBuilder) text(s string, f ui.Face, c ui.Color) {
	h := ui.WrappedHeight(s, f, b.in.Dx())
	r := image.Rect(b.in.Min.X, b.y, b.in.Max.X, b.y+h)
	b.ops = append(b.ops, func(dst *ebiten.Image) { ui.DrawWrapped(dst, s, f, r, c) })
	b.y += h + b.gap
}

// button adds a button at r (it does not move y).
func (b *panelBuilder) button(id, label string, r image.Rectangle, primary bool, press func()) {
	a := b.a
	b.p.widgets = append(b.p.widgets, &ui.Widget{ID: id, Rect: r, Enabled: true, Press: press})
	body := b.body
	b.ops = append(b.ops, func(dst *ebiten.Image) {
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

// spent draws an action already taken at this decision: a greyed label
// that takes no focus and no press.
func (b *panelBuilder) spent(label string, r image.Rectangle) {
	a, body := b.a, b.body
	b.ops = append(b.ops, func(dst *ebiten.Image) {
		ui.RoundRect(dst, r, float32(a.px(8)), ui.ColBackground)
		ui.StrokeRect(dst, r, 1, ui.ColBorder)
		ui.DrawTextCentered(dst, label, body, r.Inset(a.px(6)), ui.ColMuted)
	})
}

// layout builds the panel's widgets and drawing for the current state.
func (p *playScene) layout(a *App) []panelOp {
	rg := p.regions(a)
	p.panelRect = rg.panel
	p.widgets = p.widgets[:0]
	pad := a.px(14)
	in := image.Rect(rg.panel.Min.X+pad, rg.panel.Min.Y+pad, rg.panel.Max.X-pad, rg.panel.Max.Y)
	b := &panelBuilder{a: a, p: p, in: in, y: in.Min.Y - p.panelOff, gap: a.px(10),
		body: a.font(ui.Body), bold: a.font(ui.Body.Strong()), small: a.font(ui.Small)}
	p.pinned, p.pinnedOps, p.pinnedWidgets = image.Rectangle{}, 0, 0
	switch d := p.sess.Decision(); {
	case d != nil:
		b.header(d, rg.panel)
		// What the actions did (or a colleague's hint) comes under them.
		b.notes()
		b.choices(d)
		if d.AllowFreeText {
			b.freeText()
		}
	case p.sess.Ending() != nil:
		b.ending(p.sess.Ending())
	case a.trainerPaused:
		// The banner says the trainer paused the room; time does not run.
	case p.customerWaiting():
		b.text(session.CustomerNote(a.lang, p.sc.Customer.Name, a.trainerTyping), b.bold, ui.ColText)
	default:
		waiting := "play.waiting"
		if p.sess.DecisionAhead() {
			// A long quiet stretch showed only "wait a moment", and a
			// trainee could not tell whether the round was over (P11-17).
			waiting = "play.waiting.ahead"
		}
		if p.sess.StormInView() {
			// The time-lapse slows for a storm for a few seconds, and
			// says so rather than "time runs fast".
			b.text(a.t("play.waiting.storm"), b.bold, ui.ColBad)
		} else {
			b.text(a.t(waiting), b.body, ui.ColMuted)
		}
		if kept := p.reply.Text(); kept != "" {
			b.text(a.t("play.waiting.kept", kept), b.body, ui.ColText)
		}
	}
	if p.sess.Decision() == nil {
		b.notes()
	}
	p.panelMore = b.y > rg.panel.Max.Y
	// Room below the last widget for the "more" band, so scrolling to the
	// end brings it clear of the band.
	p.panelLen = b.y + p.moreBand(a) + p.panelOff - p.panelRect.Min.Y
	return b.ops
}

// header adds the decision's prompt and, right under it, its actions. They
// stay pinned at the panel's top while the choices and the reply field
// scroll under them, so typing a long reply never scrolls away what is
// asked and what else can be done. A header taller than half the panel
// would leave too little room to write in; it scrolls with the rest.
func (b *panelBuilder) header(d *scenarios.Decision, panel image.Rectangle) {
	p := b.p
	scrolledY, ops, widgets := b.y, len(b.ops), len(p.widgets)
	add := func() {
		if d.Prompt != "" {
			b.text(d.Prompt, b.bold, ui.ColText)
		}
		b.actions(d)
	}
	b.y = b.in.Min.Y
	add()
	if bottom := b.y - b.gap/2; bottom-panel.Min.Y <= panel.Dy()/2 {
		p.pinned = image.Rect(panel.Min.X, panel.Min.Y, panel.Max.X, bottom)
		p.pinnedOps, p.pinnedWidgets = len(b.ops), len(p.widgets)
		p.panelRect.Min.Y = bottom
		b.y = bottom + b.gap - p.panelOff
		return
	}
	b.ops, p.widgets, b.y = b.ops[:ops], p.widgets[:widgets], scrolledY
	add()
}

// clicksNotUnderPinned drops the clicks on the pinned header that hit none
// of its own buttons: the choices scrolled under it are hidden there.
func (p *playScene) clicksNotUnderPinned(clicks []image.Point) []image.Point {
	if p.pinned.Empty() {
		return clicks
	}
	var out []image.Point
	for _, c := range clicks {
		keep := !c.In(p.pinned)
		for _, w := range p.widgets[:p.pinnedWidgets] {
			keep = keep || c.In(w.Rect)
		}
		if keep {
			out = append(out, c)
		}
	}
	return out
}

// notes adds the colleagues' hints and what the last action did (or why
// publishing failed).
func (b *panelBuilder) notes() {
	lines := b.p.panelNotes(b.a)
	for i, l := range lines {
		c := ui.ColText
		if i == len(lines)-1 && b.p.note != "" && b.p.noteBad {
			c = ui.ColBad
		}
		b.text(l, b.small, c)
	}
}

// panelNotes are the lines notes draws: the tips asked for at this decision
// and what the last action did (or why publishing failed).
func (p *playScene) panelNotes(a *App) []string {
	var lines []string
	if hs := p.sess.Hints(); p.hintsFrom < len(hs) {
		for _, h := range hs[p.hintsFrom:] {
			lines = append(lines, a.t("play.colleague")+": "+h)
		}
	}
	if p.note != "" {
		lines = append(lines, p.note)
	}
	return lines
}

// publishChoice adds, under the picked choice, the button that publishes
// it, with a line saying nothing is published yet.
func (b *panelBuilder) publishChoice(d *scenarios.Decision) {
	a, p, in := b.a, b.p, b.in
	if p.selected < 0 || p.selected >= len(d.Choices) {
		return
	}
	i := p.selected
	hint := a.t("play.choice.picked", i+1)
	if p.held != "" {
		// The number that picked it is kept: the trainee sees what typing
		// on does with it (Session.TypeAtDecision).
		hint += " " + a.t("play.choice.held", strings.TrimRight(p.held, " "))
	}
	bw := min(in.Dx()/2, a.px(260))
	br := image.Rect(in.Max.X-bw, b.y, in.Max.X, b.y+a.px(42))
	hy, small := b.y, b.small
	// The hint may wrap to more lines than the button is tall (a narrow
	// panel, a longer language): the row is as tall as the taller of both.
	hr := image.Rect(in.Min.X, hy, br.Min.X-a.px(8), hy+max(br.Dy(), ui.WrappedHeight(hint, small, br.Min.X-a.px(8)-in.Min.X)))
	b.ops = append(b.ops, func(dst *ebiten.Image) { ui.DrawWrapped(dst, hint, small, hr, ui.ColText) })
	b.button("publish-choice", a.t("play.choice.publish", i+1), br, true, func() { p.choose(a, i) })
	// Out of the arrow order: Down from the picked choice goes to the
	// next choice, not onto this button (Enter on the picked choice
	// publishes it; Tab still reaches the button).
	b.tabOnly("publish-choice")
	b.row("publish-choice-row", hr.Union(br))
	b.y += hr.Dy() + b.gap
}

// choices adds the decision's written choices, numbered.
func (b *panelBuilder) choices(d *scenarios.Decision) {
	a, p, in, body := b.a, b.p, b.in, b.body
	numW := a.px(34)
	for i, c := range d.Choices {
		tw := in.Dx() - numW - 2*a.px(10)
		h := ui.WrappedHeight(c.Text, body, tw) + 2*a.px(10)
		r := image.Rect(in.Min.X, b.y, in.Max.X, b.y+h)
		id := "choice-" + strconv.Itoa(i)
		p.widgets = append(p.widgets, &ui.Widget{ID: id, Rect: r, Enabled: true, Press: func() { p.pressChoice(a, i) }})
		label := c.Text
		picked := p.selected == i
		b.ops = append(b.ops, func(dst *ebiten.Image) {
			// Only a pick fills the choice; the focus is its ring
			// alone. A focused choice filled like a picked one looked
			// still chosen when the next decision opened with the focus
			// on choice 1 after silence took over.
			bg := ui.ColPanel
			if picked {
				bg = ui.ColAccentSoft
			}
			ui.RoundRect(dst, r, float32(a.px(8)), bg)
			if picked {
				// The picked choice: a thick accent frame; the publish
				// button under it names it.
				ui.StrokeRect(dst, r, float32(max(2, a.px(3))), ui.ColAccent)
			} else {
				ui.StrokeRect(dst, r, 1, ui.ColBorder)
			}
			ui.Circle(dst, float32(r.Min.X+numW/2+a.px(4)), float32(r.Min.Y+a.px(10)+int(ui.LineHeight(body)/2)), float32(a.px(12)), ui.ColAccent)
			ui.DrawTextCentered(dst, strconv.Itoa(i+1), a.font(ui.Small.Strong()),
				image.Rect(r.Min.X+a.px(4), r.Min.Y+a.px(10), r.Min.X+numW+a.px(4), r.Min.Y+a.px(10)+int(ui.LineHeight(body))), ui.ColOnDark)
			ui.DrawWrapped(dst, label, body, image.Rect(r.Min.X+numW+a.px(10), r.Min.Y+a.px(10), r.Max.X-a.px(10), r.Max.Y), ui.ColText)
		})
		b.y += h + b.gap
		if picked {
			// The button that publishes it comes right under it, so the
			// two are in view together however many choices follow.
			b.publishChoice(d)
		}
	}
}

// freeText adds the reply field with its counter, key hint and publish
// button.
func (b *panelBuilder) freeText() {
	a, p, in, body, bold, small := b.a, b.p, b.in, b.body, b.bold, b.small
	limit := scenarios.ChannelLimit(p.sc.Channel)
	n := scenarios.ReplyLength(p.sc.Channel, p.reply.Text())
	labelY := b.y
	counter := fmt.Sprintf("%d / %d", n, limit)
	b.ops = append(b.ops, func(dst *ebiten.Image) {
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
	b.y += int(ui.LineHeight(bold)) + a.px(6)
	b.row("reply-head", image.Rect(in.Min.X, labelY, in.Max.X, b.y))
	// The field grows with the reply, so a full tweet shows whole: from
	// three lines up to half the panel (a longer Facebook post scrolls).
	lines := len(ui.Wrap(p.reply.Text(), body, in.Dx()-2*ui.FieldPad-a.px(4)))
	// A reply at the channel's limit fills this many lines (text of
	// average width), so the field never grows past the longest reply
	// that can be published.
	avg := ui.TextWidth(strings.Repeat("een woord ", 10), body) / 100
	atLimit := int(math.Ceil(float64(limit)*avg/float64(in.Dx()-2*ui.FieldPad))) + 1
	// Nor past what fits between the "more" bands with its heading above
	// and its publish row under it: a field of half the panel left the
	// heading half under "▲ more" while a long reply was typed.
	room := p.panelRect.Dy() - 2*p.moreBand(a) - (b.y - labelY) - 2*a.px(8) - a.px(42) - 2*ui.FieldPad
	maxLines := max(3, min(atLimit, int(float64(min(p.panelRect.Dy()/2, room))/ui.LineHeight(body))))
	fh := int(float64(min(max(3, lines), maxLines))*ui.LineHeight(body)) + 2*ui.FieldPad
	fr := image.Rect(in.Min.X, b.y, in.Max.X, b.y+fh)
	p.reply.Placeholder = a.t("play.reply.placeholder")
	p.widgets = append(p.widgets, &ui.Widget{ID: "reply", Rect: fr, Field: &p.reply, Enabled: true})
	b.ops = append(b.ops, func(dst *ebiten.Image) { p.reply.Draw(dst, fr, body, p.focus.Is("reply"), a.scale) })
	b.y += fh + a.px(8)
	bw := a.px(150)
	br := image.Rect(in.Max.X-bw, b.y, in.Max.X, b.y+a.px(42))
	hint, hc := a.t("play.reply.keys"), ui.ColMuted
	if p.draftUnchecked() {
		// The question changed under the draft: say so where the
		// trainee looks before pressing Enter (play_guard.go).
		hint, hc = p.draftNotice, ui.ColBad
	} else if p.replyErr != "" && p.reply.Text() == p.replyErrFor {
		// Why Enter published nothing, beside the button, not at the
		// panel's top where it scrolled out of view.
		hint, hc = p.replyErr, ui.ColBad
	}
	hr := image.Rect(in.Min.X, b.y, br.Min.X-a.px(8), b.y+max(br.Dy(), ui.WrappedHeight(hint, small, br.Min.X-a.px(8)-in.Min.X)))
	b.ops = append(b.ops, func(dst *ebiten.Image) { ui.DrawWrapped(dst, hint, small, hr, hc) })
	b.button("publish", a.t("play.publish"), br, true, func() { p.publish(a, true) })
	b.row("publish-row", hr.Union(br))
	b.y += hr.Dy() + b.gap
}

// tabOnly takes the widget id out of the arrow keys' order (ui.Widget.TabOnly).
func (b *panelBuilder) tabOnly(id string) {
	for _, w := range b.p.widgets {
		if w.ID == id {
			w.TabOnly = true
		}
	}
}

// row marks r, a row of a hint and a button, as one place to scroll into
// view whole (a widget that takes no focus and no clicks).
func (b *panelBuilder) row(id string, r image.Rectangle) {
	b.p.widgets = append(b.p.widgets, &ui.Widget{ID: id, Rect: r})
}

// actions adds the decision's actions (DM, call, colleague, wait) as a
// row of buttons that wraps.
func (b *panelBuilder) actions(d *scenarios.Decision) {
	if len(d.Actions) == 0 {
		return
	}
	a, p, in := b.a, b.p, b.in
	x := in.Min.X
	bh := a.px(42)
	for _, act := range d.Actions {
		kind := act.Kind
		label := p.actionLabel(a, kind, act.Minutes.Minutes())
		spent := p.sess.ActionSpent(kind)
		if spent {
			label = a.t("action." + kind + ".spent")
		}
		w := int(ui.TextWidth(label, b.body)) + 2*a.px(14)
		w = min(w, in.Dx())
		if x+w > in.Max.X {
			x = in.Min.X
			b.y += bh + b.gap
		}
		r := image.Rect(x, b.y, x+w, b.y+bh)
		if spent {
			b.spent(label, r)
		} else {
			b.button("action-"+kind, label, r, p.pickedAction == kind, func() { p.pressAction(a, kind) })
		}
		x += w + b.gap
	}
	b.y += bh + b.gap
	b.publishAction()
}

// ending adds how the round ended and the way to the debrief.
func (b *panelBuilder) ending(e *scenarios.Ending) {
	a, p, in := b.a, b.p, b.in
	c := ui.ColText
	switch e.Kind {
	case "good":
		c = ui.ColGood
	case "bad":
		c = ui.ColBad
	}
	heading := a.t("play.ending")
	if p.sess.EndingMayTurn() {
		heading = a.t("play.ending.for_now")
	}
	b.text(heading+": "+e.Title, a.font(ui.Heading), c)
	if e.Text != "" {
		b.text(e.Text, b.body, ui.ColText)
	}
	switch from := p.sess.TurnedFrom(); {
	case p.sess.EndingMayTurn():
		b.text(a.t("play.ending.may_turn"), b.small, ui.ColMuted)
	case from != nil:
		b.text(a.t("play.ending.turned", from.Title), b.small, ui.ColMuted)
	}
	if p.sess.Done() {
		// the lapse to the end ran at speed: say what it did
		if after := p.sess.AfterLastReply(a.lang); after != "" {
			b.text(after, b.body, ui.ColText)
		}
	}
	r := image.Rect(in.Min.X, b.y, in.Max.X, b.y+a.px(52))
	label := a.t("play.to_debrief")
	if p.debriefAsked {
		label = a.t("play.to_debrief.busy")
	}
	b.button("debrief", label, r, !p.debriefAsked, func() { p.toDebrief(a) })
	b.y += a.px(52) + b.gap
	if !p.sess.Done() {
		b.text(a.t("play.lapse_to_end"), b.small, ui.ColMuted)
	}
}

// keepFocusVisible scrolls the panel so the focused widget is inside it,
// clear of the "more" bands; for the reply field, with the publish button
// under it.
func (p *playScene) keepFocusVisible(a *App) {
	cur := p.focus.Current(p.widgets)
	if cur == nil || (!p.pinned.Empty() && cur.Rect.In(p.pinned)) {
		return
	}
	want := cur.Rect
	// The reply field with its publish button and its heading (the
	// heading sat half under "▲ more" while a long reply was typed), a
	// picked choice with the button that publishes it; what does not fit
	// beside the widget is left out, the button first.
	var with []string
	switch {
	case cur.ID == "reply":
		with = []string{"publish-row", "reply-head"}
	case cur.ID == "choice-"+strconv.Itoa(p.selected):
		with = []string{"publish-choice-row"}
	}
	for _, id := range with {
		for _, w := range p.widgets {
			if w.ID == id && w.Rect.Union(want).Dy() < p.panelRect.Dy()-2*p.moreBand(a) {
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
