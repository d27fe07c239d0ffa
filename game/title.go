package game

import (
	"image"
	"image/color"
	"slices"
	"strings"
	"time"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/webcaresim/webcaresim/game/progress"
	"github.com/webcaresim/webcaresim/game/session"
	"github.com/webcaresim/webcaresim/game/ui"
)

// titleScene chooses the language, the player's name and the mode.
type titleScene struct {
	focus   ui.Focus
	player  ui.TextField
	widgets []*ui.Widget
	// nameAsked: "Choose a scenario" was pressed in workshop mode with
	// no name, and the screen asks for one: that mode exists to put the
	// trainee's name on every result for the trainer (playtest 14, P14-21).
	nameAsked bool
	// shownName is the name the field showed on arrival (remembered from
	// the last round, or typed before): letters typed while a button has
	// the focus replace it rather than add to it.
	shownName string
	// meterHelp: F1 opened the outrage meter's explanation, which the
	// key hints promise (F1 did nothing here; play28, F9). F1 or Esc
	// closes it.
	meterHelp bool
}

var modes = []session.Mode{session.Practice, session.Relaxed, session.Workshop}

func newTitle(a *App) *titleScene {
	t := &titleScene{focus: ui.Focus{ID: "start", Rows: true}, shownName: a.player}
	t.player.SetText(a.player)
	return t
}

func (t *titleScene) kind() Screen { return ScreenTitle }

// layout places the widgets for the current screen size.
func (t *titleScene) layout(a *App) {
	cw := min(a.w-a.px(80), a.px(760))
	x := (a.w - cw) / 2
	y := a.px(190)
	rowH := a.px(52)
	gap := a.px(12)
	t.widgets = t.widgets[:0]
	// Languages.
	bw := (cw - gap) / 2
	for i, lang := range Languages {
		lang := lang
		r := image.Rect(x+i*(bw+gap), y, x+i*(bw+gap)+bw, y+rowH)
		t.widgets = append(t.widgets, &ui.Widget{ID: "lang-" + lang, Rect: r, Enabled: true,
			Press: func() { a.chooseLanguage(lang) }})
	}
	y += rowH + a.px(56)
	t.widgets = append(t.widgets, &ui.Widget{ID: "name", Rect: image.Rect(x, y, x+cw, y+rowH),
		Field: &t.player, Enabled: true})
	y += rowH + a.px(56)
	mw := (cw - 2*gap) / 3
	for i, m := range modes {
		m := m
		r := image.Rect(x+i*(mw+gap), y, x+i*(mw+gap)+mw, y+rowH)
		t.widgets = append(t.widgets, &ui.Widget{ID: "mode-" + string(m), Rect: r, Enabled: true,
			Press: func() { a.mode = m }})
	}
	y += rowH + a.px(64)
	t.widgets = append(t.widgets, &ui.Widget{ID: "start", Rect: image.Rect(x, y, x+cw, y+a.px(60)), Enabled: true,
		Press: func() { t.start(a) }})
	y += a.px(60) + a.px(14)
	t.widgets = append(t.widgets, &ui.Widget{ID: "history", Rect: image.Rect(x, y, x+cw, y+a.px(46)), Enabled: true,
		Press: func() { a.player = session.CleanText(t.player.Text()); a.setScene(newHistory(a)) }})
}

func (t *titleScene) update(a *App, f Frame) {
	t.layout(a)
	t.player.Placeholder = a.t("title.name.placeholder")
	if f.Has(ebiten.KeyF1) {
		t.meterHelp = !t.meterHelp
	}
	if t.meterHelp && f.Has(ebiten.KeyEscape) {
		// Esc closes the explanation, as it closes any dialog; it does
		// not also quit the game.
		t.meterHelp = false
		f.Keys = slices.DeleteFunc(slices.Clone(f.Keys), func(k ebiten.Key) bool { return k == ebiten.KeyEscape })
	}
	if f.Has(ebiten.KeyEscape) && !t.focus.Is("name") {
		a.quit = true
		return
	}
	t.typingGoesToName(f)
	if field := a.handleFocus(&t.focus, t.widgets, f); field != nil {
		if field.Handle(f.events(), a.clip) {
			t.focus.ID = "start"
		}
	}
	// The input method's session stays on the name field, so the letters of
	// the frame that moves the focus there are not dropped.
	a.target = &t.player
	a.player = session.CleanText(t.player.Text())
}

// typingGoesToName moves the focus to the name field when the player types
// while a button has it: a newcomer types their name first, and the focus
// starts on "Choose a scenario", so the name went nowhere and the results
// carried no player. Space still presses the focused button.
func (t *titleScene) typingGoesToName(f Frame) {
	if t.focus.Is("name") {
		return
	}
	if strings.TrimSpace(f.Text) != "" || f.Composition != "" {
		t.focus.ID = "name"
		if t.shownName != "" && t.player.Text() == t.shownName {
			// A name typed over the one the title remembered replaces
			// it, instead of "EvaAns".
			t.player.SelectAll()
		}
	}
}

// start goes on to the scenarios, unless workshop mode has no name yet.
func (t *titleScene) start(a *App) {
	a.player = session.CleanText(t.player.Text())
	if a.mode == session.Workshop && a.player == "" {
		t.nameAsked = true
		t.focus.ID = "name"
		return
	}
	a.setScene(newPicker(a))
}

func (t *titleScene) draw(a *App, dst *ebiten.Image) {
	t.layout(a)
	header := image.Rect(0, 0, a.w, a.px(140))
	ui.FillRect(dst, header, ui.ColHeader)
	ui.DrawTextCentered(dst, a.t("app.title"), a.font(ui.Display), image.Rect(0, a.px(22), a.w, a.px(80)), ui.ColOnDark)
	ui.DrawTextCentered(dst, a.t("app.tagline"), a.font(ui.Body), image.Rect(a.px(20), a.px(82), a.w-a.px(20), a.px(120)), ui.ColOnDark)
	label := a.font(ui.Body.Strong())
	body := a.font(ui.Body)
	for _, w := range t.widgets {
		switch {
		case w.ID == "lang-nl" || w.ID == "lang-en":
			lang := w.ID[5:]
			ui.Toggle(dst, w.Rect, a.t("lang."+lang), a.lang == lang, body, a.scale)
			if lang == "nl" {
				ui.DrawText(dst, a.t("title.language"), label, float64(w.Rect.Min.X), float64(w.Rect.Min.Y-a.px(30)), ui.ColMuted)
			}
		case w.ID == "name":
			ui.DrawText(dst, a.t("title.name"), label, float64(w.Rect.Min.X), float64(w.Rect.Min.Y-a.px(30)), ui.ColMuted)
			if t.nameAsked && a.mode == session.Workshop && strings.TrimSpace(t.player.Text()) == "" {
				x := w.Rect.Min.X + int(ui.TextWidth(a.t("title.name"), label)) + a.px(16)
				small := a.font(ui.Small.Strong())
				need := ui.Ellipsize(a.t("title.name.needed"), small, w.Rect.Max.X-x)
				ui.DrawText(dst, need, small, float64(x), float64(w.Rect.Min.Y-a.px(28)), ui.ColBad)
			}
			t.player.Draw(dst, w.Rect, body, t.focus.Is("name"), a.scale)
		case w.ID == "start":
			ui.RoundRect(dst, w.Rect, float32(a.px(8)), ui.ColAccent)
			ui.DrawTextCentered(dst, a.t("title.start"), a.font(ui.Heading), w.Rect, ui.ColOnDark)
		case w.ID == "history":
			ui.RoundRect(dst, w.Rect, float32(a.px(8)), ui.ColPanel)
			ui.StrokeRect(dst, w.Rect, float32(max(1, 1.5*a.scale)), ui.ColBorder)
			ui.DrawTextCentered(dst, a.t("title.history"), a.font(ui.Body), w.Rect, ui.ColText)
		default: // modes
			m := session.Mode(w.ID[5:])
			ui.Toggle(dst, w.Rect, a.t("mode."+string(m)), a.mode == m, body, a.scale)
			if m == session.Practice {
				ui.DrawText(dst, a.t("title.mode"), label, float64(w.Rect.Min.X), float64(w.Rect.Min.Y-a.px(30)), ui.ColMuted)
				desc := image.Rect(w.Rect.Min.X, w.Rect.Max.Y+a.px(8), w.Rect.Min.X+t.widgets[len(t.widgets)-1].Rect.Dx(), w.Rect.Max.Y+a.px(56))
				ui.DrawWrapped(dst, a.t("mode."+string(a.mode)+".about"), a.font(ui.Small), desc, ui.ColMuted)
			}
		}
		if t.focus.Is(w.ID) && w.Field == nil {
			ui.FocusRing(dst, w.Rect, a.scale)
		}
	}
	hint := image.Rect(a.px(20), a.h-a.px(40), a.w-a.px(20), a.h-a.px(8))
	ui.DrawTextCentered(dst, a.t("title.keys"), a.font(ui.Small), hint, ui.ColMuted)
	t.drawRecovered(a, dst)
	if t.meterHelp {
		// The explanation without a case: a round's names its audience.
		title, rows, note := meterHelpText(a, a.t("meter.help.general"))
		w := min(a.w-a.px(80), a.px(760))
		drawMeterHelpBox(a, dst, image.Pt((a.w-w)/2, a.px(150)), w, title, rows, note, 10000)
	}
	if a.workshop != nil {
		// Whether the rounds reach the trainer, above the key hints.
		line, bad := a.workshop.statusLine(a.lang)
		c := ui.ColMuted
		if bad {
			c = ui.ColBad
		}
		f := a.font(ui.Small.StrongIf(bad))
		r := image.Rect(a.px(20), a.h-a.px(40)-a.px(52), a.w-a.px(20), a.h-a.px(44))
		ui.DrawWrappedCentered(dst, line, f, r, c)
	}
}

func (t *titleScene) wake(*App) time.Duration { return 0 }

// drawRecovered says, under the buttons, that rounds the program stopped
// in were kept (checkpoint.go) and where to find them, or that one could
// not be read. Only the last is a problem and red: a round kept to resume
// is news to act on, one stored as finished is good news (it was red too).
func (t *titleScene) drawRecovered(a *App, dst *ebiten.Image) {
	var stopped, ended []progress.Attempt
	for _, at := range a.recovered {
		if at.Interrupted != nil {
			stopped = append(stopped, at)
		} else {
			ended = append(ended, at) // the round had reached its ending
		}
	}
	type notice struct {
		text   string
		colour color.Color
	}
	var notes []notice
	if n := len(stopped); n > 0 {
		notes = append(notes, notice{trN(a.lang, "title.recovered", n, n, attemptTitle(a, stopped[0])), ui.ColText})
	}
	if n := len(ended); n > 0 {
		notes = append(notes, notice{trN(a.lang, "title.recovered_finished", n, n, attemptTitle(a, ended[0])), ui.ColGood})
	}
	for _, p := range a.recoverProblems {
		notes = append(notes, notice{a.t("title.recover_failed", p), ui.ColBad})
	}
	if len(notes) == 0 || len(t.widgets) == 0 {
		return
	}
	last := t.widgets[len(t.widgets)-1].Rect
	r := image.Rect(last.Min.X, last.Max.Y+a.px(14), last.Max.X, a.h-a.px(44)-a.px(56))
	f := a.font(ui.Small.Strong())
	for _, n := range notes {
		r.Min.Y += ui.DrawWrapped(dst, n.text, f, r, n.colour)
	}
}

// attemptTitle is the scenario's title of an attempt in the window's
// language ("Wat wil je nou?" on a Dutch title for a round played in
// English, as My progress names it), else the report's, else its id.
func attemptTitle(a *App, at progress.Attempt) string {
	if sc, ok := a.set.Find(at.Scenario, a.lang); ok && sc.Title != "" {
		return sc.Title
	}
	if at.Report.Title != "" {
		return at.Report.Title
	}
	return at.Scenario
}
