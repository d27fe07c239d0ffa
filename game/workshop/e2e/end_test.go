package e2e

import (
	"os"
	"testing"

	"github.com/chromedp/chromedp"
)

// The trainer's "End workshop" asks first, in the dashboard, in the
// trainer's language: Cancel keeps the workshop open, "Yes, end the
// workshop" ends it. (One click ended a running workshop.)
func TestTrainerIsAskedBeforeTheWorkshopEnds(t *testing.T) {
	h := newHarness(t, os.Getenv("WEBCARESIM_PLAYER_DIST"), "./cmd/webplayer")
	code := h.openWorkshop()
	h.run(h.trainer, "press End workshop in English",
		chromedp.Navigate(h.base+"/trainer?w="+code+"&lang=en"),
		chromedp.Click(chromedp.CSS(`#end`)),
		chromedp.WaitVisible(chromedp.CSS(`#end-confirm`)),
	)
	h.until(h.trainer, "the question in English", `document.querySelector('.confirm-end')?.textContent.includes('End this workshop now?')`)
	h.shot(h.trainer, "dashboard-end-1-asks-en")
	h.run(h.trainer, "cancel", chromedp.Click(chromedp.CSS(`#end-cancel`)), chromedp.WaitVisible(chromedp.CSS(`#end`)))
	h.until(h.trainer, "still open after Cancel", `!document.querySelector('.confirm-end') && document.body.textContent.includes('can join until')`)

	h.run(h.trainer, "press End workshop in Dutch",
		chromedp.Navigate(h.base+"/trainer?w="+code+"&lang=nl"),
		chromedp.Click(chromedp.CSS(`#end`)),
		chromedp.WaitVisible(chromedp.CSS(`#end-confirm`)),
	)
	h.until(h.trainer, "the question in Dutch", `document.querySelector('.confirm-end')?.textContent.includes('Deze workshop nu beëindigen?')`)
	h.shot(h.trainer, "dashboard-end-2-asks-nl")
	h.run(h.trainer, "confirm", chromedp.Click(chromedp.CSS(`#end-confirm`)))
	h.until(h.trainer, "the workshop has ended", `!document.querySelector('#end') && !document.querySelector('.confirm-end') &&
		document.body.textContent.includes('is afgelopen sinds')`)
	h.shot(h.trainer, "dashboard-end-3-ended")
}
