package session

import (
	"errors"
	"fmt"
	"runtime"
	"slices"
	"sync"

	"github.com/webcaresim/webcaresim/scenarios"
)

// "100 worlds": the same replies at the same minutes, played over many
// seeds. Each seed is another world: other bystanders, other posts that
// happen to catch on. A good reply lowers the risk of a storm and does not
// guarantee calm; the historical reply, played over the same worlds, shows
// how much luck the real case had.

// WorldsSummary is how a strategy fared over n worlds.
type WorldsSummary struct {
	Worlds int `json:"worlds"`
	// Endings counts the worlds per ending id; Kinds per ending kind
	// (good, mixed, bad).
	Endings map[string]int `json:"endings"`
	Kinds   map[string]int `json:"kinds"`
	// Storm is the number of worlds that ended badly.
	Storm int `json:"storm"`
	// Reach: people who saw the story against the brand, p10 / median /
	// p90 over the worlds.
	Reach Spread `json:"reach"`
	// Posts: the crowd's posts, p10 / median / p90.
	Posts Spread `json:"posts"`
}

// Spread is the 10th, 50th and 90th percentile of a figure over worlds.
type Spread struct {
	P10    float64 `json:"p10"`
	Median float64 `json:"median"`
	P90    float64 `json:"p90"`
}

// WorldsReport sets the trainee's worlds beside the historical path's.
type WorldsReport struct {
	Scenario   string         `json:"scenario"`
	Language   string         `json:"language"`
	Yours      WorldsSummary  `json:"yours"`
	Historical *WorldsSummary `json:"historical,omitempty"`
}

// PlayWorlds plays the scenario over seeds 1..n with a fresh strategy from
// newStrategy for every world.
func PlayWorlds(sc *scenarios.Scenario, n int, opts Options, newStrategy func() Strategy) (WorldsSummary, error) {
	type world struct {
		ending, kind string
		reach, posts int
	}
	worlds := make([]world, n)
	errs := make([]error, n)
	var wg sync.WaitGroup
	sem := make(chan struct{}, runtime.GOMAXPROCS(0))
	for i := range n {
		wg.Go(func() {
			sem <- struct{}{}
			defer func() { <-sem }()
			o := opts
			o.Seed, o.Quiet = uint64(i+1), true
			s, err := Run(sc, o, newStrategy())
			if err != nil {
				errs[i] = fmt.Errorf("world %d: %w", i+1, err)
				return
			}
			r := s.Report()
			worlds[i] = world{r.Ending, r.EndingKind, r.Reach, r.Posts}
		})
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return WorldsSummary{}, err
	}
	sum := WorldsSummary{Worlds: n, Endings: map[string]int{}, Kinds: map[string]int{}}
	reach, posts := make([]int, n), make([]int, n)
	for i, w := range worlds {
		sum.Endings[w.ending]++
		sum.Kinds[w.kind]++
		if w.kind == "bad" {
			sum.Storm++
		}
		reach[i], posts[i] = w.reach, w.posts
	}
	sum.Reach, sum.Posts = spreadOf(reach), spreadOf(posts)
	return sum, nil
}

func spreadOf(xs []int) Spread {
	slices.Sort(xs)
	return Spread{P10: Quantile(xs, 0.1), Median: Quantile(xs, 0.5), P90: Quantile(xs, 0.9)}
}

// ReplayWorlds plays the trainee's exact steps (replies, actions and their
// minutes) over n worlds, and the historical path over the same n worlds
// when the scenario has one.
func ReplayWorlds(sc *scenarios.Scenario, steps []Step, n int, opts Options) (WorldsReport, error) {
	rep := WorldsReport{Scenario: sc.ID, Language: sc.Language}
	var err error
	rep.Yours, err = PlayWorlds(sc, n, opts, func() Strategy { return &FromTranscript{Steps: slices.Clone(steps)} })
	if err != nil {
		return rep, err
	}
	if hasHistorical(sc) {
		h, err := PlayWorlds(sc, n, opts, func() Strategy { return Historical{} })
		if err != nil {
			return rep, err
		}
		rep.Historical = &h
	}
	return rep, nil
}
