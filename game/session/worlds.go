package session

import (
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
	// Titles are the titles endings were read with in most of the worlds
	// that reached them, where a variant gave that title (see
	// Report.EndingTitle); read them with EndingName.
	Titles map[string]string `json:"titles,omitempty"`
	// Storm is the number of worlds that ended badly.
	Storm int `json:"storm"`
	// HeatStorm is the number of worlds whose heat reached the meter's
	// storm mark (StormHeat) at some moment, whatever the ending: a round
	// can flare up and still end well, and the debrief says both.
	HeatStorm int `json:"heat_storm"`
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

// world is how one world ended.
type world struct {
	ending, kind string
	title        string // the ending's variant title, or ""
	reach, posts int
	peakHeat     float64
}

// playWorld plays world i (seed i+1) with the strategy.
func playWorld(sc *scenarios.Scenario, i int, opts Options, st Strategy) (world, error) {
	opts.Seed, opts.Quiet = uint64(i+1), true
	s, err := Run(sc, opts, st)
	if err != nil {
		return world{}, fmt.Errorf("world %d: %w", i+1, err)
	}
	return worldOf(s), nil
}

// worldOf takes a finished round's figures as its Report has them,
// without the rest of the report (scores, lessons, a copy of the curve)
// that no world shows.
func worldOf(s *Session) world {
	st := s.crowd.Stats()
	w := world{reach: st.Reach, posts: st.Posts, peakHeat: PeakHeat(s.curve)}
	if s.ending != nil {
		w.ending, w.kind, w.title = s.ending.ID, s.ending.Kind, s.variantTitle(s.ending)
	}
	return w
}

// PlayWorlds plays the scenario over seeds 1..n with a fresh strategy from
// newStrategy for every world.
func PlayWorlds(sc *scenarios.Scenario, n int, opts Options, newStrategy func() Strategy) (WorldsSummary, error) {
	worlds, err := playWorldsFrom(sc, 0, n, opts, newStrategy)
	if err != nil {
		return WorldsSummary{}, err
	}
	return summarize(worlds), nil
}

// playWorldsFrom plays worlds from..n-1 (seeds from+1..n) on every core.
func playWorldsFrom(sc *scenarios.Scenario, from, n int, opts Options, newStrategy func() Strategy) ([]world, error) {
	worlds := make([]world, max(0, n-from))
	errs := make([]error, len(worlds))
	var wg sync.WaitGroup
	sem := make(chan struct{}, runtime.GOMAXPROCS(0))
	for i := range worlds {
		wg.Go(func() {
			sem <- struct{}{}
			defer func() { <-sem }()
			worlds[i], errs[i] = playWorld(sc, from+i, opts, newStrategy())
		})
	}
	wg.Wait()
	// A strategy that cannot be played fails the same way in every world;
	// the first failure says it once instead of n times.
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	return worlds, nil
}

// summarize counts the endings and spreads of the worlds.
func summarize(worlds []world) WorldsSummary {
	n := len(worlds)
	sum := WorldsSummary{Worlds: n, Endings: map[string]int{}, Kinds: map[string]int{}}
	reach, posts := make([]int, n), make([]int, n)
	titles := map[[2]string]int{} // worlds per ending id and title read
	for i, w := range worlds {
		sum.Endings[w.ending]++
		titles[[2]string{w.ending, w.title}]++
		sum.Kinds[w.kind]++
		if w.kind == "bad" {
			sum.Storm++
		}
		if w.peakHeat >= StormHeat {
			sum.HeatStorm++
		}
		reach[i], posts[i] = w.reach, w.posts
	}
	sum.Reach, sum.Posts = spreadOf(reach), spreadOf(posts)
	sum.Titles = mostReadTitles(titles)
	return sum
}

// mostReadTitles is, per ending id, the variant title it was read with in
// more of the worlds that reached it than any other title (the scenario's
// own among them), or nil when there is none.
func mostReadTitles(worlds map[[2]string]int) map[string]string {
	var out map[string]string
	for key, n := range worlds {
		id, title := key[0], key[1]
		if title == "" {
			continue
		}
		most := true
		for other, m := range worlds {
			if other[0] == id && other != key && (m > n || m == n && other[1] < title) {
				most = false
			}
		}
		if most {
			if out == nil {
				out = map[string]string{}
			}
			out[id] = title
		}
	}
	return out
}

// EndingName is the title the ending with this id was read with in these
// worlds (sc may be nil; then the id).
func (w WorldsSummary) EndingName(sc *scenarios.Scenario, id string) string {
	if t := w.Titles[id]; t != "" {
		return t
	}
	return sc.EndingTitle(id)
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
		worlds, err := historicalWorlds(sc, n, opts)
		if err != nil {
			return rep, err
		}
		h := summarize(worlds)
		rep.Historical = &h
	}
	return rep, nil
}

// historicalOptions are the options the historical path is played with: the
// real brand answered on a running clock, and where it stayed silent the
// silence lasted. Relaxed mode stops the clock at a decision, so a silent
// historical decision could never time out there and the worlds beside the
// trainee's could not be played at all; they are played as practice. The
// player's name goes into no world's figures; leaving it out lets every
// trainee's debrief share the same historical worlds (worlds_cache.go).
func historicalOptions(opts Options) Options {
	if opts.Mode == Relaxed {
		opts.Mode = Practice
	}
	opts.Player = ""
	return opts
}

// WorldsRun replays the trainee's steps and the historical path over n
// worlds one world at a time, for a face with one thread (the browser)
// that must stay responsive between worlds: call Next until it returns
// false, then Report. The figures are ReplayWorlds's, and so is the cache
// of the historical worlds: those already played are not played again.
type WorldsRun struct {
	sc          *scenarios.Scenario
	steps       []Step
	n           int
	opts        Options
	yours, hist []world
	histKey     historicalKey
	keyed       bool // histKey is set: the historical worlds are cached
	cached      int  // historical worlds taken from the cache
	err         error
}

// NewWorldsRun prepares the n worlds of the trainee's steps.
func NewWorldsRun(sc *scenarios.Scenario, steps []Step, n int, opts Options) *WorldsRun {
	w := &WorldsRun{sc: sc, steps: slices.Clone(steps), n: n, opts: opts}
	if hasHistorical(sc) {
		w.histKey, w.keyed = historicalKeyOf(sc, historicalOptions(opts))
		if w.keyed {
			w.hist = cachedHistorical(w.histKey, n)
			w.cached = len(w.hist)
		}
	}
	return w
}

// Next plays one more world; it returns false when none was left to play
// or the world failed (Report then says why).
func (w *WorldsRun) Next() bool {
	if w.err != nil {
		return false
	}
	var got world
	switch {
	case len(w.yours) < w.n:
		got, w.err = playWorld(w.sc, len(w.yours), w.opts, &FromTranscript{Steps: slices.Clone(w.steps)})
		w.yours = append(w.yours, got)
	case hasHistorical(w.sc) && len(w.hist) < w.n:
		if w.keyed {
			// worlds another run (WarmHistorical) cached meanwhile
			if more := cachedHistorical(w.histKey, w.n); len(more) > len(w.hist) {
				w.hist = more
				return true
			}
		}
		got, w.err = playWorld(w.sc, len(w.hist), historicalOptions(w.opts), Historical{})
		w.hist = append(w.hist, got)
		if w.err == nil && w.keyed && len(w.hist) == w.n {
			storeHistorical(w.histKey, w.hist)
		}
	default:
		return false
	}
	return w.err == nil
}

// Total is how many worlds Next plays in all: the trainee's n, and those
// of the historical path's n not already played for an earlier debrief
// or warmed (WarmHistorical). A face showing progress counts against
// this, not against n. Worlds a warming beside the run caches meanwhile
// are taken at once, so Next may stop before Total.
func (w *WorldsRun) Total() int {
	if hasHistorical(w.sc) {
		return 2*w.n - w.cached
	}
	return w.n
}

// Report is the worlds played, as ReplayWorlds reports them.
func (w *WorldsRun) Report() (WorldsReport, error) {
	rep := WorldsReport{Scenario: w.sc.ID, Language: w.sc.Language, Yours: summarize(w.yours)}
	if len(w.hist) > 0 {
		h := summarize(w.hist)
		rep.Historical = &h
	}
	return rep, w.err
}
