package e2e

import (
	"context"
	"os"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/webcaresim/webcaresim/game/workshop/client"
)

// When the game drawn on a canvas cannot go on with the round the link
// names, the page's notice that says so is seen: over the canvas, not
// under it.
func TestTheCannotResumeNoticeShowsOverTheGame(t *testing.T) {
	h := newHarness(t, os.Getenv("WEBCARESIM_DIST"), "./cmd/webcaresim")
	code := h.openWorkshop()
	const name = "Sam Nergens"
	_, joined, err := client.Join(context.Background(), h.base, code, name, "nl")
	if err != nil {
		t.Fatal(err)
	}
	tab := joinedBrowser(t, h, joined, name, code)
	h.run(tab, "a link to a round the server does not hold", chromedp.Navigate(h.base+"/play?lang=nl&resume=R-unknown"))
	h.until(tab, "the notice", `!document.getElementById('noresume').hidden && document.body.classList.contains('canvas-game')`)
	seen := get(t, tab, "what is on top of the notice", chromedp.Evaluate[bool](`(() => {
		const n = document.getElementById('noresume'), r = n.getBoundingClientRect();
		const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
		return r.width > 0 && !!top && n.contains(top);
	})()`))
	if !seen {
		t.Error("the cannot-resume notice is under the game's canvas")
	}
	h.shot(tab, "noresume-over-canvas-nl")
}
