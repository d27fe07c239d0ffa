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
		shown := shownText()
		words := strings.Fields(lastReply)
		start := strings.Join(words[:min(4, len(words))], " ")
		if !strings.Contains(shown, start) {
			t.Fatalf("at minute %.0f the screen does not show the last reply (%q); it shows: %s", p.sess.Now(), start, shown)
		}
		if strings.Contains(shown, line) {
			lineFrames++
		}
	}
	if frames == 0 || lineFrames == 0 {
		t.Errorf("read %d screens after the first reply, %d with the reply in the line under the pinned post: the round never pushed the reply out of the feed, so this test proves nothing", frames, lineFrames)
	}
}

// ownReplies are typed at the decisions in turn.
var ownReplies = []string{
	"Dorien, twee keer bellen en nog steeds geen antwoord: dat is niet goed. Ik zoek het vandaag uit en bel je voor vijf uur. ^Zoë",
	"Gelukt Dorien: je abonnement loopt weer en de gemiste nummers komen deze week. Laat je het weten als er iets mist? ^Zoë",
	"Fijn om te horen, Dorien. Veel leesplezier met de klas! ^Zoë",
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
