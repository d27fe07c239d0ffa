package game

import (
	"image"
	"testing"
	"time"

	"github.com/webcaresim/webcaresim/game/progress"
	"github.com/webcaresim/webcaresim/game/session"
)

// A player who chose English on the title screen found it in Dutch again
// after every restart. The choice is now kept with the player's settings
// in the data folder: the next start without --lang comes back in it, a
// --lang given on the command line wins, and with no choice kept the
// window opens in the language of the player's last round (Dutch the very
// first time).
func TestTheTitleComesBackInTheLanguageLastChosen(t *testing.T) {
	dir := t.TempDir()
	open := func(lang string) (*App, func()) {
		st, err := progress.Open(dir)
		if err != nil {
			t.Fatal(err)
		}
		a := New(Options{Lang: lang, Store: st, Input: &ScriptedInput{}, Clock: NewManualClock(), Clipboard: &MemoryClipboard{}})
		return a, func() { st.Close() }
	}
	click := func(a *App, id string) {
		ts := a.scene.(*titleScene)
		ts.layout(a)
		for _, w := range ts.widgets {
			if w.ID == id {
				ts.update(a, Frame{Clicks: []image.Point{w.Rect.Min.Add(image.Pt(5, 5))}})
				return
			}
		}
		t.Fatalf("no %s button on the title", id)
	}
	english := tr("en", "app.tagline")

	a, done := open("")
	if a.lang != "nl" || a.t("app.tagline") == english {
		t.Fatalf("the first start opens in %q, want Dutch", a.lang)
	}
	click(a, "lang-en")
	if a.t("app.tagline") != english {
		t.Fatalf("the English button left the title in %q", a.lang)
	}
	done()

	a, done = open("")
	if a.t("app.tagline") != english {
		t.Errorf("after a restart the title reads %q, want English as last chosen", a.t("app.tagline"))
	}
	done()
	a, done = open("nl")
	if a.lang != "nl" {
		t.Errorf("--lang nl opens the window in %q", a.lang)
	}
	click(a, "lang-nl") // chosen again on the title: kept
	done()
	if a, done = open(""); a.lang != "nl" {
		t.Errorf("after choosing Dutch again a restart opens in %q", a.lang)
	}
	done()

	// No choice kept yet: the language of the last round played.
	other := t.TempDir()
	st, err := progress.Open(other)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	at := time.Date(2026, 12, 6, 9, 0, 0, 0, time.UTC)
	rep := session.Report{Scenario: "dominos-sorry", Language: "en", Player: "Eva"}
	if err := st.Save(progress.New(rep, at, at.Add(time.Minute), true, "game")); err != nil {
		t.Fatal(err)
	}
	if a := New(Options{Store: st, Input: &ScriptedInput{}, Clock: NewManualClock(), Clipboard: &MemoryClipboard{}}); a.lang != "en" {
		t.Errorf("with an English round last and no choice kept the window opens in %q", a.lang)
	}
}
