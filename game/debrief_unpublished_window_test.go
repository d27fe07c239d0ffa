package game

import (
	"strings"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/webcaresim/webcaresim/game/progress"
	"github.com/webcaresim/webcaresim/game/session"
)

// A choice picked and never published when silence took its decision over
// is named in the play panel, but the debrief's lesson for that decision
// said only "You: nothing: silence took over", as if nothing had been
// picked (play28, F9). The lesson says which reply was picked and never
// went out, right after the round and reopened from My progress, in Dutch
// and English.
func TestWindowTheDebriefSaysWhichPickSilenceOvertook(t *testing.T) {
	d := window(t)
	readText(t)
	for _, lang := range []string{"nl", "en"} {
		d.Do(func(a *App) {
			a.lang, a.player, a.mode = lang, "Stille Stan", session.Practice
			a.setScene(newTitle(a))
			a.startRound(a.findScenario("dominos-sorry"))
		})
		p, ok := d.App.scene.(*playScene)
		if !ok {
			t.Fatalf("screen %q, want play", d.App.Screen())
		}
		untilDecision(t, d, p)
		first := p.sess.Decision()
		if first == nil || len(first.Choices) < 2 {
			t.Fatal("the first decision has no two written choices")
		}
		d.Do(func(a *App) { p.focus.ID = "choice-1" })
		d.Tick(Key(ebiten.KeyEnter), 0)
		if p.selected != 1 {
			t.Fatalf("Enter on choice 2 picked %d", p.selected+1)
		}
		for i := 0; i < 20000 && p.sess.Ending() == nil; i++ {
			if !d.Tick(Frame{}, session.MaxStep) {
				t.Fatal("the game stopped")
			}
		}
		if p.sess.Ending() == nil || len(p.sess.Replies()) != 0 {
			t.Fatalf("%s: the round did not end in silence (ending %v, %d replies)", lang, p.sess.Ending(), len(p.sess.Replies()))
		}
		d.Do(func(a *App) { p.openDebrief(a) })
		db, ok := d.App.scene.(*debriefScene)
		if !ok {
			t.Fatalf("screen %q, want the debrief", d.App.Screen())
		}
		want := flat(d.App.t("debrief.lesson.picked_choice", 2, first.Choices[1].Text))
		if read := readDebrief(t, d, db); !strings.Contains(read, want) {
			t.Errorf("%s: the debrief does not say %q:\n%s", lang, want, read)
		}
		// Reopened from My progress, the stored attempt says it too.
		as, _, err := testStore.List(progress.Filter{Player: "Stille Stan", Scenario: "dominos-sorry/" + lang})
		if err != nil || len(as) == 0 {
			t.Fatalf("the round is not stored: %v", err)
		}
		d.Do(func(a *App) { a.setScene(newStoredDebrief(a, as[len(as)-1], newTitle(a))) })
		stored := d.App.scene.(*debriefScene)
		if read := readDebrief(t, d, stored); !strings.Contains(read, want) {
			t.Errorf("%s: the stored debrief does not say %q", lang, want)
		}
	}
}
