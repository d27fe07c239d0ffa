package e2e

import (
	"context"
	"encoding/json"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/webcaresim/webcaresim/game/session"
	"github.com/webcaresim/webcaresim/game/workshop/api"
	"github.com/webcaresim/webcaresim/game/workshop/client"
	"github.com/webcaresim/webcaresim/scenarios"
)

// The game drawn on a canvas (the Ebiten build) goes on with a round the
// workshop server holds, as the HTML player does: a trainee whose tab
// closed after a published reply opens the link's offer and finds the
// round with that reply, its clock waiting, reported on under the same
// round id, and no "cannot resume" notice.
func TestEbitenGameResumesARoundAfterTheTabCloses(t *testing.T) {
	h := newHarness(t, os.Getenv("WEBCARESIM_DIST"), "./cmd/webcaresim")
	ctx := context.Background()
	code := h.openWorkshop()
	const name = "Sam Hervat"
	sc, joined, round := publishedBeforeTheTabClosed(t, h, code, name)

	// The join page's offer, followed in a new tab of the browser that
	// joined: the play page with ?resume=ROUND.
	tab := joinedBrowser(t, h, joined, name, code)
	h.run(tab, "the offer", chromedp.Navigate(h.base+"/play?lang=nl&resume="+round))
	g := h.waitGame(tab, "the resumed round on screen", 2*time.Minute, func(g gameState) bool { return g.Scene == "round" && g.Frames > 5 })
	h.shot(tab, "resume-ebiten-nl")
	if g.Replies != 1 || g.Scenario != sc.Key() {
		t.Fatalf("the game shows %+v, want %s with the one reply published before the tab closed", g, sc.Key())
	}
	if hidden := get(t, tab, "the cannot-resume notice", chromedp.Evaluate[bool](`document.getElementById("noresume").hidden`)); !hidden {
		t.Error("the page says the game cannot resume the round it resumed")
	}
	// Reported on under the same round: the server has no other round of
	// this trainee.
	evs, err := h.st.Events(ctx, code)
	if err != nil {
		t.Fatal(err)
	}
	for _, se := range evs {
		if se.Trainee == joined.Trainee && se.Round != round {
			t.Errorf("the resumed game started round %s beside %s (%s)", se.Round, round, se.Kind)
		}
	}
}

// A reload of the play page in the middle of a round (its address without
// ?resume, as when the round was started from the game's own title screen)
// goes on with the round the server holds open, instead of dropping it on
// the title screen without a word (playtest P16-22); the address then names
// the round, so a second reload asks for the same one.
func TestEbitenGameGoesOnWithTheRoundAfterAReload(t *testing.T) {
	h := newHarness(t, os.Getenv("WEBCARESIM_DIST"), "./cmd/webcaresim")
	code := h.openWorkshop()
	const name = "Rik Herlaad"
	sc, joined, round := publishedBeforeTheTabClosed(t, h, code, name)
	tab := joinedBrowser(t, h, joined, name, code)
	h.run(tab, "the play page reloaded", chromedp.Navigate(h.base+"/play?lang=nl"))
	g := h.waitGame(tab, "the round on screen after the reload", 2*time.Minute, func(g gameState) bool { return g.Frames > 5 })
	h.shot(tab, "reload-ebiten-nl")
	if g.Scene != "round" || g.Replies != 1 || g.Scenario != sc.Key() {
		t.Fatalf("after a reload the game shows %+v, want %s with the one reply published before", g, sc.Key())
	}
	if addr := get(t, tab, "the address", chromedp.Evaluate[string](`location.search`)); !strings.Contains(addr, "resume="+round) {
		t.Errorf("the address after the reload is %q, want it to name round %s", addr, round)
	}
}

// publishedBeforeTheTabClosed joins the workshop as name and plays Sanoma
// nl to a published reply the server acknowledged, with the same client
// code the game runs; it returns the case, the joined trainee and the round.
func publishedBeforeTheTabClosed(t *testing.T, h *harness, code, name string) (*scenarios.Scenario, api.JoinResponse, string) {
	t.Helper()
	ctx := context.Background()
	sc, ok := scenarios.Builtin().Find("sanoma-juf", "nl")
	if !ok {
		t.Fatal("no sanoma-juf/nl")
	}
	const reply = "Hoi Dorien, sorry! Je schreef al dat je gebeld had, dat lazen wij verkeerd. Ik bel je vandaag nog. ^Lotte"
	c, joined, err := client.Join(ctx, h.base, code, name, "nl")
	if err != nil {
		t.Fatal(err)
	}
	s, err := session.New(sc, session.Options{Seed: 5, Mode: session.Workshop, Player: name})
	if err != nil {
		t.Fatal(err)
	}
	rep := c.Round(s)
	for i := 0; s.Decision() == nil && i < 10000; i++ {
		s.Advance(0.5)
	}
	if err := s.Publish(reply); err != nil {
		t.Fatal(err)
	}
	for deadline := time.Now().Add(45 * time.Second); ; {
		if time.Now().After(deadline) {
			t.Fatal("the server did not store the published reply within 45 s")
		}
		rep.Update()
		evs, err := h.st.Events(ctx, code)
		if err != nil {
			t.Fatal(err)
		}
		for _, se := range evs {
			if se.Kind == api.KindReply && se.Trainee == joined.Trainee {
				return sc, joined, se.Round
			}
		}
		time.Sleep(200 * time.Millisecond) // polling the store, not timing the game
	}
}

// joinedBrowser is a new tab of a browser that joined the workshop as the
// trainee (its storage holds the trainee's token).
func joinedBrowser(t *testing.T, h *harness, joined api.JoinResponse, name, code string) context.Context {
	t.Helper()
	me, _ := json.Marshal(map[string]string{"token": joined.Token, "trainee": joined.Trainee, "name": name,
		"lang": "nl", "workshop": code})
	tab := h.newTab()
	h.run(tab, "the browser that joined",
		chromedp.Navigate(h.base+"/?lang=nl"),
		chromedp.WaitVisible(chromedp.CSS(`#join`)),
		eval(`localStorage.setItem("webcaresim", `+jsString(string(me))+`); sessionStorage.setItem("webcaresim", `+jsString(string(me))+`)`),
	)
	return tab
}
