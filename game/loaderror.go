package game

import (
	"image"
	"time"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/webcaresim/webcaresim/assets/i18n"
	"github.com/webcaresim/webcaresim/game/ui"
	"github.com/webcaresim/webcaresim/scenarios"
)

// loadErrorScene shows why the scenario file being edited does not load,
// until the next save fixes it, or why a scenario cannot start a round.
type loadErrorScene struct {
	problems []string
	// cannotStart says the scenario loaded but its round could not start
	// (session.New refused it), rather than a file that does not load.
	cannotStart bool
	// skipped: the files of the player's own scenarios folder (or
	// --scenarios) that did not load when the game started; the others
	// are in the picker.
	skipped bool
}

// problemLines are the problems one per line as "file:line: field:
// problem", the problem said in lang where the checker's catalogue knows
// it (a TOML syntax error too).
func problemLines(lang string, ps []scenarios.Problem) []string {
	out := make([]string, len(ps))
	for i, p := range ps {
		p.Message = i18n.CheckerText(lang, p.Format, p.Args, p.Message)
		out[i] = p.String()
	}
	return out
}

// text is the screen's message key: a file that does not load, or a
// round that cannot start.
func (s *loadErrorScene) text(a *App, part string) string {
	if s.cannotStart {
		return a.t("start_failed." + part)
	}
	if s.skipped {
		return a.t("skipped." + part)
	}
	return a.t("reload." + part)
}

func (s *loadErrorScene) kind() Screen { return ScreenLoadError }

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
	ui.FillRect(dst, header, ui.ColBad)
	m := a.px(32)
	ui.DrawText(dst, ui.Ellipsize(s.text(a, "title"), a.font(ui.Title), a.w-2*m), a.font(ui.Title), float64(m), float64(a.px(28)), ui.ColOnDark)
	y := header.Max.Y + a.px(24)
	body := a.font(ui.Body)
	mono := a.font(ui.Body)
	y += ui.DrawWrapped(dst, s.text(a, "about"), body, image.Rect(m, y, a.w-m, y+a.px(60)), ui.ColText) + a.px(16)
	panel := s.region(a)
	panel.Min.Y = y
	ui.RoundRect(dst, panel, float32(a.px(10)), ui.ColPanel)
	ui.StrokeRect(dst, panel, 1, ui.ColBorder)
	in := panel.Inset(a.px(16))
	py := in.Min.Y
	for _, p := range s.problems {
		h := ui.WrappedHeight(p, mono, in.Dx())
		if py+h > in.Max.Y {
			break
		}
		ui.FillRect(dst, image.Rect(in.Min.X-a.px(8), py, in.Min.X-a.px(4), py+h), ui.ColBad)
		ui.DrawWrapped(dst, p, mono, image.Rect(in.Min.X, py, in.Max.X, py+h), ui.ColText)
		py += h + a.px(10)
	}
	hint := image.Rect(m, a.h-a.px(48), a.w-m, a.h-a.px(12))
	ui.DrawTextCentered(dst, s.text(a, "keys"), a.font(ui.Small), hint, ui.ColMuted)
}
