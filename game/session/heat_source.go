package session

import (
	"github.com/webcaresim/webcaresim/assets/i18n"
	"github.com/webcaresim/webcaresim/game/crowd"
)

// heatSource keeps the crowd's negative posts about the case of the last
// hour by the cascade they belong to: what the heat now is about. A
// patronising first reply that is still being shared after the repair
// kept the meter red ("Storm", heat 40) beside the student's public
// thanks, and told the trainee that the repair was making things worse
// (playtest 22, P22-24). The heat is the crowd's; the meter can say what
// it is about.
type heatSource struct {
	at   []float64
	root []int
	// count is how many of the hour's posts each cascade has, kept as
	// posts come and go: the faces ask every frame, and a storm's hour
	// holds thousands of posts but a few dozen cascades.
	count map[int]int
}

// note takes in a crowd event: heat counts the negative posts about the
// case (crowd.Event.Story).
func (h *heatSource) note(e crowd.Event) {
	if !e.Story || !e.Negative {
		return
	}
	h.trim(e.Minute)
	if h.count == nil {
		h.count = map[int]int{}
	}
	h.at = append(h.at, e.Minute)
	h.root = append(h.root, e.Root)
	h.count[e.Root]++
}

// trim forgets the posts older than the hour up to now.
func (h *heatSource) trim(now float64) {
	start := 0
	for start < len(h.at) && h.at[start] <= now-60 {
		if h.count[h.root[start]]--; h.count[h.root[start]] == 0 {
			delete(h.count, h.root[start])
		}
		start++
	}
	h.at, h.root = h.at[start:], h.root[start:]
}

// top is the cascade with most of the negative posts of the hour up to
// the minute the source was last trimmed to (the session's clock: see
// AdvanceTo), with its count and the count of all of them. It only reads,
// so a face that asks while it draws changes nothing in the round.
func (h *heatSource) top() (root, n, all int) {
	root = -1
	for r, c := range h.count {
		if c > n || (c == n && r < root) {
			root, n = r, c
		}
	}
	return root, n, len(h.root)
}

// HeatNote says what the heat now is mostly about when that is an
// earlier reply of the brand's that provoked (a put-down, a correction,
// a denial: StimulusOf's Provocation), not the last one: "mostly about
// your earlier reply of 10:42, still going round". "" when the heat is
// below the meter's first mark, when no one cascade makes half of it, or
// when people are reacting to the customer's post, to the last reply or
// to a reply that provoked nobody (the critics in the cascade of a good
// first reply are about the case, not about that reply). Both faces show
// it beside the meter's level.
func (s *Session) HeatNote(lang string) string {
	if s.crowd.Stats().Heat < SideSupport {
		return ""
	}
	root, n, all := s.heat.top()
	if all == 0 || 2*n < all {
		return ""
	}
	i, ok := s.rootItem[root]
	if !ok || s.feed[i].By != "brand" || s.feed[i].Reply == 0 || StimulusOf(s.replies[s.feed[i].Reply-1].Analysis).Provocation == 0 {
		return ""
	}
	for _, f := range s.feed[i+1:] {
		if f.By == "brand" && f.Reply > 0 {
			// a later reply went out: the heat is about an earlier one
			return i18n.T(lang, "session.meter.heat_from_earlier_reply", s.sc.WallClock(s.feed[i].Minute, lang))
		}
	}
	return ""
}
