package server

import (
	"encoding/json"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/webcaresim/webcaresim/game/session"
	"github.com/webcaresim/webcaresim/game/workshop/api"
	"github.com/webcaresim/webcaresim/game/workshop/store"
)

// hub is the live picture of every workshop, kept in memory and rebuilt
// from the store at start. It changes only after a store commit.
type hub struct {
	mu      sync.RWMutex
	ws      map[string]*wsLive
	order   []string                // workshop codes by creation
	byToken map[string]*traineeLive // SHA-256 of the token (hex) → trainee
}

type wsLive struct {
	// loadMu is held while the picture is read from the store (lazy.go);
	// haveTrainees and loaded say how far that got.
	loadMu       sync.Mutex
	haveTrainees bool
	loaded       bool
	stale        bool // another instance wrote to it (multi.go)

	w        store.Workshop
	version  uint64
	trainees []*traineeLive
	byID     map[string]*traineeLive
	replies  []replyLive
	// replyAt finds a trainee's reply to a decision in a round: a round
	// has one reply a decision, so a game that sends the same one again
	// (or thousands) replaces it and the picture stays the size of the
	// room.
	replyAt map[replyKey]int
	results []store.Result
	used    usage // what the workshop's trainees sent, for the quotas
	// The versions at which parts of the dashboard last changed (delta.go):
	// the leaderboards, and anything that needs the whole live part again.
	boardsChanged, fullChanged uint64
}

type replyKey struct{ trainee, round, decision string }

// addReply adds a reply to the picture, or replaces the trainee's earlier
// one to the same decision in the same round.
func (wl *wsLive) addReply(rl replyLive) {
	rl.changed = wl.version
	k := replyKey{rl.trainee.t.ID, rl.round, rl.reply.Decision}
	if i, ok := wl.replyAt[k]; ok {
		wl.replies[i] = rl
		return
	}
	if wl.replyAt == nil {
		wl.replyAt = map[replyKey]int{}
	}
	wl.replyAt[k] = len(wl.replies)
	wl.replies = append(wl.replies, rl)
}

type traineeLive struct {
	t        store.Trainee
	round    string
	scenario string // key
	minute   float64
	point    session.CurvePoint // the last outrage sample: the meter's level
	spark    []float64
	replies  int
	empSum   float64
	deSum    float64
	public   int
	finished bool
	// interrupted: the round died and the server kept it (deadrounds.go)
	interrupted bool
	last        time.Time
	result      *store.Result // last result
	used        usage
	changed     uint64 // the workshop's version when the row last changed
}

type replyLive struct {
	changed  uint64 // the workshop's version when it came
	id       int64
	trainee  *traineeLive
	round    string
	scenario string
	at       time.Time
	reply    session.Reply
}

const sparkLen = 48

func newHub() *hub {
	return &hub{ws: map[string]*wsLive{}, byToken: map[string]*traineeLive{}}
}

func (h *hub) addWorkshop(w store.Workshop) *wsLive {
	wl := &wsLive{w: w, byID: map[string]*traineeLive{}, version: 1}
	h.ws[w.Code] = wl
	h.order = append(h.order, w.Code)
	return wl
}

func (h *hub) addTrainee(t store.Trainee) *traineeLive {
	wl := h.ws[t.Workshop]
	if wl == nil {
		return nil
	}
	tl := &traineeLive{t: t, last: t.Joined}
	wl.byID[t.ID] = tl
	if !t.Removed {
		wl.trainees = append(wl.trainees, tl)
		h.byToken[t.TokenHash] = tl
	}
	wl.version++
	tl.changed = wl.version
	return tl
}

// applyEvent updates the picture with a stored event.
func (h *hub) applyEvent(e store.Event) {
	wl := h.ws[e.Workshop]
	if wl == nil {
		return
	}
	tl := wl.byID[e.Trainee]
	if tl == nil {
		return
	}
	var ev api.Event
	if json.Unmarshal(e.Data, &ev) != nil {
		return
	}
	wl.version++
	tl.changed = wl.version
	tl.last = e.At
	if e.Round != tl.round {
		// A new round takes the trainee's replies off the side-by-side
		// view: the dashboard needs it whole.
		wl.fullChanged = wl.version
		if e.Kind != api.KindStarted && tl.round != "" && tl.finished {
			// a late event of a finished round: keep the reply, not the state
			if e.Kind == api.KindReply {
				for _, r := range ev.Replies {
					wl.addReply(replyLive{id: e.ID, trainee: tl, round: e.Round, scenario: e.Scenario, at: e.At, reply: r})
				}
			}
			return
		}
		tl.round, tl.scenario, tl.minute, tl.spark, tl.point = e.Round, e.Scenario, 0, nil, session.CurvePoint{}
		tl.replies, tl.empSum, tl.deSum, tl.public, tl.finished = 0, 0, 0, 0, false
	}
	tl.scenario = e.Scenario
	if tl.interrupted {
		// the game came back and plays the round on
		tl.finished, tl.interrupted = false, false
	}
	switch e.Kind {
	case api.KindReply:
		// the server's replies (scoreEvent), never a game's
		for _, r := range ev.Replies {
			tl.replies++
			if r.Public {
				tl.public++
				tl.empSum += r.Analysis.Empathy
				tl.deSum += r.Analysis.Deescalation
			}
			tl.minute = max(tl.minute, r.Minute)
			wl.addReply(replyLive{id: e.ID, trainee: tl, round: e.Round, scenario: e.Scenario, at: e.At, reply: r})
		}
	case api.KindOutrage:
		for _, p := range ev.Samples {
			tl.spark = append(tl.spark, p.Outrage)
			tl.point = p
			tl.minute = max(tl.minute, p.Minute)
		}
		if n := len(tl.spark); n > sparkLen {
			tl.spark = append([]float64(nil), tl.spark[n-sparkLen:]...)
		}
	}
}

// applyResult updates the picture with a stored result.
func (h *hub) applyResult(r store.Result) {
	wl := h.ws[r.Workshop]
	if wl == nil {
		return
	}
	wl.results = append(wl.results, r)
	wl.version++
	wl.boardsChanged = wl.version
	if tl := wl.byID[r.Trainee]; tl != nil {
		tl.changed = wl.version
		rr := r
		tl.result = &rr
		tl.last = r.Received
		switch {
		case r.Attempt.Interrupted != nil && (tl.round+interruptedMark == r.Round || tl.round == ""):
			tl.round, tl.scenario, tl.finished, tl.interrupted = strings.TrimSuffix(r.Round, interruptedMark), r.Attempt.Key(), true, true
		case tl.round == r.Round || tl.round == "":
			tl.round, tl.scenario, tl.finished, tl.interrupted = r.Round, r.Attempt.Key(), true, false
			tl.minute = r.Attempt.Report.Minutes
		}
	}
}

// latestCode is the most recently made workshop's code, or "".
func (h *hub) latestCode() string {
	if len(h.order) == 0 {
		return ""
	}
	return h.order[len(h.order)-1]
}

// workshops lists the workshops, newest first.
func (h *hub) workshops() []store.Workshop {
	out := make([]store.Workshop, 0, len(h.order))
	for i := len(h.order) - 1; i >= 0; i-- {
		out = append(out, h.ws[h.order[i]].w)
	}
	return out
}

// bestPerTrainee is each trainee's best result for a scenario, best
// first; a round interrupted or left early has no mark and does not count.
func bestPerTrainee(rs []store.Result, key string) []store.Result {
	best := map[string]store.Result{}
	for _, r := range rs {
		if r.Attempt.Key() != key || !r.Attempt.Marked() {
			continue // a round cut short is no rank: its few replies would lead
		}
		if b, ok := best[r.Trainee]; !ok || r.Attempt.Overall() > b.Attempt.Overall() {
			best[r.Trainee] = r
		}
	}
	out := make([]store.Result, 0, len(best))
	for _, r := range best {
		out = append(out, r)
	}
	sort.Slice(out, func(i, j int) bool {
		if a, b := out[i].Attempt.Overall(), out[j].Attempt.Overall(); a != b {
			return a > b
		}
		return out[i].Received.Before(out[j].Received)
	})
	return out
}
