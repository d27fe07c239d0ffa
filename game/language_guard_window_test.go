package game

import (
	"strings"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/webcaresim/webcaresim/game/ui"
)

// A reply typed in another language than the customer's is not published
// by the first Enter: the field says so in red beside the button, and the
// second Enter publishes it. A Dutch reply slipped into an English round
// went out without a word (playtest 22, P22-18).
func TestWindowAReplyInAnotherLanguageAsksFirst(t *testing.T) {
	d := window(t)
	p := fromTitleToRound(t, d, "Andere Taal")
	untilDecision(t, d, p)
	english := "Dorien, so sorry you had to call twice about the double debit. I'll call you today to sort it out. ^Lotte"
	d.Tick(Typed(english), 0)
	img := mustScreen(t, d.Step(Key(ebiten.KeyEnter), 0))
	if n := len(p.sess.Replies()); n != 0 {
		t.Fatalf("the English reply to a Dutch customer was published at the first Enter")
	}
	if !strings.Contains(p.replyErr, "andere taal") {
		t.Fatalf("the reason beside the button is %q", p.replyErr)
	}
	if n := count(img, widgetRect(t, p.widgets, "publish-row"), ui.ColBad); n < 40 {
		t.Fatalf("no red reason beside the publish button (%d red pixels)", n)
	}
	d.Tick(Key(ebiten.KeyEnter), 0)
	if rs := p.sess.Replies(); len(rs) != 1 || rs[0].Text != english {
		t.Fatalf("the second Enter published %+v, want the English reply", rs)
	}
	leaveRoundByEsc(t, d)
}
