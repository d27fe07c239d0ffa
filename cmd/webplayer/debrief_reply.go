//go:build js && wasm

package main

// The debrief's reasons, worded as the window words them: the lines under
// each reply (what every scored phrase earned or cost, what a discount
// took off, what was missing), when the reply came by the round's one
// clock, and the facts of the round (silence, the ending). The numbers all
// come from the session's report; the words from the window's keys of the
// one catalogue, so the two faces teach a lesson in the same sentence.

import (
	"fmt"
	"syscall/js"

	"github.com/webcaresim/webcaresim/assets/i18n"
	"github.com/webcaresim/webcaresim/game/session"
)

// w is a message the window's debrief shows too, in the trainee's
// language: the same key of the one catalogue (assets/i18n/nl.toml,
// en.toml), so both faces say it alike.
func (g *game) w(key string, args ...any) string { return i18n.T(g.lang, key, args...) }

// fact is one line of "silence, penalties and bonuses": a silence with when
// it began and how long it lasted, the ending with its title, its kind and
// what it added to or took off which score.
func (g *game) fact(f session.Fact, rep session.Report) js.Value {
	sc := g.s.Scenario()
	switch {
	case f.What == "silence":
		if f.Pleased {
			return el("li", "fact silence", g.t("debrief.silence_pleased", sc.WallClock(f.From, g.lang), g.duration(f.To-f.From), f.Empathy, f.Deescalation))
		}
		return el("li", "fact silence bad", g.t("debrief.silence", sc.WallClock(f.From, g.lang), g.duration(f.To-f.From)))
	case f.What == "ending":
		return g.endingFact(f, rep)
	case f.FailsRound():
		return el("li", "fact cost bad", g.w("debrief."+f.What, f.Quote, sc.WallClock(f.From, g.lang), signed(f.Points)))
	}
	return el("li", "fact", fmt.Sprintf("%s %s", signed(f.Points), f.Detail))
}

// endingFact is the ending, what it added or took off, and, when the crowd
// turned the ending the replies had reached, by how far the story had
// spread.
func (g *game) endingFact(f session.Fact, rep session.Report) js.Value {
	sc := g.s.Scenario()
	name, outcome := rep.Ending, ""
	if _, ok := sc.Ending(rep.Ending); ok {
		name, outcome = rep.EndingName(sc), rep.EndingOutcomeLine(sc)
	}
	cls, text := "fact cost", g.w("debrief.ending_even", name, g.w("ending."+rep.EndingKind), outcome)
	if f.Points != 0 {
		cls, text = "fact cost good", g.w("debrief.ending_cost", name, g.w("ending."+rep.EndingKind), signed(f.Points), g.w("score."+f.Dimension))
		if f.Points < 0 {
			cls = "fact cost bad"
		}
	}
	if rep.TurnedFrom != "" {
		text += " " + rep.TurnedText(g.lang, rep.TurnedFromName(sc))
	}
	if after := rep.AfterLastReply(g.lang); after != "" {
		text += " " + after
	}
	return el("li", cls, text)
}

// yoursAt is what the trainee did at a decision: the reply, the action,
// silence, or nothing because the round stopped there.
func (g *game) yoursAt(rep session.Report, decision string) string {
	for _, r := range rep.Replies {
		if r.Decision != decision {
			continue
		}
		if r.Text != "" {
			return r.Text
		}
		return g.actionName(r.Action) + ": " + r.Note
	}
	for _, f := range rep.Facts {
		if f.What == "silence" && f.Decision == decision {
			return g.w("debrief.lesson.silent")
		}
	}
	// nothing at all: the round stopped before this decision was answered
	return g.w("debrief.lesson.not_played")
}

// replyWhen says when a reply came, by the session's one clock: the
// scenario's clock time, and the minutes the speed score counted from the
// moment the trainee could answer (none when the clock stood still); and
// whether it was the real brand's reply.
func (g *game) replyWhen(rep session.Report, r session.Reply) string {
	at := g.s.Scenario().WallClock(r.Minute, g.lang)
	when := g.w("debrief.reply_at", at, session.ClockMinutes(r.Opened, r.Minute))
	if !rep.Scores.SpeedScored {
		when = g.w("debrief.reply_at_relaxed", at)
	}
	if r.Historical {
		when += " · " + g.w("debrief.historical") // the brand's own words, as the window marks them
	}
	return when
}

// replyScores adds under a reply its scores and the reasons for them: each
// scored phrase's bonus or penalty, each discount, each thing missing, and
// the scenario's feedback on a written choice. The first reply with words
// also says where every reply's scores start (first).
func (g *game) replyScores(art js.Value, r session.Reply, first bool) {
	if r.Text != "" {
		art.Call("appendChild", el("p", "muted small scores-line", g.w("debrief.reply_scores", r.Analysis.Empathy, r.Analysis.Deescalation, r.Speed)))
	}
	ul := el("ul", "reasons")
	add := func(cls, text string) { ul.Call("appendChild", el("li", cls, text)) }
	if base, ok := session.BaselineLine(g.lang, r.Analysis); ok && first {
		add("reason withheld", base)
	}
	lines := append(session.FeatureLines(g.lang, r.Analysis.Features), session.DiscountLines(g.lang, r.Analysis.Discounts, r.Analysis.Features)...)
	for _, l := range lines {
		cls := "reason plus"
		switch {
		case l.NotAwarded:
			cls = "reason withheld"
		case l.Points < 0:
			cls = "reason minus"
		}
		add(cls, l.Text)
	}
	for _, m := range r.Analysis.Missing {
		line := g.w("debrief.missing") + ": " + m.Label
		if m.Tip != "" {
			line += " — " + m.Tip
		}
		add("reason missing", line)
	}
	if ul.Get("childElementCount").Int() > 0 {
		art.Call("appendChild", ul)
	}
	if d, ok := g.s.Scenario().Decision(r.Decision); ok && r.Choice > 0 && r.Choice <= len(d.Choices) && d.Choices[r.Choice-1].Feedback != "" {
		art.Call("appendChild", el("p", "feedback", d.Choices[r.Choice-1].Feedback))
	}
}

// signed writes points with a real minus sign: "+10", "−15".
func signed(x float64) string {
	if x < 0 {
		return fmt.Sprintf("−%.0f", -x)
	}
	return fmt.Sprintf("+%.0f", x)
}
