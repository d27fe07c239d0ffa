package session

import (
	"fmt"
	"math"
	"strings"
	"testing"

	"github.com/webcaresim/webcaresim/game/crowd"
	"github.com/webcaresim/webcaresim/scenarios"
)

// TestPublicOnYourSideIsAboutTheReply: the meter's side is the crowd's
// side on how the brand handles the case. In every case, after a first
// reply the crowd may turn on (a misread sympathy for a customer who
// praised the brand, a put-down for one who complained), whenever the
// meter shows "public on your side" in the two hours after it, the posts
// on the brand's side about the reply and after it alone would show it,
// in 6 worlds. In Domino's the meter said so beside "#webcarefail" and
// "was that an automatic message?", because Kevin's fans went on praising
// the pizza under his post (playtest 20, P20-21).
func TestPublicOnYourSideIsAboutTheReply(t *testing.T) {
	tried := 0
	for _, sc := range scenarios.Builtin().Scenarios {
		d, ok := sc.Decision(sc.FirstDecision())
		if !ok || !d.AllowFreeText {
			continue
		}
		handle := strings.TrimPrefix(sc.Customer.Handle, "@")
		reply := fmt.Sprintf(typedReplies[sc.Language][1], handle) // the put-down
		if sc.Customer.Mood > 0 {
			// sympathy for a complaint the customer does not have
			reply = fmt.Sprintf(typedReplies[sc.Language][0], handle, firstName(sc.Customer.Name))
		}
		for seed := uint64(1); seed <= 6; seed++ {
			s, err := New(sc, Options{Seed: seed})
			if err != nil {
				t.Fatal(err)
			}
			openNext(t, s)
			if s.Decision() == nil || s.Decision().ID != d.ID {
				t.Fatalf("%s: the first decision does not open", sc.Key())
			}
			s.AdvanceTo(math.Max(s.Now(), s.OpenedAt()+1))
			if err := s.Publish(reply); err != nil {
				t.Fatalf("%s: %v", sc.Key(), err)
			}
			tried++
			from := s.Now()
			for at := from + 5; at <= from+120 && s.Ending() == nil; at += 5 {
				s.AdvanceTo(at)
				if s.MeterLevel() != MeterBrandSide {
					continue
				}
				st := s.crowd.Stats()
				if own := supportSince(s, from); own < SideSupport || own < SideMargin*st.Heat {
					t.Errorf("%s seed %d, %.0f minutes after %q: the meter says the public is on your side (support %.1f, heat %.1f), "+
						"but the posts on your side about the reply and after it are %.1f an hour",
						sc.Key(), seed, at-from, reply, st.Support, st.Heat, own)
					break
				}
			}
		}
	}
	if tried == 0 {
		t.Fatal("no case tried")
	}
}

// supportSince is the support of the last hour (posts on the brand's side
// per 10,000 watching) counting only bystanders' posts in the cascades of
// the brand's reply at minute from and of later posts, and actors' posts.
func supportSince(s *Session, from float64) float64 {
	first := -1 // the crowd's root of the brand's first reply
	for root, i := range s.rootItem {
		if it := s.feed[i]; it.By == "brand" && it.Minute >= from && (first < 0 || root < first) {
			first = root
		}
	}
	n := 0
	for _, e := range s.crowd.Events() {
		if e.Sentiment == crowd.Positive && e.Story && e.Minute > s.Now()-60 && (e.ActorID != "" || (first >= 0 && e.Root >= first)) {
			n++
		}
	}
	return float64(n) * 10000 / float64(crowd.Watching(s.sc.Crowd.Audience))
}
