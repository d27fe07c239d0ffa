package game

import (
	"context"
	"time"

	"github.com/webcaresim/webcaresim/scenarios"
	"github.com/webcaresim/webcaresim/scenarios/watch"
)

// Reloaded is a new version of the scenario file being edited: the
// scenario, or the problems that keep it from loading, one per line as
// "file:line: field: problem".
type Reloaded struct {
	Scenario *scenarios.Scenario
	Problems []string
}

// watchReloads hands new versions of the edited scenario to the game loop.
func (a *App) watchReloads(ch <-chan Reloaded) {
	if ch == nil {
		return
	}
	go func() {
		for r := range ch {
			a.queueReload(r)
			if !a.opts.Driven {
				go a.wakeSoon()
			}
		}
	}()
}

// queueReload keeps r for the next frame (a newer version replaces one
// not yet applied).
func (a *App) queueReload(r Reloaded) {
	a.reloadMu.Lock()
	a.reload = &r
	a.reloadMu.Unlock()
}

// applyReload restarts the round with the new version of the edited
// scenario, or shows why it does not load.
func (a *App) applyReload() {
	a.reloadMu.Lock()
	r := a.reload
	a.reload = nil
	a.reloadMu.Unlock()
	if r == nil {
		return
	}
	if r.Scenario == nil {
		a.leaveRound()
		a.setScene(&loadErrorScene{problems: r.Problems})
		return
	}
	sc := r.Scenario
	// The new version replaces the old one (same id and language) and
	// goes first, so it wins over a built-in of the same id.
	list := []*scenarios.Scenario{sc}
	for _, old := range a.set.Scenarios {
		if old.ID != sc.ID || old.Language != sc.Language {
			list = append(list, old)
		}
	}
	a.set.Scenarios = list
	a.startRound(sc)
}

// LoadScenarioFile loads the scenario file being edited (play --watch):
// its scenario, or its problems as "file:line: field: problem".
func LoadScenarioFile(path string) Reloaded {
	set := scenarios.Load(path)
	var problems []string
	for _, p := range set.Errors() {
		problems = append(problems, p.String())
	}
	switch {
	case len(problems) > 0:
		return Reloaded{Problems: problems}
	case len(set.Scenarios) != 1:
		return Reloaded{Problems: []string{path + ": not one scenario in the file"}}
	}
	return Reloaded{Scenario: set.Scenarios[0]}
}

// WatchScenario sends every saved version of the scenario file at path
// (see scenarios/watch) until ctx ends, the current one first when first
// is true. It is what Options.Reload wants.
func WatchScenario(ctx context.Context, path string, interval time.Duration, first bool) <-chan Reloaded {
	ch := make(chan Reloaded, 1)
	if first {
		ch <- LoadScenarioFile(path)
	}
	go func() {
		watch.Watch(ctx, path, interval, func() {
			select {
			case ch <- LoadScenarioFile(path):
			case <-ctx.Done():
			}
		})
	}()
	return ch
}
