package game

import (
	"fmt"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"strings"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/webcaresim/webcaresim/game/session"
)

// ShotsScenario is the case the screenshots play.
const ShotsScenario = "sanoma-juf"

// shotReply is the reply typed in the screenshots, per language: Dutch
// diacritics and an emoji included on purpose.
var shotReply = map[string]string{
	"nl": "Hoi Dorien, wat vervelend dat je al zo vaak hebt gebeld en nog steeds geen antwoord hebt. Sorry! Ik bel je vóór 12:00 terug, beloofd 🙂 ^Lotte",
	"en": "Hi Dorien, I'm sorry you called so often and still have no answer. I'll call you back before noon today, promise 🙂 ^Lotte",
}

// shotAwkward is text a player might paste that the field must survive:
// right-to-left scripts mixed with Latin, control characters and a tab.
const shotAwkward = "שלום Dorien, مرحبا بك\x07\x1b[31m\tסליחה! اتصل بك قبل 12:00\u200f \u202ereversed?\u202c ^Lotte\x00"

// shotRTL is a reply in Hebrew, Arabic and Dutch mixed.
const shotRTL = "שלום Dorien, סליחה! مرحبا بك، سأتصل بك اليوم قبل 12:00. Hoi Dorien, sorry! ^Lotte"

// Shots plays a round of ShotsScenario in every language and size and
// saves a PNG of each screen as dir/WxH/lang/NN-name.png: the title, the
// picker, the round at its start, with a decision open, with a typed reply
// (and a 10,000-character paste, and right-to-left text), the outrage
// meter's explanation, the crowd moving in a time-lapse after the reply,
// the ending and the debrief at its top and scrolled down, then the
// progress screens (see progressShotsOf). It returns the
// files written. It runs the window, so it must be called on the main
// goroutine.
func Shots(dir string, sizes []image.Point, langs []string) ([]string, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	var files []string
	var shotErr error
	// A throwaway store with a history, for the progress screens.
	st, data, err := shotStore()
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(data)
	defer st.Close()
	err = RunDriven(Options{Seed: 7, Size: sizes[0], Store: st}, func(d *Driver) {
		for _, size := range sizes {
			for _, lang := range langs {
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

// playState is what the script needs to know about the round, read on the
// game's thread.
type playState struct {
	playing, decision, ending, done, lapse bool
	feed                                   int
}

func (d *Driver) playState() playState {
	var st playState
	d.Do(func(a *App) {
		p, ok := a.scene.(*playScene)
		if !ok {
			return
		}
		s := p.sess
		st = playState{playing: true, decision: s.Decision() != nil, ending: s.Ending() != nil,
			done: s.Done(), lapse: p.lapse, feed: len(s.Feed())}
	})
	return st
}

func shotsOf(d *Driver, dir, lang string, size image.Point) ([]string, error) {
	var files []string
	out := filepath.Join(dir, fmt.Sprintf("%dx%d", size.X, size.Y), lang)
	if err := os.MkdirAll(out, 0o755); err != nil {
		return nil, err
	}
	n := 0
	save := func(name string, img *image.RGBA) error {
		if img == nil {
			return fmt.Errorf("shots: the game stopped responding before %q", name)
		}
		if img.Bounds().Size() != size {
			return fmt.Errorf("shots: %q is %v, want %v", name, img.Bounds().Size(), size)
		}
		n++
		path := filepath.Join(out, fmt.Sprintf("%02d-%s.png", n, name))
		f, err := os.Create(path)
		if err != nil {
			return err
		}
		if err := png.Encode(f, img); err != nil {
			f.Close()
			return err
		}
		if err := f.Close(); err != nil {
			return err
		}
		files = append(files, path)
		return nil
	}
	step := func(name string, f Frame) error { return save(name, d.Step(f, 0)) }

	d.Do(func(a *App) {
		a.opts.Size = size
		a.lang, a.player, a.mode = lang, "Sanne", session.Practice
		a.setScene(newTitle(a))
	})
	// Two frames: the first after a size change may still have the old size.
	d.Step(Frame{}, 0)
	if err := step("title", Frame{}); err != nil {
		return files, err
	}
	if err := step("picker", Key(ebiten.KeyEnter)); err != nil {
		return files, err
	}
	d.Do(func(a *App) { a.startRound(a.findScenario(ShotsScenario)) })
	if !d.playState().playing {
		return files, fmt.Errorf("shots: the round did not start")
	}
	// The start: the first posts are in, the clock runs.
	for i := 0; i < 400; i++ {
		if st := d.playState(); st.feed >= 3 || st.decision {
			break
		}
		d.Tick(Frame{}, session.MaxStep)
	}
	if err := step("play-start", Frame{}); err != nil {
		return files, err
	}
	for i := 0; i < 4000 && !d.playState().decision; i++ {
		d.Tick(Frame{}, session.MaxStep)
	}
	if !d.playState().decision {
		return files, fmt.Errorf("shots: no decision opened")
	}
	if err := step("play-decision", Frame{}); err != nil {
		return files, err
	}
	// Tab to the reply field, as a player does.
	for i := 0; i < 12; i++ {
		var in bool
		d.Do(func(a *App) { in = a.scene.(*playScene).focus.Is("reply") })
		if in {
			break
		}
		d.Tick(Key(ebiten.KeyTab), 0)
	}
	// A 10,000-character paste: kept, counted in red, refused on publishing.
	d.Clip.Text = strings.Repeat("Lange plak-tekst zonder einde, ", 10000/31+1)[:10000]
	d.Tick(Frame{Keys: []ebiten.Key{ebiten.KeyV}, Ctrl: true}, 0)
	if err := step("play-reply-10000-chars", Frame{}); err != nil {
		return files, err
	}
	d.Tick(Frame{Keys: []ebiten.Key{ebiten.KeyA}, Ctrl: true}, 0)
	d.Tick(Typed(shotAwkward), 0)
	if err := step("play-reply-rtl-control", Frame{}); err != nil {
		return files, err
	}
	// Right-to-left text on its own: Hebrew and Arabic in visual order,
	// the Arabic letters joined, a Dutch name and a time kept as they are.
	d.Tick(Frame{Keys: []ebiten.Key{ebiten.KeyA}, Ctrl: true}, 0)
	d.Tick(Typed(shotRTL), 0)
	if err := step("play-reply-rtl", Frame{}); err != nil {
		return files, err
	}
	d.Tick(Frame{Keys: []ebiten.Key{ebiten.KeyA}, Ctrl: true}, 0)
	d.Tick(Key(ebiten.KeyBackspace), 0)
	d.Tick(Typed(shotReply[lang]), 0)
	if err := step("play-reply-typed", Frame{}); err != nil {
		return files, err
	}
	// The pointer on the meter explains what its numbers mean.
	var meter image.Rectangle
	d.Do(func(a *App) { meter = a.scene.(*playScene).regions(a).meter })
	if err := step("play-meter-help", MouseAt(meter.Min.Add(image.Pt(meter.Dx()/2, meter.Dy()/3)))); err != nil {
		return files, err
	}
	d.Tick(MouseAt(image.Pt(2, size.Y-2)), 0)
	d.Tick(Key(ebiten.KeyEnter), 0)
	if d.playState().decision {
		return files, fmt.Errorf("shots: the typed reply was not published")
	}
	// After the reply the crowd reacts while the clock runs fast.
	var lapse *image.RGBA
	for i := 0; i < 5000; i++ {
		st := d.playState()
		if !st.playing || st.done {
			break
		}
		if lapse == nil && st.lapse && st.feed > 6 && !st.ending {
			lapse = d.Step(Frame{}, 0)
		}
		if st.decision {
			d.Tick(Key(ebiten.KeyEnter), 0) // the first written choice
		}
		if st.ending && lapse != nil {
			break
		}
		d.Tick(Frame{}, session.MaxStep)
	}
	if err := save("play-timelapse", lapse); err != nil {
		return files, err
	}
	for i := 0; i < 5000; i++ {
		st := d.playState()
		if !st.playing || st.ending {
			break
		}
		if st.decision {
			d.Tick(Key(ebiten.KeyEnter), 0)
		}
		d.Tick(Frame{}, session.MaxStep)
	}
	if err := step("play-ending", Frame{}); err != nil {
		return files, err
	}
	if err := step("debrief", Key(ebiten.KeyEnter)); err != nil {
		return files, err
	}
	for i := 1; i <= 3; i++ {
		if err := step(fmt.Sprintf("debrief-scrolled-%d", i), Key(ebiten.KeyPageDown)); err != nil {
			return files, err
		}
	}
	n = max(n, 49)
	card, err := progressShotsOf(d, out, save)
	if card != "" {
		files = append(files, card)
	}
	return files, err
}
