package game

import (
	"fmt"
	"image"
	"strings"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/webcaresim/webcaresim/game/session"
)

type feedItem = session.FeedItem

// postStyle is how a kind of account looks in the feed: the brand's own
// replies and the blogs, press and celebrities that pick a story up must
// stand out from the crowd at a glance.
type postStyle struct {
	bg     colorT
	stripe colorT
	badge  string // catalog key of the badge, "" for none
}

func styleOf(it feedItem) postStyle {
	switch {
	case it.By == "brand":
		return postStyle{colBrand, colAccent, "badge.brand"}
	case it.By == "customer":
		return postStyle{colPanel, colHeader, "badge.customer"}
	}
	switch it.Kind {
	case "press":
		return postStyle{rgb(0xff, 0xf6, 0xd6), rgb(0xc9, 0x8a, 0x00), "badge.press"}
	case "blog":
		return postStyle{rgb(0xf0, 0xe8, 0xfb), rgb(0x7b, 0x4f, 0xc4), "badge.blog"}
	case "celebrity":
		return postStyle{rgb(0xfd, 0xec, 0xde), rgb(0xe0, 0x6c, 0x1c), "badge.celebrity"}
	case "boycott":
		return postStyle{colBadSoft, colBad, "badge.boycott"}
	}
	return postStyle{colPanel, colPanel, ""}
}

func (p *playScene) postFaces(a *App) (name, body, small faceT) {
	return face(float64(a.px(16)), true), face(float64(a.px(17)), false), face(float64(a.px(14)), false)
}

func (p *playScene) postTextWidth(a *App, w int) int { return w - 2*a.px(8) - a.px(60) - a.px(12) }

// postHeight is the height of a post in a feed of width w.
func (p *playScene) postHeight(a *App, s string, w int) int {
	name, body, small := p.postFaces(a)
	h := a.px(10) + int(lineHeight(name)) + a.px(4) + wrappedHeight(s, body, p.postTextWidth(a, w)) + int(lineHeight(small)) + a.px(10)
	return max(h, a.px(64))
}

func (p *playScene) drawPost(a *App, dst *ebiten.Image, it feedItem, r image.Rectangle) {
	st := styleOf(it)
	nameF, body, small := p.postFaces(a)
	roundRect(dst, r, float32(a.px(8)), st.bg)
	if st.stripe != colPanel {
		fillRect(dst, image.Rect(r.Min.X, r.Min.Y+a.px(4), r.Min.X+a.px(4), r.Max.Y-a.px(4)), st.stripe)
	}
	fillRect(dst, image.Rect(r.Min.X+a.px(8), r.Max.Y-1, r.Max.X-a.px(8), r.Max.Y), colBorder)
	rad := float32(a.px(20))
	cx, cy := float32(r.Min.X+a.px(12))+rad, float32(r.Min.Y+a.px(10))+rad
	circle(dst, cx, cy, rad, avatarColor(it.Handle+it.Name))
	drawTextCentered(dst, initials(it.Name), face(float64(a.px(15)), true),
		image.Rect(int(cx-rad), int(cy-rad), int(cx+rad), int(cy+rad)), colOnDark)
	x := r.Min.X + a.px(8) + a.px(60)
	tw := p.postTextWidth(a, r.Dx()+2*a.px(8))
	y := r.Min.Y + a.px(10)
	badge := ""
	if st.badge != "" {
		badge = a.t(st.badge)
	}
	bw := 0
	if badge != "" {
		bw = int(textWidth(badge, small)) + a.px(14)
		br := image.Rect(x+tw-bw, y, x+tw, y+int(lineHeight(small))+a.px(2))
		roundRect(dst, br, float32(a.px(8)), st.stripe)
		drawTextCentered(dst, badge, small, br, colOnDark)
		bw += a.px(8)
	}
	name := ellipsize(it.Name, nameF, (tw-bw)/2)
	drawText(dst, name, nameF, float64(x), float64(y), colText)
	meta := "@" + strings.TrimPrefix(it.Handle, "@") + " · " + p.sc.WallClock(it.Minute, a.lang)
	nw := int(textWidth(name, nameF)) + a.px(8)
	drawText(dst, ellipsize(meta, small, tw-bw-nw), small, float64(x+nw), float64(y+a.px(2)), colMuted)
	y += int(lineHeight(nameF)) + a.px(4)
	th := wrappedHeight(it.Text, body, tw)
	drawWrapped(dst, it.Text, body, image.Rect(x, y, x+tw, y+th), colText)
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
		drawText(dst, strings.Join(counts, "   "), small, float64(x), float64(y), colMuted)
	}
}
