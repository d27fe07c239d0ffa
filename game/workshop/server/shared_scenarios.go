package server

import (
	"context"
	"os"
	"time"

	"github.com/webcaresim/webcaresim/game/workshop/store"
	"github.com/webcaresim/webcaresim/scenarios"
)

// Several instances on one PostgreSQL database each read their own
// scenario folder. A case saved in the studio of one of them must be
// offered by all: each instance puts the files of its own cases into the
// store (store.ScenarioFiles), the latest written file of a case winning,
// and offers the cases the others put there, which it reads through the
// same loader as a file on disk. The others hear of a change through
// LISTEN/NOTIFY (follow). A case whose file an instance deleted is taken
// out of the store by that instance if its file was the last one put.
// With SQLite, one instance, the folder alone counts.

// sharedFilePrefix names, as a scenario's File, a case read from the store.
const sharedFilePrefix = "database:"

// shareScenarios puts this instance's own cases into the store and
// returns local with the cases the other instances shared, and their
// files by key. Call it with s.cat.loading held.
func (s *Server) shareScenarios(local scenarios.Set) (scenarios.Set, map[string]string) {
	files, ok := s.st.(store.ScenarioFiles)
	if _, multi := s.st.(store.Notifier); !ok || !multi {
		return local, nil
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	own := scenarioSources(local)
	s.publish(ctx, files, local, own)
	stored, err := files.ScenarioFiles(ctx)
	if err != nil {
		s.log.Warn("reading the shared scenario files", "err", err)
		return local, nil
	}
	shared := map[string]string{}
	var add []*scenarios.Scenario
	for _, f := range stored {
		if own[f.Key] == f.Text {
			continue
		}
		sc, problems := scenarios.Parse(sharedFilePrefix+f.Key+".toml", []byte(f.Text))
		if sc == nil || sc.Key() != f.Key {
			s.log.Warn("a shared scenario file does not load; it is not offered here", "key", f.Key, "problems", problems)
			continue
		}
		add = append(add, sc)
		shared[f.Key] = f.Text
	}
	if len(add) == 0 {
		return local, shared
	}
	return local.Merge(scenarios.Set{Scenarios: add}), shared
}

// publish puts this instance's cases into the store (a file older than the
// stored one stays out) and takes out those it put whose file is gone.
func (s *Server) publish(ctx context.Context, files store.ScenarioFiles, local scenarios.Set, own map[string]string) {
	if s.cat.published == nil {
		s.cat.published = map[string]time.Time{}
	}
	for _, sc := range local.Scenarios {
		text, ok := own[sc.Key()]
		if !ok {
			continue
		}
		at := time.Time{}
		if info, err := os.Stat(sc.File); err == nil {
			at = info.ModTime()
		}
		put, err := files.PutScenarioFile(ctx, store.ScenarioFile{Key: sc.Key(), Text: text, Saved: at})
		switch {
		case err != nil:
			s.log.Warn("sharing a scenario file", "key", sc.Key(), "err", err)
		case put:
			s.cat.published[sc.Key()] = at
		}
	}
	for key, at := range s.cat.published {
		if _, still := own[key]; still {
			continue
		}
		if err := files.DeleteScenarioFile(ctx, key, at); err != nil {
			s.log.Warn("taking a deleted scenario out of the shared files", "key", key, "err", err)
			continue
		}
		delete(s.cat.published, key)
	}
}
