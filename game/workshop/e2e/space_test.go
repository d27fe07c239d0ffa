package e2e

import (
	"fmt"
	"os"
	"testing"

	"github.com/chromedp/chromedp"
)

// A Space is a key for typing, as in the window (playtest 22, P22-27): on
// the button of a picked written choice it pressed the button, and a press
// of the picked choice publishes it, so a trainee who clicked a choice to
// read it and then started the reply with a Space published it. The Spaces
// go into the reply field, and the choice is not published; writing of
// one's own takes the pick back (Session.TypeAtDecision), so no choice
// stays framed as if it were the reply.
func TestPlayerASpaceOnAPickedChoiceIsTyping(t *testing.T) {
	h := newHarness(t, os.Getenv("WEBCARESIM_PLAYER_DIST"), "./cmd/webplayer")
	code := h.openWorkshop()
	tab := h.joinAndStart(code, "Sanne")
	h.until(tab, "the first question opens", `!!document.querySelector('.decision textarea.own') && !!document.querySelector('.decision .choice')`)
	before := brandPosts(t, tab)
	h.run(tab, "click the first written choice", chromedp.Click(chromedp.CSS(`.decision .choice`)))
	h.until(tab, "the choice is picked, its button focused", `document.activeElement?.classList.contains('picked')`)
	h.run(tab, "three Spaces and Enter",
		chromedp.KeyEvent(" "), chromedp.KeyEvent(" "), chromedp.KeyEvent(" "), chromedp.KeyEvent("\r"))
	h.until(tab, "the Spaces in the reply field", fmt.Sprintf(`(document.querySelector('textarea.own')?.value || '').startsWith('   ') || document.querySelectorAll('.feed .post.brand').length > %d`, before))
	if n := brandPosts(t, tab); n != before {
		t.Fatalf("a Space on the picked choice published it (%d brand posts, were %d)", n, before)
	}
	if picked := get(t, tab, "the picked choice", chromedp.Evaluate[int](`document.querySelectorAll('.decision .choice.picked').length`)); picked != 0 {
		t.Errorf("%d choices framed after the Spaces typed into the reply, want the pick taken back", picked)
	}
	h.shot(tab, "player-space-typed")
}
