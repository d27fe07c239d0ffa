package e2e

import (
	"context"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// TestPlayerInTheBrowserInEnglish plays the English Sanoma case in the
// HTML player from the join page to the debrief's 100 worlds: everything
// the trainee reads is English, and the meter's bar takes its colour from
// the session's level as the window's does.
func TestPlayerInTheBrowserInEnglish(t *testing.T) {
	h := newHarness(t, os.Getenv("WEBCARESIM_PLAYER_DIST"), "./cmd/webplayer")
	base, shot, run := h.base, h.shot, h.run
	code := h.openWorkshopWith("sanoma-juf/en")
	trainee := h.newTab()
	run(trainee, "join in English",
		chromedp.Navigate(base+"/?lang=en"),
		chromedp.WaitVisible(chromedp.CSS(`#join`)),
		chromedp.SendKeys(chromedp.CSS(`#code`), strings.ToLower(code)),
		chromedp.SendKeys(chromedp.CSS(`#name`), "Sam Jones"),
		chromedp.Click(chromedp.CSS(`#join-button`)),
		chromedp.WaitVisible(chromedp.CSS(`.scenario-card`)),
	)
	run(trainee, "briefing and start", chromedp.KeyEvent("1"), chromedp.WaitVisible(chromedp.CSS(`.briefing .tone`)),
		chromedp.KeyEvent(kb.Enter), chromedp.WaitVisible(chromedp.CSS(`.choice`)))
	if p := get(t, trainee, "prompt", chromedp.Text(chromedp.CSS(`.decision .prompt`))); !strings.Contains(p, "Dorien") || strings.Contains(p, " je ") {
		t.Errorf("the English round's first prompt is %q", p)
	}
	levels := map[string]bool{}
	// meter reads the meter's level and its bar's colour in one go (the
	// round may have moved on to the debrief, which has no meter)
	meter := func() {
		got := get(t, trainee, "meter", chromedp.Evaluate[string](`(function(){var m=document.querySelector('.outrage-meter'); if(!m) return '';
			return (m.dataset.level||'?') + '|' + getComputedStyle(m.querySelector('.bar')).backgroundColor;})()`))
		if got == "" {
			return
		}
		lv, colour, _ := strings.Cut(got, "|")
		// the bar's colour follows the session's level: green on the
		// brand's side and when calm, as in the window
		want, ok := map[string]string{"brand-side": "rgb(46, 125, 50)", "calm": "rgb(46, 125, 50)", "warm": "rgb(240, 160, 32)", "storm": "rgb(198, 40, 40)", "spread": "rgb(142, 27, 18)"}[lv]
		if !ok {
			t.Fatalf("the meter has level %q; want brand-side, calm, warm, storm or spread from the session", lv)
		}
		levels[lv] = true
		if colour != want {
			t.Errorf("the meter at level %s is %s, want %s", lv, colour, want)
		}
	}
	meter()
	shot(trainee, "player-en-1-decision")
	deadline := time.Now().Add(3 * time.Minute)
	decisions := 0
	for {
		if time.Now().After(deadline) {
			shot(trainee, "timeout-en")
			t.Fatal("the English round did not reach the debrief in 3 minutes")
		}
		state := get(t, trainee, "state", chromedp.Evaluate[string](`document.querySelector('.debrief') ? 'debrief' : (document.querySelector('.choice') ? 'choice' : 'wait')`))
		if state == "debrief" {
			break
		}
		meter()
		if state == "choice" {
			decisions++
			// the historical reply first (choice 1 in Sanoma's case), then
			// the first choice each time
			run(trainee, "pick 1", chromedp.KeyEvent("1"), chromedp.WaitVisible(chromedp.CSS(`.choice.picked`)))
			run(trainee, "publish", chromedp.KeyEvent(kb.Enter), chromedp.WaitNotPresent(chromedp.CSS(`.choice.picked`)))
			if decisions == 1 {
				time.Sleep(4 * time.Second) // the crowd reacts to the reply
				meter()
				shot(trainee, "player-en-2-chatter")
			}
		}
		time.Sleep(300 * time.Millisecond)
	}
	run(trainee, "result sent", chromedp.WaitVisible(chromedp.CSS(`.sent.ok`)))
	shot(trainee, "player-en-3-debrief")
	worldsCtx, cancel := context.WithTimeout(trainee, 3*time.Minute)
	defer cancel()
	if _, err := chromedp.Run(worldsCtx, chromedp.Poll[bool](`document.querySelector("p.worlds")?.textContent.includes("of 100 worlds")`, chromedp.WithPollingTimeout(3*time.Minute), chromedp.WithPollingInterval(time.Second))); err != nil {
		shot(trainee, "worlds-timeout-en")
		t.Fatalf("the 100 worlds did not show: %v", err)
	}
	run(trainee, "scroll to the worlds", chromedp.ScrollIntoView(chromedp.CSS(`p.worlds`)))
	shot(trainee, "player-en-4-debrief-worlds")
	worlds := get(t, trainee, "worlds text", chromedp.Text(chromedp.CSS(`p.worlds`)))
	if !strings.Contains(worlds, "Your replies: a bad ending in") || !strings.Contains(worlds, "The real reply: a bad ending in") {
		t.Errorf("the 100 worlds say %q, want the trainee's and the real reply's storms in English", worlds)
	}
	if len(levels) == 0 {
		t.Error("the meter was never seen during the round")
	}
	t.Logf("%d decisions; meter levels seen %v; screenshots in %s", decisions, levels, h.shots)
}
