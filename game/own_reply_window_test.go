package game

import (
	"strings"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/webcaresim/webcaresim/game/session"
)

// TestWindowTheLastReplyStaysInSight: the trainee's own latest reply
// stays readable on the play screen while the round goes on, also once the
// crowd's posts have pushed it out of the feed (a decision was taken
// without seeing what had been said; lead's play, stop 30): then its first
// words show in a line under the pinned post.
func TestWindowTheLastReplyStaysInSight(t *testing.T) {
	d := window(t)
	readText(t)
	p := fromTitleToRound(t, d, "Zichtbare Zoë")
	line := flat(strings.SplitN(d.App.t("play.own_reply_line"), "(", 2)[0])
	var lastReply string
	lineFrames, frames := 0, 0
	for i := 0; i < 3000 && p.sess.Ending() == nil; i++ {
		if p.sess.Decision() != nil {
			// A typed reply: a written choice's words come back in the
			// next prompt, so they would show even with the reply gone.
			for j := 0; j < 12 && !p.focus.Is("reply"); j++ {
				d.Tick(Key(ebiten.KeyTab), 0)
			}
			d.Tick(Typed(ownReplies[len(p.sess.Replies())%len(ownReplies)]), 0)
			d.Tick(Key(ebiten.KeyEnter), 0)
			d.Do(func(a *App) { lastReply = newestOwnPost(p.sess.Feed()) })
			continue
		}
		if !d.Tick(Frame{}, session.MaxStep) {
			t.Fatal("the game stopped")
		}
		if lastReply == "" {
			continue
		}
		frames++
		var inFeed bool
		d.Do(func(a *App) {
			feed := p.sess.Feed()
			for _, i := range p.feedShown {
				inFeed = inFeed || feed[i].By == "brand" && feed[i].Reply > 0 && flat(feed[i].Text) == lastReply
			}
		})
		if inFeed {
			continue
		}
		// Out of the feed's view: the line under the pinned post holds it.
		shown := shownText()
		words := strings.Fields(lastReply)
		start := line + " (" // the line's head, then the reply's first words
		if !strings.Contains(shown, start) || !strings.Contains(shown, strings.Join(words[:min(4, len(words))], " ")) {
			t.Fatalf("at minute %.0f the last reply is out of the feed and not in the line under the pinned post (%q); the screen shows: %s", p.sess.Now(), lastReply, shown)
		}
		lineFrames++
	}
	if frames == 0 || lineFrames == 0 {
		t.Errorf("read %d screens after the first reply, %d with the reply out of the feed's view: the round never pushed it out, so this test proves nothing", frames, lineFrames)
	}
}

// ownReplies are typed at the decisions in turn: curt and cold, so the
// crowd has much to say and the replies go out of the feed's view.
var ownReplies = []string{
	"Dorien, lees eerst even je mail voordat je hier gaat klagen. Wij hebben alles al uitgelegd. ^Zoë",
	"Dorien, het ligt echt aan jouw bank, niet aan ons. Meer kunnen we er niet van maken. ^Zoë",
	"Dorien, we hebben je nu drie keer geantwoord. Hier houdt het op. ^Zoë",
}

// newestOwnPost is the text of the trainee's latest post in the feed.
func newestOwnPost(feed []session.FeedItem) string {
	for i := len(feed) - 1; i >= 0; i-- {
		if feed[i].By == "brand" && feed[i].Reply > 0 {
			return flat(feed[i].Text)
		}
	}
	return ""
}
