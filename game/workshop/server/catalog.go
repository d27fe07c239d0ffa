package server

import (
	"strings"
	"sync"
	"time"

	"github.com/webcaresim/webcaresim/scenarios"
)

// catalog is the scenarios the server offers at one moment: the set, each
// scenario by key, and the files of those not built into the game (the
// studio's cases, which the games fetch with the workshop's status). A
// change of the scenario folder replaces it whole (SetScenarios), so a
// request sees one consistent catalog.
type catalog struct {
	set     scenarios.Set
	known   map[string]*scenarios.Scenario
	sources map[string]string
	// older are the versions a key had before its file changed, newest
	// first: a round a trainee started before the author saved a new
	// version is still scored with the version it was played on.
	older map[string][]*scenarios.Scenario
	// problems are why scenario files did not load (a TOML syntax error, a
	// field the loader refuses): those cases are not offered, and the
	// trainer's dashboard names each file, line and field (problems.go).
	problems []scenarios.Problem
}

// keepVersions is how many earlier versions of a case the server keeps
// for rounds that were under way when it changed.
const keepVersions = 4

type catalogs struct {
	mu  sync.RWMutex
	cur *catalog
	// loading makes one reload at a time, so a slower load never
	// replaces a newer one; it guards local and published.
	loading sync.Mutex
	// local is the set this instance loaded itself (the built-ins and its
	// scenario folders), before the cases shared by other instances.
	local scenarios.Set
	// published are the cases this instance put into the shared store,
	// with the time of the file it put (shared_scenarios.go).
	published map[string]time.Time
}

// newCatalog makes the catalog of set; shared are the files of cases
// that came from the store rather than from a file here.
func newCatalog(set scenarios.Set, shared map[string]string, before *catalog) *catalog {
	c := &catalog{set: set, known: map[string]*scenarios.Scenario{}, sources: scenarioSources(set), older: map[string][]*scenarios.Scenario{},
		problems: set.Errors()}
	for k, text := range shared {
		c.sources[k] = text
	}
	for _, sc := range set.Scenarios {
		if _, dup := c.known[sc.Key()]; !dup {
			c.known[sc.Key()] = sc
		}
	}
	if before == nil {
		return c
	}
	for k, prev := range before.known {
		c.older[k] = before.older[k]
		if now := c.known[k]; now == prev || sameFile(now, prev, c.sources[k], before.sources[k]) {
			if now != nil {
				c.known[k] = prev // the same file: keep the version rounds are playing
			}
			continue
		}
		c.older[k] = append([]*scenarios.Scenario{prev}, before.older[k]...)
		if len(c.older[k]) > keepVersions {
			c.older[k] = c.older[k][:keepVersions]
		}
	}
	return c
}

// SetScenarios replaces the scenarios the server offers, as when the
// studio saved a case or a file in the scenario folder changed: the
// trainer can choose a new case for a workshop at once, and the games get
// its file with the workshop's status. Rounds under way on an earlier
// version of a changed case are still scored with that version.
func (s *Server) SetScenarios(set scenarios.Set) {
	s.cat.loading.Lock()
	defer s.cat.loading.Unlock()
	s.cat.local = set
	s.offer()
}

// ReloadScenarios loads the scenarios again with Config.Reload (without
// it, keeps the set it has) and offers them with the cases other
// instances shared.
func (s *Server) ReloadScenarios() {
	s.cat.loading.Lock()
	defer s.cat.loading.Unlock()
	if s.cfg.Reload != nil {
		s.cat.local = s.cfg.Reload()
	}
	s.offer()
}

// offer makes the catalog of the local set and the shared cases; call it
// with s.cat.loading held.
func (s *Server) offer() {
	set, shared := s.shareScenarios(s.cat.local)
	s.cat.mu.Lock()
	s.cat.cur = newCatalog(set, shared, s.cat.cur)
	s.cat.mu.Unlock()
}

func (s *Server) catalog() *catalog {
	s.cat.mu.RLock()
	defer s.cat.mu.RUnlock()
	return s.cat.cur
}

// scenario is the current version of the scenario with key ("id/lang"),
// or nil.
func (s *Server) scenario(key string) *scenarios.Scenario { return s.catalog().known[key] }

// versions are the versions of a scenario a round may have been played
// on: the current one first, then earlier ones, newest first.
func (s *Server) versions(key string) []*scenarios.Scenario {
	c := s.catalog()
	var out []*scenarios.Scenario
	if sc := c.known[key]; sc != nil {
		out = append(out, sc)
	}
	return append(out, c.older[key]...)
}

// sameFile reports whether a scenario loaded again is the version loaded
// before: the same file text, or the same built-in file.
func sameFile(now, prev *scenarios.Scenario, src, prevSrc string) bool {
	if now == nil {
		return false
	}
	if src != "" || prevSrc != "" {
		return src == prevSrc
	}
	return now.File == prev.File && strings.HasPrefix(now.File, "builtin/")
}
