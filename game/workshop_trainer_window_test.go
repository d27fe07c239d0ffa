package game

import (
	"context"
	"image"
	"image/png"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/webcaresim/webcaresim/game/session"
	"github.com/webcaresim/webcaresim/game/ui"
)

// shotTo keeps a screenshot of a window test in $WEBCARESIM_SHOTS/window
// (default shots/window), for people to look at.
func shotTo(t *testing.T, img *image.RGBA, name string) {
	t.Helper()
	dir := os.Getenv("WEBCARESIM_SHOTS")
	if dir == "" {
		dir = filepath.Join("..", "shots")
	}
	dir = filepath.Join(dir, "window")
	os.MkdirAll(dir, 0o755)
	f, err := os.Create(filepath.Join(dir, name+".png"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	png.Encode(f, img)
}

// A --server round: the trainer sends the journalist; the post arrives in
// the window's feed and opens a decision that takes a typed reply, which
// the trainee answers; the result the server stores has the inject.
func TestWindowInjectArrivesInAServerRound(t *testing.T) {
	d := window(t)
	td := newTrainerDesk(t)
	ctx := context.Background()
	w := NewWorkshop(td.ts.URL, td.code)
	useWorkshop(t, d, w)
	w.join("Ines Inject", "nl")
	until(t, d, "the join", func() bool { _, err := w.joined(ctx); return err == nil })
	p := fromTitleToRound(t, d, "Ines Inject")
	until(t, d, "the round to be announced", func() bool {
		evs, _ := td.st.Events(ctx, td.code)
		return len(evs) > 0
	})
	trainees, _ := td.st.Trainees(ctx, td.code)
	td.post("/trainer/w/"+td.code+"/control/inject", url.Values{"target": {"trainee:" + trainees[0].ID}, "inject": {"journalist"}})
	until(t, d, "the journalist in the window's feed", func() bool {
		f := p.sess.Feed()
		return len(f) > 0 && f[len(f)-1].Trainer
	})
	dec := p.sess.Decision()
	if dec == nil || !strings.HasPrefix(dec.ID, "inject-") || p.focus.ID != "reply" {
		t.Fatalf("the inject's decision is %v with the focus on %q; want it open with the reply field focused", dec, p.focus.ID)
	}
	img := mustScreen(t, d.Step(Frame{}, 0))
	shotTo(t, img, "inject-arrived")
	if count(img, image.Rect(0, 80, 1280, 800), ui.ColAmber) < 50 && inked(img, image.Rect(0, 80, 640, 800)) == 0 {
		t.Error("nothing drawn in the feed")
	}
	d.Tick(Typed("@evabrink_mv Die toon past niet bij ons. Ik heb Dorien mijn excuses aangeboden en bel haar vandaag. ^Lotte"), 0)
	d.Tick(Key(ebiten.KeyEnter), 0)
	if len(p.sess.Replies()) != 1 || !strings.HasPrefix(p.sess.Replies()[0].Decision, "inject-") {
		t.Fatalf("the typed answer to the journalist was not published: %+v", p.sess.Replies())
	}
	if d := p.sess.Decision(); d != nil && strings.HasPrefix(d.ID, "inject-") {
		t.Fatalf("after the answer the inject's decision is still open")
	}
	untilDecision(t, d, p)
	if got := p.sess.Decision().ID; got != "terechtwijzing" {
		t.Errorf("the round went on at %q, want the scripted first decision", got)
	}
	shotTo(t, mustScreen(t, d.Step(Frame{}, session.MaxStep)), "inject-answered")
	shotTo(t, finishAndDebrief(t, d, p), "inject-debrief")
	if m := d.App.scene.(*debriefScene).report.Trainer; len(m) != 1 || !strings.Contains(m[0].Note, "de trainer voegde hier een journalist toe") {
		t.Errorf("the debrief's report marks %+v, want the journalist", m)
	}
	until(t, d, "the round at the server with the inject", func() bool {
		rs, _ := td.st.Results(ctx, td.code)
		return len(rs) == 1 && len(rs[0].Attempt.Report.Trainer) == 1 && rs[0].Attempt.Report.Trainer[0].Persona == "journalist"
	})
}
