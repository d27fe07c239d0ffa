package game

import (
	"strings"
	"testing"

	"github.com/webcaresim/webcaresim/assets/i18n"
	"github.com/webcaresim/webcaresim/game/session"
)

// On the debrief of the last case in the list, the greyed-out "Next
// scenario" button says why it cannot be pressed.
func TestWindowDebriefOfTheLastCaseSaysItIsTheLast(t *testing.T) {
	d := window(t)
	readText(t)
	for _, lang := range []string{"nl", "en"} {
		t.Run(lang, func(t *testing.T) {
			var p *playScene
			d.Do(func(a *App) {
				a.lang, a.player, a.mode = lang, "Laatste Lotte", session.Practice
				cards := pickerCards(a.offered(), a.lang)
				a.startRound(cards[len(cards)-1])
				p = a.scene.(*playScene)
			})
			finishAndDebrief(t, d, p)
			d.Tick(Frame{}, 0)
			shown := shownText()
			last, next := i18n.T(lang, "debrief.next.last"), i18n.T(lang, "debrief.next")
			if !strings.Contains(shown, last) || strings.Contains(shown, next) {
				t.Errorf("debrief of the last case shows %q; want %q and not %q", shown, last, next)
			}
		})
	}
}
