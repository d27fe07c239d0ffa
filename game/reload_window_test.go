package game

import (
	"context"
	"image"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/webcaresim/webcaresim/game/ui"
	"github.com/webcaresim/webcaresim/scenarios"
)

func TestWindowReloadsAnEditedScenario(t *testing.T) {
	d := window(t)
	orig, err := os.ReadFile(filepath.Join("..", "scenarios", "builtin", "sanoma-juf.nl.toml"))
	if err != nil {
		t.Fatal(err)
	}
	version := func(title string) []byte {
		return []byte(strings.Replace(string(orig), `title = "Wat wil je nou?"`, `title = "`+title+`"`, 1))
	}
	path := filepath.Join(t.TempDir(), "mijn-case.nl.toml")
	if err := os.WriteFile(path, version("Versie een"), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	defer d.Do(func(a *App) {
		a.set = scenarios.Builtin()
		a.setScene(newTitle(a))
	})
	d.Do(func(a *App) { a.watchReloads(WatchScenario(ctx, path, 20*time.Millisecond, true)) })
	title := func() string {
		if p, ok := d.App.scene.(*playScene); ok {
			return p.sc.Title
		}
		return ""
	}
	until(t, d, "the first version to be played", func() bool { return title() == "Versie een" })

	// A broken save shows the file's problems, with file and line.
	broken := strings.Replace(string(version("Versie twee")), "[customer]", "onbekend = 1\n\n[customer]", 1)
	if err := os.WriteFile(path, []byte(broken), 0o644); err != nil {
		t.Fatal(err)
	}
	until(t, d, "the load error screen", func() bool { return d.App.Screen() == ScreenLoadError })
	le := d.App.scene.(*loadErrorScene)
	if len(le.problems) == 0 || !strings.HasPrefix(le.problems[0], path+":") || !strings.Contains(le.problems[0], "onbekend") {
		t.Errorf("problems %q, want %s:LINE: onbekend: …", le.problems, path)
	}
	img := mustScreen(t, d.Step(Frame{}, 0))
	if count(img, le.region(d.App), ui.ColBad) < 40 || inked(img, le.region(d.App)) < 500 {
		t.Error("load error: the problems are not shown")
	}

	// Fixing it restarts the round with the new version.
	if err := os.WriteFile(path, version("Versie drie, gerepareerd"), 0o644); err != nil {
		t.Fatal(err)
	}
	until(t, d, "the fixed version to be played", func() bool { return title() == "Versie drie, gerepareerd" })
	if sc, _ := d.App.set.Find("sanoma-juf", "nl"); sc.Title != "Versie drie, gerepareerd" {
		t.Errorf("the picker still offers %q", sc.Title)
	}
}

// A scenario whose round cannot start (no first decision) says why on
// screen instead of leaving the player where they were.
func TestWindowSaysWhyARoundCannotStart(t *testing.T) {
	d := window(t)
	defer d.Do(func(a *App) { a.setScene(newTitle(a)) })
	d.Do(func(a *App) {
		a.setScene(newPicker(a))
		a.startRound(&scenarios.Scenario{ID: "leeg", File: "leeg.nl.toml", Language: "nl"})
	})
	if d.App.Screen() != ScreenLoadError {
		t.Fatalf("screen %q, want the screen that says why the round cannot start", d.App.Screen())
	}
	le := d.App.scene.(*loadErrorScene)
	if len(le.problems) != 1 || !strings.Contains(le.problems[0], "leeg.nl.toml") {
		t.Errorf("problems %q, want the file and why", le.problems)
	}
	img := mustScreen(t, d.Step(Frame{}, 0))
	if inked(img, le.region(d.App)) < 200 {
		t.Error("the problem is not shown")
	}
	d.Step(Key(ebiten.KeyEscape), 0)
	if d.App.Screen() != ScreenPicker {
		t.Errorf("screen %q after Esc, want the picker", d.App.Screen())
	}
}

// A scenario file of the player's own that does not load at the start is
// said in the picker, in the player's language, with its file and line;
// a click opens every problem, and the other scenarios are still offered.
func TestWindowPickerSaysWhichScenarioFilesDidNotLoad(t *testing.T) {
	d := window(t)
	path := filepath.Join(t.TempDir(), "mijn-case.nl.toml")
	if err := os.WriteFile(path, []byte("id = \"mijn-case\"\nlanguage = \"nl\"\ntitle = \n"), 0o644); err != nil {
		t.Fatal(err)
	}
	defer d.Do(func(a *App) {
		a.set = scenarios.Builtin()
		a.setScene(newTitle(a))
	})
	d.Do(func(a *App) {
		a.set = scenarios.Builtin().Merge(scenarios.Load(path))
		a.setScene(newPicker(a))
	})
	d.Step(Frame{}, 0)
	var notice *ui.Widget
	for _, w := range d.App.scene.(*pickerScene).widgets {
		if w.ID == "skipped" {
			notice = w
		}
	}
	if notice == nil {
		t.Fatal("the picker does not say that a scenario file did not load")
	}
	if n := len(d.App.scene.(*pickerScene).cards); n < 10 {
		t.Errorf("the picker offers %d scenarios, want the built-ins", n)
	}
	img := mustScreen(t, d.Step(Frame{}, 0))
	if count(img, notice.Rect, ui.ColAmber) < 40 {
		t.Error("the notice is not drawn")
	}
	c := notice.Rect.Min.Add(notice.Rect.Size().Div(2))
	d.Step(Frame{Clicks: []image.Point{c}, Cursor: c}, 0)
	le, ok := d.App.scene.(*loadErrorScene)
	if !ok {
		t.Fatalf("a click on the notice opens %q, want the problems", d.App.Screen())
	}
	if len(le.problems) != 1 || !strings.HasPrefix(le.problems[0], path+":3: ") {
		t.Errorf("problems %q, want %s:3: …", le.problems, path)
	}
	d.Step(Frame{Keys: []ebiten.Key{ebiten.KeyEscape}}, 0)
	if d.App.Screen() != ScreenPicker {
		t.Errorf("Esc leads to %q, want the picker", d.App.Screen())
	}
}
