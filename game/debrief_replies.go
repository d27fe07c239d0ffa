package game

import (
	"fmt"
	"image"
	"strings"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/vector"
	"github.com/webcaresim/webcaresim/game/ui"
	"github.com/webcaresim/webcaresim/scoring"
)

// drawReplies draws every reply of the round with its scored phrases and
// returns the height used from r's top.
func (d *debriefScene) drawReplies(a *App, dst *ebiten.Image, r image.Rectangle) int {
	bold := a.font(ui.Body.Strong())
	body := a.font(ui.Body)
	small := a.font(ui.Small)
	smallBold := a.font(ui.Small.Strong())
	y := r.Min.Y
	ui.DrawText(dst, a.t("debrief.replies"), a.font(ui.Heading), float64(r.Min.X), float64(y), ui.ColText)
	y += a.px(34)
	if len(d.report.Replies) == 0 {
		y += ui.DrawWrapped(dst, a.t("debrief.no_replies"), body, image.Rect(r.Min.X, y, r.Max.X, y+a.px(200)), ui.ColMuted)
	}
	for i, rep := range d.report.Replies {
		card := image.Rect(r.Min.X, y, r.Max.X, y)
		in := card.Inset(a.px(14))
		cy := y + a.px(14)
		var ops []func()
		// The scenario's clock time, and the minutes the speed score
		// counted: from when the trainee could answer (none when relaxed).
		at := a.t("debrief.reply_at", d.sc.WallClock(rep.Minute, a.lang), int(rep.Minute-rep.Opened+0.5))
		if !d.report.Scores.SpeedScored {
			at = a.t("debrief.reply_at_relaxed", d.sc.WallClock(rep.Minute, a.lang))
		}
		head := fmt.Sprintf("%d. %s", i+1, at)
		if rep.Historical {
			head += " · " + a.t("debrief.historical")
		}
		hy := cy
		ops = append(ops, func() {
			ui.DrawText(dst, ui.Ellipsize(head, bold, in.Dx()), bold, float64(in.Min.X), float64(hy), ui.ColText)
		})
		cy += int(ui.LineHeight(bold)) + a.px(6)
		switch {
		case rep.Text != "":
			th := ui.WrappedHeight(rep.Text, body, in.Dx())
			tr := image.Rect(in.Min.X, cy, in.Max.X, cy+th)
			feats := rep.Analysis.Features
			txt := rep.Text
			ops = append(ops, func() { drawHighlighted(dst, txt, feats, body, tr) })
			cy += th + a.px(8)
		case rep.Note != "":
			note := a.t("action."+rep.Action) + ": " + rep.Note
			th := ui.WrappedHeight(note, body, in.Dx())
			tr := image.Rect(in.Min.X, cy, in.Max.X, cy+th)
			ops = append(ops, func() { ui.DrawWrapped(dst, note, body, tr, ui.ColText) })
			cy += th + a.px(8)
		}
		if rep.Text != "" {
			scores := a.t("debrief.reply_scores", rep.Analysis.Empathy, rep.Analysis.Deescalation, rep.Speed)
			sy := cy
			ops = append(ops, func() {
				ui.DrawText(dst, ui.Ellipsize(scores, small, in.Dx()), small, float64(in.Min.X), float64(sy), ui.ColMuted)
			})
			cy += int(ui.LineHeight(small)) + a.px(4)
		}
		// A feature counts on both dimensions at one span: one line for
		// both, its points per dimension.
		feats := rep.Analysis.Features
		for i := 0; i < len(feats); {
			f := feats[i]
			j := i + 1
			for j < len(feats) && feats[j].ID == f.ID && feats[j].Start == f.Start && feats[j].End == f.End {
				j++
			}
			var pts []string
			sum := 0.0
			for _, g := range feats[i:j] {
				if abs(g.Points) < 0.5 {
					continue // a repeat the rubric counted once: nothing to learn from it
				}
				sign := "+"
				if g.Points < 0 {
					sign = "−"
				}
				dim := strings.ToLower(a.t("score." + g.Dimension))
				pts = append(pts, fmt.Sprintf("%s%.0f %s", sign, abs(g.Points), dim))
				sum += g.Points
			}
			i = j
			if len(pts) == 0 {
				continue
			}
			c := ui.ColGood
			if sum < 0 {
				c = ui.ColBad
			}
			label := f.Label
			if label == "" {
				label = f.ID
			}
			line := fmt.Sprintf("%s: %s — “%s”", strings.Join(pts, ", "), label, f.Text)
			h := ui.WrappedHeight(line, small, in.Dx())
			lr := image.Rect(in.Min.X, cy, in.Max.X, cy+h)
			ops = append(ops, func() { ui.DrawWrapped(dst, line, small, lr, c) })
			cy += h + a.px(2)
		}
		for _, m := range rep.Analysis.Missing {
			line := a.t("debrief.missing") + ": " + m.Label
			if m.Tip != "" {
				line += " — " + m.Tip
			}
			h := ui.WrappedHeight(line, small, in.Dx())
			lr := image.Rect(in.Min.X, cy, in.Max.X, cy+h)
			ops = append(ops, func() { ui.DrawWrapped(dst, line, small, lr, darker(ui.ColAmber)) })
			cy += h + a.px(2)
		}
		if fb := d.choiceFeedback(rep.Decision, rep.Choice); fb != "" {
			h := ui.WrappedHeight(fb, smallBold, in.Dx())
			lr := image.Rect(in.Min.X, cy+a.px(4), in.Max.X, cy+a.px(4)+h)
			ops = append(ops, func() { ui.DrawWrapped(dst, fb, smallBold, lr, ui.ColMuted) })
			cy += h + a.px(6)
		}
		card.Max.Y = cy + a.px(10)
		ui.RoundRect(dst, card, float32(a.px(10)), ui.ColPanel)
		// The reply's number also marks the chart; the stripe links them.
		ui.FillRect(dst, image.Rect(card.Min.X, card.Min.Y+a.px(6), card.Min.X+a.px(4), card.Max.Y-a.px(6)), ui.ColFocus)
		for _, op := range ops {
			op()
		}
		y = card.Max.Y + a.px(12)
	}
	return y - r.Min.Y
}

func (d *debriefScene) choiceFeedback(decision string, choice int) string {
	dec, ok := d.sc.Decision(decision)
	if !ok || choice <= 0 || choice > len(dec.Choices) {
		return ""
	}
	return dec.Choices[choice-1].Feedback
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}

// darker is c at three quarters of its brightness (amber text on white).
func darker(c ui.Color) ui.Color {
	return ui.Color{R: c.R * 3 / 4, G: c.G * 3 / 4, B: c.B * 3 / 4, A: c.A}
}

// drawHighlighted draws a reply wrapped in r with each scored phrase on a
// green (earned points) or red (lost points) background, underlined.
func drawHighlighted(dst *ebiten.Image, s string, feats []scoring.Feature, f ui.Face, r image.Rectangle) {
	lines := ui.Wrap(s, f, r.Dx())
	lh := ui.LineHeight(f)
	for i, l := range lines {
		y := float64(r.Min.Y) + float64(i)*lh
		for _, ft := range feats {
			a, z := max(ft.ByteStart, l.Start), min(ft.ByteEnd, l.End)
			if a >= z || ft.ByteEnd > len(s) {
				continue
			}
			x0 := float64(r.Min.X) + ui.CaretX(s[l.Start:l.End], a-l.Start, f)
			x1 := float64(r.Min.X) + ui.CaretX(s[l.Start:l.End], z-l.Start, f)
			bg, ul := ui.ColGoodSoft, ui.ColGood
			if ft.Points < 0 {
				bg, ul = ui.ColBadSoft, ui.ColBad
			}
			ui.FillRect(dst, image.Rect(int(x0), int(y), int(x1), int(y+lh)), bg)
			vector.StrokeLine(dst, float32(x0), float32(y+lh-2), float32(x1), float32(y+lh-2), 2, ul, false)
		}
		ui.DrawText(dst, s[l.Start:l.End], f, float64(r.Min.X), y, ui.ColText)
	}
}
