package game

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/webcaresim/webcaresim/game/workshop/client"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/webcaresim/webcaresim/game/progress"
	"github.com/webcaresim/webcaresim/game/session"
	"github.com/webcaresim/webcaresim/scenarios"
)

// shotPlayer is the trainee whose progress the screenshots show.
const shotPlayer = "Sanne"

// shotStore makes a throwaway attempt store with a history to show:
// three scenarios played several times, scores rising, one round left
// early. The caller removes dir.
func shotStore() (st *progress.Store, dir string, err error) {
	dir, err = os.MkdirTemp("", "webcaresim-shots-")
	if err != nil {
		return nil, "", err
	}
	st, err = progress.Open(dir)
	if err != nil {
		return nil, "", errors.Join(err, os.RemoveAll(dir))
	}
	set := scenarios.BuiltinForPlay()
	start := time.Date(2026, 11, 20, 9, 0, 0, 0, time.Local)
	strats := []session.Strategy{session.Historical{}, session.Choices{2, 2, 2}, session.Best{}, session.Best{}}
	for k, id := range []string{"sanoma-juf", "dominos-sorry", "hema-insuline"} {
		sc, ok := set.Find(id, "nl")
		if !ok {
			continue
		}
		for i, strat := range strats[:len(strats)-k] {
			s, err := session.Run(sc, session.Options{Seed: uint64(i + 1), Mode: session.Practice, Player: shotPlayer}, strat)
			if err != nil {
				continue
			}
			at := start.Add(time.Duration(24*k+2*i) * time.Hour)
			if err := st.Save(progress.New(s.Report(), at, at.Add(20*time.Minute), i != 1 || k != 0, "game")); err != nil {
				return nil, "", errors.Join(err, st.Close(), os.RemoveAll(dir))
			}
		}
	}
	return st, dir, nil
}

// progressShots saves the progress screens, numbered from 50 so they
// sort after the round's: the title with its progress button, the history
// and an attempt in it, the attempt's debrief reopened and saved as an
// image (the image too, returned as card), the history of a new player,
// then the workshop's screens (see workshopShots).
func (s *shooter) progressShots() (card string, err error) {
	d := s.d
	d.Do(func(a *App) {
		a.player = shotPlayer
		a.opts.ImageDir = s.out
		a.setScene(newTitle(a))
	})
	d.Tick(Key(ebiten.KeyTab), 0) // the focus on "My progress"
	s.shot("title-progress", Frame{})
	s.shot("history", Key(ebiten.KeyEnter))
	d.Tick(Key(ebiten.KeyEnter), 0) // to the newest attempt
	s.shot("history-attempt", Key(ebiten.KeyArrowDown))
	d.Tick(Key(ebiten.KeyEnter), 0)
	d.Tick(Frame{Keys: []ebiten.Key{ebiten.KeyS}, Ctrl: true}, 0)
	saved := ""
	// The image is written off the game loop: look until it is there.
	for i := 0; i < 300 && saved == ""; i++ {
		d.Do(func(a *App) {
			if db, ok := a.scene.(*debriefScene); ok {
				saved = db.image.Path()
			}
		})
		time.Sleep(10 * time.Millisecond)
	}
	if saved == "" && s.err == nil {
		s.err = fmt.Errorf("shots: the debrief saved no image")
	}
	s.shot("debrief-reopened-saved", Frame{})
	d.Do(func(a *App) {
		a.player = "Nog Niemand"
		a.setScene(newHistory(a))
	})
	s.shot("history-empty", Frame{})
	s.workshopShots()
	d.Do(func(a *App) { a.workshop = nil; a.opts.ImageDir = ""; a.setScene(newTitle(a)) })
	if s.err == nil && saved != "" {
		// The saved score card goes beside the screens.
		card = filepath.Join(s.out, "69-score-card.png")
		s.err = os.Rename(saved, card)
	}
	return card, s.err
}

// workshopShots saves a round paused by the trainer and one whose
// workshop cannot be reached, a scenario file that does not load, and the
// picker, title and debrief in a workshop joined and in one that failed.
func (s *shooter) workshopShots() {
	d := s.d
	d.Do(func(a *App) {
		a.player = shotPlayer
		a.startRound(a.findScenario(ShotsScenario))
		a.cur.rep = shotPaused{}
	})
	for range 20 {
		d.Tick(Frame{}, session.MaxStep)
	}
	s.shot("trainer-paused", Frame{})
	d.Do(func(a *App) { a.cur.rep = shotOffline{} })
	d.Tick(Frame{}, 0)
	s.shot("workshop-offline", Frame{})
	d.Do(func(a *App) {
		a.cur.rep = nil
		a.queueReload(Reloaded{Problems: []string{
			"mijn-case.nl.toml:22: onbekend: unknown key",
			"mijn-case.nl.toml:33: decision[1].choice[1].next: missing: where does this lead? Give a decision or ending id",
			"mijn-case.nl.toml:42: decision[1].choice[3].text: 287 characters, over the twitter limit of 280",
		}})
		a.applyReload()
	})
	s.shot("load-error", Frame{})
	// A workshop the player joined: the picker offers the trainer's three
	// scenarios and says the results go to the trainer.
	d.Do(func(a *App) {
		a.player = shotPlayer
		a.workshop = shotJoinedWorkshop()
		a.setScene(newPicker(a))
	})
	s.shot("workshop-picker", Frame{})
	// A code that does not exist: the title screen says so.
	d.Do(func(a *App) {
		a.workshop = shotFailedWorkshop()
		a.setScene(newTitle(a))
	})
	s.shot("workshop-failed-title", Frame{})
	d.Do(func(a *App) { a.setScene(newPicker(a)) })
	s.shot("workshop-failed-picker", Frame{})
	// The debrief of a round whose result did not reach the trainer.
	d.Do(func(a *App) {
		sess, err := session.Run(a.findScenario(ShotsScenario), session.Options{Seed: 1, Player: shotPlayer}, session.Best{})
		if err != nil {
			if s.err == nil {
				s.err = err
			}
			return
		}
		a.lastSent = &sendState{finished: true, err: errors.New("no workshop with this code")}
		a.setScene(newDebrief(a, sess))
		a.lastSent = nil
	})
	s.shot("workshop-debrief-not-sent", Frame{})
}

// shotPaused is a workshop whose trainer paused the room.
type shotPaused struct{}

func (shotPaused) Update()                                      {}
func (shotPaused) Paused() bool                                 { return true }
func (shotPaused) Finish(context.Context, bool) (string, error) { return "", nil }

// shotOffline is a workshop whose server stopped answering.
type shotOffline struct{}

func (shotOffline) Update()                                      {}
func (shotOffline) Paused() bool                                 { return false }
func (shotOffline) Offline() bool                                { return true }
func (shotOffline) Finish(context.Context, bool) (string, error) { return "", nil }

// shotServer is the address of the screenshots' workshops: one reserved for
// documentation (RFC 5737), which no network gives a machine. They never
// ask it anything (Workshop.still): a picture of the picker opened the
// failed workshop's join, and the shots tried to join a workshop at a
// local-network address that could be someone's machine, as shotPlayer.
const shotServer = "http://192.0.2.20:8080"

// shotJoinedWorkshop is a workshop the player joined, with the trainer's
// three scenarios, for the pictures alone.
func shotJoinedWorkshop() *Workshop {
	w := &Workshop{server: shotServer, code: "K7Q2XM", name: shotPlayer, still: true,
		client: &client.Client{Server: shotServer}, keys: map[string]bool{"universiteit-kut/nl": true, "dominos-sorry/nl": true, "sanoma-juf/nl": true,
			"universiteit-kut/en": true, "dominos-sorry/en": true, "sanoma-juf/en": true}}
	w.version.Store(1)
	return w
}

// shotFailedWorkshop is a workshop whose code does not exist, for the
// pictures alone.
func shotFailedWorkshop() *Workshop {
	return &Workshop{server: shotServer, code: "K7Q2XN", name: shotPlayer, still: true,
		err: &client.StatusError{Code: 404, Message: "no workshop with this code"}}
}
