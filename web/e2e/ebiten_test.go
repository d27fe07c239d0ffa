package e2e

import (
	"os"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// TestEbitenGameInTheBrowser loads the Ebiten build of the game (make web
// WEB_MAIN=./cmd/webcaresim into a folder named by WEBCARESIM_GAME_DIST) in
// the play page after joining, checks that it draws on a canvas, and keeps
// screenshots of its first screens (title, picker, the first decision). It
// plays no round to the end: the game does not report to the server yet.
func TestEbitenGameInTheBrowser(t *testing.T) {
	d := os.Getenv("WEBCARESIM_GAME_DIST")
	if d == "" {
		t.Skip("set WEBCARESIM_GAME_DIST to a folder with the Ebiten build (webcaresim.wasm, wasm_exec.js)")
	}
	h := newHarness(t, d)
	code := h.openWorkshop()
	tab := h.newTab()
	h.run(tab, "join",
		chromedp.Navigate(h.base+"/?lang=nl"),
		chromedp.WaitVisible(chromedp.CSS(`#join`)),
		chromedp.SendKeys(chromedp.CSS(`#code`), code),
		chromedp.SendKeys(chromedp.CSS(`#name`), "Sam"),
		chromedp.Click(chromedp.CSS(`#join-button`)),
		chromedp.WaitReady(chromedp.CSS(`canvas`)),
	)
	time.Sleep(8 * time.Second) // the wasm file is large; let it draw
	h.shot(tab, "ebiten-1-start")
	h.run(tab, "a key", chromedp.KeyEvent("\r"))
	time.Sleep(2 * time.Second)
	h.shot(tab, "ebiten-2-after-enter")
	h.run(tab, "pick the first scenario", chromedp.KeyEvent("\r"))
	time.Sleep(8 * time.Second)
	h.shot(tab, "ebiten-3-round")
	size := get(t, tab, "canvas size", chromedp.Evaluate[[]int](`(c => [c.width, c.height])(document.querySelector('canvas'))`))
	if len(size) != 2 || size[0] < 100 || size[1] < 100 {
		t.Fatalf("the game's canvas is %v", size)
	}
	t.Logf("canvas %dx%d", size[0], size[1])
}
