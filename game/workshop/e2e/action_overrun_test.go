package e2e

import (
	"os"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// As in the window (playtest 22, P22-20): after an action the focus goes to
// the answer, not the action's button (Enter waited again), and an action
// that would run past the moment silence takes over the question asks
// first; only a second press takes it. Sanoma: the question closes after
// 45 minutes, a wait costs 15, so the third wait runs past it.
func TestPlayerAWaitPastTheQuestionAsksFirst(t *testing.T) {
	h := newHarness(t, os.Getenv("WEBCARESIM_PLAYER_DIST"), "./cmd/webplayer")
	code := h.openWorkshop()
	tab := h.joinAndStart(code, "Wim")
	h.until(tab, "the first question opens", `!!document.querySelector('.decision [data-act="act:wait"]')`)
	prompt := get(t, tab, "the prompt", chromedp.Text(chromedp.CSS(`.decision .prompt`)))
	wait := func(what string) {
		t.Helper()
		h.run(tab, what, chromedp.Click(chromedp.CSS(`.decision [data-act="act:wait"]`)))
	}
	wait("the first wait")
	h.until(tab, "the focus leaves Wait", `document.activeElement && document.activeElement.dataset.act !== 'act:wait'`)
	wait("the second wait")
	wait("the third wait")
	h.until(tab, "the warning", `(document.querySelector('.decision .error')?.textContent || '').includes('neemt de stilte het over')`)
	if now := get(t, tab, "the prompt", chromedp.Text(chromedp.CSS(`.decision .prompt`))); now != prompt {
		t.Fatalf("the third wait ran at its first press: the question is now %q", now)
	}
	h.shot(tab, "player-overrun-1-asked")
	// The warning follows the clock, as the line under the prompt does: it
	// kept the minutes of the press while that line counted on.
	asked := get(t, tab, "the warning's minutes", chromedp.Evaluate[string](`document.querySelector('.decision .overrun').textContent.match(/over (\d+) min/)[1]`))
	h.until(tab, "the warning counts on with the clock", `(() => {
		const line = (document.querySelector('.deadline')?.textContent || '').match(/nog (\d+) min/);
		const warn = (document.querySelector('.decision .overrun')?.textContent || '').match(/over (\d+) min/);
		return !!line && !!warn && line[1] === warn[1] && warn[1] !== `+jsString(asked)+`;
	})()`)
	h.shot(tab, "player-overrun-2-follows")
	wait("the third wait, confirmed")
	h.until(tab, "silence takes over", `!document.querySelector('.decision .prompt') || document.querySelector('.decision .prompt').textContent !== `+jsString(prompt))
	if strings.TrimSpace(prompt) == "" {
		t.Fatal("the first question had no prompt: the test cannot tell it changed")
	}
}
