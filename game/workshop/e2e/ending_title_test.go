package e2e

import (
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"github.com/webcaresim/webcaresim/game/session"
	"github.com/webcaresim/webcaresim/game/session/sessiontest"
	"github.com/webcaresim/webcaresim/scenarios"
)

// TestPlayerDebriefNamesTheEndingsVariantTitle plays the kitchen case in
// the HTML player: a threat over the review first, then the repair. The
// play screen said "Repaired, after a threat" while the debrief said
// "Repaired instead of threatened" with the story of a round that never
// threatened, and so did its 100 worlds.
func TestPlayerDebriefNamesTheEndingsVariantTitle(t *testing.T) {
	h := newHarness(t, os.Getenv("WEBCARESIM_PLAYER_DIST"), "./cmd/webplayer")
	threat := sessiontest.KitchenThreats["en"]
	sc, ok := scenarios.Builtin().Find("advocatenbrief", "en")
	if !ok {
		t.Fatal("advocatenbrief/en missing")
	}
	// The written choices the best path takes after the threat, by their
	// decision's first choice (what the page shows).
	played, err := session.Run(sc, session.Options{Seed: 1, Mode: session.Practice}, sessiontest.ThreatInTheKitchen("en"))
	if err != nil {
		t.Fatal(err)
	}
	pick := map[string]int{}
	for _, st := range played.Transcript().Steps {
		if d, ok := sc.Decision(st.Decision); ok && st.Choice > 0 {
			pick[d.Choices[0].Text] = st.Choice
		}
	}
	e, _ := sc.Ending("opgelost")
	base, want, baseOutcome, wantOutcome := e.Title, "", e.Outcome, ""
	for _, v := range e.Variants {
		if v.Title != "" {
			want, wantOutcome = v.Title, v.Outcome
		}
	}

	code := h.openWorkshopWith("advocatenbrief/en")
	tab := h.newTab()
	h.run(tab, "join",
		chromedp.Navigate(h.base+"/?lang=en"),
		chromedp.WaitVisible(chromedp.CSS(`#join`)),
		chromedp.SendKeys(chromedp.CSS(`#code`), code),
		chromedp.SendKeys(chromedp.CSS(`#name`), "Tess"),
		chromedp.Click(chromedp.CSS(`#join-button`)),
	)
	// the game loads on its own step: on a loaded machine it takes most of one
	h.run(tab, "the scenarios load", chromedp.WaitVisible(chromedp.CSS(`.scenario-card`)))
	h.run(tab, "open the briefing and start",
		chromedp.KeyEvent("1"),
		chromedp.WaitVisible(chromedp.CSS(`.briefing`)),
		chromedp.KeyEvent(kb.Enter),
	) // the time-lapse to the first decision is waited for below, on the round's deadline
	typed := threat
	deadline := time.Now().Add(4 * time.Minute)
	for {
		if time.Now().After(deadline) {
			h.shot(tab, "failed-ending-title")
			t.Fatal("the round did not reach the debrief in 4 minutes")
		}
		state := get(t, tab, "state", chromedp.Evaluate[string](`document.querySelector('.debrief') ? 'debrief' :
			document.querySelector('.decision .choice') ? 'choice' : 'wait'`))
		if state == "debrief" {
			break
		}
		if state == "choice" && typed != "" {
			h.run(tab, "type the threat", chromedp.Focus(chromedp.CSS(`textarea.own`)),
				chromedp.SendKeys(chromedp.CSS(`textarea.own`), typed),
				chromedp.KeyEvent("\r", chromedp.KeyModifiers(chromedp.ModifierCtrl)))
			typed = ""
			time.Sleep(500 * time.Millisecond)
		} else if state == "choice" {
			first := get(t, tab, "first choice", chromedp.Evaluate[string](`document.querySelector('.decision .choice .text')?.textContent || document.querySelector('.decision .choice').textContent`))
			n := 0
			for text, k := range pick {
				if strings.Contains(first, text) {
					n = k
				}
			}
			if n == 0 {
				h.shot(tab, "failed-ending-title")
				t.Fatalf("a decision off the best path after the threat: %q", first)
			}
			h.run(tab, "pick and publish", chromedp.KeyEvent(strconv.Itoa(n)), chromedp.WaitVisible(chromedp.CSS(`.choice.picked`)),
				chromedp.KeyEvent(kb.Enter), chromedp.WaitNotPresent(chromedp.CSS(`.choice.picked`)))
		}
		time.Sleep(300 * time.Millisecond)
	}
	h.run(tab, "result sent", chromedp.WaitVisible(chromedp.CSS(`.sent.ok`)))
	rep := h.storedReport(code, "Tess")
	if rep.Ending != "opgelost" && rep.TurnedFrom != "opgelost" {
		t.Fatalf("the round ended %q (turned from %q), not the repaired ending", rep.Ending, rep.TurnedFrom)
	}
	// the 100 worlds come in after the page
	for range 240 {
		if w := get(t, tab, "worlds", chromedp.Evaluate[string](`document.querySelector('.debrief .worlds')?.textContent || ''`)); strings.Contains(w, want) {
			break
		}
		time.Sleep(500 * time.Millisecond)
	}
	page := get(t, tab, "debrief", chromedp.Evaluate[string](`document.querySelector('.debrief').innerText`))
	if n := strings.Count(page, want); n < 2 || strings.Contains(page, base) {
		t.Errorf("the debrief names the ending %q %d times (want the ending's line and the worlds) and %q: %v\n%s", want, n, base, strings.Contains(page, base), page)
	}
	if rep.Ending == "opgelost" && !strings.Contains(page, "Anyone who reads the whole thread also sees that threat") {
		t.Errorf("the debrief's ending does not tell the story of the round that threatened:\n%s", page)
	}
	// The outcome line beside it was the scenario's "A review that builds
	// trust", beside the story of the threat.
	if rep.Ending == "opgelost" && (wantOutcome == "" || !strings.Contains(page, wantOutcome) || strings.Contains(page, baseOutcome)) {
		t.Errorf("the debrief's outcome line is not the variant's %q (the scenario's %q shown: %v):\n%s", wantOutcome, baseOutcome, strings.Contains(page, baseOutcome), page)
	}
	h.run(tab, "scroll to the ending", eval(`document.querySelector('.debrief .ending').scrollIntoView({block:'start'})`))
	h.shot(tab, "web-advocatenbrief-en-ending-variant")
}
