package session

import (
	"testing"

	"github.com/webcaresim/webcaresim/scenarios"
)

// A decision's prompt is written after the posts it introduces ("She
// tweets about it. What do you put under it?"). In every case and language,
// every decision reached by a written choice, an action or silence opens
// with all of its own posts in the feed: none is still to come. Sanoma's
// phone decision opened 25 minutes before Dorien's tweet it asked to
// answer, and the reply stood above the tweet (playtest 14, P14-7).
func TestEveryDecisionOpensWithTheWholeOfItsPostsInTheFeed(t *testing.T) {
	decisions := 0
	for _, sc := range scenarios.Builtin().Scenarios {
		eachDecisionFirstReached(t, sc, func(s *Session, _ []move, d *scenarios.Decision) {
			decisions++
			for _, q := range s.queue {
				for _, p := range d.Posts {
					if q.post.By == p.By && q.post.Text == p.Text {
						t.Errorf("%s, %s opens at minute %g, but its post by %s comes at %g: %.60q",
							sc.Key(), d.ID, s.OpenedAt(), p.By, q.at, p.Text)
					}
				}
			}
		})
	}
	if decisions < 100 {
		t.Fatalf("only %d decisions reached in all cases", decisions)
	}
}

// eachDecisionFirstReached calls visit at every decision of sc that written
// choices, actions and silence reach, breadth first, with the session just
// as the decision opened and the moves that led there; each decision once,
// by the first way found.
func eachDecisionFirstReached(t *testing.T, sc *scenarios.Scenario, visit func(s *Session, moves []move, d *scenarios.Decision)) {
	t.Helper()
	seen := map[string]bool{sc.FirstDecision(): true}
	queue := [][]move{nil}
	for len(queue) > 0 {
		moves := queue[0]
		queue = queue[1:]
		s := replay(t, sc, moves)
		d := s.Decision()
		if d == nil {
			continue
		}
		visit(s, moves, d)
		for _, m := range movesAt(sc, d) {
			if m.text != "" {
				continue
			}
			next := nextOf(d, m)
			if _, ok := sc.Decision(next); ok && !seen[next] {
				seen[next] = true
				queue = append(queue, append(append([]move(nil), moves...), m))
			}
		}
	}
}
