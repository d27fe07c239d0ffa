package e2e

import (
	"fmt"
	"os"
	"testing"

	"github.com/chromedp/chromedp"
)

// Shift+Enter and Ctrl+Enter on a written choice's button are the reply
// field's keys, as in the window (playtest 24, P24-16): on the button they
// pressed it, and two of them published the choice unchosen. They go to
// the reply field, where Ctrl+Enter on an empty field says it is empty.
func TestPlayerShiftOrCtrlEnterOnAChoicePublishesNoChoice(t *testing.T) {
	h := newHarness(t, os.Getenv("WEBCARESIM_PLAYER_DIST"), "./cmd/webplayer")
	code := h.openWorkshop()
	tab := h.joinAndStart(code, "Sanne")
	h.until(tab, "the first question opens", `!!document.querySelector('.decision textarea.own') && !!document.querySelector('.decision .choice')`)
	before := brandPosts(t, tab)
	focusChoice := chromedp.Focus(chromedp.CSS(`.decision .choice`))
	shift := chromedp.KeyEvent("\r", chromedp.KeyModifiers(chromedp.ModifierShift))
	ctrl := chromedp.KeyEvent("\r", chromedp.KeyModifiers(chromedp.ModifierCtrl))
	h.run(tab, "two Shift+Enters, then Ctrl+Enter, on the first written choice", focusChoice, shift, shift, focusChoice, ctrl)
	// Ctrl+Enter reached the empty field, which says so; a press of the
	// choice would have published it instead.
	h.until(tab, "the empty field's message", fmt.Sprintf(`!!document.querySelector('.decision p.error') || document.querySelectorAll('.feed .post.brand').length > %d`, before))
	if n := brandPosts(t, tab); n != before {
		t.Fatalf("Shift+Enter or Ctrl+Enter on a choice published it (%d brand posts, were %d)", n, before)
	}
	h.shot(tab, "player-modified-enter")
}
