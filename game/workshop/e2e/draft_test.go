package e2e

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// A trainer's inject asks the press's question in the middle of a reply to
// the customer, and the draft written for Dorien stays in the field under
// the journalist's question. As in the window, the field says the question
// changed, and the first Ctrl+Enter only confirms that the draft is meant
// for it; the second publishes it. (One Ctrl+Enter sent the reply written
// for one person to another.) Once published, the field is empty when
// Dorien's question comes back.
func TestPlayerADraftIsNotPublishedToANewQuestionByOneCtrlEnter(t *testing.T) {
	h := newHarness(t, os.Getenv("WEBCARESIM_PLAYER_DIST"), "./cmd/webplayer")
	code := h.openWorkshop()
	tab := h.joinAndStart(code, "Daan")
	h.until(tab, "Dorien's question opens", `!!document.querySelector('.decision textarea.own')`)
	const draft = "Hoi Dorien, sorry voor het misverstand! Ik bel je vandaag nog. ^Lotte"
	h.run(tab, "type a draft for Dorien", chromedp.SendKeys(chromedp.CSS(`textarea.own`), draft))
	before := brandPosts(t, tab)

	h.run(h.trainer, "control room",
		chromedp.Navigate(h.base+"/trainer/w/"+code+"/control"),
		chromedp.WaitVisible(chromedp.CSS(`button.inject[data-inject="journalist"]`)),
	)
	h.until(h.trainer, "the trainee on the control page", `document.querySelectorAll('#trainee-rows tr').length === 1 &&
		!Array.from(document.querySelectorAll('#trainee-rows td.scenario')).some(td => td.textContent.includes('speelt nu niet'))`)
	h.run(h.trainer, "send the journalist",
		chromedp.Click(chromedp.CSS(`button.inject[data-inject="journalist"]`)),
		chromedp.WaitVisible(chromedp.Search(`//p[@id="flash"][contains(., "Verstuurd naar 1")]`)),
	)
	h.until(tab, "the journalist's question opens", `document.querySelector('.decision .prompt')?.textContent.includes('journalist')`)
	if kept := get(t, tab, "the reply field", chromedp.Evaluate[string](`document.querySelector('textarea.own').value`)); kept != draft {
		t.Fatalf("under the journalist's question the field holds %q, want the draft for Dorien kept (the test is about it)", kept)
	}
	notice := get(t, tab, "the draft's notice", chromedp.Evaluate[string](`document.querySelector('.decision .draft-notice')?.textContent || ''`))
	if !strings.Contains(notice, "Nieuwe vraag van") {
		t.Errorf("the field does not say the question changed: notice %q", notice)
	}
	h.shot(tab, "player-draft-1-new-question")

	h.run(tab, "the first Ctrl+Enter",
		chromedp.Focus(chromedp.CSS(`textarea.own`)),
		chromedp.KeyEvent("\r", chromedp.KeyModifiers(chromedp.ModifierCtrl)),
	)
	h.until(tab, "the notice goes", `!document.querySelector('.decision .draft-notice')`)
	time.Sleep(time.Second) // the 100 ms tick runs: a publish would show
	if n := brandPosts(t, tab); n != before {
		t.Fatalf("one Ctrl+Enter published the draft written for Dorien to the journalist (%d brand posts, were %d)", n, before)
	}
	if prompt := get(t, tab, "the prompt", chromedp.Text(chromedp.CSS(`.decision .prompt`))); !strings.Contains(prompt, "journalist") {
		t.Fatalf("after the first Ctrl+Enter the question is %q, want the journalist's still open", prompt)
	}
	h.shot(tab, "player-draft-2-confirmed")

	h.run(tab, "the second Ctrl+Enter", chromedp.KeyEvent("\r", chromedp.KeyModifiers(chromedp.ModifierCtrl)))
	h.until(tab, "the draft is published", fmt.Sprintf(`document.querySelectorAll('.feed .post.brand').length > %d`, before))
	h.until(tab, "Dorien's question comes back", `!!document.querySelector('.decision textarea.own') &&
		!document.querySelector('.decision .prompt')?.textContent.includes('journalist')`)
	if left := get(t, tab, "the reply field", chromedp.Evaluate[string](`document.querySelector('textarea.own').value`)); left != "" {
		t.Errorf("when Dorien's question comes back the field still holds the published reply %q", left)
	}
	if n := get(t, tab, "notices", chromedp.Evaluate[int](`document.querySelectorAll('.decision .draft-notice').length`)); n != 0 {
		t.Errorf("Dorien's question comes back with %d notices of a stale draft; the field is empty", n)
	}
	h.shot(tab, "player-draft-3-back")
}

// A draft left in the field when the trainee publishes a written choice is
// kept through the wait, as in the window: the box says it is kept, the
// clock says the time runs fast ("Versneld ×N"), and at the next question
// the draft is back in the field with the stale-draft notice, so one
// Ctrl+Enter does not publish it. (The browser dropped the draft with the
// field and showed no time-lapse.)
func TestPlayerKeepsADraftThroughAWaitAndShowsTheTimeLapse(t *testing.T) {
	h := newHarness(t, os.Getenv("WEBCARESIM_PLAYER_DIST"), "./cmd/webplayer")
	code := h.openWorkshop()
	tab := h.joinAndStart(code, "Noor")
	h.until(tab, "the first question opens", `!!document.querySelector('.decision textarea.own')`)
	const draft = "Hoi Dorien, dat had ik verkeerd gelezen"
	h.run(tab, "type a draft, then pick and publish written choice 1",
		chromedp.SendKeys(chromedp.CSS(`textarea.own`), draft),
		chromedp.Click(chromedp.CSS(`.choice[data-act="choose:0"]`)),
		chromedp.WaitVisible(chromedp.CSS(`.pick-row button`)),
		chromedp.Click(chromedp.CSS(`.pick-row button`)),
	)
	h.until(tab, "the wait says the draft is kept", `document.querySelector('.decision .kept')?.textContent.includes(`+jsString(draft)+`)`)
	h.shot(tab, "player-wait-1-kept")
	h.until(tab, "the clock says it runs fast", `/Versneld ×\d+/.test(document.querySelector('.round-head .lapse')?.textContent || '')`)
	h.shot(tab, "player-wait-2-lapse")
	h.until(tab, "the next question opens", `!!document.querySelector('.decision textarea.own')`)
	if kept := get(t, tab, "the reply field", chromedp.Evaluate[string](`document.querySelector('textarea.own').value`)); kept != draft {
		t.Fatalf("at the next question the field holds %q, want the draft %q", kept, draft)
	}
	notice := get(t, tab, "the draft's notice", chromedp.Evaluate[string](`document.querySelector('.decision .draft-notice')?.textContent || ''`))
	if !strings.Contains(notice, "Nieuwe vraag van") {
		t.Errorf("the kept draft comes back without the notice that the question changed: %q", notice)
	}
	h.shot(tab, "player-wait-3-back")
	before := brandPosts(t, tab)
	h.run(tab, "one Ctrl+Enter",
		chromedp.Focus(chromedp.CSS(`textarea.own`)),
		chromedp.KeyEvent("\r", chromedp.KeyModifiers(chromedp.ModifierCtrl)),
	)
	h.until(tab, "the notice goes", `!document.querySelector('.decision .draft-notice')`)
	if n := brandPosts(t, tab); n != before {
		t.Fatalf("one Ctrl+Enter published the kept draft to a new question (%d brand posts, were %d)", n, before)
	}
}
