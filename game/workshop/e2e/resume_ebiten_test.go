package e2e

import (
	"context"
	"encoding/json"
	"os"
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
	sc, ok := scenarios.Builtin().Find("sanoma-juf", "nl")
	if !ok {
		t.Fatal("no sanoma-juf/nl")
	}
	const name = "Sam Hervat"
	const reply = "Hoi Dorien, sorry! Je schreef al dat je gebeld had, dat lazen wij verkeerd. Ik bel je vandaag nog. ^Lotte"

	// The round before the tab closed, played by the same client code
	// the game runs: a published reply the server acknowledged.
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
	var round string
	for deadline := time.Now().Add(45 * time.Second); round == ""; {
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
				round = se.Round
			}
		}
		time.Sleep(200 * time.Millisecond) // polling the store, not timing the game
	}

	// The join page's offer, followed in a new tab of the browser that
	// joined: the play page with ?resume=ROUND.
	me, _ := json.Marshal(map[string]string{"token": joined.Token, "trainee": joined.Trainee, "name": name,
		"lang": "nl", "workshop": code})
	tab := h.newTab()
	h.run(tab, "the browser that joined",
		chromedp.Navigate(h.base+"/?lang=nl"),
		chromedp.WaitVisible(chromedp.CSS(`#join`)),
		eval(`localStorage.setItem("webcaresim", `+jsString(string(me))+`); sessionStorage.setItem("webcaresim", `+jsString(string(me))+`)`),
		chromedp.Navigate(h.base+"/play?lang=nl&resume="+round),
	)
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
