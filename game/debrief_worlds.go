package game

import (
	"image"
	"maps"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/webcaresim/webcaresim/game/session"
	"github.com/webcaresim/webcaresim/game/ui"
	"github.com/webcaresim/webcaresim/scenarios"
)

// worldsShown is how many worlds the debrief replays the round in.
const worldsShown = 100

// worldsState is the debrief's "100 worlds": the trainee's exact replies
// and their minutes played over 100 seeds beside the historical path, in
// the background so the debrief opens at once.
type worldsState struct {
	mu     sync.Mutex
	done   bool
	played int // worlds played so far, shown while the rest are played
	total  int // worlds to play in all: the trainee's and the historical path's
	rep    session.WorldsReport
	err    error
}

// startWorlds replays the round's steps over 100 worlds in a goroutine,
// one world after another: playing them on every core at once left the
// window no processor to draw the debrief with on a two-core laptop, and it
// opened seconds late. The core does the work (session.WorldsRun, the same
// figures as ReplayWorlds); the debrief only shows it and how far it got.
func startWorlds(sc *scenarios.Scenario, steps []session.Step, opts session.Options) *worldsState {
	opts.Player = ""
	run := session.NewWorldsRun(sc, steps, worldsShown, opts)
	w := &worldsState{total: run.Total()}
	go func() {
		for run.Next() {
			w.mu.Lock()
			w.played++
			w.mu.Unlock()
			letThePageDraw()
		}
		rep, err := run.Report()
		w.mu.Lock()
		w.rep, w.err, w.done = rep, err, true
		w.mu.Unlock()
	}()
	return w
}

// progress is the share of the worlds played so far, in percent. It counts
// against all the worlds played, the historical path's too: counted as
// worlds it read "in 100 worlds… (185 played so far)".
func (w *worldsState) progress() int {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.total == 0 {
		return 0
	}
	return min(100, w.played*100/w.total)
}

func (w *worldsState) get() (session.WorldsReport, bool, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.rep, w.done, w.err
}

// pending reports whether the worlds are still being played.
func (w *worldsState) pending() bool {
	if w == nil {
		return false
	}
	_, done, _ := w.get()
	return !done
}

// worldsWake keeps the debrief drawing while the worlds are played.
func (d *debriefScene) worldsWake() time.Duration {
	if d.worlds.pending() {
		return time.Second / 4
	}
	return 0
}

// worldsText is what the debrief says of the 100 worlds: the trainee's
// replies and the real one, how often each ended in a storm and how far
// the story reached; empty when there is nothing to say.
func (d *debriefScene) worldsText(a *App) string {
	if d.worlds == nil {
		return ""
	}
	rep, done, err := d.worlds.get()
	switch {
	case !done:
		return a.t("debrief.worlds.pending", worldsShown) + " " + a.t("debrief.worlds.progress", d.worlds.progress())
	case err != nil:
		return a.t("debrief.worlds.failed")
	}
	// the reach as its median and the middle eight worlds in ten: one
	// figure would read as the outcome, while worlds differ many times over
	line := func(key string, w session.WorldsSummary) string {
		r := w.Reach
		return a.t(key, w.Storm, w.Worlds, w.HeatStorm, groupThousands(int(r.Median), a.lang),
			groupThousands(int(r.P10), a.lang), groupThousands(int(r.P90), a.lang), d.endingCounts(a, w))
	}
	yours := line("debrief.worlds.yours", rep.Yours)
	if own := rep.Yours.PlayedRound(a.lang, d.report, d.report.EndingName(d.sc)); own != "" {
		yours += " " + own
	}
	lines := []string{yours}
	if h := rep.Historical; h != nil {
		lines = append(lines, line("debrief.worlds.real", *h))
	}
	lines = append(lines, a.t("debrief.worlds.note"))
	return strings.Join(lines, "\n")
}

// endingCounts lists the endings of the worlds by title, most frequent
// first: "‘#fail’ in 26 · ‘Van het kastje naar de muur’ in 14".
func (d *debriefScene) endingCounts(a *App, w session.WorldsSummary) string {
	ids := slices.Collect(maps.Keys(w.Endings))
	slices.SortFunc(ids, func(x, y string) int {
		if w.Endings[x] != w.Endings[y] {
			return w.Endings[y] - w.Endings[x]
		}
		return strings.Compare(x, y)
	})
	parts := make([]string, len(ids))
	for i, id := range ids {
		parts[i] = a.t("debrief.worlds.ending", w.EndingName(d.sc, id), w.Endings[id])
	}
	return strings.Join(parts, " · ")
}

// drawWorlds draws the worlds block at y within r and returns its height.
func (d *debriefScene) drawWorlds(a *App, dst *ebiten.Image, r image.Rectangle, y int) int {
	text := d.worldsText(a)
	if text == "" {
		return 0
	}
	head := a.font(ui.Heading)
	body := a.font(ui.Body)
	ui.DrawText(dst, a.t("debrief.worlds.title", worldsShown), head, float64(r.Min.X), float64(y), ui.ColText)
	h := a.px(32)
	th := ui.WrappedHeight(text, body, r.Dx())
	ui.DrawWrapped(dst, text, body, image.Rect(r.Min.X, y+h, r.Max.X, y+h+th), ui.ColText)
	return h + th + a.px(10)
}
