package e2e

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// A reply that begins with a number is published whole in the browser, as
// in the window (playtest 24, P24-9): the number typed with no reply begun
// picked its written choice and was cut from the reply. It picks the choice
// and is held; the first character of writing puts it in the field in
// front of it and the pick goes.
func TestPlayerAReplyThatBeginsWithANumberKeepsIt(t *testing.T) {
	h := newHarness(t, os.Getenv("WEBCARESIM_PLAYER_DIST"), "./cmd/webplayer")
	code := h.openWorkshop()
	tab := h.joinAndStart(code, "Cijfer")
	h.until(tab, "the first question opens", `!!document.querySelector('.decision textarea.own') && document.querySelectorAll('.decision .choice').length >= 2`)
	before := brandPosts(t, tab)
	h.run(tab, "press 2", chromedp.KeyEvent("2"))
	h.until(tab, "choice 2 picked, the field empty, the number said to be kept",
		`document.querySelectorAll('.decision .choice')[1].classList.contains('picked') && document.querySelector('textarea.own').value === '' && !!document.querySelector('.pick-row .held')`)
	h.shot(tab, "player-digit-held")
	const reply = "2 dagen wachten is te lang, Dorien. Ik bel je vandaag. ^Lotte"
	var keys []chromedp.Action[chromedp.Void]
	for _, r := range reply[1:] {
		keys = append(keys, chromedp.KeyEvent(string(r)))
	}
	h.run(tab, "type the rest of the reply", keys...)
	h.until(tab, "the whole reply in the field", fmt.Sprintf(`document.querySelector('textarea.own').value === %q`, reply))
	if picked := get(t, tab, "the picked choices", chromedp.Evaluate[int](`document.querySelectorAll('.decision .choice.picked').length`)); picked != 0 {
		t.Errorf("%d choices picked after the reply was typed, want none: the 2 began the reply", picked)
	}
	h.run(tab, "publish with Ctrl+Enter", chromedp.KeyEvent("\r", chromedp.KeyModifiers(chromedp.ModifierCtrl)))
	h.until(tab, "the reply in the feed", fmt.Sprintf(`document.querySelectorAll('.feed .post.brand').length > %d`, before))
	text := get(t, tab, "the published reply", chromedp.Evaluate[string](`[...document.querySelectorAll('.feed .post.brand')].map(p => p.textContent).join('\n')`))
	if !strings.Contains(text, reply) {
		t.Fatalf("the feed shows %q, want the reply %q whole", text, reply)
	}
	h.shot(tab, "player-digit-published")
}
