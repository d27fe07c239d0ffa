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
			decisions++
			for _, q := range s.queue {
				for _, p := range d.Posts {
					if q.post.By == p.By && q.post.Text == p.Text {
						t.Errorf("%s, %s opens at minute %g, but its post by %s comes at %g: %.60q",
							sc.Key(), d.ID, s.OpenedAt(), p.By, q.at, p.Text)
					}
				}
			}
			next := func(id string, m move) {
				if _, ok := sc.Decision(id); ok && !seen[id] {
					seen[id] = true
					queue = append(queue, append(append([]move(nil), moves...), m))
				}
			}
			for i, c := range d.Choices {
				next(c.Next, move{choice: i + 1})
			}
			for _, a := range d.Actions {
				next(a.Next, move{action: a.Kind})
			}
			if d.Timeout > 0 {
				next(d.OnTimeout, move{silence: true})
			}
		}
	}
	if decisions < 100 {
		t.Fatalf("only %d decisions reached in all cases", decisions)
	}
}
