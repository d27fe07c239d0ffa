package game

import (
	"context"
	"image"
	"sync"
	"time"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/webcaresim/webcaresim/game/progress"
	"github.com/webcaresim/webcaresim/game/session"
	"github.com/webcaresim/webcaresim/scenarios"
	"github.com/webcaresim/webcaresim/scenarios/watch"
)

// Store keeps the attempts played in the window and lists them for the
// history screen. *progress.Store is one.
type Store interface {
	Save(progress.Attempt) error
	List(progress.Filter) ([]progress.Attempt, []progress.Problem, error)
}

// RoundReporter reports one round to a workshop server while it is
// played. *client.Reporter is one. Update is called every frame from the
// game loop and must not block; Finish is called once, off the game loop.
type RoundReporter interface {
	Update()
	// Paused reports whether the trainer paused the room: the round's
	// clock stops and a banner says why.
	Paused() bool
	Finish(ctx context.Context, finished bool) (string, error)
}

// Reloaded is a new version of the scenario file being edited: the
// scenario, or the problems that keep it from loading, one per line as
// "file:line: field: problem".
type Reloaded struct {
	Scenario *scenarios.Scenario
	Problems []string
}

// recorder is the App's part that records rounds.
type recorder struct {
	cur *round // the round on the play screen, not yet recorded

	reports sync.WaitGroup // Finish calls still delivering

	reloadMu sync.Mutex
	reload   *Reloaded // the newest version not yet applied

	trainerPaused bool       // the room is paused, as last heard
	storeErr      string     // why the last attempt could not be stored
	lastSent      *sendState // the last round's result on its way to a workshop
	reportOffline bool       // the round is not reaching the workshop's server now
}

// round is a round being played, with what its record needs.
type round struct {
	sess    *session.Session
	started time.Time
	rep     RoundReporter
}

// beginRound starts recording s (leaving any round still on screen).
func (a *App) beginRound(s *session.Session) {
	a.leaveRound()
	r := &round{sess: s, started: a.clock.Now()}
	if a.opts.Report != nil {
		r.rep = a.opts.Report(s)
	}
	a.cur = r
	a.trainerPaused = false
}

// leaveRound records the round on screen, if any, as the player leaves
// it: finished when it reached its ending, abandoned otherwise.
func (a *App) leaveRound() {
	if a.cur != nil {
		a.endRound(a.cur.sess.Ending() != nil)
	}
}

// sendState is how a round's result fares on its way to the workshop
// server, for the debrief to say.
type sendState struct {
	mu       sync.Mutex
	finished bool
	err      error
}

func (s *sendState) done(err error) {
	s.mu.Lock()
	s.finished, s.err = true, err
	s.mu.Unlock()
}

// line says where the result is: on its way, with the trainer, or not
// sent and why (it is kept on this computer all the same).
func (s *sendState) line(lang string) (text string, bad bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	switch {
	case !s.finished:
		return tr(lang, "debrief.sending"), false
	case s.err != nil:
		return tr(lang, "debrief.not_sent"), true
	default:
		return tr(lang, "debrief.sent"), false
	}
}

// endRound stores the current round and hands its result to the
// workshop server; it returns the stored attempt (ok false when there
// was no round or no store).
func (a *App) endRound(finished bool) (progress.Attempt, bool) {
	r := a.cur
	if r == nil {
		return progress.Attempt{}, false
	}
	a.cur = nil
	a.trainerPaused = false
	a.lastSent = nil
	if rep := r.rep; rep != nil {
		sent := &sendState{}
		a.lastSent = sent
		a.reports.Add(1)
		go func() {
			defer a.reports.Done()
			ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
			defer cancel()
			_, err := rep.Finish(ctx, finished)
			sent.done(err)
			if !a.opts.Driven {
				a.wakeSoon()
			}
		}()
	}
	if a.opts.Store == nil {
		return progress.Attempt{}, false
	}
	source := a.opts.Source
	if source == "" {
		source = "game"
	}
	at := progress.New(r.sess.Report(), r.started, a.clock.Now(), finished, source)
	if err := a.opts.Store.Save(at); err != nil {
		a.storeErr = err.Error()
		return at, false
	}
	a.storeErr = ""
	return at, true
}

// waitReports waits until the results handed to a workshop server have
// been delivered, or d has passed.
func (a *App) waitReports(d time.Duration) {
	done := make(chan struct{})
	go func() {
		a.reports.Wait()
		close(done)
	}()
	select {
	case <-done:
	case <-time.After(d):
	}
}

// reportTick runs the workshop reporter for the frame and tells whether
// the trainer paused the room.
func (a *App) reportTick() bool {
	if a.cur == nil || a.cur.rep == nil {
		a.trainerPaused, a.reportOffline = false, false
		return false
	}
	a.cur.rep.Update()
	a.trainerPaused = a.cur.rep.Paused()
	if o, ok := a.cur.rep.(interface{ Offline() bool }); ok {
		a.reportOffline = o.Offline()
	}
	return a.trainerPaused
}

// watchReloads hands new versions of the edited scenario to the game loop.
func (a *App) watchReloads(ch <-chan Reloaded) {
	if ch == nil {
		return
	}
	go func() {
		for r := range ch {
			a.queueReload(r)
			if !a.opts.Driven {
				go a.wakeSoon()
			}
		}
	}()
}

// wakeSoon makes sure a frame runs soon (news from another goroutine on
// a screen that waits for input).
func (a *App) wakeSoon() {
	seen := a.frames.Load()
	a.kickUntil(func() bool { return a.frames.Load() != seen }, time.Second)
}

// queueReload keeps r for the next frame (a newer version replaces one
// not yet applied).
func (a *App) queueReload(r Reloaded) {
	a.reloadMu.Lock()
	a.reload = &r
	a.reloadMu.Unlock()
}

// applyReload restarts the round with the new version of the edited
// scenario, or shows why it does not load.
func (a *App) applyReload() {
	a.reloadMu.Lock()
	r := a.reload
	a.reload = nil
	a.reloadMu.Unlock()
	if r == nil {
		return
	}
	if r.Scenario == nil {
		a.leaveRound()
		a.setScene(&loadErrorScene{problems: r.Problems})
		return
	}
	sc := r.Scenario
	// The new version replaces the old one (same id and language) and
	// goes first, so it wins over a built-in of the same id.
	list := []*scenarios.Scenario{sc}
	for _, old := range a.set.Scenarios {
		if old.ID != sc.ID || old.Language != sc.Language {
			list = append(list, old)
		}
	}
	a.set.Scenarios = list
	a.startRound(sc)
}

// drawOverlays draws what shows over any screen: the trainer's pause.
func (a *App) drawOverlays(dst *ebiten.Image) {
	if !a.trainerPaused || a.SceneName() != "play" {
		return
	}
	h := a.px(64)
	r := image.Rect(0, a.h/2-h/2, a.w, a.h/2+h/2)
	fillRect(dst, r, colHeader)
	fillRect(dst, image.Rect(0, r.Min.Y, a.w, r.Min.Y+a.px(4)), colAmber)
	fillRect(dst, image.Rect(0, r.Max.Y-a.px(4), a.w, r.Max.Y), colAmber)
	drawTextCentered(dst, "⏸ "+a.t("play.trainer_paused"), face(float64(a.px(24)), true), r, colOnDark)
}

// loadErrorScene shows why the scenario file being edited does not load,
// until the next save fixes it.
type loadErrorScene struct {
	problems []string
}

func (s *loadErrorScene) name() string { return "load-error" }

func (s *loadErrorScene) update(a *App, f Frame) {
	if f.Has(ebiten.KeyEscape) {
		a.setScene(newPicker(a))
	}
}

func (s *loadErrorScene) wake(*App) time.Duration { return 0 }

// region is the panel listing the problems (its top follows the text
// above it).
func (s *loadErrorScene) region(a *App) image.Rectangle {
	m := a.px(32)
	return image.Rect(m, a.px(170), a.w-m, a.h-a.px(64))
}

func (s *loadErrorScene) draw(a *App, dst *ebiten.Image) {
	header := image.Rect(0, 0, a.w, a.px(96))
	fillRect(dst, header, colBad)
	m := a.px(32)
	drawText(dst, ellipsize(a.t("reload.title"), face(float64(a.px(28)), true), a.w-2*m), face(float64(a.px(28)), true), float64(m), float64(a.px(28)), colOnDark)
	y := header.Max.Y + a.px(24)
	body := face(float64(a.px(18)), false)
	mono := face(float64(a.px(17)), false)
	y += drawWrapped(dst, a.t("reload.about"), body, image.Rect(m, y, a.w-m, y+a.px(60)), colText) + a.px(16)
	panel := s.region(a)
	panel.Min.Y = y
	roundRect(dst, panel, float32(a.px(10)), colPanel)
	strokeRect(dst, panel, 1, colBorder)
	in := panel.Inset(a.px(16))
	py := in.Min.Y
	for _, p := range s.problems {
		h := wrappedHeight(p, mono, in.Dx())
		if py+h > in.Max.Y {
			break
		}
		fillRect(dst, image.Rect(in.Min.X-a.px(8), py, in.Min.X-a.px(4), py+h), colBad)
		drawWrapped(dst, p, mono, image.Rect(in.Min.X, py, in.Max.X, py+h), colText)
		py += h + a.px(10)
	}
	hint := image.Rect(m, a.h-a.px(48), a.w-m, a.h-a.px(12))
	drawTextCentered(dst, a.t("reload.keys"), face(float64(a.px(15)), false), hint, colMuted)
}

// LoadScenarioFile loads the scenario file being edited (play --watch):
// its scenario, or its problems as "file:line: field: problem".
func LoadScenarioFile(path string) Reloaded {
	set := scenarios.Load(path)
	var problems []string
	for _, p := range set.Errors() {
		problems = append(problems, p.String())
	}
	switch {
	case len(problems) > 0:
		return Reloaded{Problems: problems}
	case len(set.Scenarios) != 1:
		return Reloaded{Problems: []string{path + ": not one scenario in the file"}}
	}
	return Reloaded{Scenario: set.Scenarios[0]}
}

// WatchScenario sends every saved version of the scenario file at path
// (see scenarios/watch) until ctx ends, the current one first when first
// is true. It is what Options.Reload wants.
func WatchScenario(ctx context.Context, path string, interval time.Duration, first bool) <-chan Reloaded {
	ch := make(chan Reloaded, 1)
	if first {
		ch <- LoadScenarioFile(path)
	}
	go func() {
		watch.Watch(ctx, path, interval, func() {
			select {
			case ch <- LoadScenarioFile(path):
			case <-ctx.Done():
			}
		})
	}()
	return ch
}
