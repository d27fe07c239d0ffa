package game

import (
	"cmp"
	"fmt"
	"image"
	"slices"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/vector"
	"github.com/webcaresim/webcaresim/game/session"
	"github.com/webcaresim/webcaresim/game/ui"
	"github.com/webcaresim/webcaresim/scoring"
)

// drawReplies draws every reply of the round with its scored phrases and
// returns the height used from r's top.
func (d *debriefScene) drawReplies(a *App, dst *ebiten.Image, r image.Rectangle) int {
	y := r.Min.Y
	ui.DrawText(dst, a.t("debrief.replies"), a.font(ui.Heading), float64(r.Min.X), float64(y), ui.ColText)
	y += a.px(34)
	if d.interrupted != "" {
		y += ui.DrawWrapped(dst, d.interrupted, a.font(ui.Small.Strong()), image.Rect(r.Min.X, y, r.Max.X, y+a.px(220)), ui.ColBad) + a.px(10)
	}
	if d.playedIn != "" {
		y += ui.DrawWrapped(dst, d.playedIn, a.font(ui.Small.Strong()), image.Rect(r.Min.X, y, r.Max.X, y+a.px(80)), ui.ColAccent) + a.px(10)
	}
	if len(d.report.Replies) == 0 {
		none := a.t("debrief.no_replies")
		if d.unfinished {
			// not silence the crowd filled in: the round stopped first
			none = a.t("debrief.no_replies_left")
		}
		y += ui.DrawWrapped(dst, none, a.font(ui.Body), image.Rect(r.Min.X, y, r.Max.X, y+a.px(200)), ui.ColMuted)
	}
	silences := d.silences()
	for i, rep := range d.report.Replies {
		for len(silences) > 0 && silences[0].From <= rep.Minute {
			y = d.drawSilence(a, dst, silences[0], r, y)
			silences = silences[1:]
		}
		y = d.drawReply(a, dst, i, rep, image.Rect(r.Min.X, y, r.Max.X, y)) + a.px(12)
	}
	for _, f := range silences {
		y = d.drawSilence(a, dst, f, r, y)
	}
	return y - r.Min.Y
}

// silences are the round's silences, in the order they began.
func (d *debriefScene) silences() []session.Fact {
	var out []session.Fact
	for _, f := range d.report.Facts {
		if f.What == "silence" {
			out = append(out, f)
		}
	}
	slices.SortStableFunc(out, func(x, y session.Fact) int { return cmp.Compare(x.From, y.From) })
	return out
}

// drawSilence draws a silence where it fell among the replies, in red, and
// returns the y under it. A trainee who waited at the first decision saw
// the replies start at the second and nothing of the silence, the case's
// lesson, before scrolling to the facts.
func (d *debriefScene) drawSilence(a *App, dst *ebiten.Image, f session.Fact, r image.Rectangle, y int) int {
	s := a.t("debrief.silence_in_replies", d.sc.WallClock(f.From, a.lang), exactDuration(a, f.To-f.From))
	f2 := a.font(ui.Small.Strong())
	h := ui.WrappedHeight(s, f2, r.Dx()-a.px(18))
	col := ui.ColBad
	if f.Pleased {
		col = ui.ColText // a missed chance with a pleased customer, not a harm
	}
	ui.FillRect(dst, image.Rect(r.Min.X, y, r.Min.X+a.px(4), y+h), col)
	ui.DrawWrapped(dst, s, f2, image.Rect(r.Min.X+a.px(18), y, r.Max.X, y+h), col)
	return y + h + a.px(12)
}

// replyHead is a reply's heading: its number, the scenario's clock time,
// and the minutes the speed score counted, from when the trainee could
// answer (none when relaxed), in whole minutes gone as the SLA badge showed
// them while the trainee wrote.
func (d *debriefScene) replyHead(a *App, i int, rep session.Reply) string {
	at := a.t("debrief.reply_at", d.sc.WallClock(rep.Minute, a.lang), session.ClockMinutes(rep.Opened, rep.Minute))
	if !d.report.Scores.SpeedScored {
		at = a.t("debrief.reply_at_relaxed", d.sc.WallClock(rep.Minute, a.lang))
	}
	head := fmt.Sprintf("%d. %s", i+1, at)
	if rep.Historical {
		head += " · " + a.t("debrief.historical")
	}
	return head
}

// replyScores is the line of a reply's scores. In relaxed mode the header
// says speed does not count, so no reply shows a speed score.
func (d *debriefScene) replyScores(a *App, rep session.Reply) string {
	if !d.report.Scores.SpeedScored {
		return a.t("debrief.reply_scores_relaxed", rep.Analysis.Empathy, rep.Analysis.Deescalation)
	}
	return a.t("debrief.reply_scores", rep.Analysis.Empathy, rep.Analysis.Deescalation, rep.Speed)
}

// drawReply draws reply i as a card whose top edge is card's, and returns
// the card's bottom. The card's height follows its content, so the pieces
// are measured first and drawn over the card afterwards.
func (d *debriefScene) drawReply(a *App, dst *ebiten.Image, i int, rep session.Reply, card image.Rectangle) int {
	bold, body, small := a.font(ui.Body.Strong()), a.font(ui.Body), a.font(ui.Small)
	in := card.Inset(a.px(14))
	cy := card.Min.Y + a.px(14)
	var ops []func()
	// wrapped adds a paragraph at cy and moves cy past it and gap.
	wrapped := func(s string, f ui.Face, c ui.Color, gap int) {
		h := ui.WrappedHeight(s, f, in.Dx())
		lr := image.Rect(in.Min.X, cy, in.Max.X, cy+h)
		ops = append(ops, func() { ui.DrawWrapped(dst, s, f, lr, c) })
		cy += h + gap
	}
	// The heading wraps: cut to one line, a historical reply's lost its
	// "the real reply" ("… · 0 min nadat je kon reageren · h…").
	wrapped(d.replyHead(a, i, rep), bold, ui.ColText, a.px(6))
	switch {
	case rep.Text != "":
		th := ui.WrappedHeight(rep.Text, body, in.Dx())
		tr := image.Rect(in.Min.X, cy, in.Max.X, cy+th)
		feats, txt := rep.Analysis.Features, rep.Text
		ops = append(ops, func() { drawHighlighted(dst, txt, feats, body, tr) })
		cy += th + a.px(8)
	case rep.Note != "":
		wrapped(a.t("action."+rep.Action)+": "+rep.Note, body, ui.ColText, a.px(8))
	}
	if rep.Text != "" {
		scores, sy := d.replyScores(a, rep), cy
		ops = append(ops, func() {
			ui.DrawText(dst, ui.Ellipsize(scores, small, in.Dx()), small, float64(in.Min.X), float64(sy), ui.ColMuted)
		})
		cy += int(ui.LineHeight(small)) + a.px(4)
	}
	if d.firstScored(i) {
		if base, ok := session.BaselineLine(a.lang, rep.Analysis); ok {
			wrapped(base, small, ui.ColMuted, a.px(2))
		}
	}
	for _, l := range featureLines(a, rep.Analysis.Features) {
		wrapped(l.text, small, l.color, a.px(2))
	}
	for _, l := range discountLines(a, rep.Analysis.Discounts, rep.Analysis.Features) {
		wrapped(l, small, ui.ColMuted, a.px(2))
	}
	for _, m := range rep.Analysis.Missing {
		line := a.t("debrief.missing") + ": " + m.Label
		if m.Tip != "" {
			line += " — " + m.Tip
		}
		wrapped(line, small, ui.Darker(ui.ColAmber), a.px(2))
	}
	if fb := d.choiceFeedback(rep.Decision, rep.Choice); fb != "" {
		cy += a.px(4)
		wrapped(fb, a.font(ui.Small.Strong()), ui.ColMuted, a.px(2))
	}
	card.Max.Y = cy + a.px(10)
	ui.RoundRect(dst, card, float32(a.px(10)), ui.ColPanel)
	// The reply's number also marks the chart; the stripe links them.
	ui.FillRect(dst, image.Rect(card.Min.X, card.Min.Y+a.px(6), card.Min.X+a.px(4), card.Max.Y-a.px(6)), ui.ColFocus)
	for _, op := range ops {
		op()
	}
	return card.Max.Y
}

// featureLine is one line under a reply: what a scored phrase earned.
type featureLine struct {
	text  string
	color ui.Color
}

// featureLines says what each scored phrase of a reply earned or cost,
// green or red: the lines the browser player shows too
// (session.FeatureLines), in the window's language.
func featureLines(a *App, feats []scoring.Feature) []featureLine {
	var out []featureLine
	for _, l := range session.FeatureLines(a.lang, feats) {
		c := ui.ColGood
		if l.Points < 0 {
			c = ui.ColBad
		}
		out = append(out, featureLine{l.Text, c})
	}
	return out
}

// discountLines says what was written but did not count, or counted less,
// and why (session.DiscountLines, as the browser player shows them).
func discountLines(a *App, ds []scoring.Discount, awarded []scoring.Feature) []string {
	var out []string
	for _, l := range session.DiscountLines(a.lang, ds, awarded) {
		out = append(out, l.Text)
	}
	return out
}

// firstScored reports whether reply i is the first with words of its own:
// the card that says once where every reply's scores start.
func (d *debriefScene) firstScored(i int) bool {
	for j, rep := range d.report.Replies {
		if rep.Text != "" {
			return j == i
		}
	}
	return false
}

func (d *debriefScene) choiceFeedback(decision string, choice int) string {
	dec, ok := d.sc.Decision(decision)
	if !ok || choice <= 0 || choice > len(dec.Choices) {
		return ""
	}
	return dec.Choices[choice-1].Feedback
}

// drawHighlighted draws a reply wrapped in r with each scored phrase on a
// green (earned points) or red (lost points) background, underlined: the
// stretches of scoring.Marks, the same as the browser's and the trainer's.
func drawHighlighted(dst *ebiten.Image, s string, feats []scoring.Feature, f ui.Face, r image.Rectangle) {
	lines := ui.Wrap(s, f, r.Dx())
	lh := ui.LineHeight(f)
	at := runeOffsets(s)
	marks := scoring.Marks(len(at)-1, feats)
	for i, l := range lines {
		y := float64(r.Min.Y) + float64(i)*lh
		for _, m := range marks {
			a, z := max(at[m.Start], l.Start), min(at[m.End], l.End)
			if a >= z {
				continue
			}
			x0 := float64(r.Min.X) + ui.CaretX(s[l.Start:l.End], a-l.Start, f)
			x1 := float64(r.Min.X) + ui.CaretX(s[l.Start:l.End], z-l.Start, f)
			bg, ul := ui.ColGoodSoft, ui.ColGood
			if m.Tone < 0 {
				bg, ul = ui.ColBadSoft, ui.ColBad
			}
			ui.FillRect(dst, image.Rect(int(x0), int(y), int(x1), int(y+lh)), bg)
			vector.StrokeLine(dst, float32(x0), float32(y+lh-2), float32(x1), float32(y+lh-2), 2, ul, false)
		}
		ui.DrawText(dst, s[l.Start:l.End], f, float64(r.Min.X), y, ui.ColText)
	}
}

// runeOffsets is the byte offset of each code point of s, and len(s) last:
// a finding's place is kept in code points (a stored report has no byte
// offsets), so a debrief reopened from the history marks the same words.
func runeOffsets(s string) []int {
	at := make([]int, 0, len(s)+1)
	for b := range s {
		at = append(at, b)
	}
	return append(at, len(s))
}
