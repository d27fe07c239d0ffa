package session

import (
	"math"
	"slices"
	"testing"

	"github.com/webcaresim/webcaresim/game/crowd"
	"github.com/webcaresim/webcaresim/scenarios"
)

// A rough record ("hundreds of posts") costs the fit nothing while the
// median lies inside its range, and the log distance to the nearer end
// outside it; a recorded number costs the log ratio to it.
func TestAnObservedRangeCostsOnlyOutsideIt(t *testing.T) {
	hundreds := Term{Lo: 100, Hi: 999}
	for _, c := range []struct {
		median, want float64
	}{{100, 0}, {500, 0}, {999, 0}, {50, math.Log(2)}, {1998, math.Log(2)}, {0, math.Log(200)}} {
		if got := hundreds.miss(c.median); math.Abs(got-c.want) > 1e-9 {
			t.Errorf("hundreds (100–999), median %.0f: miss %.3f, want %.3f", c.median, got, c.want)
		}
	}
	none := Term{Lo: 0, Hi: 2} // "no oil-slick effect"
	if none.miss(0) != 0 || none.miss(2) != 0 || math.Abs(none.miss(8)-math.Log(4)) > 1e-9 {
		t.Errorf("at most 2: misses %.3f, %.3f, %.3f for 0, 2, 8", none.miss(0), none.miss(2), none.miss(8))
	}
	covered := Term{Lo: 1, Hi: -1} // no upper end
	if covered.miss(1) != 0 || covered.miss(1e6) != 0 || math.Abs(covered.miss(0)-math.Log(2)) > 1e-9 {
		t.Errorf("at least 1: misses %.3f, %.3f, %.3f for 1, 10⁶, 0", covered.miss(1), covered.miss(1e6), covered.miss(0))
	}
	recorded := Term{Lo: 127, Hi: 127, Point: true}
	if math.Abs(recorded.miss(254)-math.Log(2)) > 1e-9 || math.Abs(recorded.miss(63.5)-math.Log(2)) > 1e-9 {
		t.Errorf("recorded 127: misses %.3f, %.3f for 254, 63.5", recorded.miss(254), recorded.miss(63.5))
	}
}

// The fit reads every outcome the sources record, each in its own unit:
// besides the three recorded numbers, HEMA's hundreds of Facebook posts
// and the university's missing oil slick, so that leaving one case out
// still leaves data on every parameter.
func TestTheFitReadsEveryRecordedOutcome(t *testing.T) {
	cases := Observed(scenarios.Builtin().Scenarios)
	var got []string
	for _, term := range terms(cases) {
		got = append(got, cases[term.Case].ID+"."+cases[term.Case].Language+" "+term.Measure)
	}
	for _, want := range []string{"sanoma-juf.nl reply_shares", "hema-insuline.nl group_members", "liberty-bottleworks.en likes",
		"hema-insuline.en story_posts", "hema-insuline.nl story_posts", "universiteit-kut.nl fellow_complaints", "sanoma-juf.en covered"} {
		if !slices.Contains(got, want) {
			t.Errorf("the fit does not read %s; it reads %v", want, got)
		}
	}
}

// The new measures count what their names say on the historical path: the
// posts about HEMA's story that say something are fewer than all posts (a
// share says nothing of its own), the university's student meets hardly
// anyone airing frustrations of their own, and coverage is 0 or 1.
func TestObservedMeasuresCountTheStory(t *testing.T) {
	for _, sc := range Observed(scenarios.Builtin().Scenarios) {
		if sc.Language != "nl" || (sc.ID != "hema-insuline" && sc.ID != "universiteit-kut") {
			continue
		}
		s, err := Run(sc, Options{Seed: 1, Crowd: &crowd.Fitted, Quiet: true}, Historical{})
		if err != nil {
			t.Fatal(err)
		}
		r := s.Report()
		t.Logf("%s: posts %d, story posts %d, fellow complaints %d, covered %v", sc.ID, r.Posts, r.StoryPosts, r.FellowComplaints, r.Covered)
		if r.StoryPosts <= 0 || r.StoryPosts >= r.Posts {
			t.Errorf("%s: %d story posts of %d posts: want some, and fewer than all", sc.ID, r.StoryPosts, r.Posts)
		}
		if r.FellowComplaints > r.StoryPosts {
			t.Errorf("%s: %d fellow complaints among %d story posts", sc.ID, r.FellowComplaints, r.StoryPosts)
		}
		if c := r.Measured("covered"); c != 0 && c != 1 {
			t.Errorf("%s: covered is %d", sc.ID, c)
		}
	}
}
