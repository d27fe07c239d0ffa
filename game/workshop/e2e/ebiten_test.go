package e2e

import (
	"context"
	"encoding/json"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// gameState is globalThis.webcaresimGame, what the game in the page shows
// (cmd/webcaresim/page_js.go).
type gameState struct {
	Frames   int    `json:"frames"`
	Scene    string `json:"scene"` // menu, round, debrief, left
	Scenario string `json:"scenario"`
	Decision string `json:"decision"`
	Choices  int    `json:"choices"`
	FreeText bool   `json:"freeText"`
	Ending   string `json:"ending"`
	Replies  int    `json:"replies"`
	Paused   bool   `json:"paused"`
	Rounds   int    `json:"rounds"`
	Result   string `json:"result"`
	Error    string `json:"error"`
}

func (g gameState) String() string { b, _ := json.Marshal(g); return string(b) }

// game reads the game's state from the page.
func (h *harness) game(tab context.Context) gameState {
	h.t.Helper()
	return get(h.t, tab, "the game's state", chromedp.Evaluate[gameState](`globalThis.webcaresimGame || {}`))
}

// waitGame polls the game's state until ok holds, or fails after timeout.
func (h *harness) waitGame(tab context.Context, what string, timeout time.Duration, ok func(gameState) bool) gameState {
	h.t.Helper()
	deadline := time.Now().Add(timeout)
	for {
		g := h.game(tab)
		if ok(g) {
			return g
		}
		if time.Now().After(deadline) {
			h.shot(tab, "failed")
			h.t.Fatalf("%s: not within %v; the game shows %v", what, timeout, g)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// press presses a key in the game and waits for it to be played: Ebiten
// reads the keyboard once a frame and sees two presses of one key between
// frames as one, so the next key waits for a frame after this one, and for
// a second (the frame under way may have begun before the key) as long as
// the screen asks for frames by itself, up to a second.
func (h *harness) press(tab context.Context, what, key string) gameState {
	h.t.Helper()
	before := h.game(tab).Frames
	h.run(tab, what, chromedp.KeyEvent(key))
	g := h.waitGame(tab, what+" played", 20*time.Second, func(g gameState) bool { return g.Frames > before })
	for end := time.Now().Add(time.Second); g.Frames < before+2 && time.Now().Before(end); {
		time.Sleep(50 * time.Millisecond)
		g = h.game(tab)
	}
	return g
}

// TestEbitenGameInTheBrowser plays a round of the game itself in the play
// page: the Ebiten build of ./cmd/webcaresim in $WEBCARESIM_DIST (make web),
// or built by the test. The trainee joins, the game starts on its title
// screen with the trainee's name and language, the trainer's pause stops
// it, the trainee plays sanoma-juf to the debrief with the keyboard alone
// (Enter on the title and the picker, Tab to the reply field and a typed
// reply at the first decision, Enter twice on the first choice after that (pick,
// publish) and
// on "to the debrief"), and the dashboard shows the result.
func TestEbitenGameInTheBrowser(t *testing.T) {
	h := newHarness(t, os.Getenv("WEBCARESIM_DIST"), "./cmd/webcaresim")
	ctx := context.Background()
	code := h.openWorkshop()
	tab := h.newTab()
	const name = "Sam <b>Jansen</b>"
	h.run(tab, "join page",
		chromedp.Navigate(h.base+"/?lang=nl"),
		chromedp.WaitVisible(chromedp.CSS(`#join`)),
		chromedp.SendKeys(chromedp.CSS(`#code`), code),
		chromedp.SendKeys(chromedp.CSS(`#name`), name),
	)
	h.shot(tab, "1-join")
	h.run(tab, "join", chromedp.Click(chromedp.CSS(`#join-button`)), chromedp.WaitReady(chromedp.CSS(`body > canvas`)))

	// The wasm file is large: allow for its download and compilation.
	g := h.waitGame(tab, "the game draws its title screen", 2*time.Minute, func(g gameState) bool { return g.Frames > 0 })
	h.run(tab, "the page gives the window to the canvas", chromedp.WaitReady(chromedp.CSS(`body.canvas-game`)))
	// Until that first frame the page said the game was loading (a black
	// canvas for a minute, playtest 14, P14-20); once drawn, that goes.
	if said := get(t, tab, "the loading notice", chromedp.Evaluate[string](`document.getElementById('loading').textContent`)); !strings.Contains(said, "Het spel wordt geladen") {
		t.Errorf("the play page's loading notice says %q", said)
	}
	h.run(tab, "the loading notice goes once the game draws", chromedp.WaitNotVisible(chromedp.CSS(`#loading`)))
	size := get(t, tab, "canvas size", chromedp.Evaluate[[]int](`(c => [c.width, c.height])(document.querySelector('body > canvas'))`))
	if len(size) != 2 || size[0] < 600 || size[1] < 400 {
		t.Fatalf("the game's canvas is %v", size)
	}
	h.shot(tab, "2-game-title")

	// Enter on the title (its focus is on Start) opens the picker, which
	// offers the workshop's one scenario; Enter there starts the round.
	h.press(tab, "Enter on the title", kb.Enter)
	h.shot(tab, "3-game-picker")
	for try := 0; g.Scene != "round"; try++ {
		// A key the game missed (two presses between frames count as
		// one) is pressed again: Enter on the picker only starts the
		// round, and the round has nothing to press before its first
		// decision.
		if try == 3 {
			h.shot(tab, "failed")
			t.Fatalf("Enter on the picker started no round; the game shows %v", g)
		}
		h.run(tab, "Enter on the scenario", chromedp.KeyEvent(kb.Enter))
		for end := time.Now().Add(5 * time.Second); g.Scene != "round" && time.Now().Before(end); {
			time.Sleep(100 * time.Millisecond)
			g = h.game(tab)
		}
	}
	if g.Scenario != "sanoma-juf/nl" {
		t.Fatalf("the round plays %q, want the workshop's sanoma-juf/nl", g.Scenario)
	}

	// The trainer pauses the room: the game hears it and stops; then
	// resumes.
	h.run(h.trainer, "pause", chromedp.Click(chromedp.CSS(`#pause`)), chromedp.WaitVisible(chromedp.CSS(`p.banner`)))
	h.waitGame(tab, "the game paused", 15*time.Second, func(g gameState) bool { return g.Paused })
	h.run(tab, "paused overlay", chromedp.WaitVisible(chromedp.CSS(`#paused`)))
	h.shot(tab, "4-game-paused")
	h.run(h.trainer, "resume", chromedp.Click(chromedp.CSS(`#pause`)), chromedp.WaitNotPresent(chromedp.CSS(`p.banner`)))
	h.waitGame(tab, "the game resumed", 15*time.Second, func(g gameState) bool { return !g.Paused })
	h.run(tab, "pause lifted", chromedp.WaitNotVisible(chromedp.CSS(`#paused`)))

	const reply = "Sorry Dorien, je hebt gelijk! Ik bel je vandaag nog. ^Lotte"
	deadline := time.Now().Add(4 * time.Minute)
	typed, decisions, shotRound := false, 0, false
	for g.Scene == "round" {
		if time.Now().After(deadline) {
			h.shot(tab, "failed")
			t.Fatalf("the round did not reach the debrief in 4 minutes; the game shows %v", g)
		}
		switch {
		case g.Decision != "" && !typed && g.FreeText:
			// The first decision: Tab past the choices to the reply field;
			// Ebiten's text input takes the DOM focus at the next key
			// release. The reply goes in as one input, the way an IME
			// commits text (a key event per character takes seconds each
			// under software WebGL), and Enter publishes it.
			if !shotRound {
				h.shot(tab, "5-game-round")
				shotRound = true
			}
			for range g.Choices {
				h.press(tab, "Tab", kb.Tab)
			}
			focused := false
			for end := time.Now().Add(15 * time.Second); time.Now().Before(end); {
				h.press(tab, "End", kb.End)
				if get(t, tab, "text input focus", chromedp.Evaluate[bool](`document.activeElement && document.activeElement.id === 'ebitengine-textinput'`)) {
					focused = true
					break
				}
				time.Sleep(100 * time.Millisecond)
			}
			if !focused {
				h.shot(tab, "failed")
				t.Fatalf("the reply field did not take the keyboard; the game shows %v", h.game(tab))
			}
			h.run(tab, "type a reply", insertText(reply))
			h.shot(tab, "6-game-typing")
			before := g
			h.run(tab, "publish", chromedp.KeyEvent(kb.Enter))
			g = h.waitGame(tab, "the typed reply published", 20*time.Second, func(g gameState) bool {
				return g.Replies > before.Replies || g.Decision != before.Decision
			})
			if g.Replies == 0 {
				t.Fatalf("the typed reply was not published; the game shows %v", g)
			}
			typed = true
			decisions++
		case g.Decision != "":
			// Later decisions: the first choice has the focus. Enter
			// picks it, and Enter on the picked choice publishes it.
			before := g
			h.press(tab, "pick", kb.Enter)
			h.run(tab, "publish the pick", chromedp.KeyEvent(kb.Enter))
			g = h.waitGame(tab, "the choice taken", 20*time.Second, func(g gameState) bool {
				return g.Replies > before.Replies || g.Decision != before.Decision
			})
			decisions++
		case g.Ending != "":
			// The ending: "to the debrief" has the focus.
			h.shot(tab, "7-game-ending")
			h.run(tab, "to the debrief", chromedp.KeyEvent(kb.Enter))
			g = h.waitGame(tab, "the debrief", 20*time.Second, func(g gameState) bool { return g.Scene != "round" })
		default:
			time.Sleep(100 * time.Millisecond)
			g = h.game(tab)
		}
	}
	if g.Scene != "debrief" || !typed {
		t.Fatalf("the round ended without its debrief (typed a reply: %v); the game shows %v", typed, g)
	}
	g = h.waitGame(tab, "the result stored by the server", 30*time.Second, func(g gameState) bool { return g.Result != "" || g.Error != "" })
	if g.Error != "" {
		t.Fatalf("the result was not delivered: %s", g.Error)
	}
	h.shot(tab, "8-game-debrief")

	// The server stored the round under the trainee's name, with the
	// typed reply.
	rs, err := h.st.Results(ctx, code)
	if err != nil || len(rs) != 1 {
		t.Fatalf("stored results: %v %+v", err, rs)
	}
	at := rs[0].Attempt
	if at.Player != name || at.Report.Scenario != "sanoma-juf" || at.ID != g.Result {
		t.Errorf("stored attempt %s by %q of %q, want %s by %q of sanoma-juf", at.ID, at.Player, at.Report.Scenario, g.Result, name)
	}
	if len(at.Report.Replies) == 0 || !strings.Contains(at.Report.Replies[0].Text, "Ik bel je vandaag nog") {
		t.Errorf("the stored round's first reply is not the typed one: %+v", at.Report.Replies)
	}

	// The dashboard shows the trainee, escaped, with the finished round on
	// the leaderboard.
	h.run(h.trainer, "dashboard shows the result",
		chromedp.WaitVisible(chromedp.Search(`//td[contains(@class,"name")][contains(., "Sam <b>Jansen</b>")]`)),
		chromedp.WaitVisible(chromedp.Search(`//span[contains(@class,"finished")]`)),
		chromedp.WaitVisible(chromedp.Search(`//*[contains(@class,"board")]//li[contains(., "Sam <b>Jansen</b>")]`)),
	)
	if get(t, h.trainer, "no markup from names", chromedp.Evaluate[bool](`!!document.querySelector('td.name b, .board b, .reply header b')`)) {
		t.Error("the trainee's name was rendered as HTML")
	}
	h.run(h.trainer, "scroll", eval(`window.scrollTo(0, 0)`))
	h.shot(h.trainer, "9-dashboard")
	t.Logf("a round of %d decisions, grade %s, %d frames; screenshots in %s", decisions, at.Report.Grade, g.Frames, h.shots)
}

// insertText types text as one input into the focused element, as an IME
// commits it.
func insertText(text string) chromedp.Action[chromedp.Void] {
	return chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		_, err := cdp.Call(ctx, tg, input.InsertText, input.InsertTextParams{Text: text})
		return err
	})
}
