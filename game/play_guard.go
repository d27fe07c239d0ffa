package game

import (
	"image"
	"strings"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/webcaresim/webcaresim/game/ui"
)

// This file keeps the round from publishing what the trainee did not mean:
// an action that posts a public reply is picked before it is published, as a
// written choice is, and a draft written before a decision opened is not
// published to it until the trainee has seen that the question changed.

// pressAction takes an action that posts nothing public (a colleague,
// waiting, a call) at once: its label says what it does and costs. One that
// posts a reply in the trainee's name (a DM announced in the thread) is
// picked first and shows the text it will post; Enter on the picked action,
// or its publish button, publishes it. A click only ever picks.
//
// An action that would run past the moment silence takes over the question
// (Session.ActionOverruns) asks first: its first press says so, a second
// press takes it.
func (p *playScene) pressAction(a *App, kind string) {
	if _, over := p.sess.ActionOverruns(kind); over && p.overrunAsked != kind {
		p.overrunAsked, p.pickedAction, p.selected = kind, "", -1
		p.sayOverrun(a)
		return
	}
	p.overrunAsked = ""
	if p.sess.ActionPost(kind) == "" {
		p.act(a, kind)
		return
	}
	if p.pickedAction == kind && !p.clicked {
		p.act(a, kind)
		return
	}
	p.pickedAction, p.selected = kind, -1
}

// sayOverrun puts the warning of the action asked about in the note, with
// the minutes left now: it is said again every frame, so it follows the
// clock as the header does (it kept the minutes of the press).
func (p *playScene) sayOverrun(a *App) {
	if p.overrunAsked == "" {
		return
	}
	left, over := p.sess.ActionOverruns(p.overrunAsked)
	if !over {
		return
	}
	p.setNote(a.t("play.action.overrun", a.t("action."+p.overrunAsked), left, p.sess.Asker()), true)
}

// actionLabel is an action's button label with the time it costs.
func (p *playScene) actionLabel(a *App, kind string, minutes float64) string {
	label := a.t("action." + kind)
	if minutes > 0 {
		label += " " + a.t("play.costs", int(minutes))
	}
	return label
}

// publishAction adds, under the actions, what the picked action will post in
// public and the button that publishes it.
func (b *panelBuilder) publishAction() {
	a, p, in := b.a, b.p, b.in
	post := p.sess.ActionPost(p.pickedAction)
	if post == "" {
		return
	}
	label := p.pickedAction
	for _, act := range p.sess.Decision().Actions {
		if act.Kind == p.pickedAction {
			label = p.actionLabel(a, act.Kind, act.Minutes.Minutes())
		}
	}
	b.text(a.t("play.action.picked", label), b.small, ui.ColText)
	// The reply itself, framed like a post, so it reads as what goes out.
	pad := a.px(10)
	h := ui.WrappedHeight(post, b.body, in.Dx()-2*pad) + 2*pad
	r := image.Rect(in.Min.X, b.y, in.Max.X, b.y+h)
	body := b.body
	b.ops = append(b.ops, func(dst *ebiten.Image) {
		ui.RoundRect(dst, r, float32(a.px(8)), ui.ColAccentSoft)
		ui.StrokeRect(dst, r, float32(max(2, a.px(3))), ui.ColAccent)
		ui.DrawWrapped(dst, post, body, r.Inset(pad), ui.ColText)
	})
	b.row("action-preview", r)
	b.y += h + b.gap/2
	bw := min(in.Dx()*2/3, a.px(340))
	br := image.Rect(in.Max.X-bw, b.y, in.Max.X, b.y+a.px(42))
	kind := p.pickedAction
	b.button("publish-action", a.t("play.action.publish", label), br, true, func() { p.act(a, kind) })
	b.tabOnly("publish-action") // Down from the picked action goes on to choice 1, as for a choice
	b.y += br.Dy() + b.gap
}

// noteDraftForNewQuestion marks a draft in the reply field as written before
// the decision that just opened, once the round has had an earlier one: it
// was meant for another question (often another customer). The draft stays;
// the field says the question changed. Only a deliberate act confirms it is
// meant for the new question: a click on Publish or Ctrl+Enter. A plain Enter
// does nothing, because Enter, Enter is also how a keyboard user picks and
// publishes a written choice, and with it a stale draft went out.
func (p *playScene) noteDraftForNewQuestion(a *App) {
	p.draftNotice = ""
	d := p.decision
	if d == nil {
		return
	}
	earlier := p.hadDecision
	p.hadDecision = true
	if !earlier || !d.AllowFreeText || strings.TrimSpace(p.reply.Text()) == "" {
		return
	}
	p.draftNotice = a.t("play.draft.new_question", p.sess.Asker())
}

// draftUnchecked reports whether the reply field holds a draft the trainee
// has not yet confirmed for the open question.
func (p *playScene) draftUnchecked() bool {
	return p.draftNotice != "" && strings.TrimSpace(p.reply.Text()) != ""
}
