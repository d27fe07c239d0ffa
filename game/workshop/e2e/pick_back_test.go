package e2e

import (
	"os"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// Writing in the reply field takes a pick back, also when the field
// already had the focus, as in the window (Session.TypeAtDecision; the
// window's ownReplyBegun): a trainee who had begun a reply, clicked a
// written choice to read it and clicked back into the field to write on
// saw the choice still framed with its publish button beside their own
// reply, two answers that both looked chosen. The reply they publish is
// their own, and no choice stays framed.
func TestPlayerWritingInTheFocusedFieldTakesThePickBack(t *testing.T) {
	h := newHarness(t, os.Getenv("WEBCARESIM_PLAYER_DIST"), "./cmd/webplayer")
	code := h.openWorkshop()
	tab := h.joinAndStart(code, "Sanne")
	h.until(tab, "the first question opens", `!!document.querySelector('.decision textarea.own') && !!document.querySelector('.decision .choice')`)
	h.run(tab, "begin a reply in the field", chromedp.Click(chromedp.CSS(`textarea.own`)), chromedp.SendKeys(chromedp.CSS(`textarea.own`), "Hoi Dorien,"))
	h.run(tab, "click the second written choice", chromedp.Click(chromedp.CSS(`.decision .choice[data-act="choose:1"]`)))
	h.until(tab, "the choice is picked", `document.querySelectorAll('.decision .choice.picked').length === 1 && !document.querySelector('.pick-row').hidden`)
	h.run(tab, "click back into the field", chromedp.Click(chromedp.CSS(`textarea.own`)))
	h.until(tab, "the field has the focus and the pick stands", `document.activeElement?.matches('textarea.own') && document.querySelectorAll('.decision .choice.picked').length === 1`)
	h.run(tab, "write on", chromedp.KeyEvent(" sorry"))
	h.until(tab, "the words in the field", `(document.querySelector('textarea.own')?.value || '').endsWith(' sorry')`)
	if picked := get(t, tab, "the framed choices", chromedp.Evaluate[int](`document.querySelectorAll('.decision .choice.picked').length`)); picked != 0 {
		t.Errorf("%d choice(s) still framed after writing in the focused field, want the pick taken back", picked)
	}
	if shown := get(t, tab, "the publish button of the pick", chromedp.Evaluate[bool](`!document.querySelector('.pick-row').hidden`)); shown {
		t.Error("the picked choice's publish button still shows beside the reply being written")
	}
	h.shot(tab, "player-pick-taken-back")
	choice := get(t, tab, "the picked choice's text", chromedp.Evaluate[string](`document.querySelector('.decision .choice[data-act="choose:1"] span').textContent`))
	h.run(tab, "publish with Ctrl+Enter", chromedp.KeyEvent("\r", chromedp.KeyModifiers(chromedp.ModifierCtrl)))
	h.until(tab, "the trainee's own reply is published", `[...document.querySelectorAll('.feed .post.brand')].some(p => p.textContent.includes('Hoi Dorien, sorry'))`)
	if pub := get(t, tab, "the brand's posts", chromedp.Evaluate[string](`[...document.querySelectorAll('.feed .post.brand')].map(p => p.textContent).join(' | ')`)); strings.Contains(pub, choice) {
		t.Errorf("the written choice that was taken back was published: %q", pub)
	}
}
