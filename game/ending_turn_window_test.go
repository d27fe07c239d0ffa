package game

import (
	"strings"
	"testing"

	"github.com/webcaresim/webcaresim/game/session"
	"github.com/webcaresim/webcaresim/scenarios"
)

// An ending the crowd can still turn is shown as the outcome so far, with
// a line saying the crowd decides at the end; once it has turned, the
// outcome says what it first looked like. Liberty's abusive reply ended
// "It backfired" on the play screen, and while time ran to the round's
// end that became "Abusive, but nobody was watching" without a word
// (playtest 16, P16-18).
func TestWindowAnEndingTheCrowdCanTurnIsShownAsSoFar(t *testing.T) {
	d := window(t)
	readText(t)
	sc, _ := scenarios.BuiltinForPlay().Find("liberty-bottleworks", "en")
	abusive := -1
	for j, c := range sc.Decisions[0].Choices {
		if c.Next == "backfire" {
			abusive = j
		}
	}
	if abusive < 0 {
		t.Fatal("Liberty (en) has no written choice that leads to 'backfire'; the test reads nothing")
	}
	// A world in which the crowd turns the ending: the abuse stays unnoticed.
	var turned *session.Session
	for seed := uint64(1); seed <= 200 && turned == nil; seed++ {
		s, _ := session.New(sc, session.Options{Seed: seed, Mode: session.Practice, Player: "Kees Keert"})
		for s.Decision() == nil {
			s.Advance(1)
		}
		if err := s.Choose(abusive); err != nil {
			t.Fatal(err)
		}
		probe, _ := session.New(sc, session.Options{Seed: seed})
		for probe.Decision() == nil {
			probe.Advance(1)
		}
		_ = probe.Choose(abusive)
		probe.Finish()
		if probe.TurnedFrom() != nil {
			turned = s
		}
	}
	if turned == nil {
		t.Skip("no world of 200 turned Liberty's backfire")
	}
	if turned.Ending() == nil || !turned.EndingMayTurn() {
		t.Fatalf("after the abusive reply the round's ending is %v and may turn: %v", turned.Ending(), turned.EndingMayTurn())
	}
	var p *playScene
	d.Do(func(a *App) {
		a.lang = "en"
		p = newPlay(a, turned)
		a.setScene(p)
	})
	d.Step(Frame{}, 0)
	shown := shownText()
	soFar := flat(d.App.t("play.ending.for_now")) + ": " + turned.Ending().Title
	if !strings.Contains(shown, soFar) || !strings.Contains(shown, flat(d.App.t("play.ending.may_turn"))) {
		t.Errorf("the panel does not show the outcome as so far, with the crowd still to decide: %q", shown)
	}
	first := turned.Ending().Title
	d.Do(func(a *App) { turned.Finish() })
	d.Step(Frame{}, 0)
	shown = shownText()
	if strings.Contains(shown, flat(d.App.t("play.ending.for_now"))) {
		t.Errorf("after the round's end the outcome still reads as so far: %q", shown)
	}
	if want := flat(d.App.t("play.ending.turned", first)); !strings.Contains(shown, want) {
		t.Errorf("the turned outcome does not say what it first looked like (%q): %q", want, shown)
	}
	leaveRoundByEsc(t, d)
}
