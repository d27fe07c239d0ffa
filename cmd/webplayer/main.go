//go:build js && wasm

// Command player is the browser build of a round (make web): the same
// scenarios, session, crowd and rubric as the desktop game, drawn as HTML
// over the headless core and played with the keyboard (1–4 choose, T type,
// Ctrl+Enter publish, D/B/H/W actions, R retry, S scenarios) or the mouse.
// It reports to the workshop server with game/workshop/client. It stands in for
// the Ebiten window until package game builds for GOOS=js.
package main

import (
	"context"
	"flag"
	"fmt"
	"math"
	"os"
	"sort"
	"strings"
	"syscall/js"
	"time"
	"unicode/utf8"

	"github.com/webcaresim/webcaresim/game/session"
	"github.com/webcaresim/webcaresim/game/workshop/client"
	"github.com/webcaresim/webcaresim/scenarios"
	"github.com/webcaresim/webcaresim/scoring"
)

var doc = js.Global().Get("document")

type game struct {
	root   js.Value
	lang   string
	player string
	c      *client.Client // nil: not in a workshop
	all    scenarios.Set
	offer  []*scenarios.Scenario

	s        *session.Session
	rep      *client.Reporter // nil: not in a workshop
	fed      int              // feed items shown
	hint     string
	err      string
	debrief  bool
	status   string
	shownDec string
	last     time.Time // when the round's clock last ran

	focusOnKeyUp bool
}

func main() {
	// Scenarios sent by a workshop server are checked as on the desktop,
	// misreading patterns with the rubric's compiler included.
	scenarios.CheckPatternsWith(scoring.CheckPattern)
	fs := flag.NewFlagSet("webcaresim", flag.ContinueOnError)
	server := fs.String("server", "", "workshop server")
	token := fs.String("token", "", "trainee token")
	player := fs.String("player", "", "name")
	lang := fs.String("lang", "nl", "nl or en")
	fs.String("mode", "workshop", "mode")
	args := os.Args[1:]
	if len(args) > 0 && args[0] == "play" {
		args = args[1:]
	}
	fs.Parse(args)
	g := &game{root: doc.Call("getElementById", "game"), lang: *lang, player: *player, all: scenarios.Builtin()}
	if g.lang != "en" {
		g.lang = "nl"
	}
	if *server != "" && *token != "" {
		g.c = client.New(*server, *token)
	} else if c, _, _, ok := client.FromPage(); ok {
		g.c = c // the play page's workshop
	}
	g.root.Set("innerHTML", "")
	g.root.Get("classList").Call("add", "player")
	g.root.Call("addEventListener", "click", js.FuncOf(g.onClick))
	doc.Call("addEventListener", "keydown", js.FuncOf(g.onKey))
	doc.Call("addEventListener", "keyup", js.FuncOf(func(js.Value, []js.Value) any {
		if g.focusOnKeyUp {
			g.focusOnKeyUp = false
			if ta := g.q("textarea.own"); !ta.IsNull() {
				ta.Call("focus")
			}
		}
		return nil
	}))
	js.Global().Call("setInterval", js.FuncOf(func(js.Value, []js.Value) any { g.tick(); return nil }), 100)
	g.loadOffer()
	select {}
}

func (g *game) t(nl, en string) string {
	if g.lang == "en" {
		return en
	}
	return nl
}

// loadOffer fetches the workshop's scenarios (or offers them all).
func (g *game) loadOffer() {
	g.showMenu(g.t("Scenario's laden…", "Loading scenarios…"))
	go func() {
		var keys []string
		if g.c != nil {
			ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
			st, err := g.c.Status(ctx)
			cancel()
			if err == nil {
				for _, s := range st.Scenarios {
					keys = append(keys, s.Key)
				}
				// Cases made in the studio come with the status.
				g.all.Scenarios = append(client.Scenarios(st), g.all.Scenarios...)
			}
		}
		g.offer = nil
		for _, sc := range g.all.Scenarios {
			if keys == nil && (sc.Language == g.lang || !hasLang(g.all, sc.ID, g.lang)) {
				g.offer = append(g.offer, sc)
			}
		}
		for _, k := range keys {
			for _, sc := range g.all.Scenarios {
				if sc.Key() == k {
					g.offer = append(g.offer, sc)
				}
			}
		}
		sort.SliceStable(g.offer, func(i, j int) bool { return g.offer[i].Order < g.offer[j].Order })
		g.showMenu("")
	}()
}

func hasLang(set scenarios.Set, id, lang string) bool {
	_, ok := set.Find(id, lang)
	return ok
}

// DOM helpers: text always goes in as text nodes.
func el(tag, class string, kids ...any) js.Value {
	e := doc.Call("createElement", tag)
	if class != "" {
		e.Set("className", class)
	}
	for _, k := range kids {
		switch k := k.(type) {
		case string:
			e.Call("appendChild", doc.Call("createTextNode", k))
		case js.Value:
			e.Call("appendChild", k)
		}
	}
	return e
}

func button(label, act, key string) js.Value {
	b := el("button", "", label)
	b.Set("type", "button")
	b.Get("dataset").Set("act", act)
	if key != "" {
		b.Call("appendChild", el("kbd", "", key))
	}
	return b
}

func (g *game) clear() { g.root.Set("innerHTML", "") }

func (g *game) showMenu(msg string) {
	g.s, g.debrief = nil, false
	g.clear()
	box := el("section", "menu", el("h1", "", g.t("Kies een scenario", "Choose a scenario")))
	if msg != "" {
		box.Call("appendChild", el("p", "muted", msg))
	}
	for i, sc := range g.offer {
		card := el("button", "scenario-card",
			el("kbd", "", fmt.Sprint(i+1)),
			el("strong", "", sc.Title),
			el("span", "muted", fmt.Sprintf(" %s · %s · %s", sc.Brand.Name, sc.Channel, strings.Repeat("●", max(sc.Difficulty, 1)))))
		if sc.BasedOn != "" {
			card.Call("appendChild", el("span", "based", g.t("Gebaseerd op een echte case: ", "Based on a real case: ")+sc.BasedOn))
		}
		card.Get("dataset").Set("act", fmt.Sprintf("pick:%d", i))
		box.Call("appendChild", card)
	}
	g.root.Call("appendChild", box)
}

func (g *game) start(i int) {
	if i < 0 || i >= len(g.offer) {
		return
	}
	sc := g.offer[i]
	s, err := session.New(sc, session.Options{Seed: uint64(time.Now().UnixNano()%1e9 + 1), Mode: session.Workshop, Player: g.player})
	if err != nil {
		g.showMenu(err.Error())
		return
	}
	g.s, g.rep, g.last = s, nil, time.Now()
	g.fed, g.hint, g.err, g.debrief, g.status, g.shownDec = 0, "", "", false, "", ""
	g.clear()
	head := el("header", "round-head",
		el("strong", "", sc.Title), el("span", "muted", " · "+sc.Brand.Name+" · @"+sc.Brand.Handle),
		el("span", "spacer"), el("span", "clock", ""),
		el("span", "counter", ""),
		el("meter", "outrage-meter"))
	head.Call("querySelector", "meter").Set("max", 100)
	g.root.Call("appendChild", head)
	body := el("div", "round-body", el("ol", "feed"), el("section", "decision"))
	g.root.Call("appendChild", body)
	if g.c != nil {
		g.rep = g.c.Round(s)
	}
	g.render()
}

func (g *game) paused() bool { return client.PagePaused() || (g.rep != nil && g.rep.Paused()) }

func (g *game) tick() {
	now := time.Now()
	dt := now.Sub(g.last)
	g.last = now
	if g.s == nil || g.debrief || g.paused() {
		return
	}
	if g.s.Done() {
		g.finish()
		return
	}
	// The session paces the round, as in the window: the same scenario
	// minutes per real second, the same SLA.
	g.s.Run(dt)
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
	st := s.Counters()
	g.q(".counter").Set("textContent", fmt.Sprintf(g.t("%d berichten · %d negatief · %d gedeeld", "%d posts · %d negative · %d shares"), st.Posts, st.Negative, st.BrandShares))
	m := g.q(".outrage-meter")
	m.Set("value", st.Outrage)
	m.Set("title", fmt.Sprintf(g.t("Verontwaardiging %.0f", "Outrage %.0f"), st.Outrage))
	feed := g.q(".feed")
	items := s.Feed()
	for ; g.fed < len(items); g.fed++ {
		it := items[g.fed]
		li := el("li", "post "+it.By+" "+it.Kind,
			el("div", "meta", el("strong", "", it.Name), el("span", "muted", " @"+it.Handle+" · "+sc.WallClock(it.Minute, g.lang))),
			el("div", "body", it.Text))
		if it.Negative {
			li.Get("classList").Call("add", "negative")
		}
		feed.Call("insertBefore", li, feed.Get("firstChild"))
	}
	for feed.Get("childElementCount").Int() > 80 {
		feed.Call("removeChild", feed.Get("lastChild"))
	}
	d := s.Decision()
	key := ""
	if d != nil {
		key = d.ID + fmt.Sprint(s.OpenedAt()) + g.hint + g.err
	} else if _, waiting := s.WaitingForCustomer(); waiting {
		key = fmt.Sprint("waiting", g.typing()) // the trainer writes the customer's post
	}
	if key != g.shownDec {
		g.shownDec = key
		g.renderDecision(d)
	}
	if d != nil {
		line := ""
		if sla, ok := s.SLA(); ok {
			line = fmt.Sprintf(g.t("SLA %d / %d min (sinds je kon reageren)", "SLA %d / %d min (since you could answer)"), int(sla.Waited), int(sla.Minutes))
		}
		if dl := s.Deadline(); dl > 0 {
			line += " · " + fmt.Sprintf(g.t("nog %.0f min tot stilte het overneemt", "%.0f min until silence takes over"), math.Max(0, dl-s.Now()))
		}
		g.q(".deadline").Set("textContent", strings.TrimPrefix(line, " · "))
	}
}

func (g *game) renderDecision(d *scenarios.Decision) {
	box := g.q(".decision")
	box.Set("innerHTML", "")
	if d == nil {
		msg := g.t("Het gesprek loopt…", "The conversation goes on…")
		if g.s.Ending() != nil {
			msg = g.t("De ronde loopt af…", "The round is ending…")
		} else if _, waiting := g.s.WaitingForCustomer(); waiting {
			msg = session.CustomerNote(g.lang, g.s.Scenario().Customer.Name, g.typing())
		}
		box.Call("appendChild", el("p", "muted waiting", msg))
		return
	}
	if a := g.s.Answering(); a != nil {
		box.Call("appendChild", el("blockquote", "answering", el("strong", "", a.Name+": "), a.Text))
	}
	if d.Prompt != "" {
		box.Call("appendChild", el("p", "prompt", d.Prompt))
	}
	box.Call("appendChild", el("p", "deadline muted", ""))
	for i, c := range d.Choices {
		b := button("", fmt.Sprintf("choose:%d", i), "")
		b.Set("className", "choice")
		b.Call("appendChild", el("kbd", "", fmt.Sprint(i+1)))
		b.Call("appendChild", el("span", "", c.Text))
		box.Call("appendChild", b)
	}
	if d.AllowFreeText {
		limit := scenarios.ChannelLimit(g.s.Scenario().Channel)
		ta := el("textarea", "own")
		ta.Set("rows", 3)
		ta.Set("placeholder", g.t("Of typ je eigen reactie (T)…", "Or type your own reply (T)…"))
		ta.Set("maxLength", limit*2)
		ta.Call("setAttribute", "aria-label", g.t("Eigen reactie", "Your own reply"))
		box.Call("appendChild", ta)
		row := el("div", "own-row", el("span", "count muted", fmt.Sprintf("0/%d", limit)), button(g.t("Publiceren", "Publish"), "publish", "Ctrl+Enter"))
		box.Call("appendChild", row)
		ta.Call("addEventListener", "input", js.FuncOf(func(this js.Value, _ []js.Value) any {
			n := utf8.RuneCountInString(this.Get("value").String())
			cnt := g.q(".count")
			cnt.Set("textContent", fmt.Sprintf("%d/%d", n, limit))
			cnt.Get("classList").Call("toggle", "over", n > limit)
			return nil
		}))
	}
	if len(d.Actions) > 0 {
		row := el("div", "actions")
		for _, a := range d.Actions {
			label, k := a.Kind, ""
			switch a.Kind {
			case scenarios.ActionDM:
				label, k = g.t("Naar DM", "Move to DM"), "D"
			case scenarios.ActionCall:
				label, k = g.t("Bellen", "Call"), "B"
			case scenarios.ActionColleague:
				label, k = g.t("Collega vragen", "Ask a colleague"), "H"
			case scenarios.ActionWait:
				label, k = g.t("Wachten", "Wait"), "W"
			}
			row.Call("appendChild", button(label, "act:"+a.Kind, k))
		}
		box.Call("appendChild", row)
	}
	if g.hint != "" {
		box.Call("appendChild", el("p", "hint", "💡 "+g.hint))
	}
	if g.err != "" {
		box.Call("appendChild", el("p", "error", g.err))
	}
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
	g.err = ""
	if err := g.s.Publish(ta.Get("value").String()); err != nil {
		g.err = err.Error()
		g.shownDec = ""
	}
	g.after()
}

func (g *game) act(kind string) {
	if g.s == nil || g.s.Decision() == nil {
		return
	}
	g.err = ""
	text, err := g.s.Act(kind)
	if err != nil {
		g.err = err.Error()
	} else if kind == scenarios.ActionColleague {
		g.hint = text
	}
	g.after()
}

func (g *game) after() {
	g.shownDec = "-"
	g.render()
	g.report()
}

func (g *game) finish() {
	g.debrief = true
	rep := g.s.Report()
	g.clear()
	box := el("section", "debrief")
	box.Call("appendChild", el("h1", "", g.t("Nabespreking", "Debrief")+" — "+rep.Title))
	speed := fmt.Sprintf("%.0f", rep.Scores.Speed)
	if !rep.Scores.SpeedScored {
		speed = "—"
	}
	box.Call("appendChild", el("div", "scores",
		el("div", "grade", el("span", "", g.t("Cijfer", "Grade")), el("b", "", rep.Grade)),
		el("div", "", el("span", "", g.t("Empathie", "Empathy")), el("b", "", fmt.Sprintf("%.0f", rep.Scores.Empathy))),
		el("div", "", el("span", "", g.t("Snelheid", "Speed")), el("b", "", speed)),
		el("div", "", el("span", "", g.t("De-escalatie", "De-escalation")), el("b", "", fmt.Sprintf("%.0f", rep.Scores.Deescalation)))))
	if e, ok := g.s.Scenario().Ending(rep.Ending); ok {
		box.Call("appendChild", el("p", "ending "+e.Kind, el("strong", "", e.Title+": "), e.Text))
	}
	for i, r := range rep.Replies {
		art := el("article", "dreply", el("h3", "", fmt.Sprintf("%d. %s", i+1, r.Decision)))
		p := el("p", "text")
		text := r.Text
		if text == "" {
			text = r.Note
		}
		for _, seg := range segments(text, r.Analysis) {
			if seg.cls == "" {
				p.Call("appendChild", doc.Call("createTextNode", seg.text))
				continue
			}
			m := el("mark", seg.cls, seg.text)
			m.Set("title", seg.label)
			p.Call("appendChild", m)
		}
		art.Call("appendChild", p)
		if r.Public {
			art.Call("appendChild", el("p", "muted", fmt.Sprintf("E %.0f · D %.0f · S %.0f", r.Analysis.Empathy, r.Analysis.Deescalation, r.Speed)))
		}
		ul := el("ul", "")
		for _, m := range r.Analysis.Missing {
			ul.Call("appendChild", el("li", "", m.Label+" "+m.Tip))
		}
		art.Call("appendChild", ul)
		box.Call("appendChild", art)
	}
	g.lessons(box, rep)
	db := g.s.Scenario().Debrief
	if db.WhatHappened != "" {
		box.Call("appendChild", el("h2", "", g.t("Wat er echt gebeurde", "What really happened")))
		box.Call("appendChild", el("p", "", db.WhatHappened))
		for _, src := range db.Sources {
			box.Call("appendChild", el("p", "muted small", src))
		}
	}
	box.Call("appendChild", el("p", "sent muted", ""))
	box.Call("appendChild", el("div", "actions", button(g.t("Opnieuw", "Retry"), "retry", "R"), button(g.t("Ander scenario", "Other scenario"), "menu", "S")))
	g.root.Call("appendChild", box)
	if g.rep == nil {
		return
	}
	sent := g.q(".sent")
	sent.Set("textContent", g.t("Resultaat versturen…", "Sending the result…"))
	r := g.rep
	go func() {
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
		defer cancel()
		_, err := r.Finish(ctx, true)
		if err != nil {
			sent.Set("textContent", g.t("Resultaat niet verstuurd: ", "Result not sent: ")+err.Error())
			return
		}
		sent.Set("textContent", g.t("✓ Resultaat staat bij de trainer", "✓ The trainer has your result"))
		sent.Get("classList").Call("add", "ok")
	}()
}

type seg struct{ text, cls, label string }

func segments(text string, a scoring.Analysis) []seg {
	rs := []rune(text)
	fs := append([]scoring.Feature(nil), a.Features...)
	sort.SliceStable(fs, func(i, j int) bool { return fs[i].Start < fs[j].Start })
	var out []seg
	at := 0
	for _, f := range fs {
		if f.End <= f.Start || f.Start < at || f.End > len(rs) || a.Text != text {
			continue
		}
		if f.Start > at {
			out = append(out, seg{text: string(rs[at:f.Start])})
		}
		cls := "plus"
		if f.Points < 0 {
			cls = "minus"
		}
		out = append(out, seg{string(rs[f.Start:f.End]), cls, f.Label})
		at = f.End
	}
	if at < len(rs) {
		out = append(out, seg{text: string(rs[at:])})
	}
	return out
}

func (g *game) onClick(_ js.Value, args []js.Value) any {
	t := args[0].Get("target").Call("closest", "[data-act]")
	if t.IsNull() {
		return nil
	}
	g.do(t.Get("dataset").Get("act").String())
	return nil
}

func (g *game) do(act string) {
	if g.paused() {
		return
	}
	name, arg, _ := strings.Cut(act, ":")
	var n int
	fmt.Sscan(arg, &n)
	switch name {
	case "pick":
		g.start(n)
	case "choose":
		g.choose(n)
	case "act":
		g.act(arg)
	case "publish":
		g.publish()
	case "retry":
		if g.s != nil {
			for i, sc := range g.offer {
				if sc == g.s.Scenario() {
					g.start(i)
					return
				}
			}
		}
	case "menu":
		g.showMenu("")
	}
}

func (g *game) onKey(_ js.Value, args []js.Value) any {
	e := args[0]
	key := e.Get("key").String()
	inText := e.Get("target").Get("tagName").String() == "TEXTAREA"
	if inText {
		if key == "Enter" && (e.Get("ctrlKey").Bool() || e.Get("metaKey").Bool()) {
			e.Call("preventDefault")
			g.do("publish")
		} else if key == "Escape" {
			e.Get("target").Call("blur")
		}
		return nil
	}
	if e.Get("ctrlKey").Bool() || e.Get("altKey").Bool() || e.Get("metaKey").Bool() {
		return nil
	}
	switch {
	case len(key) == 1 && key >= "1" && key <= "9":
		n := int(key[0] - '1')
		if g.s == nil {
			g.do(fmt.Sprintf("pick:%d", n))
		} else if !g.debrief {
			g.do(fmt.Sprintf("choose:%d", n))
		}
	case g.s != nil && !g.debrief:
		acts := map[string]string{"d": "act:dm", "b": "act:call", "c": "act:call", "h": "act:colleague", "w": "act:wait"}
		k := strings.ToLower(key)
		if k == "t" {
			// Focus on key up, so the T itself is not typed into the reply.
			e.Call("preventDefault")
			g.focusOnKeyUp = true
		} else if a, ok := acts[k]; ok {
			g.do(a)
		}
	case g.debrief:
		switch strings.ToLower(key) {
		case "r":
			g.do("retry")
		case "s":
			g.do("menu")
		}
	}
	return nil
}
