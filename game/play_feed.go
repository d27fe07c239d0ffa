package game

import (
	"image"
	"strings"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/webcaresim/webcaresim/game/session"
	"github.com/webcaresim/webcaresim/game/ui"
)

// The feed column of the play screen: the pinned opening post, then the
// newest posts that fit, scrolled back by PageUp or the wheel.

// drawFeed draws the newest posts that fit, newest at the bottom.
func (p *playScene) drawFeed(a *App, dst *ebiten.Image, r image.Rectangle) {
	ui.RoundRect(dst, r, float32(a.px(10)), ui.ColPanel)
	var pinned int
	r.Min.Y, pinned = p.drawPinned(a, dst, r)
	p.feedTop = r.Min.Y
	clip := dst.SubImage(r.Inset(1)).(*ebiten.Image)
	feed := p.sess.Feed()
	if p.feedBack > 0 {
		// Measured only when scrolled back: at the newest posts, as in
		// every time-lapse frame, there is no limit to find.
		p.feedBack = min(p.feedBack, p.oldestFullView(a, feed, pinned, r))
	}
	shown, used := p.placePosts(a, feed, pinned, r)
	if own := p.lastReplyOutOfView(feed, pinned, shown); own >= 0 {
		// The brand's latest post (the trainee's own reply, or what the
		// brand said before the trainee took over, as Sanoma's misreading)
		// went out of view under the posts that followed it: it stays in
		// sight, in a line under the pinned post, so the next decision is
		// taken knowing what was said.
		r.Min.Y = p.drawOwnReplyLine(a, dst, r, feed[own])
		clip = dst.SubImage(r.Inset(1)).(*ebiten.Image)
		shown, used = p.placePosts(a, feed, pinned, r)
	}
	p.feedShown = p.feedShown[:0]
	for _, s := range shown {
		p.feedShown = append(p.feedShown, s.i)
	}
	y := r.Min.Y + used
	if used > r.Dy() {
		y = r.Max.Y - a.px(8)
	}
	for _, s := range shown {
		y -= s.h
		p.drawPost(a, clip, feedItem(feed[s.i]), image.Rect(r.Min.X+a.px(8), y, r.Max.X-a.px(8), y+s.h))
		y -= a.px(6)
	}
	if p.feedBack > 0 {
		note := trN(a.lang, "play.feed_back", p.feedBack, p.feedBack)
		small := a.font(ui.Caption.Strong())
		pill := image.Rect(r.Min.X+a.px(12), r.Max.Y-a.px(34), r.Min.X+a.px(28)+int(ui.TextWidth(note, small)), r.Max.Y-a.px(8))
		ui.RoundRect(dst, pill, float32(a.px(12)), ui.ColHeader)
		ui.DrawTextCentered(dst, note, small, pill, ui.ColOnDark)
	}
	if len(feed) == 0 {
		ui.DrawTextCentered(dst, a.t("play.feed_empty"), a.font(ui.Small), r, ui.ColMuted)
	}
}

// oldestFullView is how far back the feed scrolls: until its oldest posts
// fill the column from the top. Scrolling further floated the oldest few
// over an empty column, and past the last one (the pinned post is not
// drawn twice) left the feed blank under the pinned post (playtest 13,
// P13-10).
func (p *playScene) oldestFullView(a *App, feed []session.FeedItem, pinned int, r image.Rectangle) int {
	used := a.px(8)
	newest := -1 // the newest post that still fits when the oldest is at the top
	for i := 0; i < len(feed); i++ {
		if i == pinned {
			continue
		}
		h := p.postHeight(a, feed[i].Text, r.Dx())
		if used+h > r.Dy() && newest >= 0 {
			break
		}
		newest = i
		used += h + a.px(6)
	}
	return max(0, len(feed)-1-newest)
}

// placed is a post of the feed and the height it is drawn with.
type placed struct{ i, h int }

// placePosts picks the newest posts that fit in r (scrolled back by
// feedBack), newest first, and the room they take.
func (p *playScene) placePosts(a *App, feed []session.FeedItem, pinned int, r image.Rectangle) ([]placed, int) {
	// Newest last, as in a chat, and the posts start right under the
	// pinned post. Each post that fits is measured once and drawn with
	// that height. Only whole posts are drawn: the oldest one cut at the
	// column's top left a sliver of letters under the pinned post; and
	// when the newest were set at the column's bottom, the room a post
	// did not fit in stood as an empty band of up to 100 px under the
	// pinned post, which read as a fault. The room is left under the
	// newest post instead, where the next one will come. (A single post
	// taller than the column is drawn cut: it is all there is to see.)
	var shown []placed
	used := a.px(8)
	for i := len(feed) - 1 - p.feedBack; i >= 0; i-- {
		if i == pinned {
			continue // shown whole above; twice read as a second post
		}
		h := p.postHeight(a, feed[i].Text, r.Dx())
		if used+h > r.Dy() && len(shown) > 0 {
			break
		}
		shown = append(shown, placed{i, h})
		used += h + a.px(6)
	}
	return shown, used
}

// lastReplyOutOfView is the feed index of the brand's latest post (the
// trainee's reply, public or private, or a post of the story in the brand's
// name) when the newest posts shown leave it out (-1 when it shows, or when
// the feed is scrolled back, where PageUp finds it). A decision about the
// brand's earlier answer showed the question without the answer (Sanoma,
// "het vorige antwoord las haar tweet verkeerd", seed 8: lead's play).
func (p *playScene) lastReplyOutOfView(feed []session.FeedItem, pinned int, shown []placed) int {
	if p.feedBack > 0 || len(shown) == 0 {
		return -1
	}
	for i := len(feed) - 1; i > pinned; i-- {
		if feed[i].By == "brand" {
			if i < shown[len(shown)-1].i {
				return i
			}
			return -1
		}
	}
	return -1
}

// drawOwnReplyLine draws "Your last reply (Wed 11:50): …" cut to a line at
// the top of r and returns where the feed goes on below it. A post the
// trainee did not write ("Sanoma Media's last post (…)") gets up to three
// lines: the trainee has not read it yet, and its point (Sanoma's "Heb je
// al geprobeerd te mailen") was cut off after one.
func (p *playScene) drawOwnReplyLine(a *App, dst *ebiten.Image, r image.Rectangle, it session.FeedItem) int {
	small, body := a.font(ui.Caption.Strong()), a.font(ui.Small)
	w := r.Dx() - a.px(16) - a.px(22)
	text := strings.Join(strings.Fields(it.Text), " ")
	head := a.t("play.own_reply_line", p.sc.WallClock(it.Minute, a.lang))
	lines := []string{ui.Ellipsize(text, body, w)}
	if it.Reply == 0 {
		head = a.t("play.brand_post_line", p.sc.Brand.Name, p.sc.WallClock(it.Minute, a.lang))
		lines = firstLines(text, body, w, 3)
	}
	h := a.px(10) + int(ui.LineHeight(small)) + a.px(2) + len(lines)*int(ui.LineHeight(body)) + a.px(8)
	box := image.Rect(r.Min.X+a.px(8), r.Min.Y+a.px(4), r.Max.X-a.px(8), r.Min.Y+a.px(4)+h)
	ui.RoundRect(dst, box, float32(a.px(8)), ui.ColAccentSoft)
	ui.FillRect(dst, image.Rect(box.Min.X, box.Min.Y+a.px(4), box.Min.X+a.px(4), box.Max.Y-a.px(4)), ui.ColBrand)
	x, y := box.Min.X+a.px(14), box.Min.Y+a.px(6)
	ui.DrawText(dst, ui.Ellipsize(head, small, w), small, float64(x), float64(y), ui.ColMuted)
	y += int(ui.LineHeight(small)) + a.px(2)
	for _, l := range lines {
		ui.DrawText(dst, l, body, float64(x), float64(y), ui.ColText)
		y += int(ui.LineHeight(body))
	}
	return box.Max.Y + a.px(6)
}

// firstLines is text wrapped to width, at most n lines, the last one
// ellipsized when text goes on.
func firstLines(text string, f ui.Face, width, n int) []string {
	var out []string
	for i, l := range ui.Wrap(text, f, width) {
		if i == n-1 {
			out = append(out, ui.Ellipsize(text[l.Start:], f, width))
			break
		}
		out = append(out, text[l.Start:l.End])
	}
	return out
}
