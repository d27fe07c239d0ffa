package game

import (
	"bytes"
	"encoding/json"
	"image"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/webcaresim/webcaresim/game/session"
	"github.com/webcaresim/webcaresim/game/ui"
	"github.com/webcaresim/webcaresim/scenarios"
	"github.com/webcaresim/webcaresim/scoring"
)

// A debrief reopened from the history shows the reply's scored phrases on
// green and red as the debrief at the round's end did. The stored report
// keeps the phrases' places in characters only, and the reopened debrief
// used to draw the reply without a single highlight.
func TestReopenedDebriefKeepsTheHighlightedPhrases(t *testing.T) {
	sc, ok := scenarios.BuiltinForPlay().Find("sanoma-juf", "nl")
	if !ok {
		t.Fatal("sanoma-juf missing")
	}
	s, err := session.New(sc, session.Options{Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	for s.Decision() == nil {
		s.AdvanceTo(s.NextStop())
	}
	// Accents before the phrases move byte offsets away from characters.
	reply := "Hé Dorien, wat vervelend, sorry! Je had al gebeld, dat lazen wij verkeerd. Ik bel je vandaag nog. ^Lotte"
	if err := s.Publish(reply); err != nil {
		t.Fatal(err)
	}
	live := s.Report()
	raw, err := json.Marshal(live)
	if err != nil {
		t.Fatal(err)
	}
	var stored session.Report
	if err := json.Unmarshal(raw, &stored); err != nil {
		t.Fatal(err)
	}
	feats := live.Replies[0].Analysis.Features
	if len(feats) < 2 {
		t.Fatalf("the reply has %d scored phrases; the test needs a few", len(feats))
	}
	face := ui.Body.Face(1)
	r := image.Rect(0, 0, 420, 160)
	draw := func(text string, feats []scoring.Feature) []byte {
		px := make([]byte, 4*r.Dx()*r.Dy())
		// Images are drawn and read on the game's thread.
		drv.Do(func(*App) {
			img := ebiten.NewImage(r.Dx(), r.Dy())
			drawHighlighted(img, text, feats, face, r)
			img.ReadPixels(px)
		})
		return px
	}
	plain := draw(reply, nil)
	liveImg := draw(live.Replies[0].Text, live.Replies[0].Analysis.Features)
	storedImg := draw(stored.Replies[0].Text, stored.Replies[0].Analysis.Features)
	if bytes.Equal(liveImg, plain) {
		t.Fatal("the live debrief draws no highlight either")
	}
	if !bytes.Equal(liveImg, storedImg) {
		t.Error("the reopened debrief draws the reply's highlights differently from the live one")
	}
}
