package game

import (
	"image"
	"slices"
	"strings"
	"unicode"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/webcaresim/webcaresim/assets/i18n"
	"github.com/webcaresim/webcaresim/game/crowd"
	"github.com/webcaresim/webcaresim/game/session"
	"github.com/webcaresim/webcaresim/game/ui"
)

func (p *playScene) draw(a *App, dst *ebiten.Image) {
	if p.debriefAsked {
		p.debriefShown = true // this frame shows the button working
	}
	rg := p.regions(a)
	ops := p.layout(a)
	p.drawTop(a, dst, rg.top)
	p.drawFeed(a, dst, rg.feed)
	p.drawMeter(a, dst, rg.meter)
	ui.RoundRect(dst, rg.panel, float32(a.px(10)), ui.ColPanel)
	// The pinned header (prompt and actions) is drawn in the whole panel,
	// the rest only in the part that scrolls under it.
	whole := dst.SubImage(rg.panel.Inset(1)).(*ebiten.Image)
	clip := dst.SubImage(p.panelRect.Intersect(rg.panel.Inset(1))).(*ebiten.Image)
	for i, op := range ops {
		if i < p.pinnedOps {
			op(whole)
		} else {
			op(clip)
		}
	}
	if cur := p.focus.Current(p.widgets); cur != nil && cur.Field == nil {
		// A choice scrolled under the pinned header keeps its ring in
		// the part that scrolls, hidden with it, not over the prompt.
		if slices.Contains(p.widgets[:p.pinnedWidgets], cur) {
			ui.FocusRing(whole, cur.Rect, a.scale)
		} else {
			ui.FocusRing(clip, cur.Rect, a.scale)
		}
	}
	// Bands at the edges of the part that scrolls say there is more to
	// reach with Tab or the wheel; they cover the cut-off line rather than
	// overlap it.
	small := a.font(ui.Caption.Strong())
	band := p.moreBand(a)
	if !p.pinned.Empty() {
		ui.FillRect(dst, image.Rect(rg.panel.Min.X+a.px(10), p.panelRect.Min.Y, rg.panel.Max.X-a.px(10), p.panelRect.Min.Y+1), ui.ColBorder)
	}
	if p.panelOff > 0 {
		r := image.Rect(rg.panel.Min.X, p.panelRect.Min.Y, rg.panel.Max.X, p.panelRect.Min.Y+band)
		ui.RoundRect(dst, r, float32(a.px(10)), ui.ColPanel)
		ui.FillRect(dst, image.Rect(r.Min.X+a.px(10), r.Max.Y-1, r.Max.X-a.px(10), r.Max.Y), ui.ColBorder)
		ui.DrawTextCentered(dst, "▲ "+a.t("play.more"), small, r, ui.ColMuted)
	}
	if p.panelMore {
		r := image.Rect(rg.panel.Min.X, rg.panel.Max.Y-band, rg.panel.Max.X, rg.panel.Max.Y)
		ui.RoundRect(dst, r, float32(a.px(10)), ui.ColPanel)
		ui.FillRect(dst, image.Rect(r.Min.X+a.px(10), r.Min.Y, r.Max.X-a.px(10), r.Min.Y+1), ui.ColBorder)
		ui.DrawTextCentered(dst, "▼ "+a.t("play.more"), small, r, ui.ColMuted)
	}
	p.meterHelpBox = image.Rectangle{}
	if p.meterHelp {
		p.drawMeterHelp(a, dst, rg.meter, rg.feed)
	}
	if p.sess.WaitingToGoOn() && !p.leaving {
		p.drawGoOn(a, dst)
	}
	if p.leaving {
		p.drawLeave(a, dst)
	}
}

// moreBand is the height of the "more" bands at the panel's edges.
func (p *playScene) moreBand(a *App) int { return a.px(26) }

// drawTop draws the bar with the case, the clock, the SLA and the speed.
func (p *playScene) drawTop(a *App, dst *ebiten.Image, r image.Rectangle) {
	ui.FillRect(dst, r, ui.ColHeader)
	big := a.font(ui.Heading)
	small := a.font(ui.Small)
	m := a.px(16)
	// Right side first: the clock, SLA and speed claim their width.
	x := r.Max.X - m
	clock := p.sc.WallClock(p.sess.Now(), a.lang)
	clockText := clock + "  ·  " + a.t("play.minute", int(p.sess.Now()))
	cw := int(ui.TextWidth(clockText, big))
	x -= cw
	ui.DrawText(dst, clockText, big, float64(x), float64(r.Min.Y+a.px(8)), ui.ColOnDark)
	status := ""
	switch {
	case p.sess.Paused():
		status = a.t("play.paused")
	case p.lapse || p.sess.StormInView():
		// the panel says a storm slows the lapse as soon as one is in
		// view; the top bar says the speed from the same frame, not
		// from the next one's Run
		status = a.t("play.lapse", int(p.sess.LapseRate()/session.NormalSpeed))
	case a.reportOffline:
		status = a.t("play.offline")
	}
	statusColour := ui.ColAmber
	if status == "" {
		status, statusColour = p.silenceWarning(a)
	}
	sy := r.Min.Y + a.px(38)
	if status != "" {
		sw := int(ui.TextWidth(status, small))
		sx := r.Max.X - m - sw
		ui.DrawText(dst, status, small, float64(sx), float64(sy), statusColour)
		if p.lapse {
			ui.FastForward(dst, float32(sx-a.px(30)), float32(sy+a.px(2)), float32(a.px(12)), ui.ColAmber)
		}
	}
	if sla, ok := p.sess.SLA(); ok {
		c := ui.ColGood
		if sla.Late() {
			c = ui.ColBad
		} else if sla.Waited >= sla.Minutes*0.5 {
			c = ui.ColAmber
		}
		label := a.t("play.sla", p.sc.WallClock(sla.Start, a.lang), sla.WaitedOnClock(), int(sla.Minutes))
		lw := int(ui.TextWidth(label, small)) + a.px(20)
		pill := image.Rect(x-lw-a.px(16), r.Min.Y+a.px(12), x-a.px(16), r.Min.Y+a.px(40))
		ui.RoundRect(dst, pill, float32(a.px(14)), c)
		ui.DrawTextCentered(dst, label, small, pill, ui.ColOnDark)
		x = pill.Min.X
	}
	titleW := x - 2*m
	ui.DrawText(dst, ui.Ellipsize(p.sc.Title, big, titleW), big, float64(m), float64(r.Min.Y+a.px(8)), ui.ColOnDark)
	sub := a.t("channel."+p.sc.Channel) + " · " + p.sc.Brand.Name + " · " + a.t("mode."+string(p.sess.Options().Mode))
	ui.DrawText(dst, ui.Ellipsize(sub, small, titleW), small, float64(m), float64(r.Min.Y+a.px(38)), ui.ColOnDark)
}

// silenceWarning says, once half the deadline the SLA badge shows has
// passed, in how many minutes silence takes over the open decision
// (Session.SilenceWarning): without it a trainee who types past the SLA
// sees the question change under their reply and thinks they answered it
// late (playtest P16-11). Red once the SLA is missed.
func (p *playScene) silenceWarning(a *App) (string, ui.Color) {
	left, late, ok := p.sess.SilenceWarning()
	if !ok {
		return "", ui.ColAmber
	}
	colour := ui.ColAmber
	if late {
		colour = ui.ColBadSoft // the header is dark: the light red reads
	}
	return a.t("play.silence_in", left), colour
}

// meterHeight is the height of the outrage box at a width: the title row
// with the counters and the heat, the bar, its labels, the level in words,
// the reach and support row and the legend.
func (p *playScene) meterHeight(a *App, w int) int {
	small := a.font(ui.Caption)
	legend := ui.WrappedHeight(crowd.Legend(a.lang), small, w-2*a.px(14))
	h := a.px(14) + a.px(26) + a.px(24) + a.px(22) + a.px(24) + a.px(22) + legend + a.px(12)
	if p.countersOwnRow(a, w-2*a.px(14)) {
		h += a.px(20)
	}
	if p.supportOwnRow(a, w-2*a.px(14)) {
		h += a.px(20)
	}
	return h
}

// reachAndSupport are the meter's reach and support lines, with the figures
// now, or with the widest they can get in this case (its whole audience,
// support 88.8) when widest is set.
func (p *playScene) reachAndSupport(a *App, widest bool) (reach, support string) {
	audience := max(1, p.sc.Crowd.Audience)
	seen, backing := audience, 88.8
	if !widest {
		st := p.sess.Counters()
		seen, backing = st.Reach, st.Support
	}
	return reachLine(a, seen, audience), a.t("meter.support", perTenThousand(backing, a.lang))
}

// reachLine is the meter's reach: how many people saw the complaint or
// criticism ("44 people", not "44 saw"), with their share of the audience
// (i18n.Share: "<1%" and ">99%" for some and for nearly all).
func reachLine(a *App, seen, audience int) string {
	return trN(a.lang, "meter.reach", seen, groupThousands(seen, a.lang), i18n.Share(seen, audience))
}

// supportOwnRow reports whether support goes on a row of its own under
// reach, in a meter whose inside is w wide: it does when the widest the two
// get in this case do not fit one row. Decided by the case, not by the
// figures, so the panel never jumps during a round; before, support was cut
// ("steun 0,1 p…") on a 1400-pixel window in Dutch.
func (p *playScene) supportOwnRow(a *App, w int) bool {
	reach, support := p.reachAndSupport(a, true)
	return ui.TextWidth(reach+"  ·  "+support, a.font(ui.Caption.Strong())) > float64(w)
}

// meterCounters are the meter's counts: the crowd's posts with words of their
// own and how many of them the feed shows, the shares, and how much of it
// all is against the brand over this case (session.MeterCounts.AgainstLabel,
// as the browser shows it).
func meterCounters(a *App, c session.MeterCounts) string {
	parts := []string{
		trN(a.lang, "meter.posts", c.Posts, c.Posts, c.InFeed),
		trN(a.lang, "meter.shares", c.Shares, c.Shares),
	}
	if against := c.AgainstLabel(a.lang); against != "" {
		parts = append(parts, against)
	}
	return strings.Join(parts, "  ·  ")
}

// widestCounters are the widest counts the meter shows, in either form:
// four digits each, all of them negative, or the most a count takes.
var widestCounters = []session.MeterCounts{{Posts: 8888, InFeed: 8888, Shares: 8888, Negative: 1},
	{Posts: 9, InFeed: 9, Shares: session.FewForAShare - 10, Against: session.FewForAShare - 1, Negative: 1}}

// widestCountersWidth is the width of the widest counters at this size.
func widestCountersWidth(a *App) float64 {
	w := 0.0
	for _, c := range widestCounters {
		w = max(w, ui.TextWidth(meterCounters(a, c), a.font(ui.Caption.Strong())))
	}
	return w
}

// meterTitleWidth is the width of the meter's title and its F1 key cap.
func meterTitleWidth(a *App) int {
	title := a.t("meter.title") + " ⓘ"
	return int(ui.TextWidth(title, a.font(ui.Body.Strong()))) + a.px(8) + int(ui.TextWidth("F1", a.font(ui.Caption.Strong()))) + a.px(10)
}

// countersOwnRow reports whether the counters go on a row of their own
// under the title, in a meter whose inside is w wide: they do when the
// widest they get (four-digit counts, 100% negative, heat 99.9) does not
// fit between the title and the heat. Decided by the layout, not by the
// counts, so the panel below never jumps during a round; before, they were
// cut ("50% neg…") on a 1280-pixel window in Dutch.
func (p *playScene) countersOwnRow(a *App, w int) bool {
	widest := widestCountersWidth(a)
	heat := ui.TextWidth(a.t("meter.heat", perTenThousand(88.8, a.lang)), a.font(ui.Body.Strong()))
	return meterTitleWidth(a)+a.px(16)+int(widest)+a.px(16)+int(heat) > w
}

// levelColour is the meter's colour for the session's level (the browser
// colours the same levels alike): the brand's side and calm green, uneasy,
// divided and widely read amber, a storm red, a story that is out dark red.
func levelColour(lv session.MeterLevel) ui.Color {
	switch lv {
	case session.MeterStorm:
		return ui.ColBad
	case session.MeterSpread:
		return ui.ColBadDeep
	case session.MeterWarm, session.MeterDivided, session.MeterRead, session.MeterEndedBadly:
		return ui.ColAmber
	}
	return ui.ColGood
}

// heatColour colours the heat figure ("heat now 0.5") by the heat alone:
// in the level's colour it was red beside "Reach: the story is out" while
// the heat was calm, and a newcomer read a red 0.5 as danger (play28, F9).
// The level's word, the bar and the reach keep the level's colour.
func heatColour(st crowd.Stats) ui.Color {
	return levelColour(session.MeterLevelOf(crowd.Stats{Heat: st.Heat, Outrage: st.Outrage}, 0))
}

// perTenThousand writes a heat or support figure: one decimal below 10.
func perTenThousand(v float64, lang string) string { return i18n.Heat(v, lang) }

// plural picks the message key for one or for many.
func (p *playScene) drawMeter(a *App, dst *ebiten.Image, r image.Rectangle) {
	ui.RoundRect(dst, r, float32(a.px(10)), ui.ColPanel)
	if p.meterHelp {
		ui.StrokeRect(dst, r, float32(max(1, a.px(2))), ui.ColAccent)
	}
	st := p.sess.Counters()
	colour := levelColour(p.sess.MeterLevel())
	pad := a.px(14)
	in := r.Inset(pad)
	bold := a.font(ui.Body.Strong())
	small := a.font(ui.Caption)
	counterFace := a.font(ui.Caption.Strong())
	y := in.Min.Y
	title := a.t("meter.title") + " ⓘ"
	ui.DrawText(dst, title, bold, float64(in.Min.X), float64(y), ui.ColText)
	val := a.t("meter.heat", perTenThousand(st.Heat, a.lang))
	vw := ui.TextWidth(val, bold)
	ui.DrawText(dst, val, bold, float64(in.Max.X)-vw, float64(y), heatColour(st))
	counters := meterCounters(a, p.sess.MeterCounts())
	// A key cap says F1 shows the explanation too.
	keyF := a.font(ui.Caption.Strong())
	kx := in.Min.X + int(ui.TextWidth(title, bold)) + a.px(8)
	key := image.Rect(kx, y+a.px(2), kx+int(ui.TextWidth("F1", keyF))+a.px(10), y+a.px(20))
	ui.StrokeRect(dst, key, 1, ui.ColMuted)
	ui.DrawTextCentered(dst, "F1", keyF, key, ui.ColMuted)
	if p.countersOwnRow(a, in.Dx()) {
		// Too narrow to share the title's row: a row of their own.
		y += a.px(22)
		ui.DrawText(dst, ui.Ellipsize(counters, counterFace, in.Dx()), counterFace, float64(in.Min.X), float64(y), ui.ColMuted)
		y += a.px(4)
	} else {
		// The counters share the title's row, right-aligned before the value.
		room := in.Dx() - (key.Max.X - in.Min.X + a.px(16)) - int(vw) - a.px(16)
		counters = ui.Ellipsize(counters, counterFace, room)
		cx := float64(in.Max.X) - vw - float64(a.px(16)) - ui.TextWidth(counters, counterFace)
		ui.DrawText(dst, counters, counterFace, cx, float64(y+a.px(2)), ui.ColMuted)
	}
	y += a.px(26)
	bar := image.Rect(in.Min.X, y, in.Max.X, y+a.px(18))
	ui.RoundRect(dst, bar, float32(a.px(9)), ui.ColBorder)
	fillW := int(float64(bar.Dx()) * min(max(st.Outrage, 0), 100) / 100)
	if fillW > 0 {
		ui.RoundRect(dst, image.Rect(bar.Min.X, bar.Min.Y, bar.Min.X+max(fillW, a.px(18)), bar.Max.Y), float32(a.px(9)), colour)
	}
	y += a.px(24)
	for _, tick := range []struct {
		v   float64
		key string
	}{{0, "meter.calm"}, {50, "meter.busy"}, {100, "meter.storm"}} {
		label := a.t(tick.key)
		w := ui.TextWidth(label, small)
		x := float64(bar.Min.X) + float64(bar.Dx())*tick.v/100 - w/2
		x = min(max(x, float64(bar.Min.X)), float64(bar.Max.X)-w)
		ui.DrawText(dst, label, small, x, float64(y), ui.ColMuted)
	}
	y += a.px(22)
	// the level in words beside its colour: colour alone says too little
	level := "● " + p.sess.MeterLevel().Label(a.lang)
	ui.DrawText(dst, level, bold, float64(in.Min.X), float64(y), colour)
	if note := p.sess.HeatNote(a.lang); note != "" {
		// what the heat is about when it is an earlier reply, not the last
		gap := a.px(10)
		x := in.Min.X + int(ui.TextWidth(level, bold)) + gap
		note = ui.Ellipsize("— "+note, counterFace, in.Max.X-x)
		ui.DrawText(dst, note, counterFace, float64(x), float64(y+a.px(3)), ui.ColText)
	}
	y += a.px(24)
	reach, support := p.reachAndSupport(a, false)
	if p.supportOwnRow(a, in.Dx()) {
		ui.DrawText(dst, ui.Ellipsize(reach, counterFace, in.Dx()), counterFace, float64(in.Min.X), float64(y), ui.ColText)
		y += a.px(20)
	} else {
		support = reach + "  ·  " + support
	}
	ui.DrawText(dst, ui.Ellipsize(support, counterFace, in.Dx()), counterFace, float64(in.Min.X), float64(y), ui.ColText)
	y += a.px(22)
	legend := crowd.Legend(a.lang)
	ui.DrawWrapped(dst, legend, small, image.Rect(in.Min.X, y, in.Max.X, y+ui.WrappedHeight(legend, small, in.Dx())), ui.ColMuted)
}

// initials are the letters in an avatar circle, from the name before a
// bio ("Stefan | ouder van 2" is S, not SO).
func initials(name string) string {
	if i := strings.IndexByte(name, '|'); i > 0 {
		name = name[:i]
	}
	var out []rune
	for _, w := range strings.Fields(name) {
		for _, r := range w {
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				out = append(out, unicode.ToUpper(r))
				break // a word's first letter, past a leading "@" or "("
			}
		}
		if len(out) == 2 {
			break
		}
	}
	if len(out) == 0 {
		return "?"
	}
	return string(out)
}

// avatarColor gives every account its own stable colour.
func avatarColor(handle string) ui.Color {
	palette := []ui.Color{ui.RGB(0x4c, 0x6e, 0xf5), ui.RGB(0x2a, 0x9d, 0x8f), ui.RGB(0xe7, 0x6f, 0x51),
		ui.RGB(0x8e, 0x44, 0xad), ui.RGB(0xf4, 0xa2, 0x61), ui.RGB(0x26, 0x46, 0x53), ui.RGB(0xd6, 0x33, 0x84), ui.RGB(0x55, 0x8b, 0x2f)}
	h := uint32(2166136261)
	for i := 0; i < len(handle); i++ {
		h = (h ^ uint32(handle[i])) * 16777619
	}
	return palette[h%uint32(len(palette))]
}

// drawPinned draws the post that opened the case at the top of the feed,
// so it never scrolls out of sight, and returns where the feed goes on and
// the pinned post's index in the feed when it is drawn whole (else -1), so
// the feed does not show it a second time.
func (p *playScene) drawPinned(a *App, dst *ebiten.Image, r image.Rectangle) (int, int) {
	var pin *session.FeedItem
	at := -1
	opening, ok := p.sc.OpeningPost()
	for i, it := range p.sess.Feed() {
		if ok && it.By == opening.By {
			pin, at = &p.sess.Feed()[i], i
			break
		}
	}
	if pin == nil {
		return r.Min.Y, -1
	}
	small := a.font(ui.Caption.Strong())
	y := r.Min.Y + a.px(8)
	ui.DrawText(dst, a.t("play.pinned"), small, float64(r.Min.X+a.px(12)), float64(y), ui.ColMuted)
	y += int(ui.LineHeight(small)) + a.px(4)
	// A post up to half the column is pinned whole; a longer one is cut
	// at two fifths and stays whole in the feed.
	whole := p.postHeight(a, pin.Text, r.Dx())
	h := whole
	if whole > r.Dy()/2 {
		h, at = r.Dy()*2/5, -1
	}
	box := image.Rect(r.Min.X+a.px(8), y, r.Max.X-a.px(8), y+h)
	p.drawPost(a, dst.SubImage(box).(*ebiten.Image), feedItem(*pin), image.Rect(box.Min.X, box.Min.Y, box.Max.X, box.Min.Y+p.postHeight(a, pin.Text, r.Dx())))
	y = box.Max.Y + a.px(6)
	ui.FillRect(dst, image.Rect(r.Min.X+a.px(8), y, r.Max.X-a.px(8), y+max(1, a.px(2))), ui.ColBorder)
	return y + a.px(4), at
}
