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

// A trainee who types during the briefing types Spaces between words. A
// Space pressed the focused start button and began the round in the middle
// of "Hoi Naomi" (found in play). On the briefing only Enter or a click on
// the button starts the round; the Space is kept with the letters.
func TestWindowASpaceOnTheBriefingDoesNotStartTheRound(t *testing.T) {
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
		space := Typed(" ")
		space.Keys = []ebiten.Key{ebiten.KeySpace} // as a real keyboard sends it
		d.Tick(space, 0)
		if d.App.Screen() != ScreenBriefing {
			t.Fatalf("%s: a Space alone on the briefing led to %q", lang, d.App.Screen())
		}
		d.Tick(Typed("Hoi"), 0)
		d.Tick(space, 0)
		if d.App.Screen() != ScreenBriefing {
			t.Fatalf("%s: a Space after 'Hoi' on the briefing led to %q", lang, d.App.Screen())
		}
		d.Tick(Typed("Naomi"), 0)
		if b.typed != "Hoi Naomi" {
			t.Errorf("%s: the briefing kept %q, want %q", lang, b.typed, "Hoi Naomi")
		}
		d.Tick(Key(ebiten.KeyEnter), 0)
		p, ok := d.App.scene.(*playScene)
		if !ok {
			t.Fatalf("%s: Enter on the briefing led to %q, want the round", lang, d.App.Screen())
		}
		if got := p.reply.Text(); got != "Hoi Naomi" {
			t.Errorf("%s: the round starts with %q in the reply field, want %q", lang, got, "Hoi Naomi")
		}
		leaveRoundByEsc(t, d)
	}
}
