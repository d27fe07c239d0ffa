package game

// The meter's explanation (F1, or the pointer on the meter): its rows and
// the box they are drawn in, on the play screen and the title screen.

import (
	"image"
	"strconv"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/webcaresim/webcaresim/assets/i18n"
	"github.com/webcaresim/webcaresim/game/crowd"
	"github.com/webcaresim/webcaresim/game/session"
	"github.com/webcaresim/webcaresim/game/ui"
)

// meterHelpLines are the rows of the meter's explanation: what heat 0, 1, 10
// and 100 mean, what 10 means in this case's audience, and reach.
func (p *playScene) meterHelpLines(a *App) (title string, rows []meterLevel, note string) {
	audience, watching := p.sc.Crowd.Audience, crowd.Watching(p.sc.Crowd.Audience)
	at10 := max(1, int(float64(watching)*10/10000+0.5))
	key := "meter.help.case"
	if audience > 0 && audience < watching {
		key = "meter.help.small" // counted as 10,000: say so, or 10 posts in 6,000 reads as a slip
	} else {
		audience = watching
	}
	return meterHelpText(a, a.t(key, p.sc.Brand.Name, groupThousands(audience, a.lang), at10))
}

// meterHelpText is the meter's explanation around what it says of the
// audience: the title, what heat 0, 1, 10 and 100 mean, then about (the
// case's audience, or in general on the title screen), reach, "against
// you" and the colours.
func meterHelpText(a *App, about string) (title string, rows []meterLevel, note string) {
	// heat 0, 1, 10 and 100 per 10,000 watching: the bar's 0, 13, 50 and 100
	for i, heat := range []int{0, 1, 10, 100} {
		rows = append(rows, meterLevel{heat, a.t("meter.help." + strconv.Itoa([]int{0, 13, 50, 100}[i]))})
	}
	note = about + " " + a.t("meter.help.reach") + " " + session.AgainstMeaning(a.lang) + " " + session.MeterColours(a.lang)
	return a.t("meter.help.title"), rows, note
}

// meterLevel is a reading of the meter and what it means.
type meterLevel struct {
	value int
	text  string
}

// groupThousands writes n with thousands separated as the language does.
func groupThousands(n int, lang string) string { return i18n.Number(n, lang) }

// drawMeterHelp draws the meter's explanation while the pointer is on the
// meter (or after F1). It stands beside the meter, over the feed, from the
// meter's top: under the meter it covered the meter's own reach and support
// lines, which it explains, on every window shorter than about 1,100 pixels.
func (p *playScene) drawMeterHelp(a *App, dst *ebiten.Image, meter, feed image.Rectangle) {
	title, rows, note := p.meterHelpLines(a)
	p.meterHelpBox = drawMeterHelpBox(a, dst, image.Pt(feed.Min.X, meter.Min.Y), feed.Dx(), title, rows, note, p.sc.Crowd.Audience)
}

// drawMeterHelpBox draws the meter's explanation in a box w wide from at
// (moved up when it would run off the window), the levels' chips coloured
// as the meter colours them for audience, and returns the box.
func drawMeterHelpBox(a *App, dst *ebiten.Image, at image.Point, w int, title string, rows []meterLevel, note string, audience int) image.Rectangle {
	pad := a.px(16)
	bold := a.font(ui.Body.Strong())
	body := a.font(ui.Small)
	numF := a.font(ui.Small.Strong())
	numW := a.px(52)
	textW := w - 2*pad - numW
	h := pad + int(ui.LineHeight(bold)) + a.px(8)
	for _, r := range rows {
		h += ui.WrappedHeight(r.text, body, textW) + a.px(6)
	}
	h += a.px(4) + ui.WrappedHeight(note, body, w-2*pad) + pad
	box := image.Rect(at.X, at.Y, at.X+w, at.Y+h)
	if box.Max.Y > a.h-a.px(8) {
		box = box.Add(image.Pt(0, a.h-a.px(8)-box.Max.Y))
	}
	ui.RoundRect(dst, box.Inset(-a.px(2)), float32(a.px(12)), ui.ColAccent)
	ui.RoundRect(dst, box, float32(a.px(10)), ui.ColPanel)
	y := box.Min.Y + pad
	x := box.Min.X + pad
	ui.DrawText(dst, title, bold, float64(x), float64(y), ui.ColText)
	y += int(ui.LineHeight(bold)) + a.px(8)
	for _, r := range rows {
		chip := image.Rect(x, y, x+numW-a.px(10), y+int(ui.LineHeight(body)))
		heat := crowd.Stats{Heat: float64(r.value), Outrage: crowd.OutrageOf(r.value, 10000)}
		ui.RoundRect(dst, chip, float32(a.px(6)), levelColour(session.MeterLevelOf(heat, audience)))
		ui.DrawTextCentered(dst, strconv.Itoa(r.value), numF, chip, ui.ColOnDark)
		th := ui.WrappedHeight(r.text, body, textW)
		ui.DrawWrapped(dst, r.text, body, image.Rect(x+numW, y, x+numW+textW, y+th), ui.ColText)
		y += th + a.px(6)
	}
	y += a.px(4)
	ui.DrawWrapped(dst, note, body, image.Rect(x, y, box.Max.X-pad, y+ui.WrappedHeight(note, body, w-2*pad)), ui.ColMuted)
	return box
}
