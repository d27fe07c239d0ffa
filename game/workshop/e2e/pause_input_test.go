package e2e

import (
	"context"
	"os"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
)

// composeText runs an input method's composition in the focused element:
// the candidate text, then its commit.
func composeText(candidate, text string) chromedp.Action[chromedp.Void] {
	return chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		if _, err := cdp.Call(ctx, tg, input.ImeSetComposition, input.ImeSetCompositionParams{Text: candidate,
			SelectionStart: int64(len([]rune(candidate))), SelectionEnd: int64(len([]rune(candidate)))}); err != nil {
			return err
		}
		_, err := cdp.Call(ctx, tg, input.InsertText, input.InsertTextParams{Text: text})
		return err
	})
}

// TestNoTextReachesTheReplyDuringThePause: while the trainer pauses the
// room, nothing the trainee types reaches the reply, an input method's
// composition and committed text included; one overlay says so. After the
// pause the reply is as it was and takes typing again.
func TestNoTextReachesTheReplyDuringThePause(t *testing.T) {
	h := newHarness(t, os.Getenv("WEBCARESIM_PLAYER_DIST"), "./cmd/webplayer")
	code := h.openWorkshop()
	tab := h.joinAndStart(code, "Mei")
	english := h.newTab()
	h.run(english, "Lin joins in English",
		chromedp.Navigate(h.base+"/?lang=en"),
		chromedp.WaitVisible(chromedp.CSS(`#join`)),
		chromedp.SendKeys(chromedp.CSS(`#code`), code),
		chromedp.SendKeys(chromedp.CSS(`#name`), "Lin"),
		eval(`document.getElementById('lang').value = 'en'`),
		chromedp.Click(chromedp.CSS(`#join-button`)),
		chromedp.WaitVisible(chromedp.CSS(`.scenario-card`)),
	)
	h.until(tab, "the reply field", `!!document.querySelector('textarea.own')`)
	h.run(tab, "type a beginning",
		eval(`document.querySelector('textarea.own').focus()`),
		insertText("Hallo Dorien"),
	)
	h.until(tab, "the beginning is in the reply", `document.querySelector('textarea.own').value === 'Hallo Dorien'`)

	h.run(h.trainer, "pause", chromedp.Click(chromedp.CSS(`#pause`)), chromedp.WaitVisible(chromedp.CSS(`p.banner`)))
	h.run(tab, "paused overlay", chromedp.WaitVisible(chromedp.CSS(`#paused`)))
	h.run(tab, "type through an input method and the keyboard during the pause",
		eval(`document.querySelector('textarea.own').focus()`),
		composeText("にほん", "日本"),
		insertText(" 中文"),
		chromedp.SendKeys(chromedp.CSS(`textarea.own`), "abc"),
	)
	if got := get(t, tab, "the reply during the pause", chromedp.Evaluate[string](`document.querySelector('textarea.own').value`)); got != "Hallo Dorien" {
		t.Errorf("the reply became %q during the pause, want it as it was (Hallo Dorien)", got)
	}
	overlays := get(t, tab, "the overlays", chromedp.Evaluate[int](`Array.from(document.querySelectorAll('.paused, .goon-shade, .loading, .noresume')).filter(e =>
		getComputedStyle(e).display !== 'none' && getComputedStyle(e).visibility !== 'hidden' && e.getClientRects().length > 0).length`))
	if overlays != 1 {
		t.Errorf("%d overlays show during the pause, want the pause's alone", overlays)
	}
	h.shot(tab, "pause-1-overlay-nl")
	h.run(english, "the English overlay", chromedp.WaitVisible(chromedp.CSS(`#paused`)))
	if got := get(t, english, "the English pause", chromedp.Text(chromedp.CSS(`#paused`))); !strings.Contains(got, "Paused") {
		t.Errorf("the English page's pause says %q", got)
	}
	h.shot(english, "pause-2-overlay-en")

	h.run(h.trainer, "resume", chromedp.Click(chromedp.CSS(`#pause`)), chromedp.WaitNotPresent(chromedp.CSS(`p.banner`)))
	h.run(tab, "pause lifted", chromedp.WaitNotVisible(chromedp.CSS(`#paused`)))
	h.run(tab, "type on", eval(`document.querySelector('textarea.own').focus()`), insertText(", sorry!"))
	h.until(tab, "the reply goes on where it was", `document.querySelector('textarea.own').value === 'Hallo Dorien, sorry!'`)
}
