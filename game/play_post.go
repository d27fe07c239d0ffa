package game

import (
	"fmt"
	"image"
	"strings"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/webcaresim/webcaresim/game/session"
	"github.com/webcaresim/webcaresim/game/ui"
)

type feedItem = session.FeedItem

// postStyle is how a kind of account looks in the feed: the brand's own
// replies and the blogs, press and celebrities that pick a story up must
// stand out from the crowd at a glance.
type postStyle struct {
	bg     ui.Color
	stripe ui.Color
	badge  string // catalog key of the badge, "" for none
}

func styleOf(it feedItem) postStyle {
	switch {
	case it.Private:
		// only the brand saw it (a request for a response, the response)
		return postStyle{ui.RGB(0xee, 0xf0, 0xf3), ui.ColMuted, "badge.private"}
	case it.By == "brand":
		return postStyle{ui.ColBrand, ui.ColAccent, "badge.brand"}
	case it.By == "customer":
		return postStyle{ui.ColPanel, ui.ColHeader, "badge.customer"}
	}
	switch it.Kind {
	case "press":
		return postStyle{ui.RGB(0xff, 0xf6, 0xd6), ui.RGB(0xc9, 0x8a, 0x00), "badge.press"}
	case "blog":
		return postStyle{ui.RGB(0xf0, 0xe8, 0xfb), ui.RGB(0x7b, 0x4f, 0xc4), "badge.blog"}
	case "celebrity":
		return postStyle{ui.RGB(0xfd, 0xec, 0xde), ui.RGB(0xe0, 0x6c, 0x1c), "badge.celebrity"}
	case "boycott":
		return postStyle{ui.ColBadSoft, ui.ColBad, "badge.boycott"}
	}
	return postStyle{ui.ColPanel, ui.ColPanel, ""}
}

func (p *playScene) postFaces(a *App) (name, body, small ui.Face) {
	return a.font(ui.Body.Strong()), a.font(ui.Body), a.font(ui.Caption)
}

func (p *playScene) postTextWidth(a *App, w int) int { return w - 2*a.px(8) - a.px(60) - a.px(12) }

// postHeight is the height of a post in a feed of width w.
func (p *playScene) postHeight(a *App, s string, w int) int {
	name, body, small := p.postFaces(a)
	h := a.px(10) + int(ui.LineHeight(name)) + a.px(4) + ui.WrappedHeight(s, body, p.postTextWidth(a, w)) + int(ui.LineHeight(small)) + a.px(10)
	return max(h, a.px(64))
}

func (p *playScene) drawPost(a *App, dst *ebiten.Image, it feedItem, r image.Rectangle) {
	st := styleOf(it)
	nameF, body, small := p.postFaces(a)
	ui.RoundRect(dst, r, float32(a.px(8)), st.bg)
	if st.stripe != ui.ColPanel {
		ui.FillRect(dst, image.Rect(r.Min.X, r.Min.Y+a.px(4), r.Min.X+a.px(4), r.Max.Y-a.px(4)), st.stripe)
	}
	ui.FillRect(dst, image.Rect(r.Min.X+a.px(8), r.Max.Y-1, r.Max.X-a.px(8), r.Max.Y), ui.ColBorder)
	rad := float32(a.px(20))
	cx, cy := float32(r.Min.X+a.px(12))+rad, float32(r.Min.Y+a.px(10))+rad
	ui.Circle(dst, cx, cy, rad, avatarColor(it.Handle+it.Name))
	ui.DrawTextCentered(dst, initials(it.Name), a.font(ui.Small.Strong()),
		image.Rect(int(cx-rad), int(cy-rad), int(cx+rad), int(cy+rad)), ui.ColOnDark)
	x := r.Min.X + a.px(8) + a.px(60)
	tw := p.postTextWidth(a, r.Dx()+2*a.px(8))
	y := r.Min.Y + a.px(10)
	badge := ""
	if st.badge != "" {
		badge = a.t(st.badge)
	}
	bw := 0
	if badge != "" {
		bw = int(ui.TextWidth(badge, small)) + a.px(14)
		br := image.Rect(x+tw-bw, y, x+tw, y+int(ui.LineHeight(small))+a.px(2))
		ui.RoundRect(dst, br, float32(a.px(8)), st.stripe)
		ui.DrawTextCentered(dst, badge, small, br, ui.ColOnDark)
		bw += a.px(8)
	}
	when := " · " + p.sc.WallClock(it.Minute, a.lang)
	name := postName(it.Name, nameF, small, when, tw-bw-a.px(8))
	ui.DrawText(dst, name, nameF, float64(x), float64(y), ui.ColText)
	// The time always shows whole: a long handle is cut instead (a brand
	// such as "Keukenstudio Van Dam @keukenstudiovandam" cut the time off).
	nw := int(ui.TextWidth(name, nameF)) + a.px(8)
	ui.DrawText(dst, postMeta(it.Handle, when, small, tw-bw-nw), small, float64(x+nw), float64(y+a.px(2)), ui.ColMuted)
	y += int(ui.LineHeight(nameF)) + a.px(4)
	th := ui.WrappedHeight(it.Text, body, tw)
	ui.DrawWrapped(dst, it.Text, body, image.Rect(x, y, x+tw, y+th), ui.ColText)
	y += th
	var counts []string
	if it.Shares > 0 {
		counts = append(counts, fmt.Sprintf("↻ %d", it.Shares))
	}
	if it.Likes > 0 {
		counts = append(counts, fmt.Sprintf("♥ %d", it.Likes))
	}
	if it.By == "brand" && it.Reply > 0 {
		counts = append(counts, a.t("feed.your_reply"))
	}
	if len(counts) > 0 {
		ui.DrawText(dst, strings.Join(counts, "   "), small, float64(x), float64(y), ui.ColMuted)
	}
}

// postName is the poster's name in a header of width w that also holds
// "@handle · time" in the meta face: whole when the time and a cut handle
// still fit beside it, else cut to leave them room. It was cut at half
// the width whatever the handle needed ("Polisvast Verzekerin…" beside a
// short @Polisvast, playtest 13, P13-19).
func postName(name string, nameF, meta ui.Face, when string, w int) string {
	least := int(ui.TextWidth("@…"+when, meta))
	return ui.Ellipsize(name, nameF, max(w-least, w/3))
}

// postMeta is "@handle · time" in width: the handle is cut, the time is not.
func postMeta(handle, when string, f ui.Face, width int) string {
	h := ui.Ellipsize("@"+strings.TrimPrefix(handle, "@"), f, width-int(ui.TextWidth(when, f)))
	return ui.Ellipsize(h+when, f, width)
}
