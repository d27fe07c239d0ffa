package game

import (
	"strings"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/webcaresim/webcaresim/game/session"
	"github.com/webcaresim/webcaresim/scenarios"
)

// A newcomer presses Enter on the briefing and starts typing at once. On a
// busy machine the first letters come in the same frame as that Enter, or
// in a frame before it, while the briefing still shows; they were dropped
// without a word ("aomi, wat vreselijk"). The briefing now says it keeps
// them, and the round starts with them in its early draft ("Kept for the
// next decision"), so the first reply begins with every letter typed.
func TestWindowLettersTypedOnTheBriefingWaitInTheFirstReply(t *testing.T) {
	d := window(t)
	for _, lang := range []string{"nl", "en"} {
		sc, ok := scenarios.BuiltinForPlay().Find("hema-insuline", lang)
		if !ok {
			t.Fatalf("no hema-insuline/%s", lang)
		}
		var b *briefingScene
		d.Do(func(a *App) {
			a.lang, a.mode = lang, session.Practice
			b = newBriefing(sc)
			a.setScene(b)
		})
		d.Tick(Typed("N"), 0)
		if d.App.Screen() != ScreenBriefing {
			t.Fatalf("%s: a letter typed on the briefing left it for %q", lang, d.App.Screen())
		}
		var said string
		d.Do(func(a *App) { said = b.keptLine(a) })
		if !strings.Contains(said, "N") {
			t.Errorf("%s: the briefing says nothing of the letter typed on it (%q)", lang, said)
		}
		// Enter and the next letters in one frame.
		d.Tick(Frame{Keys: []ebiten.Key{ebiten.KeyEnter}, Text: "ao"}, 0)
		p, ok := d.App.scene.(*playScene)
		if !ok {
			t.Fatalf("%s: Enter on the briefing led to %q, want the round", lang, d.App.Screen())
		}
		d.Tick(Typed("mi, "), 0)
		untilDecision(t, d, p)
		if p.sess.Decision() == nil {
			t.Fatalf("%s: no first decision", lang)
		}
		if got := p.reply.Text(); got != "Naomi, " {
			t.Errorf("%s: the first decision opens with %q in the reply field, want %q", lang, got, "Naomi, ")
		}
		leaveRoundByEsc(t, d)
	}
}
