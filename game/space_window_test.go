package game

import (
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
)

// A Space at a fresh decision is typing, like any other key: it picks no
// choice, and Spaces and an Enter publish nothing. A Space pressed the
// framed written choice, and "   " + Enter published HEMA's written choice 1
// in the trainee's name (playtest 22, P22-27).
func TestWindowASpaceAtAFreshDecisionPicksAndPublishesNothing(t *testing.T) {
	d := window(t)
	p := fromTitleToRound(t, d, "Spatie Eerst")
	untilDecision(t, d, p)
	if p.decision == nil || !p.decision.AllowFreeText || len(p.decision.Choices) == 0 {
		t.Skip("the first decision has no written choices beside a reply field")
	}
	space := Typed(" ")
	space.Keys = []ebiten.Key{ebiten.KeySpace} // as a real keyboard sends it
	d.Tick(space, 0)
	if p.selected >= 0 {
		t.Fatalf("one Space picked written choice %d", p.selected+1)
	}
	d.Tick(space, 0)
	d.Tick(space, 0)
	d.Tick(Key(ebiten.KeyEnter), 0)
	if rs := p.sess.Replies(); len(rs) != 0 {
		t.Fatalf("three Spaces and Enter published %+v", rs)
	}
	if p.selected >= 0 {
		t.Fatalf("Spaces and Enter picked written choice %d", p.selected+1)
	}
	// The keys went to the reply field, which says it is empty.
	if !p.focus.Is("reply") || p.replyErr == "" {
		t.Fatalf("focus on %q, reply error %q: the Spaces did not go to the reply field", p.focus.ID, p.replyErr)
	}
	// The choice is still picked by its number, then published by Enter.
	d.Do(func(a *App) { p.reply.SetText(""); p.focus.ID = "choice-0" })
	d.Tick(Typed("2"), 0)
	d.Tick(Key(ebiten.KeyEnter), 0)
	if rs := p.sess.Replies(); len(rs) != 1 || rs[0].Choice != 2 {
		t.Fatalf("2 and Enter published %+v, want written choice 2", rs)
	}
	leaveRoundByEsc(t, d)
}
