package game

import (
	"image"
	"strings"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/webcaresim/webcaresim/game/session"
)

// TestWindowWorkshopModeAsksForAName: workshop mode puts the trainee's name
// on every result for the trainer, so "Choose a scenario" without a name
// asks for one instead of going on (playtest 14, P14-21). The letters of
// the name typed in the same slow frame as the click on the button are
// kept (P14-12: "Pieter" was stored as "Pi").
func TestWindowWorkshopModeAsksForAName(t *testing.T) {
	d := window(t)
	readText(t)
	for _, lang := range []string{"nl", "en"} {
		t.Run(lang, func(t *testing.T) {
			d.Do(func(a *App) {
				a.lang, a.player, a.mode = lang, "", session.Workshop
				a.setScene(newTitle(a))
			})
			title := d.App.scene.(*titleScene)
			d.Do(func(a *App) { title.focus.ID = "start" })
			d.Tick(Key(ebiten.KeyEnter), 0)
			d.Tick(Frame{}, 0)
			if d.App.Screen() != ScreenTitle {
				t.Fatalf("workshop mode without a name went on to %q", d.App.Screen())
			}
			need := d.App.t("title.name.needed")
			if shown := shownText(); !strings.Contains(shown, need[:20]) {
				t.Errorf("the title does not say a name is needed (%q); it shows: %s", need, shown)
			}
			if !title.focus.Is("name") {
				t.Errorf("focus on %q, want the name field", title.focus.ID)
			}
			d.Tick(Typed("Pi"), 0)
			var start image.Rectangle
			d.Do(func(a *App) { start = widgetRect(t, title.widgets, "start") })
			d.Tick(Frame{Text: "eter", Clicks: []image.Point{start.Min.Add(image.Pt(10, 10))}}, 0)
			if d.App.Screen() != ScreenPicker || d.App.player != "Pieter" {
				t.Errorf("after the name and a click on start: screen %q, player %q; want the picker and Pieter", d.App.Screen(), d.App.player)
			}
		})
	}
	d.Do(func(a *App) { a.lang, a.player, a.mode = "nl", "", session.Practice })
}
