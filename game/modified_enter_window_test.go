package game

import (
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
)

// Shift+Enter and Ctrl+Enter at a fresh decision are the reply field's
// keys, never a press of the framed written choice: two Shift+Enters,
// meant as empty lines before the reply, picked and published written
// choice 1, the T-Mobile case's historical joke, and two Ctrl+Enters
// Domino's "Sorry about that" (playtest 24, P24-16). They go to the field,
// where Ctrl+Enter on an empty field says the reply is empty.
func TestWindowShiftOrCtrlEnterAtAFreshDecisionPublishesNoChoice(t *testing.T) {
	for _, mod := range []string{"shift", "ctrl"} {
		d := window(t)
		p := fromTitleToRound(t, d, "Shift Enter")
		untilDecision(t, d, p)
		if p.decision == nil || !p.decision.AllowFreeText || len(p.decision.Choices) == 0 {
			t.Skip("the first decision has no written choices beside a reply field")
		}
		enter := Key(ebiten.KeyEnter)
		enter.Shift, enter.Ctrl = mod == "shift", mod == "ctrl"
		d.Tick(enter, 0)
		d.Tick(enter, 0)
		if rs := p.sess.Replies(); len(rs) != 0 {
			t.Fatalf("two %s+Enter published %+v", mod, rs)
		}
		if p.selected >= 0 {
			t.Fatalf("%s+Enter picked written choice %d", mod, p.selected+1)
		}
		if !p.focus.Is("reply") {
			t.Fatalf("%s+Enter left the focus on %q, not on the reply field", mod, p.focus.ID)
		}
		if mod == "ctrl" && p.replyErr == "" {
			t.Fatalf("Ctrl+Enter on the empty field did not say the reply is empty")
		}
		leaveRoundByEsc(t, d)
	}
}
