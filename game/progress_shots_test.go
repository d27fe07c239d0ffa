package game

import (
	"context"
	"fmt"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/webcaresim/webcaresim/game/session"
	"github.com/webcaresim/webcaresim/results"
	"github.com/webcaresim/webcaresim/scenarios"
)

// TestProgressShots saves screenshots of the progress screens for review
// when WCS_PROGRESS_SHOTS names a folder: the title, the history (empty
// and with attempts), a reopened debrief with its saved image, the
// trainer's pause and a scenario file that does not load.
func TestProgressShots(t *testing.T) {
	dir := os.Getenv("WCS_PROGRESS_SHOTS")
	if dir == "" {
		t.Skip("set WCS_PROGRESS_SHOTS=DIR to save the progress screens")
	}
	d := window(t)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	const player = "Sanne Shots"
	// Attempts of three scenarios, some finished with rising scores.
	set := scenarios.Builtin()
	start := time.Date(2026, 11, 20, 9, 0, 0, 0, time.Local)
	strats := []session.Strategy{session.Historical{}, session.Choices{2, 2, 2}, session.Best{}, session.Best{}}
	for k, id := range []string{"sanoma-juf", "dominos-sorry", "hema-insuline"} {
		sc, ok := set.Find(id, "nl")
		if !ok {
			continue
		}
		for i, st := range strats[:4-k] {
			s, err := session.Run(sc, session.Options{Seed: uint64(i + 1), Mode: session.Practice, Player: player}, st)
			if err != nil {
				t.Fatal(err)
			}
			at := results.New(s.Report(), start.Add(time.Duration(k*10+i)*time.Hour), start.Add(time.Duration(k*10+i)*time.Hour+20*time.Minute), i != 1 || k != 0, "game")
			if err := testStore.Save(at); err != nil {
				t.Fatal(err)
			}
		}
	}
	for _, lang := range Languages {
		for _, size := range []image.Point{{1280, 800}, {1024, 640}} {
			n := 0
			save := func(name string, img *image.RGBA) {
				t.Helper()
				if img == nil {
					t.Fatalf("the game stopped drawing before %s", name)
				}
				n++
				path := filepath.Join(dir, fmt.Sprintf("%s-%dx%d-p%d-%s.png", lang, size.X, size.Y, n, name))
				if err := writePNG(path, img); err != nil {
					t.Fatal(err)
				}
			}
			d.Do(func(a *App) {
				a.opts.Size = size
				a.lang, a.player = lang, player
				a.setScene(newTitle(a))
			})
			d.Step(Frame{}, 0)
			d.Tick(Key(ebiten.KeyTab), 0)
			save("title", d.Step(Frame{}, 0))
			d.Tick(Key(ebiten.KeyEnter), 0)
			save("history", d.Step(Frame{}, 0))
			d.Tick(Key(ebiten.KeyEnter), 0)
			d.Tick(Key(ebiten.KeyArrowDown), 0)
			save("history-attempt", d.Step(Frame{}, 0))
			d.Tick(Key(ebiten.KeyEnter), 0)
			d.Tick(Frame{Keys: []ebiten.Key{ebiten.KeyS}, Ctrl: true}, 0)
			if db, ok := d.App.scene.(*debriefScene); ok {
				for i := 0; i < 200 && db.image.Path() == ""; i++ {
					d.Tick(Frame{}, 0)
					time.Sleep(20 * time.Millisecond)
				}
				save("debrief-saved", d.Step(Frame{}, 0))
				if f, err := os.Open(db.image.Path()); err == nil {
					img, err := png.Decode(f)
					f.Close()
					if err == nil {
						rgba := image.NewRGBA(img.Bounds())
						for y := 0; y < img.Bounds().Dy(); y++ {
							for x := 0; x < img.Bounds().Dx(); x++ {
								rgba.Set(x, y, img.At(x, y))
							}
						}
						save("card", rgba)
					}
				}
			}
			d.Do(func(a *App) {
				a.player = "Nog Niemand"
				a.setScene(newHistory(a))
			})
			save("history-empty", d.Step(Frame{}, 0))
			d.Do(func(a *App) {
				a.player = player
				a.startRound(a.findScenario("sanoma-juf"))
				a.cur.rep = pausedReporter{}
			})
			for i := 0; i < 40; i++ {
				d.Tick(Frame{}, maxStep)
			}
			save("trainer-paused", d.Step(Frame{}, maxStep))
			d.Do(func(a *App) {
				a.cur.rep = nil
				a.queueReload(Reloaded{Problems: []string{
					"mijn-case.nl.toml:33: decision[1].choice[1].next: missing: where does this lead? Give a decision or ending id",
					"mijn-case.nl.toml:35: decision.choice.nxet: unknown key (did you mean \"next\"?)",
					"mijn-case.nl.toml:42: decision[1].choice[3].text: 287 characters, over the twitter limit of 280",
				}})
				a.applyReload()
			})
			save("load-error", d.Step(Frame{}, 0))
		}
	}
	d.Do(func(a *App) {
		a.opts.Size = image.Pt(1280, 800)
		a.lang, a.player = "nl", ""
		a.setScene(newTitle(a))
	})
	d.Step(Frame{}, 0)
}

// pausedReporter is a workshop whose trainer paused the room.
type pausedReporter struct{}

func (pausedReporter) Update()      {}
func (pausedReporter) Paused() bool { return true }
func (pausedReporter) Finish(context.Context, bool) (string, error) {
	return "", nil
}
