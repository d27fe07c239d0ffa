//go:build js && wasm

package main

import (
	"context"
	"fmt"
	"syscall/js"
	"time"

	"github.com/webcaresim/webcaresim/assets/i18n"
	"github.com/webcaresim/webcaresim/game/session"
	"github.com/webcaresim/webcaresim/scoring"
)

// facts adds to the debrief, under the ending, what the window's debrief
// shows too: each silence and how long it lasted, the ending and what it
// cost, and the comparison with the real case in numbers. They explain the
// scores above them, so they come first.
func (g *game) facts(box js.Value, rep session.Report) {
	ul := el("ul", "facts")
	for _, f := range rep.Facts {
		ul.Call("appendChild", g.fact(f, rep))
	}
	if ul.Get("childElementCount").Int() > 0 {
		box.Call("appendChild", el("h2", "", g.t("debrief.facts")))
		box.Call("appendChild", ul)
	}
	if c, ok := rep.Comparison(); ok {
		// The number the story promises beside the round's own, worded as
		// the window words it (heading, the real figure, the round's with
		// its share of the real one).
		label := c.Label
		if label == "" {
			label = g.w("debrief.comparison.shares")
		}
		box.Call("appendChild", el("div", "comparison", el("h2", "", g.w("debrief.comparison")),
			el("p", "real", g.w("debrief.comparison.real", i18n.Number(c.Recorded, g.lang), label)),
			el("p", "round", c.RoundLine(g.lang))))
	}
}

// decisions adds the real and a model reply beside the trainee's at each
// decision met, as the window's debrief does.
func (g *game) decisions(box js.Value, rep session.Report) {
	sc := g.s.Scenario()
	if len(rep.Lessons) == 0 {
		return
	}
	box.Call("appendChild", el("h2", "", g.t("debrief.per_decision")))
	for _, l := range rep.Lessons {
		title := l.Decision
		if d, ok := sc.Decision(l.Decision); ok && d.Prompt != "" {
			title = d.Prompt
		}
		art := el("article", "lesson", el("h3", "", title))
		art.Call("appendChild", el("p", "yours", el("strong", "", g.w("debrief.lesson.yours")+" "), g.yoursAt(rep, l.Decision)))
		if l.Historical != "" {
			label := g.t("debrief.reconstructed")
			if l.HistoricalQuoted {
				label = g.t("debrief.real_reply")
			}
			art.Call("appendChild", el("p", "historical", el("strong", "", label), l.Historical))
		} else if l.HistoricalSilent {
			art.Call("appendChild", el("p", "historical", i18n.T(g.lang, "debrief.lesson.historical_silent")))
		} else {
			// The real brand took another path and never met this
			// decision: say so rather than leave its place empty.
			art.Call("appendChild", el("p", "historical", i18n.T(g.lang, "debrief.lesson.historical_elsewhere")))
		}
		if l.Model != "" && l.Model != l.Historical {
			art.Call("appendChild", el("p", "model", el("strong", "", g.t("debrief.model_reply")), l.Model))
		}
		if l.ModelFeedback != "" {
			art.Call("appendChild", el("p", "muted", l.ModelFeedback))
		}
		box.Call("appendChild", art)
	}
}

// duration shows scenario minutes as "2 uur 5 min" / "2 h 5 min".
func (g *game) duration(m float64) string {
	total := int(m + 0.5)
	if total < 60 {
		return fmt.Sprintf("%d min", total)
	}
	return g.t("duration", total/60, total%60)
}

func (g *game) finish() {
	g.debrief = true
	rep := g.s.Report()
	g.clear()
	box := el("section", "debrief")
	box.Call("appendChild", el("h1", "", g.t("debrief.title")+" — "+rep.Title))
	speed := fmt.Sprintf("%.0f", rep.Scores.Speed)
	if !rep.Scores.SpeedScored {
		speed = "—"
	}
	box.Call("appendChild", el("div", "scores",
		el("div", "grade", el("span", "", g.t("score.grade")), el("b", "", rep.Grade)),
		el("div", "", el("span", "", g.t("score.empathy")), el("b", "", fmt.Sprintf("%.0f", rep.Scores.Empathy))),
		el("div", "", el("span", "", g.t("score.speed")), el("b", "", speed)),
		el("div", "", el("span", "", g.t("score.deescalation")), el("b", "", fmt.Sprintf("%.0f", rep.Scores.Deescalation)))))
	// The ending as the round read it: its variant's title and story.
	if e := g.s.Ending(); e != nil {
		box.Call("appendChild", el("p", "ending "+e.Kind, el("strong", "", e.Title+": "), e.Text))
	}
	g.facts(box, rep)
	box.Call("appendChild", g.chart(rep))
	g.worlds(box)
	baseShown := false
	for i, r := range rep.Replies {
		art := el("article", "dreply", el("h3", "", fmt.Sprintf("%d. %s", i+1, g.replyTitle(r))), el("p", "when muted small", g.replyWhen(rep, r)))
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
		g.replyScores(art, r, !baseShown && r.Text != "")
		baseShown = baseShown || r.Text != ""
		box.Call("appendChild", art)
	}
	g.trainerMarks(box, rep)
	g.decisions(box, rep)
	db := g.s.Scenario().Debrief
	if db.WhatHappened != "" {
		box.Call("appendChild", el("h2", "", g.t("debrief.what_happened")))
		box.Call("appendChild", el("p", "", db.WhatHappened))
		for _, src := range db.Sources {
			box.Call("appendChild", el("p", "muted small", src))
		}
	}
	box.Call("appendChild", el("p", "sent muted", ""))
	box.Call("appendChild", el("div", "actions", button(g.t("debrief.retry"), "retry", "R"), button(g.t("debrief.other_scenario"), "menu", "S")))
	g.root.Call("appendChild", box)
	if g.rep == nil {
		return
	}
	sent := g.q(".sent")
	sent.Set("textContent", g.t("result.sending"))
	r := g.rep
	go func() {
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
		defer cancel()
		_, err := r.Finish(ctx, true)
		if err != nil {
			sent.Set("textContent", g.t("result.not_sent")+err.Error())
			return
		}
		sent.Set("textContent", g.t("result.sent"))
		sent.Get("classList").Call("add", "ok")
	}()
}

type seg struct{ text, cls, label string }

func segments(text string, a scoring.Analysis) []seg {
	rs := []rune(text)
	var marks []scoring.Mark
	if a.Text == text {
		marks = scoring.Marks(len(rs), a.Features)
	}
	var out []seg
	at := 0
	for _, m := range marks {
		if m.Start > at {
			out = append(out, seg{text: string(rs[at:m.Start])})
		}
		cls := "plus"
		if m.Tone < 0 {
			cls = "minus"
		}
		out = append(out, seg{string(rs[m.Start:m.End]), cls, m.Label})
		at = m.End
	}
	if at < len(rs) {
		out = append(out, seg{text: string(rs[at:])})
	}
	return out
}
