package game

import (
	"image"
	"time"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/webcaresim/webcaresim/game/session"
)

// titleScene chooses the language, the player's name and the mode.
type titleScene struct {
	focus   focus
	player  textField
	widgets []*widget
}

var modes = []session.Mode{session.Practice, session.Relaxed, session.Workshop}

func newTitle(a *App) *titleScene {
	t := &titleScene{focus: focus{id: "start"}}
	t.player.ed.setText(a.player)
	return t
}

func (t *titleScene) name() string { return "title" }

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
		t.widgets = append(t.widgets, &widget{id: "lang-" + lang, rect: r, enabled: true,
			press: func() { a.lang = lang }})
	}
	y += rowH + a.px(56)
	t.widgets = append(t.widgets, &widget{id: "name", rect: image.Rect(x, y, x+cw, y+rowH),
		field: &t.player, enabled: true})
	y += rowH + a.px(56)
	mw := (cw - 2*gap) / 3
	for i, m := range modes {
		m := m
		r := image.Rect(x+i*(mw+gap), y, x+i*(mw+gap)+mw, y+rowH)
		t.widgets = append(t.widgets, &widget{id: "mode-" + string(m), rect: r, enabled: true,
			press: func() { a.mode = m }})
	}
	y += rowH + a.px(64)
	t.widgets = append(t.widgets, &widget{id: "start", rect: image.Rect(x, y, x+cw, y+a.px(60)), enabled: true,
		press: func() { a.player = session.CleanText(t.player.ed.text); a.setScene(newPicker(a)) }})
	y += a.px(60) + a.px(14)
	t.widgets = append(t.widgets, &widget{id: "history", rect: image.Rect(x, y, x+cw, y+a.px(46)), enabled: true,
		press: func() { a.player = session.CleanText(t.player.ed.text); a.setScene(newHistory(a)) }})
}

func (t *titleScene) update(a *App, f Frame) {
	t.layout(a)
	t.player.placeholder = a.t("title.name.placeholder")
	if f.Has(ebiten.KeyEscape) && !t.focus.is("name") {
		a.quit = true
		return
	}
	if field := t.focus.handle(a, t.widgets, f); field != nil {
		if field.handle(f, a.clip) {
			t.focus.id = "start"
		}
	}
	a.player = session.CleanText(t.player.ed.text)
}

func (t *titleScene) draw(a *App, dst *ebiten.Image) {
	t.layout(a)
	header := image.Rect(0, 0, a.w, a.px(140))
	fillRect(dst, header, colHeader)
	drawTextCentered(dst, a.t("app.title"), face(float64(a.px(40)), true), image.Rect(0, a.px(22), a.w, a.px(80)), colOnDark)
	drawTextCentered(dst, a.t("app.tagline"), face(float64(a.px(19)), false), image.Rect(a.px(20), a.px(82), a.w-a.px(20), a.px(120)), colOnDark)
	label := face(float64(a.px(18)), true)
	body := face(float64(a.px(19)), false)
	for _, w := range t.widgets {
		switch {
		case w.id == "lang-nl" || w.id == "lang-en":
			lang := w.id[5:]
			drawToggle(dst, w.rect, a.t("lang."+lang), a.lang == lang, body, a.scale)
			if lang == "nl" {
				drawText(dst, a.t("title.language"), label, float64(w.rect.Min.X), float64(w.rect.Min.Y-a.px(30)), colMuted)
			}
		case w.id == "name":
			drawText(dst, a.t("title.name"), label, float64(w.rect.Min.X), float64(w.rect.Min.Y-a.px(30)), colMuted)
			t.player.draw(dst, w.rect, body, t.focus.is("name"), a.scale)
		case w.id == "start":
			roundRect(dst, w.rect, float32(a.px(8)), colAccent)
			drawTextCentered(dst, a.t("title.start"), face(float64(a.px(22)), true), w.rect, colOnDark)
		case w.id == "history":
			roundRect(dst, w.rect, float32(a.px(8)), colPanel)
			strokeRect(dst, w.rect, float32(max(1, 1.5*a.scale)), colBorder)
			drawTextCentered(dst, a.t("title.history"), face(float64(a.px(19)), false), w.rect, colText)
		default: // modes
			m := session.Mode(w.id[5:])
			drawToggle(dst, w.rect, a.t("mode."+string(m)), a.mode == m, body, a.scale)
			if m == session.Practice {
				drawText(dst, a.t("title.mode"), label, float64(w.rect.Min.X), float64(w.rect.Min.Y-a.px(30)), colMuted)
				desc := image.Rect(w.rect.Min.X, w.rect.Max.Y+a.px(8), w.rect.Min.X+t.widgets[len(t.widgets)-1].rect.Dx(), w.rect.Max.Y+a.px(56))
				drawWrapped(dst, a.t("mode."+string(a.mode)+".about"), face(float64(a.px(16)), false), desc, colMuted)
			}
		}
		if t.focus.is(w.id) && w.field == nil {
			focusRing(dst, w.rect, a.scale)
		}
	}
	hint := image.Rect(a.px(20), a.h-a.px(40), a.w-a.px(20), a.h-a.px(8))
	drawTextCentered(dst, a.t("title.keys"), face(float64(a.px(15)), false), hint, colMuted)
	if a.workshop != nil {
		// Whether the rounds reach the trainer, above the key hints.
		line, bad := a.workshop.statusLine(a.lang)
		c := colMuted
		if bad {
			c = colBad
		}
		f := face(float64(a.px(16)), bad)
		r := image.Rect(a.px(20), a.h-a.px(40)-a.px(52), a.w-a.px(20), a.h-a.px(44))
		drawWrappedCentered(dst, line, f, r, c)
	}
}

func (t *titleScene) wake(*App) time.Duration { return 0 }

// drawToggle draws a button that shows whether it is the selected option.
func drawToggle(dst *ebiten.Image, r image.Rectangle, label string, on bool, f faceT, s float64) {
	if on {
		roundRect(dst, r, float32(8*s), colAccent)
		drawTextCentered(dst, "✓ "+label, f, r.Inset(int(6*s)), colOnDark)
		return
	}
	roundRect(dst, r, float32(8*s), colPanel)
	strokeRect(dst, r, float32(max(1, 1.5*s)), colBorder)
	drawTextCentered(dst, label, f, r.Inset(int(6*s)), colText)
}
