package session

import (
	"testing"

	"github.com/webcaresim/webcaresim/scenarios"
)

// checkingStrategy checks the meter's counts against the feed whenever a
// decision is open, then plays on.
type checkingStrategy struct {
	Strategy
	t      *testing.T
	checks int
}

func (c *checkingStrategy) Act(s *Session, d *scenarios.Decision, k int) error {
	c.checks++
	meterAgreesWithFeed(c.t, s)
	return c.Strategy.Act(s, d, k)
}

// meterAgreesWithFeed: the posts the meter says the feed shows are the
// crowd's posts in the feed, never more than it counted, and its posts
// and shares add up to every reaction it counts.
func meterAgreesWithFeed(t *testing.T, s *Session) {
	t.Helper()
	c, st := s.MeterCounts(), s.Counters()
	bystanders, actors := 0, 0
	for _, it := range s.Feed() {
		switch {
		case it.Private || it.By == "brand" || it.By == "customer":
		case it.By == "crowd":
			bystanders++
		default:
			actors++
		}
	}
	where := s.sc.ID + " " + s.sc.Language
	if c.InFeed < bystanders || c.InFeed > bystanders+actors {
		t.Errorf("%s minute %.0f: the meter says %d of its posts are in the feed; the feed shows %d bystanders and %d others",
			where, s.Now(), c.InFeed, bystanders, actors)
	}
	if c.InFeed > c.Posts {
		t.Errorf("%s minute %.0f: %d posts in the feed, but the meter counts %d", where, s.Now(), c.InFeed, c.Posts)
	}
	if c.Posts+c.Shares != st.Posts {
		t.Errorf("%s minute %.0f: %d posts and %d shares on the meter, %d reactions counted", where, s.Now(), c.Posts, c.Shares, st.Posts)
	}
}

// TestMeterCountsWhatTheFeedShows: the meter counts the crowd's posts with
// words of their own and says how many of them the feed shows, so a
// trainee can find what it counts. Sanoma's meter said "6 mentions" beside
// two posts in the feed (playtest 11): the six were all the reactions,
// shares and posts nobody voiced included.
func TestMeterCountsWhatTheFeedShows(t *testing.T) {
	for _, c := range []struct {
		id string
		st Strategy
	}{
		{"sanoma-juf", Historical{}},
		{"dominos-sorry", Historical{}},
		{"servicepolitie", Best{}},
	} {
		for _, lang := range []string{"nl", "en"} {
			sc := builtin(t, c.id, lang)
			check := &checkingStrategy{Strategy: c.st, t: t}
			s, err := Run(sc, Options{Seed: 1}, check)
			if err != nil {
				t.Fatal(err)
			}
			meterAgreesWithFeed(t, s)
			if m := s.MeterCounts(); c.id == "sanoma-juf" && m.InFeed >= m.Posts {
				t.Errorf("%s %s: the feed shows all %d posts of a storm; this test sees nothing", c.id, lang, m.Posts)
			}
		}
	}
}
