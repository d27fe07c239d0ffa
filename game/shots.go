package game

import (
	"fmt"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"time"

	"github.com/hajimehoshi/ebiten/v2"
)

// ShotsScenario is the case the screenshots play.
const ShotsScenario = "sanoma-juf"

// shotReply is the reply typed in the screenshots, per language: Dutch
// diacritics included on purpose.
var shotReply = map[string]string{
	"nl": "Hoi Dorien, wat vervelend dat je al zo vaak hebt gebeld en nog steeds geen antwoord hebt. Sorry! Ik bel je vóór 12:00 terug. ^Lotte",
	"en": "Hi Dorien, I'm sorry you called so often and still have no answer. I'll call you back before noon today. ^Lotte",
}

// Shots plays a round of ShotsScenario in every language and size and
// saves a PNG of each screen to dir: title, picker, play at a decision
// with typed text, play during a time-lapse, and the debrief. It returns
// the files written. It runs the window, so it must be called on the main
// goroutine.
func Shots(dir string, sizes []image.Point, langs []string) ([]string, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	var files []string
	var shotErr error
	err := RunDriven(Options{Seed: 7, Size: sizes[0]}, func(d *Driver) {
		for _, lang := range langs {
			for _, size := range sizes {
				got, err := shotsOf(d, dir, lang, size)
				files = append(files, got...)
				if err != nil {
					shotErr = err
					return
				}
			}
		}
	})
	if err == nil {
		err = shotErr
	}
	return files, err
}

func shotsOf(d *Driver, dir, lang string, size image.Point) ([]string, error) {
	var files []string
	n := 0
	save := func(name string, img *image.RGBA) error {
		if img == nil {
			return fmt.Errorf("shots: the game stopped responding before %q", name)
		}
		n++
		path := filepath.Join(dir, fmt.Sprintf("%s-%dx%d-%d-%s.png", lang, size.X, size.Y, n, name))
		f, err := os.Create(path)
		if err != nil {
			return err
		}
		defer f.Close()
		if err := png.Encode(f, img); err != nil {
			return err
		}
		files = append(files, path)
		return nil
	}
	d.Do(func(a *App) {
		a.opts.Size = size
		a.lang, a.player, a.mode = lang, "Sanne", "practice"
		a.setScene(newTitle(a))
	})
	// Two frames: the first after a size change may still have the old size.
	d.Step(Frame{}, 0)
	if err := save("title", d.Step(Frame{}, 0)); err != nil {
		return files, err
	}
	if err := save("picker", d.Step(Key(ebiten.KeyEnter), 0)); err != nil {
		return files, err
	}
	d.Do(func(a *App) { a.startRound(a.findScenario(ShotsScenario)) })
	for i := 0; i < 2000 && d.Play() != nil && d.Play().Decision() == nil; i++ {
		d.Tick(Frame{}, maxStep)
	}
	if d.Play() == nil {
		return files, fmt.Errorf("shots: the round did not start")
	}
	d.Do(func(a *App) { a.scene.(*playScene).focus.id = "reply" })
	d.Tick(Typed(shotReply[lang]), 0)
	if err := save("play-decision", d.Step(Frame{}, 0)); err != nil {
		return files, err
	}
	d.Tick(Key(ebiten.KeyEnter), 0)
	var lapse *image.RGBA
	for i := 0; i < 5000 && d.Play() != nil; i++ {
		p := d.Play()
		// Keep the first frame of a time-lapse that has a busy feed.
		if lapse == nil && d.App.scene.(*playScene).lapse && len(p.Feed()) > 6 {
			lapse = d.Step(Frame{}, maxStep)
		} else {
			d.Tick(Frame{}, maxStep)
		}
		if p.Decision() != nil {
			d.Tick(Key(ebiten.KeyEnter), 0) // the first written choice
		}
		if p.Done() {
			break
		}
	}
	if err := save("play-timelapse", lapse); err != nil {
		return files, err
	}
	if err := save("play-ending", d.Step(Frame{}, 0)); err != nil {
		return files, err
	}
	if err := save("debrief", d.Step(Key(ebiten.KeyEnter), 0)); err != nil {
		return files, err
	}
	if err := save("debrief-scrolled", d.Step(Key(ebiten.KeyPageDown), 0)); err != nil {
		return files, err
	}
	_ = time.Second
	return files, nil
}
