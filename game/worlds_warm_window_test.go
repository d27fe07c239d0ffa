package game

import (
	"testing"

	"github.com/webcaresim/webcaresim/game/session"
)

// TestWindowDebriefFindsTheRealRepliesWorldsPlayed: while a round is
// played, the real reply's 100 worlds are played in the background, so
// the debrief after it has only the trainee's 100 worlds left to play
// (it counted 200 and came seconds late on a loaded laptop, P13-5).
func TestWindowDebriefFindsTheRealRepliesWorldsPlayed(t *testing.T) {
	d := window(t)
	var w *warming
	var p *playScene
	d.Do(func(a *App) {
		a.lang, a.mode = "en", session.Practice
		sc := *a.findScenario("dominos-sorry")
		// content no other test has played the worlds of
		sc.Title += " (worlds played during the round)"
		a.startRound(&sc)
		p = a.scene.(*playScene)
		w = a.cur.warm
	})
	<-w.done
	d.Do(func(a *App) {
		// silence to the end: every decision times out
		for i := 0; p.sess.Ending() == nil && i < 1000; i++ {
			p.sess.AdvanceTo(p.sess.NextStop())
		}
		p.toDebrief(a)
	})
	db, ok := d.App.scene.(*debriefScene)
	if !ok {
		t.Fatalf("screen %q, want the debrief", d.App.Screen())
	}
	if db.worlds == nil || db.worlds.total != worldsShown {
		t.Errorf("the debrief plays %d worlds, want only the trainee's %d: the real reply's were not played during the round",
			db.worlds.total, worldsShown)
	}
}
