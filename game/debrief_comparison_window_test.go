package game

import (
	"github.com/hajimehoshi/ebiten/v2"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// The debrief's comparison with the real case says how many times as many
// when the round went past the real figure: Sanoma's 1,161 retweets beside
// the real 127 read "(914% daarvan)", a share over the whole.
func TestWindowDebriefComparisonSaysTimesAsMany(t *testing.T) {
	d := window(t)
	readText(t)
	p := fromTitleToRound(t, d, "Vera Vergelijk")
	finishAndDebrief(t, d, p)
	db, ok := d.App.scene.(*debriefScene)
	if !ok {
		t.Fatalf("screen %q, want the debrief", d.App.Screen())
	}
	// The figure of a round that went past the real one: the retweets of
	// the reply in the round the playtest found it in.
	d.Do(func(a *App) { db.report.ReplyShares = 1161 })
	read := readDebrief(t, d, db)
	c, ok := db.report.Comparison()
	if !ok || c.Measure != "reply_shares" || c.Round <= c.Recorded {
		t.Fatalf("comparison %+v (%v): the case no longer compares the reply's retweets", c, ok)
	}
	for _, m := range regexp.MustCompile(`(\d+)% (daarvan|of that)`).FindAllStringSubmatch(read, -1) {
		if n, _ := strconv.Atoi(m[1]); n > 100 {
			t.Errorf("the debrief says %q: a share over the whole", m[0])
		}
	}
	if !strings.Contains(read, "keer zoveel") && !strings.Contains(read, "times as many") {
		t.Errorf("the debrief does not say how many times the real figure the round reached:\n%s", read)
	}
	// A picture of the page with the comparison on it.
	d.Do(func(a *App) { db.scroll = 0 })
	for range 100 {
		d.Tick(Frame{}, 0)
		if shown := shownText(); strings.Contains(shown, "keer zoveel") || strings.Contains(shown, "times as many") {
			break
		}
		d.Tick(Key(ebiten.KeyPageDown), 0)
	}
	shotTo(t, d.Step(Frame{}, 0), "debrief-comparison")
}
