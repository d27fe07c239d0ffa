package game

import (
	"image"
	"slices"
	"strings"
	"time"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/webcaresim/webcaresim/game/crowd"
	"github.com/webcaresim/webcaresim/game/session"
	"github.com/webcaresim/webcaresim/game/ui"
	"github.com/webcaresim/webcaresim/scenarios"
)

// briefingScene comes between the picker and the round: who the trainee is
// (brand, channel, tone of voice), the customer's post, and what the case
// expects (its time, the SLA, what the trainee can do). The clock starts
// only when the trainee starts the round.
type briefingScene struct {
	sc      *scenarios.Scenario
	focus   ui.Focus
	widgets []*ui.Widget
	// typed is what the trainee typed while the briefing showed: a
	// newcomer presses Enter and types at once, and on a busy machine the
	// first letters come in the frame of that Enter or before it. They
	// were dropped without a word ("aomi, wat vreselijk"); they now wait
	// in the round's early draft, and the briefing says so.
	typed string
}

func newBriefing(sc *scenarios.Scenario) *briefingScene {
	return &briefingScene{sc: sc, focus: ui.Focus{ID: "start"}}
}

func (b *briefingScene) kind() Screen { return ScreenBriefing }

func (b *briefingScene) wake(*App) time.Duration { return 0 }

func (b *briefingScene) update(a *App, f Frame) {
	if f.Has(ebiten.KeyEscape) {
		a.setScene(newPicker(a))
		return
	}
	b.keepTyping(f)
	b.layoutButtons(a)
	a.handleFocus(&b.focus, b.widgets, spaceIsTyping(f))
	if p, ok := a.scene.(*playScene); ok && b.typed != "" {
		// The round started: what was typed here begins its early draft,
		// shown as kept for the next decision.
		p.reply.SetText(b.typed)
	}
}

// spaceIsTyping drops the Space from a frame's keys: on the briefing it is
// a key for typing, never a press of the focused button. A trainee typing
// "Hoi Naomi" while the briefing showed started the round at the Space;
// only Enter or a click starts it.
func spaceIsTyping(f Frame) Frame {
	if f.Has(ebiten.KeySpace) {
		f.Keys = slices.DeleteFunc(slices.Clone(f.Keys), func(k ebiten.Key) bool { return k == ebiten.KeySpace })
	}
	return f
}

// keepTyping keeps the letters of a frame, as the round keeps what is typed
// before its first decision: a Space alone begins nothing, Backspace takes
// the last character back.
func (b *briefingScene) keepTyping(f Frame) {
	if f.Ctrl {
		return
	}
	if f.Has(ebiten.KeyBackspace) && b.typed != "" && f.Text == "" {
		r := []rune(b.typed)
		b.typed = string(r[:len(r)-1])
	}
	if b.typed == "" && strings.TrimSpace(f.Text) == "" {
		return
	}
	b.typed += f.Text
}

// keptLine is what the briefing says of the letters typed on it, or "".
func (b *briefingScene) keptLine(a *App) string {
	if b.typed == "" {
		return ""
	}
	return a.t("briefing.kept", b.typed)
}

func (b *briefingScene) layoutButtons(a *App) {
	bh, bw := a.px(52), a.px(240)
	y := a.h - a.px(24) - bh
	start := image.Rect(a.w-a.px(32)-bw, y, a.w-a.px(32), y+bh)
	back := image.Rect(start.Min.X-a.px(16)-a.px(160), y, start.Min.X-a.px(16), y+bh)
	b.widgets = []*ui.Widget{
		{ID: "start", Rect: start, Enabled: true, Press: func() { a.startRound(b.sc) }},
		{ID: "back", Rect: back, Enabled: true, Press: func() { a.setScene(newPicker(a)) }},
	}
}

// actionsOf lists the kinds of action the case offers anywhere, in the
// order they first appear.
func actionsOf(sc *scenarios.Scenario) []string {
	var kinds []string
	for _, d := range sc.Decisions {
		for _, act := range d.Actions {
			if !strings.Contains(strings.Join(kinds, " "), act.Kind) {
				kinds = append(kinds, act.Kind)
			}
		}
	}
	return kinds
}

func (b *briefingScene) draw(a *App, dst *ebiten.Image) {
	sc := b.sc
	m := a.px(32)
	header := image.Rect(0, 0, a.w, a.px(96))
	ui.FillRect(dst, header, ui.ColHeader)
	title := a.font(ui.Title)
	ui.DrawText(dst, ui.Ellipsize(a.t("briefing.title", sc.Title), title, a.w-2*m), title, float64(m), float64(a.px(16)), ui.ColOnDark)
	ui.DrawText(dst, ui.Ellipsize(a.t("briefing.based_on", sc.BasedOn), a.font(ui.Small), a.w-2*m), a.font(ui.Small),
		float64(m), float64(a.px(60)), ui.ColOnDark)

	body, bold, small := a.font(ui.Body), a.font(ui.Body.Strong()), a.font(ui.Small)
	gap := a.px(20)
	top, bottom := header.Max.Y+gap, a.h-a.px(96)
	colW := (a.w - 2*m - gap) / 2
	left := image.Rect(m, top, m+colW, bottom)
	right := image.Rect(left.Max.X+gap, top, a.w-m, bottom)

	// Left: who you are, and what is expected.
	// The first box is as tall as its lines (a tone of voice may wrap to
	// four); the second gets the rest.
	y := b.box(a, dst, left, a.t("briefing.you"), []string{
		briefingBrand(a, sc),
		a.t("briefing.channel", a.t("channel."+sc.Channel), scenarios.ChannelLimit(sc.Channel)),
		b.tone(a),
	})
	b.box(a, dst, image.Rect(left.Min.X, y+gap, left.Max.X, left.Max.Y), a.t("briefing.expected"), b.expected(a))

	// Right: the customer's post, as it will show in the feed.
	ui.RoundRect(dst, right, float32(a.px(10)), ui.ColPanel)
	ui.StrokeRect(dst, right, 1, ui.ColBorder)
	in := right.Inset(a.px(20))
	ui.DrawText(dst, a.t("briefing.post"), bold, float64(in.Min.X), float64(in.Min.Y), ui.ColText)
	py := in.Min.Y + int(ui.LineHeight(bold)) + a.px(12)
	if p, ok := sc.OpeningPost(); ok {
		name, handle := sc.Author(p.By)
		who := name + "  @" + handle + " · " + sc.WallClock(p.At.Minutes(), a.lang)
		ui.DrawText(dst, ui.Ellipsize(who, bold, in.Dx()), bold, float64(in.Min.X), float64(py), ui.ColText)
		py += int(ui.LineHeight(bold)) + a.px(8)
		py += ui.DrawWrapped(dst, p.Text, body, image.Rect(in.Min.X, py, in.Max.X, in.Max.Y-a.px(60)), ui.ColText) + a.px(16)
	}
	if sc.Summary != "" {
		ui.DrawWrapped(dst, sc.Summary, small, image.Rect(in.Min.X, py, in.Max.X, in.Max.Y), ui.ColMuted)
	}

	b.layoutButtons(a)
	for _, w := range b.widgets {
		bg, fg, label := ui.ColPanel, ui.ColText, a.t("briefing.back")
		if w.ID == "start" {
			bg, fg, label = ui.ColAccent, ui.ColOnDark, a.t("briefing.start")
		}
		ui.RoundRect(dst, w.Rect, float32(a.px(8)), bg)
		ui.StrokeRect(dst, w.Rect, 1, ui.ColBorder)
		ui.DrawTextCentered(dst, label, a.font(ui.Body.Strong()), w.Rect.Inset(a.px(6)), fg)
	}
	if cur := b.focus.Current(b.widgets); cur != nil {
		ui.FocusRing(dst, cur.Rect, a.scale)
	}
	keys := image.Rect(m, a.h-a.px(76), b.widgets[1].Rect.Min.X-a.px(16), a.h-a.px(24))
	if kept := b.keptLine(a); kept != "" {
		ui.DrawWrapped(dst, ui.Ellipsize(kept, small, keys.Dx()), small, keys, ui.ColText)
		return
	}
	ui.DrawWrapped(dst, a.t("briefing.keys"), small, keys, ui.ColMuted)
}

// box draws a titled panel of lines and returns its bottom.
func (b *briefingScene) box(a *App, dst *ebiten.Image, r image.Rectangle, title string, lines []string) int {
	body, bold := a.font(ui.Body), a.font(ui.Body.Strong())
	in := r.Inset(a.px(20))
	h := int(ui.LineHeight(bold)) + a.px(12)
	for _, l := range lines {
		h += ui.WrappedHeight(l, body, in.Dx()) + a.px(8)
	}
	r.Max.Y = min(r.Max.Y, r.Min.Y+h+2*a.px(20))
	ui.RoundRect(dst, r, float32(a.px(10)), ui.ColPanel)
	ui.StrokeRect(dst, r, 1, ui.ColBorder)
	ui.DrawText(dst, title, bold, float64(in.Min.X), float64(in.Min.Y), ui.ColText)
	y := in.Min.Y + int(ui.LineHeight(bold)) + a.px(12)
	for _, l := range lines {
		y += ui.DrawWrapped(dst, l, body, image.Rect(in.Min.X, y, in.Max.X, r.Max.Y), ui.ColText) + a.px(8)
	}
	return r.Max.Y
}

// tone is the brand's tone of voice: the author's words, else the
// signature the brand's replies carry.
func (b *briefingScene) tone(a *App) string {
	if b.sc.Brand.Tone != "" {
		return a.t("briefing.tone", b.sc.Brand.Tone)
	}
	if b.sc.Brand.Signature != "" {
		return a.t("briefing.tone_signature", b.sc.Brand.Signature)
	}
	return a.t("briefing.tone_default")
}

// expected says what the case asks: its time, the SLA (none when relaxed)
// and what the trainee can do.
func (b *briefingScene) expected(a *App) []string {
	sc := b.sc
	lines := []string{a.t("briefing.time", sc.WallClock(0, a.lang), durationLabel(a, sc.Duration.Minutes()))}
	if a.mode == session.Relaxed {
		lines = append(lines, a.t("briefing.relaxed"))
	} else if sc.SLAMinutes > 0 {
		lines = append(lines, a.t("briefing.sla", sc.SLAMinutes, sc.SLAMinutes/4))
	}
	lines = append(lines, a.t("briefing.replies", scenarios.ChannelLimit(sc.Channel)))
	if kinds := actionsOf(sc); len(kinds) > 0 {
		names := make([]string, len(kinds))
		for i, k := range kinds {
			names[i] = a.t("action." + k)
		}
		lines = append(lines, a.t("briefing.actions", strings.Join(names, ", ")))
	}
	return lines
}

// durationLabel shows scenario minutes as "3 dagen", "26 uur" or "45 min".
func durationLabel(a *App, m float64) string {
	switch total := int(m + 0.5); {
	case total >= 2*1440 && total%1440 == 0:
		return a.t("duration.days", total/1440)
	case total >= 60:
		return a.t("duration.hours", (total+30)/60)
	default:
		return a.t("duration.minutes", total)
	}
}

// briefingBrand says whose webcare the trainee is: the company, not its
// care desk's account name ("Webcare of T-Mobile", not "Webcare of T-Mobile
// Webcare"), with the account's handle.
func briefingBrand(a *App, sc *scenarios.Scenario) string {
	return a.t("briefing.brand", crowd.CompanyName(sc.Brand.Name), sc.Brand.Handle)
}
