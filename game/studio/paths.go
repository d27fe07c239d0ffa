package studio

import (
	"errors"
	"fmt"
	"github.com/webcaresim/webcaresim/assets/i18n"
	"net/http"
	"slices"
	"strings"

	"github.com/webcaresim/webcaresim/game/session"
	"github.com/webcaresim/webcaresim/scenarios"
)

// Bounds of "replay all paths": a case with more paths than this shows the
// first ones and says so.
const (
	maxPaths = 64
	maxDepth = 12
	worlds   = 100
)

// PathRow is one path through the written choices, replayed headless.
type PathRow struct {
	Choices    []int    `json:"choices"` // 1-based, per decision reached
	Path       []string `json:"path"`
	Historical bool     `json:"historical,omitempty"` // every choice on it is the historical one
	Overall    float64  `json:"overall"`
	Grade      string   `json:"grade"`
	Empathy    float64  `json:"empathy"`
	Deesc      float64  `json:"deescalation"`
	Ending     string   `json:"ending"`
	EndingKind string   `json:"ending_kind"`
	PeakOut    float64  `json:"peak_outrage"`
	Negative   int      `json:"negative"`
	Shares     int      `json:"shares"`
	Error      string   `json:"error,omitempty"`
}

var errStop = errors.New("stop")

// probe follows a prefix of choices and stops at the next decision,
// noting how many choices it offers.
type probe struct {
	prefix  []int
	choices int
	stopped bool
}

func (p *probe) Act(s *session.Session, d *scenarios.Decision, k int) error {
	if k < len(p.prefix) {
		return session.Choices(p.prefix).Act(s, d, k)
	}
	p.choices, p.stopped = len(d.Choices), true
	return errStop
}

// AllPaths replays every path through the written choices (seed 1) and
// reports each one's score, ending and crowd; truncated says more paths
// exist than were replayed.
func AllPaths(sc *scenarios.Scenario) (rows []PathRow, truncated bool) {
	var walk func(prefix []int)
	walk = func(prefix []int) {
		if len(rows) >= maxPaths {
			truncated = true
			return
		}
		p := &probe{prefix: prefix}
		s, err := session.Run(sc, session.Options{Seed: 1}, p)
		if p.stopped && len(prefix) < maxDepth {
			if p.choices == 0 {
				rows = append(rows, PathRow{Choices: prefix, Error: "a decision on this path has no written choices"})
				return
			}
			for i := 1; i <= p.choices; i++ {
				walk(append(slices.Clone(prefix), i))
			}
			return
		}
		row := PathRow{Choices: prefix}
		if err != nil || s == nil {
			row.Error = fmt.Sprint(err)
			if p.stopped {
				row.Error = fmt.Sprintf("longer than %d decisions", maxDepth)
			}
			rows = append(rows, row)
			return
		}
		fill(&row, s)
		rows = append(rows, row)
	}
	walk(nil)
	return rows, truncated
}

func fill(row *PathRow, s *session.Session) {
	r := s.Report()
	row.Path, row.Overall, row.Grade = r.Path, r.Scores.Overall, r.Grade
	row.Empathy, row.Deesc = r.Scores.Empathy, r.Scores.Deescalation
	row.Ending, row.EndingKind = r.Ending, r.EndingKind
	row.PeakOut, row.Negative, row.Shares = r.PeakOut, r.Negative, r.Shares
	row.Historical = len(r.Replies) > 0
	for _, rep := range r.Replies {
		if !rep.Historical {
			row.Historical = false
		}
	}
}

// HistoricalWorlds plays the historical path over 100 worlds (seeds 1 to
// 100) with the session's own "100 worlds" (game/session/worlds.go): how
// the crowd could have gone, not one lucky or unlucky outcome.
func HistoricalWorlds(sc *scenarios.Scenario) (session.WorldsSummary, error) {
	return session.PlayWorlds(sc, worlds, session.Options{}, func() session.Strategy { return session.Historical{} })
}

type playRequest struct {
	Cases Pair   `json:"cases"`
	Lang  string `json:"lang"`
}

// scenarioOf parses the case in the request's language as the game would
// load it; an error names what keeps it from loading.
func scenarioOf(req playRequest) (*scenarios.Scenario, error) {
	c := req.Cases[req.Lang]
	if c == nil {
		return nil, errorf("no_version", strings.ToUpper(req.Lang))
	}
	sc, problems := scenarios.Parse(c.ID+"."+req.Lang+".toml", c.Encode())
	if sc == nil {
		for _, p := range problems {
			if !p.Warning {
				return nil, notLoading{p}
			}
		}
		return nil, errorf("does_not_load")
	}
	return sc, nil
}

func (h *Handler) paths(w http.ResponseWriter, r *http.Request) {
	var req playRequest
	if !readJSON(w, r, maxCaseBytes, &req) {
		return
	}
	sc, err := scenarioOf(req)
	if sc == nil {
		failErr(w, r, http.StatusUnprocessableEntity, err)
		return
	}
	rows, truncated := AllPaths(sc)
	writeJSON(w, http.StatusOK, map[string]any{"paths": rows, "truncated": truncated})
}

func (h *Handler) worlds(w http.ResponseWriter, r *http.Request) {
	var req playRequest
	if !readJSON(w, r, maxCaseBytes, &req) {
		return
	}
	sc, err := scenarioOf(req)
	if sc == nil {
		failErr(w, r, http.StatusUnprocessableEntity, err)
		return
	}
	sum, err := HistoricalWorlds(sc)
	if err != nil {
		failErr(w, r, http.StatusUnprocessableEntity, err)
		return
	}
	writeJSON(w, http.StatusOK, sum)
}

// notLoading refuses to play a case that does not load, with its first
// problem in the page's language.
type notLoading struct{ p scenarios.Problem }

func (e notLoading) Error() string { return e.in("en") }

func (e notLoading) in(lang string) string {
	return i18n.T(lang, "studio.error_does_not_load_because", e.p.Field, problemText(lang, e.p))
}
