package game

import (
	"context"
	"image"
	"net/url"
	"strings"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/webcaresim/webcaresim/game/session"
	"github.com/webcaresim/webcaresim/game/ui"
)

// In the workshop's play page the page shows the trainer's pause and keeps
// every key from the game: the game draws no banner of its own under the
// page's (two pause notices over each other), and nothing typed during the
// pause, an input method's composition included, reaches the reply.
func TestInThePlayPageThePauseIsThePagesAndTakesNoTyping(t *testing.T) {
	d := window(t)
	d.App.opts.PageShowsPause = true
	t.Cleanup(func() { d.App.opts.PageShowsPause = false })
	td := newTrainerDesk(t)
	ctx := context.Background()
	w := NewWorkshop(td.ts.URL, strings.ToLower(td.code))
	useWorkshop(t, d, w)
	w.join("Mei Pagina", "nl")
	until(t, d, "the join", func() bool { _, err := w.joined(ctx); return err == nil })
	p := fromTitleToRound(t, d, "Mei Pagina")
	untilDecision(t, d, p)
	reply := widgetRect(t, p.widgets, "reply")
	d.Tick(Frame{Clicks: []image.Point{reply.Min.Add(image.Pt(30, 20))}}, 0)
	d.Tick(Typed("Hoi Dorien"), 0)

	td.post("/trainer/w/"+td.code+"/pause", url.Values{"paused": {"1"}})
	until(t, d, "the pause to reach the game", func() bool { return d.App.trainerPaused })
	d.Tick(Frame{Composition: "にほん"}, 0)
	d.Tick(Typed("日本, sorry!"), 0)
	img := mustScreen(t, d.Step(Key(ebiten.KeyBackspace), session.MaxStep))
	if got := p.reply.Text(); got != "Hoi Dorien" {
		t.Errorf("paused in the page: the reply field holds %q, want %q", got, "Hoi Dorien")
	}
	band := image.Rect(0, 400-30, 1280, 400+30)
	if count(img, band, ui.ColHeader) >= 1280*30 {
		t.Error("paused in the page: the game drew its own banner under the page's notice")
	}
	td.post("/trainer/w/"+td.code+"/pause", url.Values{"paused": {"0"}})
	until(t, d, "the pause to end", func() bool { return !d.App.trainerPaused })
	d.Tick(Typed(", sorry!"), 0)
	if got := p.reply.Text(); got != "Hoi Dorien, sorry!" {
		t.Errorf("after the pause the reply field holds %q, want %q", got, "Hoi Dorien, sorry!")
	}
	leaveRoundByEsc(t, d)
}
