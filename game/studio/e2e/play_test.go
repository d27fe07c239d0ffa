package e2e

import (
	"context"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"github.com/webcaresim/webcaresim/scenarios"
)

// gameState is globalThis.webcaresimGame, what the game in the page shows
// (cmd/webcaresim/page_js.go).
type gameState struct {
	Frames   int    `json:"frames"`
	Scene    string `json:"scene"`
	Scenario string `json:"scenario"`
	Decision string `json:"decision"`
	Choices  int    `json:"choices"`
	FreeText bool   `json:"freeText"`
	Ending   string `json:"ending"`
	Replies  int    `json:"replies"`
}

func (g gameState) String() string { b, _ := json.Marshal(g); return string(b) }

func (h *harness) game(tab context.Context) gameState {
	return get(h.t, tab, "the game's state", chromedp.Evaluate[gameState](`globalThis.webcaresimGame || {}`))
}

func (h *harness) waitGame(tab context.Context, what string, timeout time.Duration, ok func(gameState) bool) gameState {
	h.t.Helper()
	deadline := time.Now().Add(timeout)
	for {
		g := h.game(tab)
		if ok(g) {
			return g
		}
		if time.Now().After(deadline) {
			h.shotView(tab, "failed")
			h.t.Fatalf("%s: not within %v; the game shows %v", what, timeout, g)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// press presses a key in the game and waits for a frame after it (Ebiten
// reads the keyboard once a frame).
func (h *harness) press(tab context.Context, what, key string) {
	h.t.Helper()
	before := h.game(tab).Frames
	h.run(tab, what, chromedp.KeyEvent(key))
	h.waitGame(tab, what+" played", 20*time.Second, func(g gameState) bool { return g.Frames > before+1 })
}

func insertText(text string) chromedp.Action[chromedp.Void] {
	return chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		_, err := cdp.Call(ctx, tg, input.InsertText, input.InsertTextParams{Text: text})
		return err
	})
}

// TestWriteACaseFromScratchAndPlayIt writes a three-decision case in the
// studio's form, in Dutch and English, with a route for a typed reply that
// holds an apology, saves it, and plays it in the browser build of the
// game: the typed apology takes the route to the second decision, and the
// round ends where the written choices lead.
func TestWriteACaseFromScratchAndPlayIt(t *testing.T) {
	h := newHarness(t, true)
	tab := h.first
	h.run(tab, "a new case",
		chromedp.Navigate(h.base+"/?lang=nl"),
		chromedp.WaitVisible(chromedp.CSS(`#new-case`)),
		chromedp.Click(chromedp.CSS(`#new-case`)),
		chromedp.WaitVisible(chromedp.CSS(`#new-id`)),
		chromedp.SendKeys(chromedp.CSS(`#new-id`), "kerstpakket"),
		chromedp.Click(chromedp.CSS(`#new-go`)),
		chromedp.WaitVisible(chromedp.CSS(field("title", "nl"))),
	)
	texts := []struct{ path, nl, en string }{
		{"title", "Kerstpakket kwijt", "Christmas parcel lost"},
		{"brand.signature", "^Eva", "^Eva"},
		{"decision[1].prompt", "Kim is boos: haar kerstpakket is zoek. Wat antwoord je?", "Kim is angry: her Christmas parcel is lost. What do you reply?"},
		{"decision[1].choice[1].text", "@kim_j Wat vervelend, Kim! Sorry. Stuur je je trackcode via DM? Dan zoek ik het meteen uit. ^Eva", "@kim_j How annoying, Kim! Sorry. Could you DM me your tracking code? I'll look into it right away. ^Eva"},
		{"decision[2].prompt", "Kim stuurt haar trackcode. Het pakket ligt in het depot.", "Kim sends her tracking code. The parcel is at the depot."},
		{"decision[2].choice[1].text", "@kim_j Gevonden! Het ligt in ons depot; morgen voor 12 uur is het bij je. ^Eva", "@kim_j Found it! It's at our depot; you'll have it tomorrow before noon. ^Eva"},
		{"decision[3].prompt", "Kim bedankt je publiekelijk.", "Kim thanks you in public."},
		{"decision[3].choice[1].text", "@kim_j Graag gedaan, Kim! Fijne feestdagen. ^Eva", "@kim_j You're welcome, Kim! Happy holidays. ^Eva"},
		{"ending[1].text", "Kim krijgt haar pakket op tijd en vertelt het door.", "Kim gets her parcel in time and tells her friends."},
		{"ending[2].text", "Kim voelt zich niet gehoord; haar volgers nemen het over.", "Kim does not feel heard; her followers take it up."},
		{"debrief.what_happened", "Een verzonnen case uit de studio-test.", "A made-up case from the studio test."},
	}
	h.run(tab, "the case's people and timeline",
		choose("brand.name", "PakjeGo"), choose("brand.handle", "pakjego"),
		choose("customer.name", "Kim"), choose("customer.handle", "kim_j"),
		clickText(`#sec-timeline`, "+ bericht"),
		fill("post[1].text", "nl", "@pakjego Mijn kerstpakket is al een week zoek en niemand neemt op! #boos"),
		fill("post[1].text", "en", "@pakjego My Christmas parcel has been lost for a week and nobody answers! #angry"),
		// Decision 1 exists; two more decisions and a second ending.
		clickText(`#sec-decision\[1\]`, "+ keuze"),
		chromedp.Click(chromedp.CSS(`#add-decision`)),
		chromedp.Click(chromedp.CSS(`#add-decision`)),
		chromedp.Click(chromedp.CSS(`#add-ending`)),
		chromedp.WaitVisible(chromedp.CSS(field("ending[2].text", "nl"))),
	)
	for _, x := range texts {
		h.run(tab, "fill "+x.path, fill(x.path, "nl", x.nl), fill(x.path, "en", x.en))
	}
	h.run(tab, "where everything leads",
		choose("ending[1].kind", "good"),
		choose("ending[2].kind", "bad"),
		choose("decision[1].choice[1].next", "besluit-2"),
		choose("decision[2].choice[1].next", "besluit-3"),
		choose("decision[3].choice[1].next", "afloop"),
		// A typed reply with an apology goes on to decision 2; any other
		// typed reply (the catch-all route) to the bad ending.
		clickText(`#sec-decision\[1\]`, "+ route"),
		chromedp.WaitVisible(chromedp.CSS(`[data-field="decision[1].route[2].when.has"] select`)),
		eval(`(function(){var s=document.querySelector('[data-field="decision[1].route[1].when.has"] select'); s.value='apology'; s.dispatchEvent(new Event('change',{bubbles:true}));})()`),
		choose("decision[1].route[1].next", "besluit-2"),
		choose("decision[1].route[2].next", "einde-2"),
		waitText(`[data-field="decision[1].route[1].when.has"]`, "excuses"),
		waitText(`#check-summary`, "Geen problemen"),
		waitText(`.score[data-score="decision[1].choice[1]"][data-lang="nl"]`, "score"),
	)
	h.run(tab, "to the route", eval(`document.getElementById('sec-decision[1]').scrollIntoView()`))
	h.shotView(tab, "write-1-decision-nl")
	h.shot(tab, "write-2-whole-case-nl")
	h.run(tab, "save", chromedp.Click(chromedp.CSS(`#save`)), waitText(`#banner-notice`, "Opgeslagen"))

	set := scenarios.Load(h.dir)
	if errs := set.Errors(); len(errs) > 0 || len(set.Scenarios) != 2 {
		t.Fatalf("the saved case: %d scenarios, problems %v", len(set.Scenarios), errs)
	}
	sc, _ := set.Find("kerstpakket", "nl")
	if len(sc.Decisions) != 3 || len(sc.Decisions[0].Routes) != 2 || strings.Join(sc.Decisions[0].Routes[0].When.Has, ",") != "apology" {
		t.Fatalf("the saved case has %d decisions and routes %+v", len(sc.Decisions), sc.Decisions[0].Routes)
	}

	h.run(tab, "the case in English", chromedp.Navigate(h.base+"/?lang=en&case=kerstpakket"),
		waitText(`#check-summary`, "No problems"), eval(`document.getElementById('sec-decision[1]').scrollIntoView()`))
	h.shotView(tab, "write-3-decision-en")
	h.run(tab, "all paths", clickID("all-paths"), chromedp.WaitVisible(chromedp.CSS(`#paths-table td.kind-good`)), eval(`window.scrollTo(0,0)`))
	h.shotView(tab, "write-4-paths-en")

	// Play it in the game: the try page opens in this tab.
	h.run(tab, "try it now",
		chromedp.Navigate(h.base+"/?lang=nl&case=kerstpakket"),
		waitText(`#check-summary`, "Geen problemen"),
		eval(`window.open = function () { return null; }`),
		chromedp.Click(chromedp.CSS(`#play-nl`)),
	)
	g := h.waitGame(tab, "the game opens the case's round", 3*time.Minute, func(g gameState) bool { return g.Scene == "round" })
	if g.Scenario != "kerstpakket/nl" {
		t.Fatalf("the game plays %q, want the studio's case", g.Scenario)
	}
	reply := "Sorry Kim, wat vervelend dat je pakket zoek is! Ik zoek het vandaag nog voor je uit. ^Eva"
	deadline := time.Now().Add(5 * time.Minute)
	typed, shotRound := false, false
	var path []string
	for g.Scene == "round" {
		if time.Now().After(deadline) {
			h.shotView(tab, "failed")
			t.Fatalf("the round did not reach its debrief; the game shows %v", g)
		}
		switch {
		case g.Decision != "" && !typed && g.FreeText:
			if !shotRound {
				h.shotView(tab, "play-1-round-nl")
				shotRound = true
			}
			for range g.Choices {
				h.press(tab, "Tab", kb.Tab)
			}
			focused := false
			for end := time.Now().Add(15 * time.Second); time.Now().Before(end); {
				h.press(tab, "End", kb.End)
				if get(t, tab, "focus", chromedp.Evaluate[bool](`document.activeElement && document.activeElement.id === 'ebitengine-textinput'`)) {
					focused = true
					break
				}
			}
			if !focused {
				h.shotView(tab, "failed")
				t.Fatalf("the reply field did not take the keyboard; the game shows %v", h.game(tab))
			}
			h.run(tab, "type the reply", insertText(reply))
			h.shotView(tab, "play-2-typing-nl")
			before := g
			h.run(tab, "publish", chromedp.KeyEvent(kb.Enter))
			g = h.waitGame(tab, "the typed reply published", 30*time.Second, func(g gameState) bool { return g.Decision != before.Decision || g.Ending != "" })
			path = append(path, before.Decision)
			typed = true
		case g.Decision != "":
			// Enter picks the focused choice; Enter on the pick publishes it.
			before := g
			h.press(tab, "pick", kb.Enter)
			h.run(tab, "publish the pick", chromedp.KeyEvent(kb.Enter))
			g = h.waitGame(tab, "the choice taken", 30*time.Second, func(g gameState) bool { return g.Decision != before.Decision || g.Ending != "" })
			path = append(path, before.Decision)
		case g.Ending != "":
			h.shotView(tab, "play-3-ending-nl")
			h.run(tab, "to the debrief", chromedp.KeyEvent(kb.Enter))
			g = h.waitGame(tab, "the debrief", 30*time.Second, func(g gameState) bool { return g.Scene != "round" })
		default:
			time.Sleep(100 * time.Millisecond)
			g = h.game(tab)
		}
	}
	if g.Scene != "debrief" || strings.Join(path, ">") != "eerste-reactie>besluit-2>besluit-3" || g.Ending != "afloop" {
		t.Fatalf("played %v to %q (%s), want the typed apology's route through all three decisions to afloop", path, g.Ending, g.Scene)
	}
	time.Sleep(time.Second)
	h.shotView(tab, "play-4-debrief-nl")
	h.playInEnglish(tab)
}

// playInEnglish plays the saved case's English version with the written
// choices, with screenshots of the round, its ending and the debrief.
func (h *harness) playInEnglish(tab context.Context) {
	t := h.t
	t.Helper()
	h.run(tab, "try it now in English",
		chromedp.Navigate(h.base+"/?lang=en&case=kerstpakket"),
		waitText(`#check-summary`, "No problems"),
		eval(`window.open = function () { return null; }`),
		chromedp.Click(chromedp.CSS(`#play-en`)),
	)
	g := h.waitGame(tab, "the game opens the English round", 3*time.Minute, func(g gameState) bool { return g.Scene == "round" })
	if g.Scenario != "kerstpakket/en" {
		t.Fatalf("the game plays %q, want the studio's case in English", g.Scenario)
	}
	deadline := time.Now().Add(5 * time.Minute)
	var path []string
	for g.Scene == "round" {
		if time.Now().After(deadline) {
			h.shotView(tab, "failed")
			t.Fatalf("the English round did not reach its debrief; the game shows %v", g)
		}
		switch {
		case g.Decision != "":
			if len(path) == 0 {
				h.shotView(tab, "play-1-round-en")
			}
			before := g
			h.press(tab, "pick", kb.Enter)
			h.run(tab, "publish the pick", chromedp.KeyEvent(kb.Enter))
			g = h.waitGame(tab, "the choice taken", 30*time.Second, func(g gameState) bool { return g.Decision != before.Decision || g.Ending != "" })
			path = append(path, before.Decision)
		case g.Ending != "":
			h.shotView(tab, "play-3-ending-en")
			h.run(tab, "to the debrief", chromedp.KeyEvent(kb.Enter))
			g = h.waitGame(tab, "the debrief", 30*time.Second, func(g gameState) bool { return g.Scene != "round" })
		default:
			time.Sleep(100 * time.Millisecond)
			g = h.game(tab)
		}
	}
	if g.Scene != "debrief" || strings.Join(path, ">") != "eerste-reactie>besluit-2>besluit-3" || g.Ending != "afloop" {
		t.Fatalf("played %v to %q (%s) in English, want the first choices through all three decisions to afloop", path, g.Ending, g.Scene)
	}
	time.Sleep(time.Second)
	h.shotView(tab, "play-4-debrief-en")
}
