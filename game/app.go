// Package game is the window of Webcare Simulator: the title screen, the
// scenario picker, the round, the debrief, the player's history and the
// load error screen, each a type in the file named after it (scene.go),
// drawn with the toolkit in game/ui over the headless game/session. It
// reads input only as Frames (see Input), so tests and the screenshot
// command play the real game.
package game

import (
	"image"
	"math"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/webcaresim/webcaresim/game/progress"
	"github.com/webcaresim/webcaresim/game/session"
	"github.com/webcaresim/webcaresim/game/ui"
	"github.com/webcaresim/webcaresim/scenarios"
)

// Options start the window.
type Options struct {
	// Lang is "nl" or "en"; empty: the language last chosen on the title
	// screen (kept with the Store's settings, see language.go), else "nl".
	Lang     string
	Player   string       // the player's name, editable on the title screen
	Mode     session.Mode // practice (default), relaxed, workshop
	Seed     uint64       // the round's seed; 0 picks one from the clock
	Scenario string       // an id to open directly on its briefing (skips title and picker)
	// StraightToRound opens Scenario's round without the briefing: the
	// studio's try-out, whose author has just written the case.
	StraightToRound bool
	// Resume is a round to go on with at once, rebuilt from the steps the
	// workshop server holds (a browser tab closed in the middle of it and
	// opened again): the play screen opens on it, its clock waiting for
	// the trainee, and Report gives it its reporter like any round.
	Resume *session.Session
	// Set is the scenarios to offer; the zero Set means the built-ins.
	Set *scenarios.Set

	// Input, Clock and Clipboard replace the live ones (tests, shots).
	Input     Input
	Clock     Clock
	Clipboard Clipboard
	// Size fixes the logical screen size whatever the window's (shots).
	Size image.Point
	// AfterDraw sees every drawn frame (tests, shots).
	AfterDraw func(screen *ebiten.Image)
	// Driven means a Driver runs the frames (see RunDriven).
	Driven bool

	// Store keeps every round played, finished or left, and lists them
	// for the history screen; nil keeps nothing (see progress.go).
	Store Store
	// Report, when set, is called as each round starts and returns what
	// reports the round to a workshop server (see workshop.go).
	Report func(s *session.Session) RoundReporter
	// Workshop, when set, is the workshop on a server the desktop game
	// reports to (play --server): the picker offers the trainer's
	// scenarios, the title and picker say whether it is joined, and it
	// is the Report hook unless one is given.
	Workshop *Workshop
	// PageShowsPause: the game runs in the workshop's play page, which
	// shows the trainer's pause over it and keeps every key and text from
	// it; the game draws no banner of its own (two overlays over each
	// other). Paused, no face lets typing reach the reply.
	PageShowsPause bool
	// ImageDir is where the debrief saves its image (default: the
	// "images" folder in results.DefaultDir).
	ImageDir string
	// Source is stored with each attempt ("game" when empty).
	Source string
	// Reload brings new versions of the scenario file being edited
	// (play --watch): each one restarts the round, or shows the file's
	// problems instead of the game.
	Reload <-chan Reloaded
}

// App is the ebiten.Game of Webcare Simulator.
type App struct {
	opts   Options
	lang   string
	player string
	mode   session.Mode
	set    scenarios.Set

	in    Input
	clock Clock
	clip  Clipboard

	scene scene
	w, h  int
	scale float64
	quit  bool

	workshop *Workshop
	target   textTarget // the focused text field, for the IME

	timerMu sync.Mutex
	timer   *time.Timer
	frames  atomic.Uint64 // frames drawn so far, for kickUntil
	// stopAsked is set when the system asks the program to stop (SIGTERM
	// at logout or shutdown, Ctrl+C): see stop_signal.go.
	stopAsked atomic.Bool

	lastStep int // the last driver step played (see Driver)
	// stepDone is the last driver step whose update ran to the end with
	// no frame of its own still to come (see followUpper).
	stepDone atomic.Int64

	// settleUntil: frames keep coming until then after the player's input
	// (wake.go), so an event that arrives while a frame is being drawn is
	// read by an update rather than waiting for the next input.
	settleUntil time.Time
	// undrawn: a driven step's update has run and its frame is not drawn
	// yet. A driven frame that no step asked for changes nothing.
	undrawn    bool
	lastCursor image.Point

	mu    sync.Mutex // guards shown for drivers reading it
	shown Screen

	recorder // the round being recorded, reloads, the trainer's pause
}

// New makes the game in the state Options ask for.
func New(opts Options) *App {
	a := &App{opts: opts, lang: opts.Lang, player: opts.Player, mode: opts.Mode,
		in: opts.Input, clock: opts.Clock, clip: opts.Clipboard}
	if a.lang == "" {
		a.lang = rememberedLanguage(opts.Store)
	}
	if a.lang != "en" {
		a.lang = "nl"
	}
	if a.mode == "" {
		a.mode = session.Practice
	}
	if opts.Set != nil {
		a.set = *opts.Set
	} else {
		a.set = scenarios.BuiltinForPlay()
	}
	if a.in == nil {
		a.in = newLiveInput()
	}
	if a.clock == nil {
		a.clock = wallClock{}
	}
	if a.clip == nil {
		a.clip = systemClipboard()
	}
	a.w, a.h = 1280, 800
	a.scale = 1
	if opts.Workshop != nil {
		a.setWorkshop(opts.Workshop)
	}
	a.recoverInterrupted()
	if a.player == "" && opts.Workshop == nil {
		a.player = a.lastPlayer()
	}
	a.setScene(newTitle(a))
	a.watchReloads(opts.Reload)
	if opts.Resume != nil {
		a.beginRound(opts.Resume)
		a.setScene(newPlay(a, opts.Resume))
		return a
	}
	if opts.Scenario != "" {
		if sc := a.findScenario(opts.Scenario); sc != nil && opts.StraightToRound {
			a.startRound(sc)
		} else if sc != nil {
			// A trainee sent to one case still reads who they are and
			// what is expected before the clock starts.
			a.setScene(newBriefing(sc))
		}
	}
	return a
}

// setWorkshop makes w the workshop the game reports to.
func (a *App) setWorkshop(w *Workshop) {
	a.workshop = w
	if w == nil {
		return
	}
	if !a.opts.Driven {
		w.mu.Lock()
		w.changed = func() { a.wakeSoon() }
		w.mu.Unlock()
	}
	if a.opts.Report == nil {
		a.opts.Report = w.round
	}
	a.workshopMode()
	if strings.TrimSpace(a.player) != "" {
		// The name is known (--player): join at once, so the title
		// screen tells the trainee straight away whether it worked.
		w.join(a.player, a.lang)
	}
}

// workshopMode makes the rounds workshop rounds while the game reports to
// a workshop: the title's mode and the round's header say so, and the
// result carries the name. The desktop client joined with --server said
// "Oefenen" (practice, the default) beside "your results go to the
// trainer". Relaxed, chosen on purpose, stays.
func (a *App) workshopMode() {
	if a.workshop != nil && a.mode == session.Practice {
		a.mode = session.Workshop
	}
}

func (a *App) setScene(s scene) {
	a.scene = s
	a.target = nil
	a.mu.Lock()
	a.shown = s.kind()
	a.mu.Unlock()
}

// Screen is the screen shown; drivers read it from their own goroutine.
func (a *App) Screen() Screen {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.shown
}

// t is a message of the window in the chosen language.
func (a *App) t(key string, args ...any) string { return tr(a.lang, key, args...) }

// Update implements ebiten.Game.
func (a *App) Update() error {
	f := a.in.Next(a.target)
	a.noteInput(f)
	if f.step != 0 {
		a.lastStep = f.step
	}
	defer a.finishStep(f)
	if f.run != nil {
		f.run(a)
	}
	if f.Has(ebiten.KeyF11) {
		ebiten.SetFullscreen(!ebiten.IsFullscreen())
	}
	if a.stopAsked.Load() {
		// The system stops the program: no time to ask, the round is
		// stored as unfinished, as Esc and closing the window store it.
		a.leaveRound()
		a.quit = true
		return ebiten.Termination
	}
	if ebiten.IsWindowBeingClosed() || f.closing {
		// Closing the window in the middle of a round asks first (the
		// play screen's dialog); closing again, or leaving there, stores
		// the round as abandoned before the window goes.
		if p, ok := a.scene.(*playScene); ok && p.AskClose() {
			a.scheduleWake()
			return nil
		}
		a.leaveRound()
		a.quit = true
		return ebiten.Termination
	}
	if a.opts.Driven && f.step == 0 && f.run == nil {
		// A frame no step asked for (a wake-up posted while the step's own
		// frame ran, which X11 sometimes delivers after it): it must not
		// rebuild the screen's state while the script reads it. A test saw
		// the play screen's widgets half rebuilt (TestWindowPlayWithATypedReply
		// on a loaded machine: only the pinned actions were listed).
		return nil
	}
	a.undrawn = a.opts.Driven
	a.applyReload()
	a.scene.update(a, f)
	a.checkpointSteps()
	if a.quit {
		return ebiten.Termination
	}
	a.scheduleWake()
	return nil
}

// followUpper is a screen that changes once more on the next frame,
// without input: a slow step whose first frame only shows it was taken.
type followUpper interface{ followUp() bool }

// finishStep tells a driver that a step's update is done, or queues the
// step's next frame when the screen asks for one: a driver's step then
// returns the screen after that frame, so a script reads the state the
// step led to, as a player sees it a moment later.
func (a *App) finishStep(f Frame) {
	if !a.opts.Driven || f.step == 0 {
		return
	}
	script, scripted := a.in.(*ScriptedInput)
	if fu, ok := a.scene.(followUpper); ok && fu.followUp() && scripted {
		script.Push(Frame{step: f.step})
		return
	}
	a.stepDone.Store(int64(f.step))
}

// Draw implements ebiten.Game.
func (a *App) Draw(screen *ebiten.Image) {
	a.frames.Add(1)
	if a.opts.Driven && !a.undrawn {
		// No step's update since the last draw (see Update): redrawing
		// would rebuild the screen's state while the script reads it.
		return
	}
	a.undrawn = false
	ui.BeginTextFrame()
	screen.Fill(ui.ColBackground)
	a.scene.draw(a, screen)
	a.drawOverlays(screen)
	ui.EndTextFrame()
	if a.opts.AfterDraw != nil {
		a.opts.AfterDraw(screen)
	}
}

// drawOverlays draws what shows over any screen: the trainer's pause.
func (a *App) drawOverlays(dst *ebiten.Image) {
	if _, playing := a.scene.(*playScene); !a.trainerPaused || !playing || a.opts.PageShowsPause {
		return
	}
	h := a.px(100)
	r := image.Rect(0, a.h/2-h/2, a.w, a.h/2+h/2)
	ui.FillRect(dst, r, ui.ColHeader)
	ui.FillRect(dst, image.Rect(0, r.Min.Y, a.w, r.Min.Y+a.px(4)), ui.ColAmber)
	ui.FillRect(dst, image.Rect(0, r.Max.Y-a.px(4), a.w, r.Max.Y), ui.ColAmber)
	mid := r.Min.Y + a.px(56)
	title, typing := a.pauseBanner()
	ui.DrawTextCentered(dst, title, a.font(ui.Title), image.Rect(0, r.Min.Y+a.px(8), a.w, mid), ui.ColOnDark)
	small := a.font(ui.Body)
	ui.DrawTextCentered(dst, ui.Ellipsize(typing, small, a.w-a.px(32)), small,
		image.Rect(0, mid, a.w, r.Max.Y-a.px(8)), ui.ColOnDark)
}

// pauseBanner is what the trainer's pause says over the round: that it is
// paused, and that typing waits (nothing typed then reaches the reply).
func (a *App) pauseBanner() (title, typing string) {
	return "⏸ " + a.t("play.trainer_paused"), a.t("play.trainer_paused_typing")
}

// Layout implements ebiten.Game: the screen has the window's size, and
// every length is scaled with it so the game reads the same on a laptop and
// on a projector.
func (a *App) Layout(outsideWidth, outsideHeight int) (int, int) {
	if a.opts.Size != (image.Point{}) {
		outsideWidth, outsideHeight = a.opts.Size.X, a.opts.Size.Y
	}
	a.w, a.h = max(outsideWidth, 320), max(outsideHeight, 240)
	a.scale = math.Max(0.8, math.Min(float64(a.w)/1280, float64(a.h)/800))
	return a.w, a.h
}

// font is the face of a style of the type scale at the window's scale.
func (a *App) font(s ui.Style) ui.Face { return s.Face(a.scale) }

// px scales a length designed for 1280×800.
func (a *App) px(v float64) int { return int(math.Round(v * a.scale)) }

// findScenario finds a scenario in the chosen language, or in the other
// one when it has not been translated.
func (a *App) findScenario(id string) *scenarios.Scenario {
	if sc, ok := a.set.Find(id, a.lang); ok {
		return sc
	}
	if sc, ok := a.set.Find(id, ""); ok {
		return sc
	}
	return nil
}

// startRound opens the play screen on a new round of sc.
func (a *App) startRound(sc *scenarios.Scenario) {
	seed := a.opts.Seed
	if seed == 0 {
		seed = uint64(a.clock.Now().UnixNano()) | 1
	}
	s, err := session.New(sc, session.Options{Seed: seed, Mode: a.mode, Player: a.player})
	if err != nil {
		// A scenario that loaded but cannot start a round (it has no
		// first decision) says so instead of leaving the player where
		// they were with no word.
		a.leaveRound()
		a.setScene(&loadErrorScene{problems: []string{err.Error()}, cannotStart: true})
		return
	}
	a.beginRound(s)
	a.setScene(newPlay(a, s))
}

// lastPlayer is the name of the newest round played in the game on this
// computer: the title screen shows it again, so a trainee who does not
// retype it after a restart still finds their rounds under their name in
// My progress (they went in nameless before; playtest 18). It stays
// editable there. Empty without a store or a named round.
func (a *App) lastPlayer() string {
	if a.opts.Store == nil {
		return ""
	}
	as, _, err := a.opts.Store.List(progress.Filter{})
	if err != nil {
		return ""
	}
	name, newest := "", time.Time{}
	for _, at := range as {
		if at.Source == "game" && at.Player != "" && at.Started.After(newest) {
			name, newest = at.Player, at.Started
		}
	}
	return name
}
