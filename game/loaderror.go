package game

import (
	"image"
	"time"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/webcaresim/webcaresim/game/ui"
)

// loadErrorScene shows why the scenario file being edited does not load,
// until the next save fixes it, or why a scenario cannot start a round.
type loadErrorScene struct {
	problems []string
	// cannotStart says the scenario loaded but its round could not start
	// (session.New refused it), rather than a file that does not load.
	cannotStart bool
}

// text is the screen's message key: a file that does not load, or a
// round that cannot start.
func (s *loadErrorScene) text(a *App, part string) string {
	if s.cannotStart {
		return a.t("start_failed." + part)
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
