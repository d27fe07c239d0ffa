package game

import (
	"fmt"
	"image"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/webcaresim/webcaresim/game/session"
	"github.com/webcaresim/webcaresim/game/ui"
)

// drawLessons draws, from y down in r, what the round taught beyond the
// replies themselves: every silence and how long it lasted, each penalty
// and bonus of the round with its reason (the ending and what it cost
// among them), the number the case's story promises beside the round's
// own, and at each decision met the real reply and a model reply beside
// the trainee's. It returns the new y.
func (d *debriefScene) drawLessons(a *App, dst *ebiten.Image, r image.Rectangle, y int) int {
	head, body, bold, small := a.font(ui.Heading), a.font(ui.Body), a.font(ui.Body.Strong()), a.font(ui.Small)
	line := func(s string, f ui.Face, c ui.Color, indent int) {
		h := ui.WrappedHeight(s, f, r.Dx()-indent)
		ui.DrawWrapped(dst, s, f, image.Rect(r.Min.X+indent, y, r.Max.X, y+h), c)
		y += h + a.px(6)
	}
	title := func(s string) { line(s, head, ui.ColText, 0); y += a.px(4) }
	rep := d.report
	d.silenceAt = 0
	if len(rep.Facts) > 0 {
		title(a.t("debrief.facts"))
		for _, f := range rep.Facts {
			switch {
			case f.What == "silence":
				if d.silenceAt == 0 {
					d.silenceAt = y - r.Min.Y
				}
				if f.Pleased {
					// a missed chance, not a harm: not in red
					line(a.t("debrief.silence_pleased", d.sc.WallClock(f.From, a.lang), exactDuration(a, f.To-f.From), f.Empathy, f.Deescalation), bold, ui.ColText, 0)
					break
				}
				line(a.t("debrief.silence", d.sc.WallClock(f.From, a.lang), exactDuration(a, f.To-f.From)), bold, ui.ColBad, 0)
			case f.What == "ending":
				d.drawEndingFact(a, f, line)
			case f.FailsRound():
				line(a.t("debrief."+f.What, f.Quote, d.sc.WallClock(f.From, a.lang), signed(f.Points)), bold, ui.ColBad, 0)
			default:
				line(fmt.Sprintf("%s %s", signed(f.Points), f.Detail), body, ui.ColText, 0)
			}
		}
		y += a.px(8)
	}
	if c, ok := rep.Comparison(); ok {
		title(a.t("debrief.comparison"))
		label := c.Label
		if label == "" {
			label = a.t("debrief.comparison.shares")
		}
		line(a.t("debrief.comparison.real", groupThousands(c.Recorded, a.lang), label), body, ui.ColHistorical, 0)
		line(c.RoundLine(a.lang), bold, ui.ColAccent, 0)
		y += a.px(8)
	}
	if len(rep.Lessons) == 0 {
		return y
	}
	title(a.t("debrief.lessons"))
	for i, l := range rep.Lessons {
		prompt := l.Decision
		if dd, ok := d.sc.Decision(l.Decision); ok && dd.Prompt != "" {
			prompt = dd.Prompt
		}
		line(fmt.Sprintf("%d. %s", i+1, ui.Ellipsize(prompt, bold, r.Dx()*2)), bold, ui.ColText, 0)
		line(a.t("debrief.lesson.yours")+" "+d.yoursAt(a, l.Decision), body, ui.ColText, a.px(12))
		line(historicalLine(a, l), body, ui.ColHistorical, a.px(12))
		if l.Model != "" && l.Model != l.Historical {
			line(a.t("debrief.lesson.model")+" "+l.Model, body, ui.ColGood, a.px(12))
		}
		if l.ModelFeedback != "" {
			line(l.ModelFeedback, small, ui.ColMuted, a.px(12))
		}
		y += a.px(8)
	}
	return y
}

// historicalLine is what a lesson says the real brand did at its
// decision: its reply (quoted, or the choice closest to it), its silence,
// or that it never came there. The last was left out, so a decision the
// real brand never reached showed the trainee's reply and a model with no
// word of the real case beside them.
func historicalLine(a *App, l session.Lesson) string {
	switch {
	case l.Historical != "" && l.HistoricalQuoted:
		return a.t("debrief.lesson.historical") + " " + l.Historical
	case l.Historical != "":
		return a.t("debrief.lesson.historical_path") + " " + l.Historical
	case l.HistoricalSilent:
		return a.t("debrief.lesson.historical_silent")
	}
	return a.t("debrief.lesson.historical_elsewhere")
}

// yoursAt is what the trainee did at a decision: the reply, the action,
// silence, or nothing because the round stopped there.
func (d *debriefScene) yoursAt(a *App, decision string) string {
	for _, r := range d.report.Replies {
		if r.Decision != decision {
			continue
		}
		if r.Text != "" {
			return r.Text
		}
		return a.t("action."+r.Action) + ": " + r.Note
	}
	for _, f := range d.report.Facts {
		if f.What == "silence" && f.Decision == decision {
			return a.t("debrief.lesson.silent") + d.pickedAt(a, decision)
		}
	}
	// No reply, no action and no silence: the round stopped before this
	// decision was answered (left or interrupted); it said "an action, no
	// reply" of a decision where the trainee had done nothing (P18-7).
	return a.t("debrief.lesson.not_played")
}

// pickedAt says which choice or action was picked at a decision silence
// took over and never published ("" when none): the play panel said so
// when the decision moved on, and the debrief's "nothing" read as if the
// trainee had picked nothing (play28, F9).
func (d *debriefScene) pickedAt(a *App, decision string) string {
	for _, u := range d.unpublished {
		if u.Decision != decision {
			continue
		}
		if u.Action != "" {
			return ". " + a.t("debrief.lesson.picked_action", a.t("action."+u.Action))
		}
		text := ""
		if dd, ok := d.sc.Decision(decision); ok && u.Choice >= 1 && u.Choice <= len(dd.Choices) {
			text = dd.Choices[u.Choice-1].Text
		}
		return ". " + a.t("debrief.lesson.picked_choice", u.Choice, text)
	}
	return ""
}

// exactDuration shows scenario minutes as "2 uur 5 min" / "2 h 5 min", as
// the browser's debrief does: rounded to whole hours, as the briefing
// shows a case's length, a silence of 2 h 25 min read as "2 hours".
func exactDuration(a *App, m float64) string {
	total := int(m + 0.5)
	if total < 60 {
		return a.t("duration.minutes", total)
	}
	return a.t("player.duration", total/60, total%60)
}

func signed(x float64) string {
	if x < 0 {
		return fmt.Sprintf("−%.0f", -x)
	}
	return fmt.Sprintf("+%.0f", x)
}

// drawEndingFact draws the ending, what it added or took off, when the
// crowd turned the ending the replies had reached, by how far the story
// had spread, and what the crowd did after the last reply.
func (d *debriefScene) drawEndingFact(a *App, f session.Fact, line func(string, ui.Face, ui.Color, int)) {
	rep := d.report
	body, bold := a.font(ui.Body), a.font(ui.Body.Strong())
	name, outcome := rep.Ending, ""
	if _, ok := d.sc.Ending(rep.Ending); ok {
		name, outcome = rep.EndingName(d.sc), rep.EndingOutcomeLine(d.sc)
	}
	switch {
	case f.Points == 0:
		line(a.t("debrief.ending_even", name, a.t("ending."+rep.EndingKind), outcome), bold, ui.ColText, 0)
	case f.Points < 0:
		line(a.t("debrief.ending_cost", name, a.t("ending."+rep.EndingKind), signed(f.Points), a.t("score."+f.Dimension)), bold, ui.ColBad, 0)
	default:
		line(a.t("debrief.ending_cost", name, a.t("ending."+rep.EndingKind), signed(f.Points), a.t("score."+f.Dimension)), bold, ui.ColGood, 0)
	}
	if rep.TurnedFrom != "" {
		line(rep.TurnedText(a.lang, rep.TurnedFromName(d.sc)), body, ui.ColText, a.px(12))
	}
	if after := rep.AfterLastReply(a.lang); after != "" {
		line(after, body, ui.ColText, a.px(12))
	}
}
