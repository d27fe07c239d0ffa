package game

import (
	"bytes"
	"fmt"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/webcaresim/webcaresim/game/progress"
	"github.com/webcaresim/webcaresim/game/ui"
)

// cardSize is the saved score card: 1200×675 (16:9) fits a slide, a chat
// message and a printed page.
var cardSize = image.Pt(1200, 675)

// imageSave is the debrief's "save as image": asked for in update, the
// card is drawn and read back in the next Draw, and encoded and written
// on a goroutine of its own so the game loop never waits for the disk.
type imageSave struct {
	want bool // draw and save the card in the next Draw

	mu   sync.Mutex
	note string // where the image went, or why it did not
	bad  bool
	path string
}

func (s *imageSave) status() (string, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.note, s.bad
}

// Path is the last image saved ("" before the first).
func (s *imageSave) Path() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.path
}

func (s *imageSave) done(note, path string, bad bool) {
	s.mu.Lock()
	s.note, s.path, s.bad = note, path, bad
	s.mu.Unlock()
}

// imageDir is where the debrief saves its images.
func (a *App) imageDir() (string, error) {
	if a.opts.ImageDir != "" {
		return a.opts.ImageDir, nil
	}
	dir, err := progress.DefaultDir()
	if err != nil {
		return "", err
	}
	return filepath.Join(dir, "images"), nil
}

// saveImage runs in Draw: when asked, it draws the score card off screen,
// reads it back and hands the pixels to a goroutine that writes the PNG.
func (d *debriefScene) saveImage(a *App) {
	if !d.image.want {
		return
	}
	d.image.want = false
	img := d.card(a)
	dir, err := a.imageDir()
	if err != nil {
		d.image.done(a.t("debrief.save_failed", err.Error()), "", true)
		return
	}
	name := fmt.Sprintf("webcaresim-%s-%s-%s.png", d.report.Scenario, d.report.Language, d.played.Local().Format("20060102-150405"))
	path := filepath.Join(dir, name)
	d.image.done(a.t("debrief.saving"), "", false)
	lang := a.lang
	go func() {
		err := writePNG(path, img)
		if err != nil {
			d.image.done(tr(lang, "debrief.save_failed", err.Error()), "", true)
		} else {
			d.image.done(tr(lang, "debrief.saved", path), path, false)
		}
		if !a.opts.Driven {
			a.wakeSoon()
		}
	}()
}

// writePNG writes img to path, through a temporary file so a reader never
// sees half an image.
func writePNG(path string, img image.Image) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		return err
	}
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, buf.Bytes(), 0o644); err != nil {
		return err
	}
	return os.Rename(tmp, path)
}

// card draws the score card — the grade, the three scores and the outrage
// chart, with the case, the player and the date — and returns its pixels.
// It must run in Draw (ReadPixels).
func (d *debriefScene) card(a *App) *image.RGBA {
	cw, ch := cardSize.X, cardSize.Y
	dst := ebiten.NewImage(cw, ch)
	defer dst.Deallocate()
	// The header and the chart are laid out for the screen's size: draw
	// them for the card's instead, at the design scale.
	w, h, scale := a.w, a.h, a.scale
	a.w, a.h, a.scale = cw, ch, 1
	defer func() { a.w, a.h, a.scale = w, h, scale }()

	dst.Fill(ui.ColBackground)
	header := image.Rect(0, 0, cw, 132)
	d.drawHeader(a, dst, header)
	foot := image.Rect(0, ch-44, cw, ch)
	chart := image.Rect(20, header.Max.Y+16, cw-20, foot.Min.Y-8)
	ui.RoundRect(dst, chart, 10, ui.ColPanel)
	d.drawChart(a, dst, chart.Inset(14))
	ui.FillRect(dst, foot, ui.ColPanel)
	ui.FillRect(dst, image.Rect(0, foot.Min.Y, cw, foot.Min.Y+1), ui.ColBorder)
	small := ui.Small.Face(1)
	bold := ui.Small.Strong().Face(1)
	var parts []string
	if d.report.Player != "" {
		parts = append(parts, d.report.Player)
	}
	parts = append(parts, d.played.Local().Format("2006-01-02 15:04"), a.t("mode."+string(d.report.Mode)))
	if d.sc.BasedOn != "" {
		parts = append(parts, a.t("picker.real", d.sc.BasedOn))
	}
	brand := a.t("app.title")
	bw := int(ui.TextWidth(brand, bold))
	ui.DrawText(dst, ui.Ellipsize(strings.Join(parts, "  ·  "), small, cw-bw-60), small, 20, float64(foot.Min.Y+12), ui.ColMuted)
	ui.DrawText(dst, brand, bold, float64(cw-20-bw), float64(foot.Min.Y+12), ui.ColAccent)

	img := image.NewRGBA(image.Rect(0, 0, cw, ch))
	dst.ReadPixels(img.Pix)
	return img
}

// drawImageNote shows where the image went (or why not) in a strip just
// above the button bar.
func (d *debriefScene) drawImageNote(a *App, dst *ebiten.Image, bar image.Rectangle) {
	note, bad := d.image.status()
	if note == "" {
		return
	}
	bg, fg := ui.ColGoodSoft, ui.ColGood
	if bad {
		bg, fg = ui.ColBadSoft, ui.ColBad
	}
	r := image.Rect(0, bar.Min.Y-a.px(36), a.w, bar.Min.Y)
	ui.FillRect(dst, r, bg)
	f := a.font(ui.Small.Strong())
	mark := "✓ "
	if bad {
		mark = "✗ "
	}
	ui.DrawText(dst, ui.Ellipsize(mark+note, f, r.Dx()-a.px(40)), f, float64(a.px(20)), float64(r.Min.Y+(r.Dy()-int(ui.LineHeight(f)))/2), fg)
}
