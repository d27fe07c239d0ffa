package game

import (
	"strings"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
)

// A frame reads the keys of a whole tick with no order between them, and on
// a loaded computer one tick held the Enter that published a reply and the
// first letters typed after it: they were put in the field before the Enter
// was acted on, so the reply went out with the next reply's first word glued
// to it ("… ^LotteDo") and the next reply began without it ("rien, het
// pakket …"). An Enter that comes in one frame with typed characters
// publishes nothing: the field keeps every character, and says why Enter did
// not publish; the next Enter publishes what the field shows.
func TestWindowEnterInTheSameFrameAsTypingPublishesNothing(t *testing.T) {
	d := window(t)
	readText(t)
	p := fromTitleToRound(t, d, "Snelle Sanne")
	untilDecision(t, d, p)
	if p.decision == nil || !p.decision.AllowFreeText {
		t.Skip("the first decision has no reply field")
	}
	const first = "Hoi Dorien, sorry, ik zoek het voor je uit. ^Lotte"
	typeKeys(d, first)
	d.Tick(Frame{Text: "Do", Keys: []ebiten.Key{ebiten.KeyEnter}}, 0)
	if rs := p.sess.Replies(); len(rs) != 0 {
		t.Fatalf("an Enter in one frame with typing published %q", rs[0].Text)
	}
	if got := p.reply.Text(); got != first+"Do" {
		t.Fatalf("the field holds %q, want every character typed: %q", got, first+"Do")
	}
	if hint := flat(d.App.t("play.error.enter_with_typing")); !strings.Contains(shownText(), hint) {
		t.Fatalf("the panel does not say why Enter published nothing (%q); it shows: %s", hint, shownText())
	}
	d.Tick(Key(ebiten.KeyBackspace), 0)
	d.Tick(Key(ebiten.KeyBackspace), 0)
	d.Tick(Key(ebiten.KeyEnter), 0)
	if rs := p.sess.Replies(); len(rs) != 1 || rs[0].Text != first {
		t.Fatalf("Enter on its own frame published %+v, want %q", rs, first)
	}
	leaveRoundByEsc(t, d)
}

// The same at a framed written choice: a choice number and the Enter in one
// frame could be "2, Enter" (publish choice 2) or "Enter, 2" (pick choice 1,
// then pick 2); the frame cannot tell, so it picks and publishes nothing.
func TestWindowEnterInTheSameFrameAsAChoiceNumberPublishesNothing(t *testing.T) {
	d := window(t)
	p := fromTitleToRound(t, d, "Snelle Sem")
	untilDecision(t, d, p)
	if p.decision == nil || len(p.decision.Choices) < 2 {
		t.Skip("the first decision has fewer than two written choices")
	}
	d.Tick(Key(ebiten.KeyEnter), 0) // picks the focused first choice
	d.Tick(Frame{Text: "2", Keys: []ebiten.Key{ebiten.KeyEnter}}, 0)
	if rs := p.sess.Replies(); len(rs) != 0 {
		t.Fatalf("a choice number and Enter in one frame published %q", rs[0].Text)
	}
	if p.selected != 1 {
		t.Fatalf("choice %d picked, want choice 2, the number typed", p.selected+1)
	}
	leaveRoundByEsc(t, d)
}
