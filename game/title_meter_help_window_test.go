package game

import (
	"strings"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/webcaresim/webcaresim/game/session"
)

// The title's key hints promise "F1: the outrage meter explained", but F1
// did nothing there (play28, F9). It opens the meter's explanation, in the
// title's language; F1 closes it, and Esc closes it without quitting the
// game (Esc on the title quits).
func TestWindowF1OnTheTitleExplainsTheMeter(t *testing.T) {
	for _, lang := range []string{"nl", "en"} {
		d := window(t)
		readText(t)
		d.Do(func(a *App) {
			a.lang, a.mode = lang, session.Practice
			a.setScene(newTitle(a))
		})
		a := d.App
		title := flat(a.t("meter.help.title"))
		if !strings.Contains(flat(a.t("title.keys")), "F1") {
			t.Fatalf("%s: the title's key hints no longer mention F1", lang)
		}
		d.Step(Frame{}, 0)
		if strings.Contains(shownText(), title) {
			t.Fatalf("%s: the explanation shows before F1", lang)
		}
		for _, close := range []ebiten.Key{ebiten.KeyF1, ebiten.KeyEscape} {
			d.Tick(Key(ebiten.KeyF1), 0)
			d.Step(Frame{}, 0)
			shown := shownText()
			if !strings.Contains(shown, title) || !strings.Contains(shown, flat(a.t("meter.help.50"))) ||
				!strings.Contains(shown, flat(a.t("meter.help.general"))) {
				t.Fatalf("%s: F1 on the title shows no explanation of the meter:\n%s", lang, shown)
			}
			d.Tick(Key(close), 0)
			d.Step(Frame{}, 0)
			if a.quit || a.Screen() != ScreenTitle {
				t.Fatalf("%s: %v with the explanation open quit the game or left the title (%q)", lang, close, a.Screen())
			}
			if strings.Contains(shownText(), title) {
				t.Errorf("%s: %v did not close the explanation", lang, close)
			}
		}
	}
}
