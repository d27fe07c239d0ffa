//go:build js && wasm

package main

// The round as it runs: the clock, the feed and the open decision, and
// the trainee's moves on it.

import (
	"fmt"
	"github.com/webcaresim/webcaresim/game/crowd"
	"math"
	"strings"
	"syscall/js"
	"time"

	"github.com/webcaresim/webcaresim/assets/i18n"
	"github.com/webcaresim/webcaresim/game/session"
	"github.com/webcaresim/webcaresim/game/workshop/client"
	"github.com/webcaresim/webcaresim/scenarios"
)

func (g *game) paused() bool { return client.PagePaused() || (g.rep != nil && g.rep.Paused()) }

func (g *game) tick() {
	now := time.Now()
	dt := now.Sub(g.last)
	g.last = now
	if g.s == nil || g.debrief || g.paused() {
		return
	}
	g.ticks++
	g.root.Get("dataset").Set("ticks", g.ticks)
	if g.s.Done() {
		g.finish()
		return
	}
	if g.s.WaitingToGoOn() {
		return // a resumed round: the clock waits for the trainee (resume.go)
	}
	// The session paces the round, as in the window: the same scenario
	// minutes per real second, the same SLA.
	g.lapse = g.s.Run(dt)
	g.render()
	g.report()
}

// report sends what happened since the last call.
func (g *game) report() {
	if g.rep != nil {
		g.rep.Update()
	}
}

func (g *game) q(sel string) js.Value { return g.root.Call("querySelector", sel) }

func (g *game) render() {
	s := g.s
	sc := s.Scenario()
	g.q(".clock").Set("textContent", sc.WallClock(s.Now(), g.lang))
	g.showLapse()
	st := s.Counters()
	// The meter's two figures, as in the window: heat with support apart,
	// and reach (crowd.Legend says what they mean).
	audience := max(1, sc.Crowd.Audience)
	c := s.MeterCounts()
	counter := g.t("play.counter", st.Heat, st.Support,
		thousands(st.Reach, g.lang), i18n.Share(st.Reach, audience), c.Posts, c.InFeed, c.Shares)
	if against := c.AgainstLabel(g.lang); against != "" {
		counter += " · " + against // as the window says it, beside its counts
	}
	g.q(".counter").Set("textContent", counter)
	m := g.q(".outrage-meter")
	// the bar is the heat on the meter's log scale; its colour, as the
	// window's, is the session's level: green on the brand's side or
	// calm, amber when uneasy, red in a storm, dark red when the story is
	// out (style.css); the level's name stands beside it
	value := fmt.Sprintf("%.0f", math.Max(0, math.Min(100, st.Outrage)))
	if m.Call("getAttribute", "aria-valuenow").String() != value {
		m.Call("setAttribute", "aria-valuenow", value)
		m.Call("querySelector", ".bar").Get("style").Set("width", value+"%")
	}
	g.showMeterLevel(m)
	m.Set("title", crowd.Legend(g.lang)+" "+session.MeterColours(g.lang))
	feed := g.q(".feed")
	items := s.Feed()
	for ; g.fed < len(items); g.fed++ {
		it := items[g.fed]
		li := el("li", "post "+it.By+" "+it.Kind, g.feedMeta(it, sc.WallClock(it.Minute, g.lang)), el("div", "body", it.Text))
		if _, inject := g.postBadge(it); inject {
			li.Get("classList").Call("add", "inject")
		}
		if it.Negative {
			li.Get("classList").Call("add", "negative")
		}
		feed.Call("insertBefore", li, feed.Get("firstChild"))
	}
	// Every post stays, as in the window: the meter's "N in the feed"
	// counts them all, and the oldest 80 were dropped from the page while
	// the count went on (a round's feed holds dozens to a few hundred).
	d := s.Decision()
	key := ""
	if d != nil {
		if dk := d.ID + fmt.Sprint(s.OpenedAt()); dk != g.decKey {
			g.noteDraftForNewQuestion(d, g.decKey != "")
			g.decKey, g.picked, g.pickedAction, g.overrunAsked, g.languageAsked = dk, -1, "", "", "" // a new decision: nothing picked
			g.held = ""
		}
		key = d.ID + fmt.Sprint(s.OpenedAt()) + g.hint + g.err
	} else {
		// redrawn when what it says changes (the trainer typing as the
		// customer) or the kept draft does
		key = g.betweenDecisions() + "\x00" + g.draft
	}
	if key != g.shownDec {
		g.shownDec = key
		g.renderDecision(d)
	}
	if d != nil {
		line := ""
		if sla, ok := s.SLA(); ok {
			line = g.t("play.sla", sla.WaitedOnClock(), int(sla.Minutes))
		}
		if left, ok := s.SilenceIn(); ok {
			line += " · " + g.t("play.deadline", left)
		}
		g.q(".deadline").Set("textContent", strings.TrimPrefix(line, " · "))
		g.followOverrun()
	}
}

// followOverrun says the warning of the action asked about with the minutes
// left now, as the line above does: it kept the minutes of the press while
// the clock counted on.
func (g *game) followOverrun() {
	warn := g.q(".decision .overrun")
	if warn.IsNull() {
		return
	}
	if text := g.overrunText(); text != "" && warn.Get("textContent").String() != text {
		warn.Set("textContent", text)
	}
}

// overrunText is the warning of the action asked about, or "".
func (g *game) overrunText() string {
	if g.s == nil || g.overrunAsked == "" {
		return ""
	}
	left, over := g.s.ActionOverruns(g.overrunAsked)
	if !over {
		return ""
	}
	return g.w("play.action.overrun", g.actionName(g.overrunAsked), left, g.s.Asker())
}

// showMeterLevel sets the meter's level: its name beside the colour, and
// what the heat is about when it is an earlier reply (Session.HeatNote),
// as the window says it.
func (g *game) showMeterLevel(m js.Value) {
	level := g.s.MeterLevel()
	text := level.Label(g.lang)
	if note := g.s.HeatNote(g.lang); note != "" {
		text += " — " + note
	}
	if m.Get("dataset").Get("level").String() != string(level) || g.q(".meter-level").Get("textContent").String() != text {
		m.Get("dataset").Set("level", string(level))
		m.Call("setAttribute", "aria-valuetext", text)
		lv := g.q(".meter-level")
		lv.Set("textContent", text)
		lv.Get("dataset").Set("level", string(level))
	}
}

// betweenDecisions is what the decision box says while none is open.
func (g *game) betweenDecisions() string {
	switch _, waiting := g.s.WaitingForCustomer(); {
	case g.s.Ending() != nil:
		return g.t("play.ending")
	case waiting:
		return session.CustomerNote(g.lang, g.s.Scenario().Customer.Name, g.typing())
	case g.s.StormInView():
		// the time-lapse slows for a storm, as in the window, and says why
		return i18n.T(g.lang, "play.waiting.storm")
	case g.s.DecisionAhead():
		return g.t("play.ahead")
	}
	return g.t("play.goes_on")
}

func (g *game) renderDecision(d *scenarios.Decision) {
	box := g.q(".decision")
	// What the trainee typed survives a redraw (a hint, an error) and
	// the wait for the next decision.
	typed := g.typedReply()
	g.draft = typed
	box.Set("innerHTML", "")
	if d == nil {
		g.renderWait(box)
		return
	}
	if a := g.s.Answering(); a != nil {
		box.Call("appendChild", el("blockquote", "answering", el("strong", "", a.Name+": "), a.Text))
	}
	if d.Prompt != "" {
		box.Call("appendChild", el("p", "prompt", d.Prompt))
	}
	box.Call("appendChild", el("p", "deadline muted", ""))
	// The actions come first, beside the question, as in the window's
	// pinned header: below the choices and the reply field they were
	// under the fold on a laptop screen.
	g.appendActions(box, d)
	for i, c := range d.Choices {
		b := button("", fmt.Sprintf("choose:%d", i), "")
		b.Set("className", "choice")
		b.Call("appendChild", el("kbd", "", fmt.Sprint(i+1)))
		b.Call("appendChild", el("span", "", c.Text))
		box.Call("appendChild", b)
	}
	if len(d.Choices) > 0 {
		row := el("div", "pick-row")
		row.Set("hidden", true)
		box.Call("appendChild", row)
	}
	if d.AllowFreeText {
		channel := g.s.Scenario().Channel
		limit := scenarios.ChannelLimit(channel)
		ta := el("textarea", "own")
		ta.Set("rows", 3)
		ta.Set("placeholder", g.t("play.own_placeholder"))
		ta.Set("value", typed)
		g.draft = "" // the field holds it now
		ta.Set("maxLength", limit*2)
		ta.Call("setAttribute", "aria-label", g.t("play.own_label"))
		box.Call("appendChild", ta)
		row := el("div", "own-row", el("span", "count muted", fmt.Sprintf("%d/%d", scenarios.ReplyLength(channel, typed), limit)), button(g.t("play.publish"), "publish", "Ctrl+Enter"))
		box.Call("appendChild", row)
		if g.draftNotice != "" {
			notice := el("p", "error draft-notice", g.draftNotice)
			notice.Call("setAttribute", "role", "alert")
			box.Call("appendChild", notice)
		}
		fitHeight(ta)
		ta.Call("addEventListener", "input", js.FuncOf(func(this js.Value, args []js.Value) any {
			if writesInField(args[0]) {
				g.ownReplyBegun()
			}
			fitHeight(this)
			n := scenarios.ReplyLength(channel, this.Get("value").String())
			cnt := g.q(".count")
			cnt.Set("textContent", fmt.Sprintf("%d/%d", n, limit))
			cnt.Get("classList").Call("toggle", "over", n > limit)
			return nil
		}))
	}
	if g.hint != "" {
		box.Call("appendChild", el("p", "hint", "💡 "+g.hint))
	}
	if g.err != "" && g.overrunAsked == "" {
		box.Call("appendChild", el("p", "error", g.err))
	}
	g.showPick()
}

func (g *game) choose(i int) {
	if g.s == nil || g.s.Decision() == nil || g.debrief {
		return
	}
	g.err = ""
	if err := g.s.Choose(i); err != nil {
		g.err = err.Error()
	}
	g.after()
}

func (g *game) publish() {
	if g.s == nil || g.s.Decision() == nil {
		return
	}
	ta := g.q("textarea.own")
	if ta.IsNull() {
		return
	}
	text := ta.Get("value").String()
	if g.confirmDraft(text) {
		return // written before the question changed: this only confirms it is meant for it
	}
	if warn := g.s.LanguageWarning(g.lang, text); warn != "" && g.languageAsked != text {
		// as in the window: the first press says so, a second publishes
		g.languageAsked, g.err = text, warn
		g.render()
		if ta := g.q("textarea.own"); !ta.IsNull() {
			ta.Call("focus")
		}
		return
	}
	g.err = ""
	if err := g.s.Publish(text); err != nil {
		g.err = err.Error()
		g.shownDec = ""
	} else {
		// Published: the field is empty for a question that opens at
		// once (an inject answered, the interrupted one back).
		ta.Set("value", "")
	}
	g.after()
}

// askOrAct takes an action, unless it would run past the moment silence
// takes over the question (Session.ActionOverruns): then its first press
// says so, and a second press takes it, as in the window (P22-20).
func (g *game) askOrAct(kind string) {
	if g.s == nil || g.s.Decision() == nil {
		return
	}
	if _, over := g.s.ActionOverruns(kind); over && g.overrunAsked != kind {
		g.overrunAsked = kind
		g.err = g.overrunText()
		g.render()
		if b := g.q(`.actions [data-act="act:` + kind + `"]`); !b.IsNull() {
			b.Call("focus")
		}
		return
	}
	g.overrunAsked = ""
	g.act(kind)
}

func (g *game) act(kind string) {
	if g.s == nil || g.s.Decision() == nil {
		return
	}
	d := g.s.Decision()
	g.err, g.pickedAction = "", ""
	text, err := g.s.Act(kind)
	if err != nil {
		g.err = err.Error()
	} else if kind == scenarios.ActionColleague {
		g.hint = text
	}
	g.after()
	if g.s.Decision() == d {
		g.focusAnswer()
	}
}

// focusAnswer moves the focus from an action just taken to the answer (the
// first written choice, else the reply field): left on "Wait (+60 min)",
// the next Enter waited again (P22-20).
func (g *game) focusAnswer() {
	target := g.q(".choice")
	if ta := g.q("textarea.own"); !ta.IsNull() && (target.IsNull() || strings.TrimSpace(ta.Get("value").String()) != "") {
		target = ta
	}
	if !target.IsNull() {
		target.Call("focus")
	}
}

func (g *game) after() {
	g.shownDec = "-"
	g.render()
	g.report()
}

// fitHeight grows the reply field to show the whole reply, up to the
// channel's limit, as the window's field does: three rows showed part of a
// 210-character reply.
func fitHeight(ta js.Value) {
	st := ta.Get("style")
	st.Set("height", "auto")
	st.Set("height", fmt.Sprintf("%dpx", ta.Get("scrollHeight").Int()+2))
}

// pinnedPost is the post the case opened with, pinned above the feed.
func (g *game) pinnedPost() js.Value {
	box := el("div", "pinned")
	meta, body, ok := g.openingPost(g.s.Scenario())
	if !ok {
		box.Set("hidden", true)
		return box
	}
	box.Call("appendChild", el("p", "muted pinned-label", i18n.T(g.lang, "play.pinned")))
	box.Call("appendChild", el("div", "post customer", meta, body))
	return box
}

// openingPost is the case's opening post as the briefing and the pinned
// post show it: its author and time, and its text.
func (g *game) openingPost(sc *scenarios.Scenario) (meta, body js.Value, ok bool) {
	p, ok := sc.OpeningPost()
	if !ok {
		return js.Null(), js.Null(), false
	}
	name, handle := sc.Author(p.By)
	meta = el("div", "meta", el("strong", "", name), el("span", "muted", " @"+handle+" · "+sc.WallClock(p.At.Minutes(), g.lang)))
	return meta, el("div", "body", p.Text), true
}

// appendActions adds the decision's actions to box, with the warning of an
// action that runs past the question right under them, where the trainee
// looks, and the (hidden) box of what a picked action posts.
func (g *game) appendActions(box js.Value, d *scenarios.Decision) {
	if len(d.Actions) == 0 {
		return
	}
	box.Call("appendChild", g.actionRow(d))
	if text := g.overrunText(); text != "" && g.err != "" {
		warn := el("p", "error overrun", text)
		warn.Call("setAttribute", "role", "alert")
		box.Call("appendChild", warn)
	}
	pick := el("div", "action-pick")
	pick.Set("hidden", true)
	box.Call("appendChild", pick)
}

// actionRow is the decision's actions as buttons; one already taken that
// would only cost time again (a colleague asked: the tip stands above) is
// shown greyed and takes no press.
func (g *game) actionRow(d *scenarios.Decision) js.Value {
	row := el("div", "actions")
	for _, a := range d.Actions {
		if g.s.ActionSpent(a.Kind) {
			b := button(g.w("action."+a.Kind+".spent"), "", "")
			b.Set("disabled", true)
			row.Call("appendChild", b)
			continue
		}
		// No letter keys: letters write the reply (input.go).
		// What it costs, as the window's button says it: "Wait (+15 min)".
		label := g.actionName(a.Kind)
		if m := int(a.Minutes.Minutes()); m > 0 {
			label += " " + g.w("play.costs", m)
		}
		row.Call("appendChild", button(label, "act:"+a.Kind, ""))
	}
	return row
}
