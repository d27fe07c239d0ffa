package game

import (
	"errors"
	"fmt"
	"image"
	"os"
	"path/filepath"
	"strings"
	"time"

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
// the ending and the debrief at its top and scrolled down, then a HEMA
// round with two hours of silence and its debrief (shots_hema.go), then the
// progress screens (see shooter.progressShots). It returns the
// files written. It runs the window, so it must be called on the main
// goroutine.
func Shots(dir string, sizes []image.Point, langs []string) (files []string, err error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	var shotErr error
	// A throwaway store with a history, for the progress screens.
	st, data, err := shotStore()
	if err != nil {
		return nil, err
	}
	defer func() { err = errors.Join(err, st.Close(), os.RemoveAll(data)) }()
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

// shooter saves the numbered screenshots of one size and language.
type shooter struct {
	d     *Driver
	out   string // the folder of this size and language
	size  image.Point
	n     int // the number of the last shot
	files []string
	err   error // the first failure of shot; later shots are skipped
}

func shotsOf(d *Driver, dir, lang string, size image.Point) ([]string, error) {
	out := filepath.Join(dir, fmt.Sprintf("%dx%d", size.X, size.Y), lang)
	if err := os.MkdirAll(out, 0o755); err != nil {
		return nil, err
	}
	s := &shooter{d: d, out: out, size: size}
	for _, phase := range []func(lang string) error{s.openingShots, s.replyShots, s.endShots} {
		if err := phase(lang); err != nil {
			return s.files, err
		}
	}
	s.n = max(s.n, 29)
	if err := s.silenceShots(lang); err != nil {
		return s.files, err
	}
	s.n = max(s.n, 49)
	card, err := s.progressShots()
	if card != "" {
		s.files = append(s.files, card)
	}
	return s.files, err
}

// save writes img as the next numbered shot.
func (s *shooter) save(name string, img *image.RGBA) error {
	if img == nil {
		return fmt.Errorf("shots: the game stopped responding before %q", name)
	}
	if img.Bounds().Size() != s.size {
		return fmt.Errorf("shots: %q is %v, want %v", name, img.Bounds().Size(), s.size)
	}
	s.n++
	path := filepath.Join(s.out, fmt.Sprintf("%02d-%s.png", s.n, name))
	if err := writePNG(path, img); err != nil {
		return err
	}
	s.files = append(s.files, path)
	return nil
}

// step plays frame f and saves the screen drawn after it.
func (s *shooter) step(name string, f Frame) error { return s.save(name, s.d.Step(f, 0)) }

// shot is step for a series of shots that goes on after a failure
// without taking more: the first error is kept in s.err.
func (s *shooter) shot(name string, f Frame) {
	if s.err == nil {
		s.err = s.step(name, f)
	}
}

// openingShots takes the title, the picker, and a round at its start and
// at its first decision.
func (s *shooter) openingShots(lang string) error {
	d := s.d
	d.Do(func(a *App) {
		a.opts.Size = s.size
		a.lang, a.player, a.mode = lang, "Sanne", session.Practice
		a.setScene(newTitle(a))
	})
	// Two frames: the first after a size change may still have the old size.
	d.Step(Frame{}, 0)
	if err := s.step("title", Frame{}); err != nil {
		return err
	}
	if err := s.step("picker", Key(ebiten.KeyEnter)); err != nil {
		return err
	}
	d.Do(func(a *App) { a.setScene(newBriefing(a.findScenario(ShotsScenario))) })
	if err := s.step("briefing", Frame{}); err != nil {
		return err
	}
	d.Tick(Key(ebiten.KeyEnter), 0) // the briefing's start button
	if !d.playState().playing {
		return fmt.Errorf("shots: the round did not start")
	}
	// The start: the first posts are in, the clock runs.
	for i := 0; i < 400; i++ {
		if st := d.playState(); st.feed >= 3 || st.decision {
			break
		}
		d.Tick(Frame{}, session.MaxStep)
	}
	if err := s.step("play-start", Frame{}); err != nil {
		return err
	}
	for i := 0; i < 4000 && !d.playState().decision; i++ {
		d.Tick(Frame{}, session.MaxStep)
	}
	if !d.playState().decision {
		return fmt.Errorf("shots: no decision opened")
	}
	return s.step("play-decision", Frame{})
}

// replyShots types into the reply field what a player might (a long
// paste, control characters, right-to-left text, a good reply), shows the
// meter's explanation and publishes the reply.
func (s *shooter) replyShots(lang string) error {
	d := s.d
	// Tab to the reply field, as a player does.
	for i := 0; i < 12; i++ {
		var in bool
		d.Do(func(a *App) { in = a.scene.(*playScene).focus.Is("reply") })
		if in {
			break
		}
		d.Tick(Key(ebiten.KeyTab), 0)
	}
	selectAll := Frame{Keys: []ebiten.Key{ebiten.KeyA}, Ctrl: true}
	// A 10,000-character paste: kept, counted in red, refused on publishing.
	d.Clip.Text = strings.Repeat("Lange plak-tekst zonder einde, ", 10000/31+1)[:10000]
	d.Tick(Frame{Keys: []ebiten.Key{ebiten.KeyV}, Ctrl: true}, 0)
	s.shot("play-reply-10000-chars", Frame{})
	d.Tick(selectAll, 0)
	d.Tick(Typed(shotAwkward), 0)
	s.shot("play-reply-rtl-control", Frame{})
	// Right-to-left text on its own: Hebrew and Arabic in visual order,
	// the Arabic letters joined, a Dutch name and a time kept as they are.
	d.Tick(selectAll, 0)
	d.Tick(Typed(shotRTL), 0)
	s.shot("play-reply-rtl", Frame{})
	d.Tick(selectAll, 0)
	d.Tick(Key(ebiten.KeyBackspace), 0)
	d.Tick(Typed(shotReply[lang]), 0)
	s.shot("play-reply-typed", Frame{})
	// The pointer on the meter explains what its numbers mean.
	var meter image.Rectangle
	d.Do(func(a *App) { meter = a.scene.(*playScene).regions(a).meter })
	s.shot("play-meter-help", MouseAt(meter.Min.Add(image.Pt(meter.Dx()/2, meter.Dy()/3))))
	if s.err != nil {
		return s.err
	}
	d.Tick(MouseAt(image.Pt(2, s.size.Y-2)), 0)
	d.Tick(Key(ebiten.KeyEnter), 0)
	if d.playState().decision {
		return fmt.Errorf("shots: the typed reply was not published")
	}
	return nil
}

// endShots takes the crowd reacting in a time-lapse, the ending and the
// debrief, at its top and scrolled down.
func (s *shooter) endShots(string) error {
	d := s.d
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
	if err := s.save("play-timelapse", lapse); err != nil {
		return err
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
	s.shot("play-ending", Frame{})
	d.Step(Key(ebiten.KeyEnter), 0)
	s.waitWorlds()
	s.shot("debrief", Frame{})
	for i := 1; i <= 3; i++ {
		s.shot(fmt.Sprintf("debrief-scrolled-%d", i), Key(ebiten.KeyPageDown))
	}
	return s.err
}

// waitWorlds waits (at most a minute) until the debrief has played the
// round in its 100 worlds, so the debrief's shots show them.
func (s *shooter) waitWorlds() {
	for range 600 {
		pending := false
		s.d.Do(func(a *App) {
			if db, ok := a.scene.(*debriefScene); ok {
				pending = db.worlds.pending()
			}
		})
		if !pending {
			return
		}
		time.Sleep(100 * time.Millisecond)
	}
}
