package e2e

import (
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// TestATrainerLoggedInAgainTakesOverTheControlRoom: the trainer steers the
// room in Dutch, logs in again in another browser (English), sees the room
// read-only with an offer to take it over, confirms what happens, and
// steers; the first page says in Dutch that another session took over and
// sends nothing any more.
func TestATrainerLoggedInAgainTakesOverTheControlRoom(t *testing.T) {
	h := newHarness(t, t.TempDir(), "")
	code := h.openWorkshop()
	h.run(h.trainer, "the control room in Dutch",
		chromedp.Navigate(h.base+"/trainer/w/"+code+"/control?lang=nl"),
		chromedp.WaitVisible(chromedp.CSS(`#dial-all`)),
	)
	h.until(h.trainer, "the first session steers", `!document.getElementById('steer').disabled && document.getElementById('claim').hidden`)

	other, cancel := chromedp.NewContext(h.trainer, chromedp.WithNewBrowserContext())
	t.Cleanup(cancel)
	if err := chromedp.Do(other); err != nil { // started on its own context: a step's timeout must not end it
		t.Fatal(err)
	}
	h.run(other, "log in again in another browser, in English",
		chromedp.Navigate(h.base+"/trainer?lang=en"),
		chromedp.WaitVisible(chromedp.CSS(`#secret`)),
		chromedp.SendKeys(chromedp.CSS(`#secret`), secret),
		chromedp.Submit(chromedp.CSS(`#secret`)),
		chromedp.WaitVisible(chromedp.CSS(`#title`)),
		chromedp.Navigate(h.base+"/trainer/w/"+code+"/control?lang=en"),
		chromedp.WaitVisible(chromedp.CSS(`#claim-open`)),
	)
	h.until(other, "the room is read-only and says why, in English", `document.getElementById('steer').disabled &&
		document.getElementById('claim-text').textContent.includes('Another trainer session steers this workshop')`)
	h.shot(other, "claim-1-watching-en")
	h.run(other, "ask to take over",
		chromedp.Click(chromedp.CSS(`#claim-open`)),
		chromedp.WaitVisible(chromedp.CSS(`#claim-dialog`)),
	)
	explain := get(t, other, "the confirmation", chromedp.Text(chromedp.CSS(`#claim-dialog`)))
	for _, want := range []string{"Take over the control room?", "becomes read-only", "Yes, take over", "Cancel"} {
		if !strings.Contains(explain, want) {
			t.Errorf("the confirmation %q does not say %q", explain, want)
		}
	}
	h.shot(other, "claim-2-confirm-en")
	h.run(other, "confirm", chromedp.Click(chromedp.CSS(`#claim-yes`)))
	h.until(other, "the new session steers", `!document.getElementById('steer').disabled && document.getElementById('claim').hidden`)
	h.shot(other, "claim-3-steering-en")

	h.until(h.trainer, "the first page is told in Dutch and is read-only", `document.getElementById('steer').disabled &&
		!document.getElementById('claim').hidden &&
		document.getElementById('claim-text').textContent.includes('heeft deze regiekamer overgenomen')`)
	// The takeover is in the control log, which the server wrote.
	h.until(h.trainer, "the control log names the takeover in Dutch", `[...document.querySelectorAll('#log-list li')].some(li => li.textContent.includes('Regie overgenomen door login'))`)
	h.shot(h.trainer, "claim-4-taken-over-nl")
	flash := get(t, h.trainer, "an action of the old page", chromedp.Evaluate[string](`fetch(location.pathname + '/dial?lang=nl', {method: 'POST',
		body: new URLSearchParams({target: 'all', dial: '1'})}).then(r => r.json()).then(j => j.error)`, chromedp.EvalAwaitPromise))
	if !strings.Contains(flash, "andere trainerssessie") {
		t.Errorf("the old page's action was answered %q, want a Dutch refusal", flash)
	}

	// The first page takes the room back, after the same confirmation in Dutch.
	h.run(h.trainer, "take the room back",
		chromedp.Click(chromedp.CSS(`#claim-open`)),
		chromedp.WaitVisible(chromedp.CSS(`#claim-dialog`)),
	)
	if got := get(t, h.trainer, "the Dutch confirmation", chromedp.Text(chromedp.CSS(`#claim-dialog`))); !strings.Contains(got, "wordt meteen alleen-lezen") {
		t.Errorf("the Dutch confirmation %q does not say the other session becomes read-only", got)
	}
	h.shot(h.trainer, "claim-5-confirm-nl")
	h.run(h.trainer, "confirm", chromedp.Click(chromedp.CSS(`#claim-yes`)))
	h.until(h.trainer, "the first session steers again", `!document.getElementById('steer').disabled && document.getElementById('claim').hidden`)
	h.until(other, "the English page is told", `document.getElementById('steer').disabled &&
		document.getElementById('claim-text').textContent.includes('Another trainer session took over this control room')`)
	h.until(other, "the control log names both takeovers in English", `[...document.querySelectorAll('#log-list li')].filter(li => li.textContent.includes('Control taken over by login')).length === 2`)
	h.shot(other, "claim-6-taken-over-en")
	h.run(other, "scroll to the log", chromedp.ScrollIntoView(chromedp.CSS(`#control-log`)))
	h.shot(other, "claim-7-log-en")
}
